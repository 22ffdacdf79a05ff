#!/bin/sh
# A full build beside its file-system floor, on the same generated register in one run:
#   bench/floor.sh [LINES] [BUILD_DIR]     (default 10000 lines, build/)
# prints the build's wall time and peak memory, the floor's time, and their ratio.
set -eu
lines=${1:-10000}
build=${2:-build}
work=$(mktemp -d /tmp/fundpress-floor-XXXXXX)
trap 'rm -rf "$work"' EXIT
"$build/fundpress-generate" "$work/register" --lines "$lines"
/usr/bin/time -f "%e %M" -o "$work/time" "$build/fundpress" build "$work/register" --out "$work/site" >/dev/null
read -r seconds kb < "$work/time"
floor=$("$build/fundpress-floor" "$work/site" "$work/floor" | cut -d' ' -f1)
files=$(find "$work/site" -type f | wc -l)
awk -v l="$lines" -v s="$seconds" -v k="$kb" -v f="$floor" -v n="$files" 'BEGIN {
  printf "%d lines, %d files: build %.2f s, peak %d MiB; floor %.2f s; build / floor %.1f\n",
         l, n, s, k / 1024, f, s / f }'
