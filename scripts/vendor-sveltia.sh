#!/usr/bin/env bash
# Vendors Sveltia CMS (the editor at /admin/, issue #20) into the theme, so the editor is served
# by the site itself: packs the pinned npm package into a temporary folder, copies its browser
# bundle (dist/sveltia-cms.js) and licence, and rewrites the addresses the bundle would otherwise
# fetch from CDNs:
#   - its three fonts (cdn.jsdelivr.net/fontsource) → /admin/fonts/, copied from the fontsource
#     npm packages of the same versions (OFL-1.1, licences copied beside them);
#   - its interface strings (unpkg.com/@sveltia/cms@<v>/locales/<lang>.json) → /admin/locales/,
#     copied from the package's own locales/ folder (French and Arabic interfaces included);
#   - every other unpkg.com module it loads on demand (code highlighting, maps, HEIC and PDF
#     previews, the new-version check) → /admin/unpkg/…, on the site: the features we do not
#     configure stay off instead of calling out. The version check is answered locally by
#     /admin/unpkg/@sveltia/cms/package.json, which names the vendored version;
#   - GitHub's status page (githubstatus.com), polled for incident banners → the site (absent).
# Each rewrite checks that the bundle still holds what it rewrites: a new upstream release that
# moves an address makes this script fail rather than ship an editor that calls a CDN.
# Usage: scripts/vendor-sveltia.sh [version, default the pinned one]
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-0.221.1}"
dest="themes/one-provence/admin"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

pack() { # pack <npm spec> <folder name>: the package unpacked into $tmp/<folder name>
  (cd "$tmp" && tgz="$(npm pack --silent "$1")" && mkdir "$2" && tar xzf "$tgz" -C "$2" --strip-components=1)
}
pack "@sveltia/cms@$version" cms
bundle="$tmp/cms/dist/sveltia-cms.js"
[ -f "$bundle" ] || { echo "no dist/sveltia-cms.js in @sveltia/cms $version" >&2; exit 1; }

# The fonts the bundle names: family, version and file, read from its @font-face rules.
fonts="$(grep -oE 'https://cdn\.jsdelivr\.net/fontsource/fonts/[a-z0-9-]+(:vf)?@[0-9.]+/[a-z0-9-]+\.woff2' "$bundle" | sort -u)"
[ "$(echo "$fonts" | grep -c .)" -ge 1 ] || { echo "sveltia $version: no fontsource font found; check how it loads fonts" >&2; exit 1; }

rm -rf "$dest"
mkdir -p "$dest/fonts" "$dest/locales" "$dest/unpkg/@sveltia/cms"
for url in $fonts; do
  spec="${url#https://cdn.jsdelivr.net/fontsource/fonts/}"   # source-sans-3:vf@5.3.0/latin-wght-normal.woff2
  family="${spec%%[:@]*}"
  fversion="${spec#*@}"; fversion="${fversion%%/*}"
  file="${spec##*/}"
  case "$spec" in *:vf@*) scope="@fontsource-variable" ;; *) scope="@fontsource" ;; esac
  pack "$scope/$family@$fversion" "font-$family"
  cp "$tmp/font-$family/files/$family-$file" "$dest/fonts/$family-$file"
  cp "$tmp/font-$family/LICENSE" "$dest/fonts/$family.LICENSE.txt"
done
cp "$tmp/cms/locales/"*.json "$dest/locales/"
printf '{"name":"@sveltia/cms","version":"%s"}\n' "$version" > "$dest/unpkg/@sveltia/cms/package.json"

node - "$bundle" "$dest/sveltia-cms.js" "$version" <<'EOF'
const fs = require("fs");
const [src, out, version] = process.argv.slice(2);
let js = fs.readFileSync(src, "utf8");
const rewrite = (pattern, replacement, what) => {
  const found = js.match(pattern);
  if (!found) throw new Error(`sveltia ${version}: ${what} not found; the bundle changed`);
  js = js.replace(pattern, replacement);
};
rewrite(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+\.woff2)/g,
  "/admin/fonts/$1-$2", "the fontsource fonts");
// `${base}@${version}/locales`: the interface strings.
rewrite(/`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/g, "`/admin/locales`", "the locales address");
rewrite(/https:\/\/unpkg\.com\//g, "/admin/unpkg/", "the unpkg addresses");
// GitHub's status page, polled to warn of incidents: not part of the backend. Answered by the
// site (a 404, read as "status unknown", so no banner), and refused by /admin/'s CSP anyway.
rewrite(/https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json/g, "/admin/unpkg/githubstatus.json",
  "the GitHub status address");
for (const host of ["cdn.jsdelivr.net", "unpkg.com", "fonts.googleapis.com", "fonts.gstatic.com", "esm.sh"]) {
  if (js.includes(host)) throw new Error(`sveltia ${version}: ${host} is still named in the bundle`);
}
js = js.replace(/\n\/\/# sourceMappingURL=.*$/m, "\n");
const header = `/*! @sveltia/cms ${version} (npm package "@sveltia/cms", dist/sveltia-cms.js), MIT licence:\n` +
  ` *  see sveltia-cms.LICENSE.txt. Vendored by scripts/vendor-sveltia.sh, which rewrote its CDN\n` +
  ` *  addresses to /admin/; do not edit. */\n`;
fs.writeFileSync(out, header + js);
EOF
cp "$tmp/cms/LICENSE.txt" "$dest/sveltia-cms.LICENSE.txt"
echo "sveltia-cms $version → $dest/sveltia-cms.js ($(echo "$fonts" | wc -l) fonts, $(ls "$dest/locales" | wc -l) locales)"
