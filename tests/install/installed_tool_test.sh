#!/bin/sh
# Installs fundpress into a scratch prefix and runs it from an unrelated folder:
# the installed binary must find its templates and publish the default data.
# Usage: installed_tool_test.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -eu
build=$1 source=$2 work=$3
rm -rf "$work"
mkdir -p "$work/elsewhere"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cd "$work/elsewhere"
"$work/prefix/bin/fundpress" build "$source/data/leicestershire" --out published 2>control.txt
test -f published/reports/2017-18/commissioning-budget.html
test -f published/reports/2017-18/commissioning-budget.xlsx
grep -q '4,668,359' published/reports/2017-18/commissioning-budget.md
grep -q '75 rows £9,293,216.75 published' control.txt
echo "installed tool works from $work/elsewhere"
