#!/usr/bin/env bash
# Installs everything Gangmu needs to build, serve and test, skipping what is already present.
# Safe to run again. Only the package registries are used (crates.io, npm, Debian).
# Why each pin exists: ARCHITECTURE.md ("Build (Trunk)") and the comments below.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version pinned in Cargo.toml (`=X`); Trunk refuses a mismatch.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -1)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -q wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The web app's release build compiles std from its sources, sized for the page (scripts/trunk-release.sh).
# A component of the installed toolchain, fetched like the wasm target; without it that build falls
# back to the prebuilt std.
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  log "adding the rust-src component"
  rustup component add rust-src || log "rust-src unavailable: the web app builds with the prebuilt std (larger)"
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (takes several minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (several minutes; not --locked, see ARCHITECTURE.md)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

need_apt=()
# python3: scripts/score.sh and the web app's post-build step; node/npm: the npm tools below.
command -v python3 >/dev/null || need_apt+=(python3)
command -v npm >/dev/null || need_apt+=(nodejs npm)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
fc-list 2>/dev/null | grep -qi 'wqy\|noto.*cjk' || need_apt+=(fonts-wqy-zenhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing Debian packages: ${need_apt[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need_apt[@]}"
fi

# binaryen (wasm-opt) 132, terser and playwright-core come from npm, pinned in tools/package-lock.json.
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ ! -d tools/node_modules/playwright-core ] \
  || [ ! -d tools/node_modules/terser ]; then
  log "installing npm tools (wasm-opt, terser, playwright-core)"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

log "toolchain ready"
