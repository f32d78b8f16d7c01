#!/usr/bin/env bash
# Builds the release CLI and scores it on the bundled seed reports with tools/score.py (a copy
# of the evaluators' scorer), then fails if any figure is below the floors in
# fixtures/reports/floors.toml (shared with crates/core/tests/expected.rs).
# Usage: scripts/score.sh [-v]   (-v lists every miss)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p gangmu-cli -q
out=$(python3 tools/score.py --gold fixtures/reports/expected --cmd 'target/release/gangmu extract --format json' "$@")
echo "$out"
summary=$(echo "$out" | tail -1)
python3 - "$summary" fixtures/reports/floors.toml <<'PY'
import re, sys, tomllib
s = sys.argv[1]
with open(sys.argv[2], "rb") as f:
    floors = tomllib.load(f)
traps_max = floors.pop("traps_hit_max")
get = lambda k: float(re.search(k + r"=([0-9.]+)", s).group(1))
traps = int(re.search(r"traps_hit=(\d+)/", s).group(1))
title_ok, title_n = map(int, re.search(r"title=(\d+)/(\d+)", s).groups())
bad = [f"{k} {get(k):.3f} < {v}" for k, v in floors.items() if get(k) < v]
if traps > traps_max:
    bad.append(f"traps hit {traps} > {traps_max}")
if title_ok < title_n:
    bad.append(f"titles {title_ok}/{title_n}")
if bad:
    print("below the floors: " + "; ".join(bad))
    sys.exit(1)
print("all floors met")
PY
