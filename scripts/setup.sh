#!/usr/bin/env bash
# Installs what PainPath needs and skips what is already there.
#   scripts/setup.sh            build tools: wasm target, Trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh --browser  also Debian Chromium + chromedriver and the npm test packages
# Everything comes from the Rust, npm and Debian package registries; nothing
# downloads a prebuilt binary from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
# The release wasm is built with a pinned nightly (see scripts/build.sh): it
# rebuilds the standard library for size and drops panic messages.
RELEASE_TOOLCHAIN=nightly-2026-05-20
TRUNK_VERSION=0.22.1
want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! rustup run "$RELEASE_TOOLCHAIN" rustc --print target-list >/dev/null 2>&1 \
  || ! rustup +"$RELEASE_TOOLCHAIN" component list --installed 2>/dev/null | grep -q '^rust-src' \
  || ! rustup +"$RELEASE_TOOLCHAIN" target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "installing the release toolchain $RELEASE_TOOLCHAIN (rust-src, wasm32; seconds, once)"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Not --locked: its lock file names a crate version the registry does not
  # have (webpki-roots 1.0.11, for ureq). It generates the JS glue, which the
  # build then pins by integrity like every other file.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (about 11 minutes, once)"
  # Trunk declares a newer rust-version than it needs; it builds and runs on this toolchain.
  cargo install --locked "trunk@$TRUNK_VERSION" --ignore-rust-version
fi

if [ "$want_browser" = 1 ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian Chromium and chromedriver"
    SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
  fi
fi

# npm packages: wasm-opt (binaryen) for the build, Playwright and axe for tests.
# Playwright's own browser download cannot work here; Debian's Chromium is used.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# Trunk builds with `cargo build --offline`, so fetch crates first: the
# project's, and those of the standard library the release build rebuilds.
cargo fetch --quiet
cargo +"$RELEASE_TOOLCHAIN" fetch --quiet --manifest-path \
  "$(rustc +"$RELEASE_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
