#!/usr/bin/env bash
# Byte-identical check of the CLI's JSON output, one file at a time, between a base binary and a
# new one, over every text we have: the seeds, fixtures/formats (bad/ and real/ too), every file
# under fixtures/gathered and ../shared/files (when present). Exit codes are compared too.
# Usage: tools/same_output.sh BASE_BINARY NEW_BINARY
set -u
base=${1:?base binary}; new=${2:?new binary}
root=$(cd "$(dirname "$0")/.." && pwd)
dirs=("$root/fixtures/reports" "$root/fixtures/formats" "$root/fixtures/gathered")
shared=$(realpath -q "$root/../../shared/files" || true)
[ -d "$shared" ] || shared=$(realpath -q "$root/../shared/files" || true)
[ -d "${shared:-}" ] && dirs+=("$shared")
n=0; bad=0
tmp=$(mktemp -d)
while IFS= read -r -d '' f; do
  n=$((n + 1))
  "$base" extract --jobs 1 --format json "$f" >"$tmp/a" 2>/dev/null; ra=$?
  "$new" extract --jobs 1 --format json "$f" >"$tmp/b" 2>/dev/null; rb=$?
  if [ $ra -ne $rb ] || ! cmp -s "$tmp/a" "$tmp/b"; then
    bad=$((bad + 1)); echo "DIFFERS: $f (exit $ra vs $rb)"
  fi
done < <(find "${dirs[@]}" -type f -print0 | sort -zu)
rm -rf "$tmp"
echo "$n files, $bad differ"
[ $bad -eq 0 ]
