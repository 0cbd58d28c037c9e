// What the data says: the directory entries whose front matter matches the finder's answers,
// read from the Markdown sources (not from the page under test), with the finder's rules: an
// entry with no sector matches any sector (cross-sector); when nothing matches every answer, the
// fewest answers are set aside, the least specific first (the most entries on its own; the
// later question on a tie).
import fs from "node:fs";
import path from "node:path";

const CONTENT = path.resolve(import.meta.dirname, "../../content");
/// The questions whose empty answer means "any" (an entry with no sector is cross-sector).
export const CROSS = ["sectors"];

function field(frontMatter, name) {
  const m = frontMatter.match(new RegExp(`^${name}\\s*=\\s*\\[([^\\]]*)\\]`, "m"));
  if (!m) return [];
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

/// The published entries of a directory: their slug and the front matter, for `field`.
function entries(dir) {
  const folder = path.join(CONTENT, dir);
  return fs.readdirSync(folder)
    .filter((f) => f.endsWith(".fr.md") && !f.startsWith("_index"))
    .map((f) => ({ slug: f.replace(/\.fr\.md$/, ""), fm: fs.readFileSync(path.join(folder, f), "utf8").split("+++")[1] ?? "" }))
    .filter((e) => !/^draft\s*=\s*true/m.test(e.fm));
}

/// "exact", "cross" (matches thanks to a missing sector) or null.
function how(fm, want) {
  let result = "exact";
  for (const [k, v] of Object.entries(want)) {
    const values = field(fm, k);
    if (values.includes(v)) continue;
    if (CROSS.includes(k) && values.length === 0) { result = "cross"; continue; }
    return null;
  }
  return result;
}

/// The entries (their URLs, sorted) matching every answer of `want` ({field: value}).
export function entriesMatching(lang, want, dir = "ecosystem") {
  return entries(dir)
    .filter((e) => how(e.fm, want))
    .map((e) => `/${lang}/${dir}/${e.slug}/`)
    .sort();
}

/// The entries without a value for `name` (the cross-sector ones for "sectors").
export function entriesWithout(lang, name, dir) {
  return entries(dir).filter((e) => field(e.fm, name).length === 0).map((e) => `/${lang}/${dir}/${e.slug}/`).sort();
}

/// The entries with `name` = `value` exactly.
export function entriesWith(lang, name, value, dir) {
  return entries(dir).filter((e) => field(e.fm, name).includes(value)).map((e) => `/${lang}/${dir}/${e.slug}/`).sort();
}

function subsets(list, size) {
  if (size === 0) return [[]];
  const out = [];
  for (let i = 0; i <= list.length - size; i++) {
    for (const rest of subsets(list.slice(i + 1), size - 1)) out.push([list[i], ...rest]);
  }
  return out;
}

/// What the finder shows for `answers` ([[field, value], …] in the order of the questions):
/// { relaxed: the fields set aside, entries: sorted URLs }.
export function finderResult(lang, dir, answers) {
  const want = (list) => Object.fromEntries(list);
  const shown = (list) => entriesMatching(lang, want(list), dir);
  if (answers.length === 0 || shown(answers).length > 0) return { relaxed: [], entries: shown(answers) };
  const alone = answers.map((a, i) => ({ a, i, n: shown([a]).length }))
    .sort((x, y) => y.n - x.n || y.i - x.i);
  for (let size = 1; size < answers.length; size++) {
    for (const drop of subsets(alone, size)) {
      const keep = answers.filter((a) => !drop.some((d) => d.a === a));
      if (shown(keep).length > 0) return { relaxed: drop.map((d) => d.a[0]), entries: shown(keep) };
    }
  }
  return { relaxed: answers.map((a) => a[0]), entries: shown([]) };
}
