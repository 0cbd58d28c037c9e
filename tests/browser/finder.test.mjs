// The directory finder of each directory home (ecosystem, schemes, sites), over http: an entry
// with no sector is cross-sector (it stays when a sector is chosen, after the exact matches);
// the count is the number of distinct entries on screen; a combination that nothing matches
// shows the nearest entries and says which answer was set aside (never "0" alone); the
// keyboard alone does it; each home links the other directories and the orientation page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withSite } from "./harness.mjs";
import { entriesMatching, entriesWith, entriesWithout, finderResult } from "./expect.mjs";

const DIRECTORIES = ["ecosystem", "schemes", "sites"];
let base, context;
withSite((s) => ({ base, context } = s));

/// The entries on screen, in order (each should appear once).
const visible = (page) => page.locator("[data-entry]:visible").evaluateAll((es) => es.map((e) => e.dataset.entry));

/// The count text the page would announce for n, from its own plural forms.
const countText = (page, n) => page.evaluate((n) => {
  const status = document.querySelector("[data-finder-status]");
  const forms = Object.fromEntries(JSON.parse(status.dataset.forms));
  return (forms[new Intl.PluralRules(document.documentElement.lang).select(n)] ?? forms.other).replace("{n}", String(n));
}, n);

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
      const shown = await visible(page);
      assert.ok(shown.length > 0, "the list is not empty");
      assert.deepEqual([...shown].sort(), expected.entries);
      const status = await page.locator("[data-finder-status]").textContent();
      const relaxedLabel = combo.find(([f]) => f === expected.relaxed[0])[2];
      assert.ok(status.includes(relaxedLabel), `the status names “${relaxedLabel}”: ${status}`);
      assert.ok(status.endsWith(await countText(page, shown.length)), `the status counts ${shown.length}: ${status}`);
      assert.ok(status.length > (await countText(page, shown.length)).length, "more than a count");
      assert.doesNotMatch(status, /(^|\D)0(\D|$)/, "never 0");
      assert.equal(await page.locator("[data-finder-status]").getAttribute("aria-live"), "polite");
      assert.match(page.url(), new RegExp(`#${combo[0][0]}=${combo[0][1]}&${combo[1][0]}=${combo[1][1]}$`));
      await page.close();
    });
  }

  test(`finder (${dir}): for every single answer, the count equals the distinct entries on screen`, async () => {
    const page = await context.newPage();
    await page.goto(`${base}/fr/${dir}/`);
    const initial = await visible(page);
    assert.equal(new Set(initial).size, initial.length, "each entry is listed once");
    assert.ok((await page.locator("[data-finder-status]").textContent()).includes(String(initial.length)));
    for (const q of await questions(page)) {
      for (const o of q.options) {
        await choose(page, [[q.field, o.value]]);
        const shown = await visible(page);
        assert.equal(new Set(shown).size, shown.length, `${q.field}=${o.value}: each entry once`);
        assert.ok(shown.length > 0, `${q.field}=${o.value}: never an empty list`);
        const status = await page.locator("[data-finder-status]").textContent();
        assert.ok(status.endsWith(await countText(page, shown.length)), `${q.field}=${o.value}: “${status}” for ${shown.length} on screen`);
        // Each group's count is what it shows.
        const groups = await page.locator("[data-group]:visible").evaluateAll((gs) => gs.map((g) => ({
          said: g.querySelector(".group-count").textContent,
          shown: [...g.querySelectorAll("[data-entry]")].filter((e) => !e.hidden).length,
        })));
        for (const g of groups) assert.equal(g.said, `(${g.shown})`);
        const expected = finderResult("fr", dir, [[q.field, o.value]]).entries;
        assert.deepEqual([...shown].sort(), expected, `${q.field}=${o.value}`);
      }
    }
    await page.close();
  });
}

// Only the directories that have an entry with no sector (today every site has one).
for (const dir of DIRECTORIES.filter((d) => entriesWithout("en", "sectors", d).length > 0)) {
  test(`finder (${dir}): an entry with no sector stays when a sector is chosen, after the exact matches`, async () => {
    const cross = entriesWithout("en", "sectors", dir);
    const page = await context.newPage();
    await page.goto(`${base}/en/${dir}/`);
    const sectors = (await questions(page)).find((q) => q.field === "sectors");
    assert.ok(sectors, `${dir} asks for the sector`);
    for (const o of sectors.options) {
      await choose(page, [["sectors", o.value]]);
      const shown = await visible(page);
      for (const e of cross) assert.ok(shown.includes(e), `${e} (no sector) is shown for ${o.value}`);
      const exact = entriesWith("en", "sectors", o.value, dir);
      assert.deepEqual([...shown].sort(), [...exact, ...cross].sort());
      // In each group, the exact matches come first, and the cross-sector ones say so.
      const lists = await page.locator("[data-group]:visible ul").evaluateAll((uls) => uls.map((ul) =>
        [...ul.querySelectorAll("[data-entry]")].filter((e) => !e.hidden).map((e) => ({
          url: e.dataset.entry,
          note: !!e.querySelector("[data-cross-note]:not([hidden])"),
        }))));
      for (const list of lists) {
        const kinds = list.map((e) => (cross.includes(e.url) ? "cross" : "exact"));
        assert.deepEqual(kinds, [...kinds].sort((a, b) => (a === "cross") - (b === "cross")), `${o.value}: exact matches first`);
        for (const e of list) assert.equal(e.note, cross.includes(e.url), `${e.url}: cross-sector note`);
      }
    }
    await page.locator("[data-finder] button[type=reset]").click();
    await page.waitForFunction(() => document.querySelector("#finder-sectors").value === "" &&
      document.querySelectorAll("[data-entry]:not([hidden])").length ===
        new Set([...document.querySelectorAll("[data-entry]")].map((e) => e.dataset.entry)).size);
    assert.equal(await page.locator("[data-cross-note]:visible").count(), 0, "no note when no sector is chosen");
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
  const shown = await visible(page);
  const expected = finderResult("fr", "ecosystem", [["needs", needs], ["stages", stages]]);
  assert.deepEqual([...shown].sort(), expected.entries);
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
