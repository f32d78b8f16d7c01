#!/usr/bin/env bash
# Builds the web app for release (dist/ and dist/gangmu.html): `trunk build --release`, with the
# standard library rebuilt for size for the two wasm binaries (ARCHITECTURE.md, "Decisions":
# std built with `optimize_for_size` and panics as immediate aborts — the first paint is ≈ 30 KB
# gzip smaller). These are unstable flags of our pinned stable compiler, enabled by
# RUSTC_BOOTSTRAP for this build only; clippy, the tests, the CLI and plain `cargo build` do not
# use them. It needs the rust-src component (scripts/setup.sh adds it). A plain
# `trunk build --release` still works and builds the same app, only larger.
# Extra arguments go to trunk (e.g. --public-url).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"

export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"

cargo fetch --locked >/dev/null  # Trunk builds offline (std's own crates: scripts/setup.sh)
trunk build --release "$@"
