#!/usr/bin/env bash
# Runs the benchmarks: `bench/run.sh` (all), `bench/run.sh addons`, `bench/run.sh lib [filter...]`.
# Each suite compares rnode's implementation with a reference side by side in one run and prints a table of ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/hosts.sh

suite="${1:-all}"
[ $# -gt 0 ] && shift
case "$suite" in
  addons) bench/addons/run.sh "$@" ;;
  lib) "$NODE24" bench/lib/run.js "$@" ;;
  all) bench/addons/run.sh && "$NODE24" bench/lib/run.js ;;
  *) echo "usage: bench/run.sh [all|addons|lib [filter...]]" >&2; exit 2 ;;
esac
