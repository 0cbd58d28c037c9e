// Site search on MiniSearch and the site's analyzer, online and from file://: "startup" finds
// "start-up", an Arabic plural with the article finds the singular, accents and diacritics are
// ignored, a title match comes first, snippets are cut on word boundaries with the matched words
// marked, the count is announced with the language's plural form, the query is kept in the
// address, the keyboard alone does it, and MiniSearch comes from the site itself.
// Expectations are read from the built index (PUBLIC_DIR/<lang>/search-index.js), not the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { pathToFileURL } from "node:url";
import { withSite, recordRequests, PUBLIC } from "./harness.mjs";

const OFFLINE = process.env.OFFLINE_DIR;
let base, context;
withSite((s) => ({ base, context } = s));

/// The search index of a language as built.
function index(lang) {
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(PUBLIC, lang, "search-index.js"), "utf8"), sandbox);
  return sandbox.window.OP_SEARCH_INDEX;
}

/// Types a query and waits for the live region to announce the count.
async function search(page, query) {
  await page.fill("#search-q", query);
  await page.waitForFunction(() => document.querySelector("[data-search-status]").textContent !== "");
  return page.locator(".search-result a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
}

/// The text the page should announce for n results, from its own plural forms.
const countText = (page, n) => page.evaluate((n) => {
  const status = document.querySelector("[data-search-status]");
  const forms = Object.fromEntries(JSON.parse(status.dataset.forms));
  return (forms[new Intl.PluralRules(document.documentElement.lang).select(n)] ?? forms.other).replace("{n}", String(n));
}, n);

for (const lang of ["fr", "en"]) {
  test(`search: “startup” finds the pages that write “start-up” (${lang})`, async () => {
    const expected = index(lang).filter((d) => /start-ups?\b/i.test(d.t + " " + d.x)).map((d) => d.u);
    assert.ok(expected.length > 0, "the site writes start-up somewhere");
    const page = await context.newPage();
    await page.goto(`${base}/${lang}/search/`);
    const links = await search(page, "startup");
    for (const u of expected) assert.ok(links.includes(u), `${u} found`);
    const marks = await page.locator(".search-snippet mark").allTextContents();
    assert.ok(marks.some((m) => /^start-ups?$/i.test(m)), `start-up is marked: ${marks.slice(0, 5)}`);
    await page.close();
  });
}

test("search: an Arabic plural with the article finds the singular, and the singular the plural", async () => {
  const docs = index("ar");
  const singularOnly = docs.filter((d) => (d.t + d.x).includes("شركة") && !(d.t + d.x).includes("شركات")).map((d) => d.u);
  const withPlural = docs.filter((d) => (d.t + d.x).includes("الحاضنات")).map((d) => d.u);
  assert.ok(singularOnly.length > 0 && withPlural.length > 0, "the Arabic pages have these words");
  const page = await context.newPage();
  await page.goto(`${base}/ar/search/`);
  const plural = await search(page, "الشركات");
  for (const u of singularOnly) assert.ok(plural.includes(u), `الشركات finds ${u}, which only says شركة`);
  const singular = await search(page, "حاضنة");
  for (const u of withPlural) assert.ok(singular.includes(u), `حاضنة finds ${u}, which says الحاضنات`);
  const voweled = await search(page, "حَاضِنَة");
  assert.deepEqual(voweled, singular, "diacritics are ignored");
  await page.close();
});

test("search: French accents are ignored", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/fr/search/`);
  const plain = await search(page, "Chateau Gombert hydrogene");
  const accented = await search(page, "Château Gombert hydrogène");
  assert.ok(plain.length > 0);
  assert.deepEqual(accented, plain);
  await page.close();
});

for (const [lang, query] of [["fr", "Bioparc"], ["fr", "Carburateur"], ["en", "Medinsoft"], ["en", "Piicto"]]) {
  test(`search ranks the page titled “${query}” first (${lang})`, async () => {
    const docs = index(lang);
    const titled = docs.filter((d) => d.t.toLowerCase().includes(query.toLowerCase())).map((d) => d.u);
    const others = docs.filter((d) => !titled.includes(d.u) && d.x.toLowerCase().includes(query.toLowerCase()));
    assert.equal(titled.length, 1, `one page is titled ${query}`);
    assert.ok(others.length > 0, `other pages mention ${query}`);
    const page = await context.newPage();
    await page.goto(`${base}/${lang}/search/`);
    const links = await search(page, query);
    assert.equal(links[0], titled[0], `${links.slice(0, 3)}`);
    assert.ok(links.length > 1, "pages that only mention it come after");
    await page.close();
  });
}

test("search: snippets are cut on word boundaries around the first match, matches marked", async () => {
  const docs = Object.fromEntries(index("fr").map((d) => [d.u, d]));
  const page = await context.newPage();
  await page.goto(`${base}/fr/search/`);
  await search(page, "incubateurs");
  const results = await page.locator(".search-result").evaluateAll((ls) => ls.map((l) => ({
    url: l.querySelector("a").getAttribute("href"),
    snippet: l.querySelector(".search-snippet").textContent,
    marks: [...l.querySelectorAll(".search-snippet mark")].map((m) => m.textContent),
  })));
  assert.ok(results.length > 2);
  for (const r of results) {
    const x = docs[r.url].x;
    const body = r.snippet.replace(/^… /, "").replace(/ …$/, "");
    const at = x.indexOf(body);
    assert.ok(at >= 0, `${r.url}: the snippet is a passage of the page`);
    assert.ok(at === 0 || /\s/.test(x[at - 1]), `${r.url}: starts on a word: “${r.snippet.slice(0, 40)}”`);
    const end = at + body.length;
    assert.ok(end === x.length || /\s/.test(x[end]), `${r.url}: ends on a word: “${r.snippet.slice(-40)}”`);
    assert.equal(r.snippet.startsWith("… "), at > 0, `${r.url}: an ellipsis says text was left out before`);
    if (/incubat/i.test(x)) {
      assert.ok(r.marks.length > 0, `${r.url}: the matched words are marked`);
      for (const m of r.marks) assert.match(m, /^incubat/i, `${r.url}: only matched words are marked`);
    }
  }
  await page.close();
});

test("search: the count is announced politely, in the language's plural form", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/ar/search/`);
  const status = page.locator("[data-search-status]");
  assert.equal(await status.getAttribute("aria-live"), "polite");
  assert.equal(await status.getAttribute("role"), "status");
  const seen = new Set();
  for (const q of ["الهيدروجين", "حاضنة", "شركة", "فيدمد", "zzzzzz"]) {
    const links = await search(page, q);
    const n = links.length;
    await page.waitForFunction((t) => document.querySelector("[data-search-status]").textContent === t, await countText(page, n));
    seen.add(new Intl.PluralRules("ar").select(n));
  }
  assert.ok(seen.size >= 2, `several plural forms were checked: ${[...seen]}`);
  await page.close();
});

