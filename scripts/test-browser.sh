#!/usr/bin/env bash
# Browser tests of the web app (called by scripts/test.sh):
#  1. wasm-bindgen tests of the web adapter in headless Chromium (tests/web.rs);
#  2. the release build (scripts/trunk-release.sh: dist/ and dist/gangmu.html);
#  3. end-to-end flows with playwright-core in the Debian Chromium (tests/e2e/*.test.mjs).
# Screenshots go to tests/e2e/artifacts/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

echo "== wasm-bindgen tests (headless Chromium)"
cargo test -p gangmu-web --target wasm32-unknown-unknown --test web --locked

echo "== trunk build --release (scripts/trunk-release.sh)"
./scripts/trunk-release.sh

echo "== end-to-end flows (playwright-core, Chromium)"
cargo build -p gangmu-cli --locked
GANGMU_CLI="$PWD/target/debug/gangmu" node --test --test-concurrency=1 tests/e2e/
