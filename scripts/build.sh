#!/usr/bin/env bash
# The release build into dist/: the questionnaire's app (Trunk), then, in
# Trunk's post-build hook (scripts/post_build.mjs), the whole app and the
# clinic page's app, the locales, the pages' security policies, the service
# worker's list and precompressed copies. Usage: scripts/build.sh
#
# The wasm is built with a pinned nightly toolchain that rebuilds the standard
# library optimised for size, with panics that stop at once (no unwinding or
# message code; the page shows its error screen, see src/crash.rs) and no
# Debug formatting or source locations in the download. About a fifth smaller
# than the stable build, which also works: `trunk build --release` alone.
# target-cpu=mvp plus the four features the code uses: without reference
# types, wasm-bindgen's glue keeps JS values in a JS array, which measured
# 0.7 KB gzip smaller for the first visit than its externref table.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export RUSTUP_TOOLCHAIN=nightly-2026-05-20
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort -Ctarget-cpu=mvp -Ctarget-feature=+bulk-memory,+sign-ext,+mutable-globals,+nontrapping-fptoint"
# Apart from the stable toolchain's builds (tests, clippy), so neither
# invalidates the other.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}/release-wasm"
trunk build --release "$@"
