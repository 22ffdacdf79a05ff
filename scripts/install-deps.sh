#!/bin/sh
# Installs the Debian packages fundpress needs to build and test, and the
# browser-test tools from npm. Idempotent: apt-get runs only when a package is
# missing, npm only when the lock file changed since the last install.
# Usage: scripts/install-deps.sh build|test|bench (bench: the peers bench/ compares with)
set -eu

# GoogleTest is a build package because configuring the project looks for it.
build_packages="g++ cmake make pkg-config libcsv-dev nlohmann-json3-dev
libcmark-gfm-dev libcmark-gfm-extensions-dev libxlsxwriter-dev
libcli11-dev libdeflate-dev libzip-dev libexpat1-dev libgtest-dev
libgmock-dev libutf8proc-dev libcpp-httplib-dev libmimalloc-dev libxxhash-dev"
test_packages="cmark-gfm python3 python3-openpyxl
python3-jsonschema libreoffice-calc-nogui chromium tidy nodejs npm clang poppler-utils
libclang-rt-14-dev"
bench_packages="hugo miller python3-xlsxwriter python3-openpyxl"

case "${1:-build}" in
  build) wanted=$build_packages ;;
  test) wanted="$build_packages $test_packages" ;;
  bench) wanted="$build_packages $bench_packages" ;;
  *) echo "usage: $0 build|test|bench" >&2; exit 2 ;;
esac

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

missing=""
for package in $wanted; do
  case $package in
    # Either LibreOffice Calc package gives the headless soffice the tests need.
    libreoffice-calc-nogui) installed libreoffice-calc && continue ;;
    # nodejs and npm may come from elsewhere (nvm, a NodeSource build): accept any on PATH.
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
  esac
  installed "$package" || missing="$missing $package"
done

if [ -n "$missing" ]; then
  echo "install-deps: installing from Debian:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
else
  echo "install-deps: all Debian packages present"
fi

if [ "${1:-build}" = test ]; then
  here=$(cd "$(dirname "$0")/.." && pwd)
  browser="$here/tests/browser"
  stamp="$browser/node_modules/.fundpress-lock"
  if [ -f "$browser/package-lock.json" ] && ! cmp -s "$browser/package-lock.json" "$stamp" 2>/dev/null; then
    echo "install-deps: installing browser-test tools from npm (tests/browser/package-lock.json)"
    (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$browser/package-lock.json" "$stamp"
  fi
fi
