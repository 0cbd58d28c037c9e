#!/usr/bin/env python3
"""Copy check: no run of 16 or more consecutive words of a seed document in the content.

The seeds (../shared/seeds/*.txt) are the source of every fact on the site, but the prose must
be written anew (issue #18). This script normalises text (lowercase, accents folded, Markdown,
TOML and HTML syntax and punctuation removed, apostrophes and quotes unified, spaces collapsed),
slides a window of 16 words over every content file (content/**/*.md, content/*.toml) and
reports each run found in a seed:

    content/x.fr.md:12: 16+ words copied from seed 002: "…"

Quotations marked as such are exempt: a block of lines starting with `>` whose last line, or
the line right after it, gives the source (starts with "—", "–", "--", "Source", "المصدر"),
and the `quote` shortcode.

A fresh clone may not sit beside ../shared/, so the hashes of the seeds' 16-word windows are
committed in tests/seed-shingles.txt (SHA-256 of the normalised window, first 16 hex chars,
sorted). With the seeds present the script recomputes them and fails if the committed file
differs (run `python3 scripts/copy-check.py --update` to rewrite it); without the seeds it uses
the committed file. Exit 1 on any finding. Standard library only.
"""
import hashlib
import re
import sys
import unicodedata
from pathlib import Path

WINDOW = 16
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
SHINGLES = ROOT / "tests" / "seed-shingles.txt"

QUOTES = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
}
SOURCE_LINE = re.compile(r"^\s*>?\s*(—|–|--|source\b|sources\b|المصدر)", re.IGNORECASE)
WORD = re.compile(r"[^\W_]+")


def fold(text):
    """Lowercase, unify quotes, drop accents (NFKD without combining marks) and Arabic diacritics."""
    for a, b in QUOTES.items():
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def strip_syntax(line):
    """Remove Markdown, TOML and HTML syntax from one line, keeping the words a reader sees."""
    line = re.sub(r"<[^>]+>", "", line)                      # HTML tags (<sup>, <br>)
    line = re.sub(r"\]\([^)]*\)", "] ", line)                # link targets
    line = re.sub(r"^\s*\[\[?[^\]]*\]\]?\s*$", "", line)     # TOML table headers
    line = re.sub(r"^\s*[\w.-]+\s*=\s*", " ", line)          # TOML keys
    line = re.sub(r"\b[\w-]+\s*=\s*(?=[\"'\[{])", " ", line)  # inline keys (value = "…")
    line = re.sub(r"\{\{|\}\}|\{%|%\}", " ", line)           # shortcode delimiters
    line = re.sub(r"@/[\w./-]+", " ", line)                  # internal link paths
    return line


def words(line):
    return WORD.findall(fold(strip_syntax(line)))


def digest(window):
    return hashlib.sha256(" ".join(window).encode("utf-8")).hexdigest()[:16]


def seed_windows():
    """{hash: seed number} for every 16-word window of every seed."""
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        tokens = []
        for line in path.read_text(encoding="utf-8").splitlines():
            tokens.extend(words(line))
        number = path.name.split("_")[0]
        for i in range(len(tokens) - WINDOW + 1):
            found.setdefault(digest(tokens[i:i + WINDOW]), number)
    return found


def exempt_lines(lines):
    """Indices of lines that are marked quotations (blockquote with a source, quote shortcode)."""
    exempt = set()
    i = 0
    while i < len(lines):
        if lines[i].lstrip().startswith(">"):
            j = i
            while j < len(lines) and lines[j].lstrip().startswith(">"):
                j += 1
            nxt = lines[j] if j < len(lines) else ""
            if SOURCE_LINE.match(lines[j - 1]) or SOURCE_LINE.match(nxt):
                exempt.update(range(i, j + 1 if SOURCE_LINE.match(nxt) else j))
            i = j
            continue
        if "{{" in lines[i] and re.search(r"\{\{\s*quote\s*\(", lines[i]):
            j = i
            while j < len(lines) and "}}" not in lines[j]:
                j += 1
            exempt.update(range(i, j + 1))
            i = j + 1
            continue
        i += 1
    return exempt


def check_file(path, seeds):
    lines = path.read_text(encoding="utf-8").splitlines()
    exempt = exempt_lines(lines)
    tokens = []  # (word, line number); an exempt line breaks the stream
    for n, line in enumerate(lines, 1):
        if n - 1 in exempt:
            tokens.append((None, n))
            continue
        tokens.extend((w, n) for w in words(line))
    hits = []  # (start, end, seed) of maximal runs
    for i in range(len(tokens) - WINDOW + 1):
        window = [w for w, _ in tokens[i:i + WINDOW]]
        if None in window:
            continue
        seed = seeds.get(digest(window))
        if seed is None:
            continue
        if hits and i <= hits[-1][1]:
            hits[-1] = (hits[-1][0], i + WINDOW, hits[-1][2])
        else:
            hits.append((i, i + WINDOW, seed))
    rel = path.relative_to(ROOT)
    return [
        f'{rel}:{tokens[s][1]}: 16+ words copied from seed {seed}: "{" ".join(w for w, _ in tokens[s:e])}"'
        for s, e, seed in hits
    ]


def main():
    update = "--update" in sys.argv[1:]
    committed = SHINGLES.read_text(encoding="utf-8").split() if SHINGLES.exists() else []
    if SEEDS.is_dir():
        seeds = seed_windows()
        fresh = sorted(seeds)
        if update:
            SHINGLES.write_text("\n".join(fresh) + "\n", encoding="utf-8")
            print(f"wrote {SHINGLES.relative_to(ROOT)} ({len(fresh)} windows)")
        elif fresh != committed:
            print(f"{SHINGLES.relative_to(ROOT)} is out of date with {SEEDS}: "
                  "run `python3 scripts/copy-check.py --update` and commit it")
            return 1
    elif committed:
        seeds = {h: "???" for h in committed}
    else:
        print(f"neither {SEEDS} nor {SHINGLES.relative_to(ROOT)} exists: nothing to compare with")
        return 1
    content = ROOT / "content"
    files = sorted(set(content.glob("**/*.md")) | set(content.glob("*.toml")))
    findings = [f for path in files for f in check_file(path, seeds)]
    for f in findings:
        print(f)
    if findings:
        print(f"{len(findings)} run(s) of {WINDOW}+ words copied from the seeds: write them anew "
              "or mark them as a quotation with its source")
        return 1
    print(f"copy check: {len(files)} files, no run of {WINDOW}+ words from the seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
