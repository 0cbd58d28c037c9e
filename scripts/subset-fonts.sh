#!/usr/bin/env bash
# Trims the Arabic web fonts to the letters Arabic text uses (the Arabic alphabet, its marks,
# punctuation and digits, the joiners and bidi controls), dropping the Persian, Urdu and other
# extensions and the legacy presentation forms: 70 KB down to about 31 KB per weight, so the
# Arabic home paints as soon as the French one. The @font-face unicode-range in css/fonts.css
# names the same range. Run after replacing a font; it rewrites the files in place.
set -euo pipefail
cd "$(dirname "$0")/.."
RANGE="U+060C,U+061B,U+061F,U+0621-065F,U+0660-066D,U+0670,U+06CC,U+06D4,U+200C-200F,U+2066-2069"
venv=target/fonts-venv
[ -x "$venv/bin/pyftsubset" ] || { python3 -m venv "$venv"; "$venv/bin/pip" install -q fonttools==4.55.3 brotli==1.1.0; }
for weight in regular bold; do
  f=themes/one-provence/static/fonts/noto-sans-arabic-$weight.woff2
  "$venv/bin/pyftsubset" "$f" --unicodes="$RANGE" --layout-features='*' --flavor=woff2 \
    --output-file="$f.tmp"
  mv "$f.tmp" "$f"
done
ls -l themes/one-provence/static/fonts/noto-sans-arabic-*.woff2
