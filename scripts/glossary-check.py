#!/usr/bin/env python3
"""Glossary check: one term per concept in each language (issue #18).

Reads i18n/glossary.toml:

    [[term]]
    concept = "the metropolis"
    fr = { prefer = "métropole", avoid = [] }
    en = { prefer = "metropolis", avoid = ["metropole"] }
    ar = { prefer = "الحاضرة", avoid = ["المتروبول"] }

and looks for every `avoid` string, as a whole word and case-sensitive, in the files of that
language: content/**/*.<lang>.md (front matter and body), the `<lang> = { ... }` lines of
content/figures.toml (a figure's top-level `source` is French). Link targets, shortcode ids and
front-matter fields holding slugs are not text and are skipped. It also reports any token that
glues Arabic and Latin letters ("وle"), in those files and in content/lexicon.toml (whose word
lists are what readers type, variants included, so the `avoid` lists do not apply to them).

Prints `file:line: avoid "X", write "Y"` and exits 1 on any finding. Standard library only.
"""
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "i18n" / "glossary.toml"
LANGS = ("fr", "en", "ar")
# Front-matter fields whose values are slugs, paths or vocabulary values, not prose.
SLUG_FIELDS = re.compile(
    r"^\s*(actors|operators|figures|sectors|audiences|kinds|needs|stages|site-kinds|scheme-kinds"
    r"|link|hero|image|template|sort_by|date|reported|weight|draft|lat|lon|coordinates)\s*="
)
NOT_TEXT = [
    re.compile(r"\]\([^)]*\)"),                 # Markdown link targets
    re.compile(r"@/[\w./-]+"),                  # internal links anywhere
    re.compile(r"\b(id|src)\s*=\s*\"[^\"]*\""),  # shortcode ids and image paths
    re.compile(r"https?://\S+"),
]
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
TOKEN = re.compile(r"[^\W\d_]+")


def load_glossary():
    with GLOSSARY.open("rb") as f:
        data = tomllib.load(f)
    rules = {lang: [] for lang in LANGS}
    for term in data.get("term", []):
        for lang in LANGS:
            entry = term.get(lang)
            if not entry:
                continue
            for avoid in entry.get("avoid", []):
                pattern = re.compile(r"(?<!\w)" + re.escape(avoid) + r"(?!\w)")
                rules[lang].append((pattern, avoid, entry["prefer"]))
    return rules


def text_of(line):
    if SLUG_FIELDS.match(line):
        return ""
    for pattern in NOT_TEXT:
        line = pattern.sub(" ", line)
    return line


def mixed_tokens(line):
    return [t for t in TOKEN.findall(line) if ARABIC.search(t) and LATIN.search(t)]


def check_line(rel, n, line, lang, rules, findings):
    line = text_of(line)
    if lang:
        for pattern, avoid, prefer in rules[lang]:
            if pattern.search(line):
                findings.append(f'{rel}:{n}: avoid "{avoid}", write "{prefer}"')
    for token in mixed_tokens(line):
        findings.append(f'{rel}:{n}: "{token}" glues Arabic and Latin letters: '
                        "put a space between them (and no و glued to a Latin name)")


def check_markdown(path, rules, findings):
    lang = path.name.split(".")[-2]
    if lang not in LANGS:
        return
    rel = path.relative_to(ROOT)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        check_line(rel, n, line, lang, rules, findings)


def check_figures(path, rules, findings):
    rel = path.relative_to(ROOT)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        m = re.match(r"(fr|en|ar)\s*=", stripped)
        lang = m.group(1) if m else ("fr" if stripped.startswith("source") else None)
        check_line(rel, n, line, lang, rules, findings)


def check_lexicon(path, findings):
    rel = path.relative_to(ROOT)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip().startswith("#"):
            continue
        check_line(rel, n, line, None, {}, findings)


def main():
    rules = load_glossary()
    findings = []
    content = ROOT / "content"
    files = sorted(content.glob("**/*.md"))
    for path in files:
        check_markdown(path, rules, findings)
    if (content / "figures.toml").exists():
        check_figures(content / "figures.toml", rules, findings)
    if (content / "lexicon.toml").exists():
        check_lexicon(content / "lexicon.toml", findings)
    for f in findings:
        print(f)
    if findings:
        print(f"{len(findings)} glossary finding(s): see i18n/glossary.toml")
        return 1
    count = sum(len(r) for r in rules.values())
    print(f"glossary check: {len(files)} pages, figures and lexicon; {count} variants to avoid, none found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
