// What a directory page shows and says, read in the browser: shared by the finder's tests.

/// The entries on screen, in order (an entry of several kinds once per kind).
export const visible = (page) => page.locator("[data-entry]:visible").evaluateAll((es) => es.map((e) => e.dataset.entry));

/// The text the page announces for n with the plural forms of `attr` (`forms`, or a part of
/// `split`), as the finder picks it: Fluent's own text for 0, else the browser's CLDR category.
export const pluralText = (page, n, part = null) => page.evaluate(([n, part]) => {
  const status = document.querySelector("[data-finder-status]");
  const pairs = part ? JSON.parse(status.dataset.split)[part] : JSON.parse(status.dataset.forms);
  const forms = Object.fromEntries(pairs);
  const text = n === 0 && forms.zero !== undefined ? forms.zero : (forms[new Intl.PluralRules(document.documentElement.lang).select(n)] ?? forms.other);
  return text.replace("{n}", String(n));
}, [n, part]);

/// The status the page should announce with a sector chosen: the distinct entries, then those
/// specific to the sector and those serving every sector, each in the page's own words.
export async function splitText(page, { total, specific, every, sector }) {
  const split = JSON.parse(await page.locator("[data-finder-status]").getAttribute("data-split"));
  return split.join
    .replace("{total}", await pluralText(page, total))
    .replace("{specific}", (await pluralText(page, specific, "specific")).replace("{sector}", sector))
    .replace("{every}", await pluralText(page, every, "every"));
}

/// The visible groups, in page order: { part: "specific" | "every", heading, said (its count),
/// cards (URLs of its visible entries) }.
export const groups = (page) => page.locator("[data-group]:visible").evaluateAll((gs) => gs.map((g) => ({
  part: g.closest(".dir-every") ? "every" : "specific",
  heading: g.querySelector("h2, h3").firstChild.textContent.trim(),
  said: g.querySelector(".group-count").textContent,
  cards: [...g.querySelectorAll("[data-entry]")].filter((e) => !e.hidden).map((e) => e.dataset.entry),
})));

/// Every id given more than once in the page as it is now.
export const repeatedIds = (page) => page.evaluate(() => {
  const seen = new Map();
  for (const e of document.querySelectorAll("[id]")) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
});
