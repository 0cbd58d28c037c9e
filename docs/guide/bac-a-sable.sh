#!/bin/sh
# Bac à sable de l'éditeur (docs/guide/README.md, étape 0) : construit le site dans un dossier
# temporaire, branche son éditeur /admin/ sur le « dépôt de test » de Sveltia CMS (les fichiers
# restent dans le navigateur : rien n'est envoyé sur GitHub, rien n'est publié pour de vrai) et
# le sert sur http://127.0.0.1:8080/ jusqu'à Ctrl-C.
#
#   docs/guide/bac-a-sable.sh [DOSSIER] [PORT]     (par défaut /tmp/oneprovence-bac-a-sable 8080)
#
# Le site publié, lui, garde sa configuration GitHub : ce script ne modifie que la copie.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-/tmp/oneprovence-bac-a-sable}
PORT=${2:-8080}
BIN=${ONEPROVENCE:-$ROOT/target/release/oneprovence}
if [ ! -x "$BIN" ]; then
  (cd "$ROOT" && cargo build --release)
fi
"$BIN" --root "$ROOT" build --out "$OUT"
# Le bloc `backend:` (GitHub) devient le dépôt de test ; le reste de la configuration est
# celui du site publié (mêmes collections, mêmes champs), sans le flux éditorial, que le dépôt
# de test ne connaît pas.
python3 - "$OUT/admin/config.yml" <<'PY'
import os, re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r"^backend:\n(?: {2}.*\n)+", "backend:\n  name: test-repo\n", text, flags=re.M)
# Le dépôt de test n'a pas de flux éditorial (enregistrer, c'est publier) : l'option est retirée.
text = re.sub(r"^publish_mode: .*\n", "", text, flags=re.M)
tmp = path + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    f.write(text)
os.replace(tmp, path)
PY
echo "Bac à sable prêt : ouvrez http://127.0.0.1:$PORT/admin/ (Ctrl-C pour arrêter)"
cd "$OUT" && exec python3 -m http.server --bind 127.0.0.1 "$PORT"
