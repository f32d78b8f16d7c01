#!/usr/bin/env bash
# The web app's release build (dist/ and the single-file dist/gangmu.html), as scripts/run.sh
# and scripts/test-browser.sh make it: `trunk build --release` with the Rust standard library
# compiled from its sources for size. That std (optimize_for_size, panics that abort at once
# instead of formatting a message: the worker's went nowhere, the page's went to the browser
# console through yew's panic hook; a trapped worker is replaced either way) takes ≈ 26 KB gzip
# off the first paint; why and how much: ARCHITECTURE.md, "Decisions". It needs the rust-src component (scripts/setup.sh adds
# it) and unstable build flags on our pinned stable compiler (RUSTC_BOOTSTRAP=1, only for this
# build: clippy, the tests and the CLI use plain stable). Without rust-src it builds with the
# prebuilt std and says so: larger, same behaviour.
# Extra arguments go to trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"

# Trunk builds offline (Trunk.toml): fetch the workspace's crates first.
cargo fetch --locked >/dev/null

std_sources="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
if [ -f "$std_sources/Cargo.toml" ]; then
  # And the crates std's own sources depend on (their Cargo.lock ships with rust-src).
  RUSTC_BOOTSTRAP=1 cargo fetch --locked --manifest-path "$std_sources/Cargo.toml" >/dev/null
  RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    trunk build --release "$@"
else
  echo "trunk-release: no rust-src component; building with the prebuilt std (a larger first paint)" >&2
  trunk build --release "$@"
fi
