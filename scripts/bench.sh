#!/usr/bin/env bash
# Prints PainPath's size and speed figures: every file's gzip and brotli size
# and the first-load total; microseconds per assessment; in Chromium, time to
# the first usable question and answer-to-update timings; Lighthouse scores.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build.sh >/dev/null
echo "== sizes (dist/)"
node scripts/sizes.mjs
echo "== engine"
cargo bench --quiet --bench assess 2>/dev/null | grep -E "µs"
echo "== browser"
node scripts/bench-browser.mjs
