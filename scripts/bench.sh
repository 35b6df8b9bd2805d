#!/usr/bin/env bash
# Prints PainPath's size and speed figures: every file's gzip and brotli size
# and the first-load total; microseconds per assessment; in Chromium, time to
# the first usable question and answer-to-update timings; Lighthouse scores;
# then PainPath side by side with SurveyJS on the same questionnaire (bytes,
# time to the first usable question and answer to painted frame at CPU 1× and
# 4×, heap, and their ratios). See README, "Measuring".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build.sh >/dev/null
echo "== sizes (dist/)"
node scripts/sizes.mjs
echo "== engine"
cargo bench --quiet -p painpath-core --bench assess 2>/dev/null | grep -E "µs"
echo "== browser"
node scripts/bench-browser.mjs
echo "== side by side with SurveyJS (same questionnaire, same skip logic)"
node scripts/surveyjs-check.mjs
node scripts/bench-side.mjs
