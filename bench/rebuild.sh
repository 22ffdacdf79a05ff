#!/bin/bash
# The incremental-rebuild benchmark (issue 11, item 5): three full builds of a
# generated register into a new folder, then, into one site built twice (so
# its spare exists), a rebuild with nothing changed and three rebuilds each
# after one line's service changed, with the files each rewrote; then the
# median one-line rebuild as a share of the median full build (the target:
# at most 20%) and of the fastest.
#   bench/rebuild.sh LINES [SCRATCH]     e.g. bench/rebuild.sh 100000 /tmp/rebuild
set -eu
lines=${1:?usage: bench/rebuild.sh LINES [SCRATCH]}
scratch=${2:-/tmp/fundpress-rebuild}
here=$(cd "$(dirname "$0")/.." && pwd)
fundpress=$here/build/fundpress
rm -rf "$scratch" && mkdir -p "$scratch"
"$here/build/fundpress-generate" "$scratch/project" --lines "$lines" --seed 1
# Builds into $2, saying "$1", its time and peak memory; the time in $last.
timed() {
  /usr/bin/time -o "$scratch/time" -f "%e %M" "$fundpress" build "$scratch/project" --out "$2" \
    --quiet >/dev/null 2>&1
  read -r last kb <"$scratch/time"
  echo "$1 $last s $kb KB"
}
fulls=() ones=()
for n in 1 2 3; do
  rm -rf "$scratch/full" "$scratch"/full.fundpress-*
  timed "full build" "$scratch/full"
  fulls+=("$last")
done
rm -rf "$scratch/full" "$scratch"/full.fundpress-*
"$fundpress" build "$scratch/project" --out "$scratch/site" --quiet 2>/dev/null
"$fundpress" build "$scratch/project" --out "$scratch/site" --quiet 2>/dev/null
timed "rebuild, nothing changed" "$scratch/site"
for n in 1 2 3; do
  /usr/bin/python3 - "$scratch/project/awards.csv" <<'PY'
import csv, io, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
service = rows[1][3]
rows[1][3] = service[:-8] if service.endswith(" renamed") else service + " renamed"
text = io.StringIO()
csv.writer(text, lineterminator="\n").writerows(rows)
open(sys.argv[1], "w", encoding="utf-8").write(text.getvalue())
PY
  touch "$scratch/stamp"
  sleep 1  # so a file written now is newer than the stamp
  timed "rebuild, one line changed" "$scratch/site"
  ones+=("$last")
  echo "rewritten: $(find "$scratch/site" -type f -newer "$scratch/stamp" | wc -l) of $(find "$scratch/site" -type f | wc -l) files"
done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
fastest() { printf '%s\n' "$@" | sort -g | sed -n 1p; }
awk -v one="$(median "${ones[@]}")" -v full="$(median "${fulls[@]}")" \
  -v fast="$(fastest "${fulls[@]}")" 'BEGIN {
    printf "one line changed, median %.2f s: %.1f%% of the median full build (%.2f s), %.1f%% of the fastest (%.2f s)\n",
      one, 100 * one / full, full, 100 * one / fast, fast }'
