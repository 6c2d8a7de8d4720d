#!/usr/bin/env bash
# The main job. With a display: installs the packages and opens the Esiti window (Electron downloads
# its binary once, which needs internet). With --headless, or without a display: creates the MIRE
# demo project and writes its report workbook, tables as CSV and a QDPX export under out/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--headless" ] || { [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; }; then
  npm run demo
else
  npm start
fi
