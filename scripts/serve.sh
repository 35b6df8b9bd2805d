#!/usr/bin/env bash
# Builds the release app and serves it on this machine. Usage: scripts/serve.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8080}"
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build.sh
printf '\n  PainPath is ready: open http://127.0.0.1:%s/\n  (Ctrl+C stops it.)\n\n' "$PORT"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
