#!/usr/bin/env bash
# Builds the measuring cdylib once per feature set and prints raw / gzip -9 sizes of the
# .wasm, before and after `wasm-opt -Oz` (when wasm-opt is on PATH). BENCHMARKS.md quotes it.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PWD/../node_modules/.bin:$PATH"
printf '%-22s %10s %10s %10s %10s\n' "features" "raw" "gzip" "opt raw" "opt gzip"
# FEATURE_SETS (space-separated) measures only those sets.
sets=${FEATURE_SETS:-"extract-only decode decode,html decode,docx decode,pdf decode,doc decode,ofd decode,rtf decode,docx,ofd decode,html,docx,pdf decode,html,docx,pdf,doc,ofd,rtf"}
for features in $sets; do
  cargo build -q --release --target wasm32-unknown-unknown --no-default-features --features "$features" 2>&1 | grep -v '^$' || true
  wasm=target/wasm32-unknown-unknown/release/gangmu_wasm_size.wasm
  raw=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  if command -v wasm-opt >/dev/null; then
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals "$wasm" -o /tmp/gangmu-size-opt.wasm
    oraw=$(stat -c %s /tmp/gangmu-size-opt.wasm)
    ogz=$(gzip -9 -c /tmp/gangmu-size-opt.wasm | wc -c)
  else
    oraw=-; ogz=-
  fi
  printf '%-22s %10s %10s %10s %10s\n' "$features" "$raw" "$gz" "$oraw" "$ogz"
done
