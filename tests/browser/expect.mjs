// What the data says: the directory entries whose front matter matches the finder's answers,
// read from the Markdown sources (not from the page under test), with the finder's rules: an
// entry naming no sector, or at least three quarters of site.toml's sectors, serves every
// sector and matches any sector (cross-sector, issue #29); when nothing matches every answer, the
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

/// How many sectors site.toml's vocabulary has.
const ALL_SECTORS = field(fs.readFileSync(path.resolve(CONTENT, "../site.toml"), "utf8"), "sectors").length;

/// An entry naming no sector, or at least three quarters of them, serves every sector.
function servesEvery(fm) {
  const n = field(fm, "sectors").length;
  return n === 0 || 4 * n >= 3 * ALL_SECTORS;
}

/// The published entries of a directory: their slug and the front matter, for `field`.
function entries(dir) {
  const folder = path.join(CONTENT, dir);
  return fs.readdirSync(folder)
    .filter((f) => f.endsWith(".fr.md") && !f.startsWith("_index"))
    .map((f) => ({ slug: f.replace(/\.fr\.md$/, ""), fm: fs.readFileSync(path.join(folder, f), "utf8").split("+++")[1] ?? "" }))
    .filter((e) => !/^draft\s*=\s*true/m.test(e.fm));
}

/// "exact", "cross" (matches as serving every sector) or null.
function how(fm, want) {
  let result = "exact";
  for (const [k, v] of Object.entries(want)) {
    if (CROSS.includes(k) && servesEvery(fm)) { result = "cross"; continue; }
    if (field(fm, k).includes(v)) continue;
    return null;
  }
  return result;
}

/// The entries matching `want`, split: { exact, cross } (sorted URLs).
export function entriesSplit(lang, want, dir = "ecosystem") {
  const out = { exact: [], cross: [] };
  for (const e of entries(dir)) {
    const h = how(e.fm, want);
    if (h) out[h].push(`/${lang}/${dir}/${e.slug}/`);
  }
  out.exact.sort();
  out.cross.sort();
  return out;
}

/// The kinds (`group_by` values) of each entry of a directory: URL → [values].
export function kindsOf(lang, dir, groupBy) {
  return Object.fromEntries(entries(dir).map((e) => [`/${lang}/${dir}/${e.slug}/`, field(e.fm, groupBy)]));
}

/// The entries (their URLs, sorted) matching every answer of `want` ({field: value}).
export function entriesMatching(lang, want, dir = "ecosystem") {
  return entries(dir)
    .filter((e) => how(e.fm, want))
    .map((e) => `/${lang}/${dir}/${e.slug}/`)
    .sort();
}

/// The entries serving every sector (no sector, or nearly all).
export function entriesServingEverySector(lang, dir) {
  return entries(dir).filter((e) => servesEvery(e.fm)).map((e) => `/${lang}/${dir}/${e.slug}/`).sort();
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
