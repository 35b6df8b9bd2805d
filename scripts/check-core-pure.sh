#!/usr/bin/env bash
# Fails if the pure core (painpath-core) depends, directly or through any
# crate, on a web crate. Its normal and build dependencies are checked, with
# every feature on.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(cargo tree -p painpath-core --all-features -e normal,build --prefix none --format '{p}')
web=$(printf '%s\n' "$tree" | grep -E '^(yew|web-sys|js-sys|wasm-bindgen|gloo|wasm-bindgen-futures)[ -]' || true)
if [ -n "$web" ]; then
  echo "painpath-core must not depend on web crates, but its tree has:" >&2
  printf '%s\n' "$web" | sort -u >&2
  exit 1
fi
echo "painpath-core: $(printf '%s\n' "$tree" | sort -u | wc -l) crates, none of them web crates"
