// The directory finder of each directory home (ecosystem, schemes, sites), over http: an entry
// serving every sector (no sector, or nearly all) stays when a sector is chosen, listed and
// counted apart after the entries of that sector (issue #29); an entry of several kinds is
// under each; each group's count is its cards, the status counts distinct entries; a combination that nothing matches
// shows the nearest entries and says which answer was set aside (never "0" alone); the
// keyboard alone does it; each home links the other directories and the orientation page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withSite } from "./harness.mjs";
import { entriesMatching, entriesServingEverySector, entriesSplit, finderResult, kindsOf } from "./expect.mjs";
import { groups, pluralText, repeatedIds, splitText, visible } from "./finder-page.mjs";

const DIRECTORIES = ["ecosystem", "schemes", "sites"];
let base, context;
withSite((s) => ({ base, context } = s));

/// The count text the page would announce for n, from its own plural forms.
const countText = (page, n) => pluralText(page, n);
const distinct = (list) => [...new Set(list)].sort();
const GROUP_BY = { ecosystem: "kinds", schemes: "scheme-kinds", sites: "site-kinds" };

/// The questions of the page's finder: [{field, options: [{value, label}]}].
const questions = (page) => page.locator("[data-finder] select").evaluateAll((ss) => ss.map((s) => ({
  field: s.name,
  options: [...s.options].filter((o) => o.value).map((o) => ({ value: o.value, label: o.textContent })),
})));

async function choose(page, answers) {
  await page.locator("[data-finder] button[type=reset]").click();
  for (const [field, value] of answers) await page.selectOption(`#finder-${field}`, value);
}

/// A pair of answers to two questions that no entry matches together, each matching some alone.
function noExactMatch(lang, dir, qs) {
  for (let i = 0; i < qs.length; i++) {
    for (let j = i + 1; j < qs.length; j++) {
      for (const a of qs[i].options) {
        if (entriesMatching(lang, { [qs[i].field]: a.value }, dir).length === 0) continue;
        for (const b of qs[j].options) {
          if (entriesMatching(lang, { [qs[j].field]: b.value }, dir).length === 0) continue;
          if (entriesMatching(lang, { [qs[i].field]: a.value, [qs[j].field]: b.value }, dir).length === 0) {
            return [[qs[i].field, a.value, a.label], [qs[j].field, b.value, b.label]];
          }
        }
      }
    }
  }
  return null;
}

for (const dir of DIRECTORIES) {
  for (const lang of ["fr", "en", "ar"]) {
    test(`finder (${dir}, ${lang}): no exact match shows the nearest entries and names the answer set aside`, async () => {
      const page = await context.newPage();
      await page.goto(`${base}/${lang}/${dir}/`);
      const qs = await questions(page);
      const combo = noExactMatch(lang, dir, qs);
      assert.ok(combo, `the data of ${dir} has two answers that nothing matches together`);
      await choose(page, combo.map(([f, v]) => [f, v]));
      const expected = finderResult(lang, dir, combo.map(([f, v]) => [f, v]));
      assert.equal(expected.relaxed.length, 1, "one answer is enough to set aside");
      const shown = distinct(await visible(page));
      assert.ok(shown.length > 0, "the list is not empty");
      assert.deepEqual(shown, expected.entries);
      const status = await page.locator("[data-finder-status]").textContent();
      const relaxedLabel = combo.find(([f]) => f === expected.relaxed[0])[2];
      assert.ok(status.includes(relaxedLabel), `the status names “${relaxedLabel}”: ${status}`);
      assert.ok(status.includes(await countText(page, shown.length)), `the status counts ${shown.length}: ${status}`);
      assert.ok(status.length > (await countText(page, shown.length)).length, "more than a count");
      assert.doesNotMatch(status, /(^|\D)0(\D|$)/, "never 0");
      assert.equal(await page.locator("[data-finder-status]").getAttribute("aria-live"), "polite");
      assert.match(page.url(), new RegExp(`#${combo[0][0]}=${combo[0][1]}&${combo[1][0]}=${combo[1][1]}$`));
      await page.close();
    });
  }

  test(`finder (${dir}): for every single answer, each group's count is its cards and the status the distinct entries`, async () => {
    const page = await context.newPage();
    await page.goto(`${base}/fr/${dir}/`);
    const kinds = kindsOf("fr", dir, GROUP_BY[dir]);
    const check = async (what, sector) => {
      const shown = await visible(page);
      assert.ok(shown.length > 0, `${what}: never an empty list`);
      const gs = await groups(page);
      for (const g of gs) {
        assert.equal(g.said, `(${g.cards.length})`, `${what}: ${g.heading}`);
        assert.equal(new Set(g.cards).size, g.cards.length, `${what}: ${g.heading} lists each entry once`);
      }
      // An entry of several kinds is under each of its kinds (in one part of the page).
      for (const url of distinct(shown)) {
        assert.equal(shown.filter((u) => u === url).length, kinds[url].length, `${what}: ${url} under each of ${kinds[url]}`);
      }
      const status = await page.locator("[data-finder-status]").textContent();
      const n = distinct(shown).length;
      if (sector) {
        const every = distinct(gs.filter((g) => g.part === "every").flatMap((g) => g.cards));
        const specific = distinct(gs.filter((g) => g.part === "specific").flatMap((g) => g.cards));
        const expected = every.length ? await splitText(page, { total: n, specific: specific.length, every: every.length, sector }) : await countText(page, n);
        assert.ok(status.endsWith(expected), `${what}: “${status}” for ${n} on screen (${specific.length} + ${every.length})`);
      } else {
        assert.ok(status.endsWith(await countText(page, n)), `${what}: “${status}” for ${n} on screen`);
      }
      return distinct(shown);
    };
    const initial = await check("no answer");
    assert.deepEqual(initial, Object.keys(kinds).sort());
    for (const q of await questions(page)) {
      for (const o of q.options) {
        await choose(page, [[q.field, o.value]]);
        const shown = await check(`${q.field}=${o.value}`, q.field === "sectors" ? o.label : null);
        assert.deepEqual(shown, finderResult("fr", dir, [[q.field, o.value]]).entries, `${q.field}=${o.value}`);
      }
    }
    assert.deepEqual(await repeatedIds(page), []);
    await page.close();
  });
}

