#!/usr/bin/env bash
# Vendors MiniSearch (the site search's index and ranking) into the theme: packs the package
# from the npm registry into a temporary folder, copies its UMD build (a plain <script> that
# defines window.MiniSearch, so search works from file:// with no module loader) with a header
# naming the package and version, and its licence beside it. Prints the version vendored.
# Usage: scripts/vendor-minisearch.sh [version range, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
range="${1:-7}"
dest="themes/one-provence/static/js/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "minisearch@$range" >/dev/null && tar xzf minisearch-*.tgz)
pkg="$tmp/package"
version="$(node -p 'require(process.argv[1]).version' "$pkg/package.json")"
umd="$pkg/dist/umd/index.js"
[ -f "$umd" ] || { echo "no UMD build at dist/umd/index.js in minisearch $version" >&2; exit 1; }
grep -q "global.MiniSearch = factory()" "$umd" || { echo "minisearch $version: the UMD build no longer defines a global MiniSearch" >&2; exit 1; }

mkdir -p "$dest"
{
  echo "/*! minisearch $version (npm package \"minisearch\", dist/umd/index.js), MIT licence:"
  echo " *  see minisearch.LICENSE.txt. Vendored by scripts/vendor-minisearch.sh; do not edit. */"
  # The source map is not vendored: drop the comment that points to it.
  grep -v '^//# sourceMappingURL=' "$umd"
} > "$dest/minisearch.js"
cp "$pkg/LICENSE.txt" "$dest/minisearch.LICENSE.txt"
echo "minisearch $version → $dest/minisearch.js"
