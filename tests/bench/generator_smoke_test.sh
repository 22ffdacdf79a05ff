#!/bin/sh
# The benchmark generator's register is valid and reproducible:
#   generator_smoke_test.sh FUNDPRESS GENERATOR WORKDIR
# same seed -> byte-identical files, another seed -> different ones, and the
# register builds with every line published.
set -eu
fundpress=$1 generate=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
"$generate" "$work/a" --lines 300 --seed 7
"$generate" "$work/b" --lines 300 --seed 7
"$generate" "$work/c" --lines 300 --seed 8
cmp "$work/a/awards.csv" "$work/b/awards.csv"
cmp "$work/a/fundpress.json" "$work/b/fundpress.json"
if cmp -s "$work/a/awards.csv" "$work/c/awards.csv"; then echo "seed ignored" >&2; exit 1; fi
test "$(wc -l < "$work/a/awards.csv")" -eq 301
"$fundpress" build "$work/a" --out "$work/site" > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
test -f "$work/site/awards/n-0000300/index.html"
grep -c ',Awarded$' "$work/a/awards.csv" | grep -qx 300
