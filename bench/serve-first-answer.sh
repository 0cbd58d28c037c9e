#!/usr/bin/env bash
# Time from launching `serve` on a fresh copy of the site (no .cache/, nothing built) to its
# first answer with the French home page, then to the moment its cards and kit are drawn.
# A benchmark, not a test:  bench/serve-first-answer.sh [RUNS]   (release binary first)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
BIN=${ONEPROVENCE:-$REPO/target/release/oneprovence}
RUNS=${1:-3}
for run in $(seq "$RUNS"); do
  dir=$(mktemp -d)
  cp -r "$REPO"/{content,themes,i18n,brand,site.toml} "$dir"/
  port=$((20000 + RANDOM % 20000))
  start=$(date +%s.%N)
  (cd "$dir" && exec "$BIN" serve --port "$port" > "$dir/serve.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/fr/"; do sleep 0.01; done
  first=$(date +%s.%N)
  until [[ $(grep -c '^Rebuilt' "$dir/serve.log") -ge 2 ]]; do sleep 0.05; done
  drawn=$(date +%s.%N)
  kill -INT "$pid"; wait "$pid" 2>/dev/null || true
  printf 'run %d: first answer %.2f s, cards and kit drawn %.2f s\n' "$run" \
    "$(echo "$first - $start" | bc)" "$(echo "$drawn - $start" | bc)"
  rm -rf "$dir"
done
