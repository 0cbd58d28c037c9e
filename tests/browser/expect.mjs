// What the data says: the actors whose front matter matches the finder's answers, read from the
// Markdown sources (not from the page under test).
import fs from "node:fs";
import path from "node:path";

const CONTENT = path.resolve(import.meta.dirname, "../../content/ecosystem");

function field(frontMatter, name) {
  const m = frontMatter.match(new RegExp(`^${name}\\s*=\\s*\\[([^\\]]*)\\]`, "m"));
  if (!m) return [];
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

export function entriesMatching(lang, want) {
  return fs.readdirSync(CONTENT)
    .filter((f) => f.endsWith(".fr.md") && !f.startsWith("_index"))
    .filter((f) => {
      const text = fs.readFileSync(path.join(CONTENT, f), "utf8");
      const fm = text.split("+++")[1] ?? "";
      if (/^draft\s*=\s*true/m.test(fm)) return false;
      return Object.entries(want).every(([k, v]) => field(fm, k).includes(v));
    })
    .map((f) => `/${lang}/ecosystem/${f.replace(/\.fr\.md$/, "")}/`)
    .sort();
}
