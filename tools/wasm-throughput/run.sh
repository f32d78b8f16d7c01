#!/usr/bin/env bash
# Builds the core for wasm (this crate, the web app's size profile) and times it in Node on the
# seeds; then the native figure of the same work (examples/throughput.rs) for comparison.
set -euo pipefail
cd "$(dirname "$0")"
cargo build -q --release --target wasm32-unknown-unknown
node run.mjs target/wasm32-unknown-unknown/release/gangmu_wasm_throughput.wasm "${1:-20}"
# The native build of the same work, timed the same two ways.
cd ../..
SEEDS_ONLY=1 /usr/bin/time -f "native CPU %U s user + %S s sys" cargo run -q --release -p gangmu-core --example throughput
