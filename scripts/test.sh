#!/usr/bin/env bash
# Runs every test Gangmu has: the native workspace (core, CLI, web-app logic), the core built
# for wasm32, the seed-report scores against their floors, and the browser tests.
# Installs missing tools first (scripts/setup.sh), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests (cargo test --workspace)"
cargo test --workspace --locked

step "the core builds for wasm32-unknown-unknown"
cargo build -p gangmu-core --target wasm32-unknown-unknown --locked

step "seed scores against their floors"
./scripts/score.sh

if [ -x scripts/test-browser.sh ]; then
  step "browser tests"
  ./scripts/test-browser.sh
fi

step "all tests passed"