test("search: the query is kept in the address, and a shared address reopens it", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/ar/search/`);
  const links = await search(page, "حاضنة ناشئة");
  assert.ok(links.length > 0);
  assert.ok(page.url().endsWith("#q=" + encodeURIComponent("حاضنة ناشئة")), page.url());
  const other = await context.newPage();
  await other.goto(page.url());
  assert.equal(await other.inputValue("#search-q"), "حاضنة ناشئة");
  const reopened = await other.locator(".search-result a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(reopened, links);
  // The skip link's #main does not clear the search; editing the address searches again.
  await other.evaluate(() => { location.hash = "main"; });
  await other.waitForFunction(() => location.hash === "#main");
  assert.equal(await other.inputValue("#search-q"), "حاضنة ناشئة");
  assert.equal(await other.locator(".search-result").count(), links.length);
  await other.evaluate(() => { location.hash = "q=" + encodeURIComponent("الهيدروجين"); });
  await other.waitForFunction(() => document.querySelector("#search-q").value === "الهيدروجين");
  assert.ok(await other.locator(".search-result").count() > 0);
  await other.close();
  await page.close();
});

test("search works with the keyboard alone, with visible focus, and results are links", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/en/search/`);
  let focused = null;
  for (let i = 0; i < 40 && focused !== "search-q"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement.id);
  }
  assert.equal(focused, "search-q", "Tab reaches the search box");
  assert.equal(await page.locator("label[for=search-q]").count(), 1, "the box is labelled");
  await page.keyboard.type("hydrogen");
  await page.keyboard.press("Enter");
  assert.ok(page.url().endsWith("#q=hydrogen"));
  await page.keyboard.press("Tab"); // the button
  await page.keyboard.press("Tab"); // the first result
  const active = await page.evaluate(() => {
    const a = document.activeElement;
    const style = getComputedStyle(a);
    return { href: a.getAttribute("href"), inResults: !!a.closest(".search-result"), visible: style.outlineStyle !== "none" || style.boxShadow !== "none" };
  });
  assert.ok(active.inResults, "the first result is the next stop");
  assert.ok(active.visible, "focus is visible");
  await page.keyboard.press("Enter");
  await page.waitForURL(`${base}${active.href}`);
  await page.close();
});

