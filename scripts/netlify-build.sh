#!/usr/bin/env bash
# Netlify's build command. A deploy that changes only content must not compile the generator
# again (a cold release build is about five minutes there): the binary is kept in `.cache/bin/`
# under the SHA-256 of everything it is compiled from (Cargo.toml, Cargo.lock, build.rs, src/),
# and `.cache/` and `target/` are kept between deploys by netlify-plugin-cache (netlify.toml).
# Same sources: the cached binary builds the site at once. Changed sources: cargo rebuilds
# (incrementally when target/ was restored) and the new binary is cached.
# Usage: scripts/netlify-build.sh [build arguments...]   (Netlify passes --base-url "$URL")
set -euo pipefail
cd "$(dirname "$0")/.."
key=$( { sha256sum Cargo.toml Cargo.lock build.rs; find src -type f -name '*.rs' -print0 | sort -z | xargs -0 sha256sum; } | sha256sum | cut -c1-16)
bin=.cache/bin/oneprovence-$key
if [[ -x $bin ]]; then
  echo "generator unchanged ($key): using the cached binary" >&2
else
  echo "generator changed ($key): compiling" >&2
  cargo build --release --locked
  mkdir -p .cache/bin
  find .cache/bin -name 'oneprovence-*' -delete
  cp target/release/oneprovence "$bin"
fi
exec "$bin" build "$@"
