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
and the `quote` shortcode. A quotation must be words the source itself quotes (issue #33): the
words of a marked quotation (each part between ellipses) are looked for in the seeds, and the
quotation is reported

    content/x.fr.md:12: quotation of seed 001 prose the seed does not quote: "…"

when they are seed prose outside any quotation marks of the seed (« », “ ”, " "), or, in a French
page, when they are not in any quotation of a seed at all (a paraphrase put between quotation
marks). English and Arabic quotations are translations: only the first case can be seen there,
so translate a quotation only where the French one passes. `--self-test` shows the rule failing
and passing on a small made-up seed. This rule needs the seeds themselves (not the hashes).

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


def quoted_spans(text):
    """The passages of a seed between quotation marks (« », “ ”, straight "), nested ones included
    in their outer passage; a mark left open ends with its paragraph."""
    spans = []
    for para in text.split("\n"):
        for opening, closing in (("\u00ab", "\u00bb"), ("\u201c", "\u201d")):
            stack = []
            for k, c in enumerate(para):
                if c == opening:
                    stack.append(k)
                elif c == closing and stack:
                    start = stack.pop()
                    if not stack:
                        spans.append(para[start + 1:k])
            if stack:
                spans.append(para[stack[0] + 1:])
        parts = para.split('"')
        spans.extend(parts[1::2][: (len(parts) - 1) // 2])
    return spans


def seed_texts(seed_dir=None):
    """[(seed number, words of the whole seed, [words of each quoted passage])]."""
    out = []
    for path in sorted((seed_dir or SEEDS).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        all_words = [w for line in text.splitlines() for w in words(line)]
        out.append((path.name.split("_")[0], all_words, [words(q) for q in quoted_spans(text)]))
    return out


def contains(haystack, needle):
    return f" {' '.join(needle)} " in f" {' '.join(haystack)} "


def quotation_findings(quote, french, seeds):
    """Why a marked quotation is not words the seed quotes (None when it is)."""
    parts = [words(p) for p in re.split(r"\[…\]|\(…\)|\[\.\.\.\]|…|\.\.\.", quote)]
    parts = [p for p in parts if p]
    for part in parts:
        if any(any(contains(q, part) for q in spans) for _, _, spans in seeds):
            continue
        for number, all_words, _ in seeds:
            if len(part) >= 4 and contains(all_words, part):
                return f"quotation of seed {number} prose the seed does not quote"
        if french:
            return "quotation not found between quotation marks in any seed"
    return None


def marked_quotations(lines):
    """(line number, text) of each marked quotation: quote shortcode text, blockquote lines."""
    found = []
    text = "\n".join(lines)
    for m in re.finditer(r"\{\{\s*quote\s*\((.*?)\)\s*\}\}", text, re.S):
        t = re.search(r'\btext\s*=\s*"((?:[^"\\]|\\.)*)"', m.group(1), re.S)
        if t:
            found.append((text.count("\n", 0, m.start()) + 1, t.group(1)))
    exempt = exempt_lines(lines)
    block, start = [], None
    for n, line in enumerate(lines):
        if n in exempt and line.lstrip().startswith(">") and not SOURCE_LINE.match(line):
            start = n + 1 if start is None else start
            block.append(line.lstrip()[1:].strip())
        elif block:
            found.append((start, " ".join(block)))
            block, start = [], None
    if block:
        found.append((start, " ".join(block)))
    return found


def check_quotations(path, seeds, rel=None):
    lines = path.read_text(encoding="utf-8").splitlines()
    french = path.name.endswith(".fr.md") or path.suffix == ".toml"
    rel = rel or path.relative_to(ROOT)
    out = []
    for n, quote in marked_quotations(lines):
        why = quotation_findings(quote, french, seeds)
        if why:
            out.append(f'{rel}:{n}: {why}: "{quote[:90]}"')
    return out


def self_test():
    """The quotation rule on a made-up seed: a quotation of seed prose fails, a quoted one passes."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "seeds").mkdir()
        (tmp / "seeds" / "009_test.txt").write_text(
            "La Métropole a adopté une feuille de route le 15 avril 2021 pour booster la filière.\n"
            "« Chaque acteur a son rôle à jouer », précise le directeur.\n", encoding="utf-8")
        seeds = seed_texts(tmp / "seeds")
        cases = [
            ("bad.fr.md", '{{ quote(text="pour booster la filière", source="x") }}', True),
            ("bad.en.md", "> adopté une feuille de route le 15 avril\n> — source", True),
            ("para.fr.md", '{{ quote(text="Chacun a un rôle", source="x") }}', True),
            ("good.fr.md", '{{ quote(text="Chaque acteur a son rôle à jouer", source="x") }}', False),
            ("good.en.md", '{{ quote(text="Every player has a role to play", source="x") }}', False),
        ]
        failed = 0
        for name, body, expect in cases:
            (tmp / name).write_text(body + "\n", encoding="utf-8")
            got = check_quotations(tmp / name, seeds, rel=name)
            ok = bool(got) == expect
            failed += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name}: {got[0] if got else 'no finding'}")
        print("self-test " + ("failed" if failed else "passed"))
        return 1 if failed else 0


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
    if "--self-test" in sys.argv[1:]:
        return self_test()
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
    if SEEDS.is_dir():
        texts = seed_texts()
        findings += [f for path in files for f in check_quotations(path, texts)]
    else:
        print(f"{SEEDS} absent: quotations not checked against the seeds' quotation marks")
    for f in findings:
        print(f)
    if findings:
        print(f"{len(findings)} finding(s): write copied runs of {WINDOW}+ words anew; quote only "
              "words the seed itself quotes, with their source")
        return 1
    print(f"copy check: {len(files)} files, no run of {WINDOW}+ words from the seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