test("MiniSearch and the analyzer are loaded from the site itself, and nothing else is requested", async () => {
  const header = fs.readFileSync(path.join(PUBLIC, "js/vendor/minisearch.js"), "utf8").split("\n")[0];
  assert.match(header, /minisearch \d+\.\d+\.\d+/, "the vendored file names its version");
  assert.ok(fs.existsSync(path.join(PUBLIC, "js/vendor/minisearch.LICENSE.txt")), "its licence is published with it");
  const page = await context.newPage();
  const requests = recordRequests(page);
  const loaded = [];
  page.on("response", (r) => loaded.push([r.url(), r.status()]));
  await page.goto(`${base}/fr/search/`);
  await search(page, "startup");
  assert.ok(loaded.some(([u, s]) => u === `${base}/js/vendor/minisearch.js` && s === 200), "minisearch.js is served by the site");
  assert.ok(loaded.some(([u, s]) => u === `${base}/js/analyzer.js` && s === 200), "analyzer.js is served by the site");
  assert.equal(await page.evaluate(() => typeof window.MiniSearch), "function");
  assert.deepEqual(requests.filter((u) => !u.startsWith(base + "/")), [], "no request leaves the site");
  await page.close();
});

test("search from file://: classic scripts, start-up, Arabic forms, the address, links to files", async () => {
  assert.ok(OFFLINE && fs.existsSync(path.join(OFFLINE, "index.html")), "OFFLINE_DIR holds an offline build");
  const page = await context.newPage();
  const requests = recordRequests(page);
  const failures = [];
  page.on("requestfailed", (r) => failures.push(r.url()));
  const url = (lang) => pathToFileURL(path.join(OFFLINE, lang, "search/index.html")).href;
  await page.goto(url("fr"));
  assert.equal(await page.evaluate(() => typeof window.MiniSearch), "function", "the UMD build defines window.MiniSearch from file://");
  assert.equal(await page.evaluate(() => typeof window.OPAnalyzer), "object");
  const links = await search(page, "startup");
  const expected = index("fr").filter((d) => /start-ups?\b/i.test(d.t + " " + d.x)).map((d) => d.u);
  for (const u of expected) assert.ok(links.includes(`../..${u}index.html`), `${u} found from file://: ${links.slice(0, 3)}`);
  assert.ok(page.url().endsWith("#q=startup"), page.url());
  // The address reopens the search from file:// too.
  await page.goto(url("ar") + "#q=" + encodeURIComponent("الشركات"));
  await page.waitForFunction(() => document.querySelectorAll(".search-result").length > 0);
  assert.equal(await page.inputValue("#search-q"), "الشركات");
  const ar = await page.locator(".search-result a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const singularOnly = index("ar").filter((d) => (d.t + d.x).includes("شركة") && !(d.t + d.x).includes("شركات")).map((d) => `../..${d.u}index.html`);
  for (const u of singularOnly) assert.ok(ar.includes(u), `${u} found from file://`);
  await page.locator(".search-result a").first().click();
  assert.ok(page.url().startsWith("file://") && page.url().endsWith("index.html"), page.url());
  assert.deepEqual(failures, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith("file://")), [], "no request leaves the machine");
  await page.close();
});
