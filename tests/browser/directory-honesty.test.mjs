// Issue #29, "directory honesty", in Chromium over http: the sector « Santé » gave 25 results
// read as 25 health actors, of which 4 are about health. Now the entries specific to the
// sector come first and are counted apart from those serving every sector (in French and in
// Arabic, right to left); an entry of two kinds is under both; every count shown is the cards
// under it, with and without the finder's script.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withSite } from "./harness.mjs";
import { entriesSplit, kindsOf } from "./expect.mjs";
import { groups, repeatedIds, splitText, visible } from "./finder-page.mjs";

let base, context;
withSite((s) => ({ base, context } = s));

const distinct = (list) => [...new Set(list)].sort();

for (const lang of ["fr", "ar"]) {
  test(`health (${lang}): the health entries first, then those serving every sector, each count true`, async () => {
    const page = await context.newPage();
    await page.goto(`${base}/${lang}/ecosystem/`);
    await page.selectOption("#finder-sectors", "sante");
    const sector = await page.locator("#finder-sectors option:checked").textContent();
    const want = entriesSplit(lang, { sectors: "sante" });
    assert.ok(want.exact.includes(`/${lang}/ecosystem/bioparc/`), "the Bioparc is about health");
    assert.ok(want.cross.includes(`/${lang}/ecosystem/metropole-aix-marseille-provence/`), "the Métropole serves every sector");
    assert.ok(want.exact.length > 0 && want.cross.length > want.exact.length, "the data has both");

    // On screen, in page order: every card of a health entry, then every other card.
    const cards = await visible(page);
    const firstEvery = cards.findIndex((u) => want.cross.includes(u));
    assert.ok(firstEvery > 0, "a health entry comes first");
    assert.deepEqual(distinct(cards.slice(0, firstEvery)), want.exact, "the health entries, first");
    assert.deepEqual(distinct(cards.slice(firstEvery)), want.cross, "then those serving every sector");

    // They are under a heading of their own, after the health entries' groups.
    const heading = page.locator(".dir-every > h2");
    assert.ok(await heading.isVisible());
    const gs = await groups(page);
    assert.deepEqual(gs.map((g) => g.part), [...gs.map((g) => g.part)].sort((a, b) => (a === "every") - (b === "every")));
    const below = await page.evaluate(() => {
      const h = document.querySelector(".dir-every > h2").getBoundingClientRect();
      const specific = [...document.querySelectorAll("[data-entry]")].filter((e) => !e.hidden && !e.closest(".dir-every"));
      return specific.every((e) => e.getBoundingClientRect().bottom <= h.top);
    });
    assert.ok(below, "the heading is below every health entry");

    // Announced: the distinct entries, split; each group's count is its cards.
    const said = { specific: distinct(gs.filter((g) => g.part === "specific").flatMap((g) => g.cards)),
      every: distinct(gs.filter((g) => g.part === "every").flatMap((g) => g.cards)) };
    assert.deepEqual(said.specific, want.exact);
    assert.deepEqual(said.every, want.cross);
    const status = await page.locator("[data-finder-status]").textContent();
    assert.equal(status, await splitText(page, {
      total: want.exact.length + want.cross.length, specific: want.exact.length, every: want.cross.length, sector,
    }));
    assert.ok(status.includes(String(want.exact.length)) && status.includes(String(want.cross.length)), status);
    for (const g of gs) assert.equal(g.said, `(${g.cards.length})`, g.heading);
    assert.equal(await page.locator("[data-finder-status]").getAttribute("aria-live"), "polite");
    assert.deepEqual(await repeatedIds(page), []);

    if (lang === "ar") {
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".dir-every")).direction), "rtl");
      assert.match(status, /خاصة بقطاع/);
    } else {
      assert.match(status, /^\d+ résultats : \d+ propres au secteur « Santé et biotechnologies », \d+ tous secteurs$/);
    }
    await page.close();
  });
}

test("an entry of two kinds is under both, with and without the script; counts are its cards", async () => {
  const kinds = kindsOf("fr", "ecosystem", "kinds");
  // The Banques Innov' entry: a funder and a network (content/ecosystem/banques-innov.fr.md).
  const mi = "/fr/ecosystem/banques-innov/";
  assert.deepEqual(kinds[mi], ["financeur", "reseau"]);
  for (const script of [true, false]) {
    const page = await context.newPage();
    if (!script) await page.route("**/js/finder.js", (r) => r.abort());
    await page.goto(`${base}/fr/ecosystem/`);
    const gs = await groups(page);
    const under = gs.filter((g) => g.cards.includes(mi)).map((g) => g.heading);
    assert.equal(under.length, 2, `script ${script}: under ${under}`);
    assert.ok(under.includes("Financeur"), `script ${script}: under ${under}`);
    for (const g of gs) assert.equal(g.said, `(${g.cards.length})`, `script ${script}: ${g.heading}`);
    const shown = await visible(page);
    assert.equal(shown.length, Object.values(kinds).reduce((n, k) => n + k.length, 0), "each entry under each kind");
    const status = (await page.locator("[data-finder-status]").textContent()).replace(/[\u2068\u2069]/g, "");
    assert.ok(status.startsWith(`${Object.keys(kinds).length} `), `script ${script}: the distinct entries: ${status}`);
    if (script) {
      // And a filter it matches keeps it under both.
      await page.selectOption("#finder-needs", "financement");
      const after = (await groups(page)).filter((g) => g.cards.includes(mi)).map((g) => g.heading);
      assert.deepEqual(after, under);
    }
    await page.close();
  }
});