// Only the directories that have an entry serving every sector (no site has one today).
for (const dir of DIRECTORIES.filter((d) => entriesServingEverySector("en", d).length > 0)) {
  test(`finder (${dir}): with a sector chosen, its own entries come first, those serving every sector after, under their heading`, async () => {
    const page = await context.newPage();
    await page.goto(`${base}/en/${dir}/`);
    const sectors = (await questions(page)).find((q) => q.field === "sectors");
    assert.ok(sectors, `${dir} asks for the sector`);
    for (const o of sectors.options) {
      await choose(page, [["sectors", o.value]]);
      const want = entriesSplit("en", { sectors: o.value }, dir);
      const gs = await groups(page);
      const part = (name) => distinct(gs.filter((g) => g.part === name).flatMap((g) => g.cards));
      assert.deepEqual(part("specific"), want.exact, `${o.value}: its own entries`);
      assert.deepEqual(part("every"), want.cross, `${o.value}: those serving every sector`);
      const order = gs.map((g) => g.part);
      assert.deepEqual(order, [...order].sort((a, b) => (a === "every") - (b === "every")), `${o.value}: its own first`);
      assert.equal(await page.locator(".dir-every > h2").textContent(), "All sectors");
      assert.ok((await page.locator(".every-intro").textContent()).includes(o.label));
      const status = await page.locator("[data-finder-status]").textContent();
      const total = want.exact.length + want.cross.length;
      assert.equal(status, await splitText(page, { total, specific: want.exact.length, every: want.cross.length, sector: o.label }));
      assert.deepEqual(await repeatedIds(page), [], `${o.value}: no id twice`);
    }
    await page.locator("[data-finder] button[type=reset]").click();
    await page.waitForFunction(() => document.querySelector("#finder-sectors").value === "" &&
      document.querySelector(".dir-every").hidden);
    assert.equal(await page.locator(".dir-every [data-entry]").count(), 0, "every entry back in its group");
    await page.close();
  });
}

test("the finder works with the keyboard alone (Tab to the selects, arrows to answer)", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/fr/ecosystem/`);
  const reached = [];
  for (let i = 0; i < 60 && reached.length < 2; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const a = document.activeElement;
      const style = getComputedStyle(a);
      return { id: a.id, tag: a.tagName, visible: style.outlineStyle !== "none" || style.boxShadow !== "none" };
    });
    if (focus.tag === "SELECT") {
      assert.ok(focus.visible, `focus is visible on #${focus.id}`);
      reached.push(focus.id);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
    }
  }
  assert.deepEqual(reached, ["finder-needs", "finder-stages"], "Tab reaches the selects in order");
  const needs = await page.locator("#finder-needs").inputValue();
  const stages = await page.locator("#finder-stages").inputValue();
  assert.notEqual(needs, "");
  assert.notEqual(stages, "");
  const shown = distinct(await visible(page));
  const expected = finderResult("fr", "ecosystem", [["needs", needs], ["stages", stages]]);
  assert.deepEqual(shown, expected.entries);
  const status = await page.locator("[data-finder-status]").textContent();
  assert.ok(status.endsWith(await countText(page, shown.length)), status);
  assert.match(page.url(), new RegExp(`#needs=${needs}&stages=${stages}$`));
  await page.close();
});

for (const dir of DIRECTORIES) {
  test(`the ${dir} home links the other directories and the orientation page`, async () => {
    const page = await context.newPage();
    await page.goto(`${base}/en/${dir}/`);
    const nav = page.locator("nav.dir-nav");
    assert.equal(await nav.locator("h2").textContent(), "Other directories");
    const links = await nav.locator("a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("aria-current")]));
    const hrefs = links.map(([h]) => h);
    for (const d of ["orientation", ...DIRECTORIES]) assert.ok(hrefs.includes(`/en/${d}/`), `${d} in ${hrefs}`);
    assert.deepEqual(links.filter(([, c]) => c === "page").map(([h]) => h), [`/en/${dir}/`]);
    await page.close();
  });
}
