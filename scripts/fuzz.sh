#!/usr/bin/env bash
# Builds every fuzz target in fuzz/ and runs each one briefly (CI runs this; see .ci/run).
#
# Three ways, chosen by what the machine has:
# - a nightly toolchain (cargo-fuzz is installed here when missing, not in scripts/setup.sh,
#   so only a fuzz run pays for it): coverage-guided libFuzzer, FUZZ_SECONDS per target (default 20), the corpus seeded
#   with the committed fixtures;
# - stable with cargo-fuzz already installed (a developer's machine): the same coverage-guided
#   run, with RUSTC_BOOTSTRAP=1 so stable rustc takes cargo-fuzz's -Z flags (sanitizer and
#   coverage passes), as scripts/trunk-release.sh does for build-std; for long runs, e.g.
#   FUZZ_SECONDS=1500 scripts/fuzz.sh decode;
# - one stable toolchain only (a fresh CI machine cannot fetch a nightly): the same targets are
#   built with stable cargo (libfuzzer-sys builds there, without the sanitizer-coverage
#   instrumentation), then each binary runs every fixture once and FUZZ_RUNS (default 2000)
#   mutations of them. Not coverage-guided, but it builds what `cargo fuzz` builds and runs
#   every target's code on real and damaged inputs.
# Either way a crash fails the script; libFuzzer writes the input to fuzz/artifacts/<target>/.
# Usage: scripts/fuzz.sh [target…]   (default: every [[bin]] in fuzz/Cargo.toml)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${FUZZ_SECONDS:-20}
runs=${FUZZ_RUNS:-2000}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v '^gangmu-fuzz$')
fi

# The seed corpus of each target: the fixtures of the formats it reads (copied, since
# libFuzzer adds the inputs it finds to its first corpus folder).
seed() {
  local t=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  case $t in
    doc) find fixtures/formats -name '*.doc' -o -name '*.wps' ;;
    ofd) find fixtures/formats -name '*.ofd' ;;
    rtf) find fixtures/formats -name '*.rtf' ;;
    workspace) find fixtures -name '*.json' -path '*workspace*' ;;
    *) find fixtures/formats fixtures/reports -maxdepth 2 -type f ! -name '*.md' ! -name '*.json' ;;
  esac | while read -r f; do cp -n "$f" "$dir/" 2>/dev/null || true; done
  echo "$dir"
}

nightly=false
# FUZZ_STABLE=1 takes the stable way even where a nightly is installed (to test it).
if [ -z "${FUZZ_STABLE:-}" ] && rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  nightly=true
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz"
    cargo install --locked cargo-fuzz || nightly=false
  fi
fi

guided() {
  local t dir
  for t in "${targets[@]}"; do
    dir=$(seed "$t")
    echo "== $t"
    "$@" fuzz run "$t" "$dir" -- -max_total_time="$seconds" -rss_limit_mb=2048 2>&1 | tail -4
  done
}

if $nightly; then
  echo "fuzz: cargo-fuzz on nightly, ${seconds}s per target"
  guided cargo +nightly
elif [ -z "${FUZZ_STABLE:-}" ] && cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: cargo-fuzz on stable (RUSTC_BOOTSTRAP=1), ${seconds}s per target"
  RUSTC_BOOTSTRAP=1 guided cargo
else
  echo "fuzz: no nightly with cargo-fuzz; stable build, fixtures + $runs mutations per target"
  # Not --locked: fuzz/ is outside the workspace and its lock follows the core's dependencies.
  cargo build --release --manifest-path fuzz/Cargo.toml
  for t in "${targets[@]}"; do
    dir=$(seed "$t")
    mkdir -p "fuzz/artifacts/$t"
    echo "== $t"
    "fuzz/target/release/$t" "$dir" -runs="$runs" -max_total_time="$seconds" -rss_limit_mb=2048 \
      -artifact_prefix="fuzz/artifacts/$t/" 2>&1 | tail -3
  done
fi
echo "fuzz: every target built and ran without a crash"
