#!/usr/bin/env bash
# Runs every check: formatting, lints, native tests, browser component tests,
# the release build, its size report and the first-visit budget measured in
# Chromium, and end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "the core stays pure: no web crate among its dependencies"
scripts/check-core-pure.sh

step "licences of everything built into the app or run to build it"
node scripts/licences.mjs

step "native tests: core (schema, engine, vignettes, properties, review command), text"
cargo test --workspace --quiet

step "accuracy report over the vignettes (fails on any under-triage)"
cargo review --validate core/tests/vignettes

step "the benchmark's SurveyJS survey asks what PainPath asks (its skip logic run in SurveyJS)"
node scripts/surveyjs-check.mjs

step "the FHIR Questionnaire and a QuestionnaireResponse per vignette pass a FHIR R4 validator"
node scripts/fhir-check.mjs

step "browser component tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test web

step "release build (scripts/build.sh: three apps, locales, policies, precompressed files)"
scripts/build.sh
node scripts/sizes.mjs

step "first visit as Chromium fetches it (fails above 128 KB gzip in any language)"
node scripts/first-visit.mjs

step "end-to-end tests (Playwright, Debian Chromium)"
npx playwright test
