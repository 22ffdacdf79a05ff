#!/bin/sh
# A full build beside its file-system floor, on the same generated register in one run:
#   bench/floor.sh [LINES] [BUILD_DIR]     (default 10000 lines, build/)
# prints the build's wall time, CPU time and peak memory, the floor's wall and
# CPU time, their ratio, and the floor's CPU time over this machine's cores: the
# least wall time a build making the same writes can take here.
set -eu
lines=${1:-10000}
build=${2:-build}
work=$(mktemp -d /tmp/fundpress-floor-XXXXXX)
trap 'rm -rf "$work"' EXIT
"$build/fundpress-generate" "$work/register" --lines "$lines"
/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$build/fundpress" build "$work/register" --out "$work/site" --quiet >/dev/null 2>&1
read -r seconds user system kb < "$work/time"
"$build/fundpress-floor" "$work/site" "$work/floor" > "$work/floor.txt"
floor=$(cut -d' ' -f1 "$work/floor.txt")
floor_cpu=$(sed -n 's/.*, \([0-9.]*\) s of CPU$/\1/p' "$work/floor.txt")
files=$(find "$work/site" -type f | wc -l)
awk -v l="$lines" -v s="$seconds" -v u="$user" -v y="$system" -v k="$kb" -v f="$floor" \
    -v fc="$floor_cpu" -v n="$files" -v c="$(nproc)" 'BEGIN {
  printf "%d lines, %d files: build %.2f s (CPU %.2f s), peak %d MiB; floor %.2f s (CPU %.2f s); build / floor %.1f\n",
         l, n, s, u + y, k / 1024, f, fc, s / f
  printf "the floor'\''s CPU over %d cores: %.2f s, the least a build making the same writes can take here\n",
         c, fc / c }'
