#!/bin/sh
# Runs a command with TMPDIR set to a fresh, empty folder and fails if the
# command fails or leaves anything in that folder: tests clean up after
# themselves, pass or fail, rather than filling /tmp run after run.
#   leaves_tmpdir_empty.sh <folder> <command> [arguments...]
set -u
folder=$1
shift
rm -rf "$folder"
mkdir -p "$folder" || exit 1
# googletest's TempDir() prefers TEST_TMPDIR to TMPDIR: leave it only TMPDIR.
env -u TEST_TMPDIR TMPDIR="$folder" "$@"
status=$?
left=$(ls -A "$folder")
if [ -n "$left" ]; then
  echo "left in TMPDIR ($folder):"
  ls -A "$folder" | head -50
  exit 1
fi
rmdir "$folder"
exit $status
