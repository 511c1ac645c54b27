#!/usr/bin/env bash
# The project's test command (README, CI): Rust unit/expansion/compile-fail tests, the example addons built with
# the build command and tested under node 24 and node 20, the TypeScript check, and the JS library tests on node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/hosts.sh

echo "== cargo test"
cargo test --workspace --quiet
echo "== addon examples"
tests/addons/run.sh
echo "== JS library (node $("$NODE24" --version))"
"$NODE24" tests/lib/run.js
