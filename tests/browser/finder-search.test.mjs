// The directory finder and the site search, over http: answers filter the directory to exactly
// the entries the data says, the count is announced, the choice is kept in the address; search
// finds known pages in each language, with accents and Arabic diacritics folded. (The finder's
// relaxation and cross-sector entries: finder.test.mjs; search's analyzer, ranking, snippets and
// address: search.test.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { withSite } from "./harness.mjs";
import { entriesMatching, finderResult } from "./expect.mjs";

let base, context;
withSite((s) => ({ base, context } = s));

for (const lang of ["fr", "en", "ar"]) {
  test(`the finder shows exactly the matching actors (${lang})`, async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${lang}/ecosystem/`);
    await page.selectOption("#finder-needs", "financement");
    await page.selectOption("#finder-stages", "creation");
    const shown = await page.locator("[data-entry]:visible").evaluateAll((es) => [...new Set(es.map((e) => e.dataset.entry))].sort());
    const expected = entriesMatching(lang, { needs: "financement", stages: "creation" });
    assert.ok(expected.length > 0, "the data has matching actors");
    assert.deepEqual(shown, expected);
    const status = await page.locator("[data-finder-status]").textContent();
    assert.ok(status.includes(String(expected.length)), status);
    assert.equal(await page.locator("[data-finder-status]").getAttribute("aria-live"), "polite");
    assert.match(page.url(), /#needs=financement&stages=creation$/);
    await page.close();
  });
}

test("a shared finder address restores the answers", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/en/ecosystem/#needs=recherche`);
  assert.equal(await page.locator("#finder-needs").inputValue(), "recherche");
  const shown = await page.locator("[data-entry]:visible").evaluateAll((es) => [...new Set(es.map((e) => e.dataset.entry))].sort());
  assert.deepEqual(shown, entriesMatching("en", { needs: "recherche" }));
  await page.close();
});

test("the finder is usable with the keyboard alone", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/fr/ecosystem/`);
  await page.focus("#finder-needs");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const value = await page.locator("#finder-needs").inputValue();
  assert.notEqual(value, "", "arrow keys choose an answer");
  const shown = await page.locator("[data-entry]:visible").evaluateAll((es) => [...new Set(es.map((e) => e.dataset.entry))].sort());
  assert.deepEqual(shown, finderResult("fr", "ecosystem", [["needs", value]]).entries);
  await page.close();
});

const searches = [
  ["fr", "hydrogene", "/fr/stories/hydrogene-syrius-zibac/"],
  ["en", "hydrogen", "/en/stories/hydrogene-syrius-zibac/"],
  ["ar", "الهيدروجين", "/ar/stories/hydrogene-syrius-zibac/"],
  ["fr", "Château Gombert", "/fr/ecosystem/technopole-chateau-gombert/"],
];
for (const [lang, query, url] of searches) {
  test(`search finds ${url} for “${query}”`, async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${lang}/search/`);
    await page.fill("#search-q", query);
    const links = await page.locator(".search-result a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.ok(links.includes(url), `${links.slice(0, 5)}`);
    assert.ok(await page.locator(".search-snippet").first().textContent());
    await page.close();
  });
}

test("Arabic search ignores diacritics and letter variants", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/ar/search/`);
  await page.fill("#search-q", "الهيدروجين");
  const plain = await page.locator(".search-result a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  await page.fill("#search-q", "الهَيْدْرُوجِين");
  const voweled = await page.locator(".search-result a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(plain.length > 0);
  assert.deepEqual(voweled, plain);
  await page.close();
});
