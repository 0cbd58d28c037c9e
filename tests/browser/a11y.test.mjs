// Accessibility (RGAA 4.1 / WCAG 2.1 AA): axe-core in Chromium on every page type in every
// language, with no violation of the A and AA rules; keyboard use of the menu and switcher.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { withSite } from "./harness.mjs";

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let base, context;
withSite((s) => ({ base, context } = s));

const PAGES = [
  "", "stories/", "stories/cisam-trois-ans/", "ecosystem/", "ecosystem/cisam/", "audiences/grands-comptes/",
  "audiences/", "icapital/", "icapital/expansion/", "sites/", "schemes/fidmed/", "needs/financement/", "search/",
  "about/", "accessibility/", "legal/", "thanks/", "kit/", "schemes/", "orientation/", "orientation/#q=incubateur%20funding%20حاضنة",
  "ecosystem/#sectors=sante", // issue #29: the entries serving every sector under their own heading
];

for (const lang of ["fr", "en", "ar"]) {
  test(`axe finds no WCAG 2.1 A/AA violation (${lang})`, async () => {
    const page = await context.newPage();
    const found = [];
    for (const p of PAGES) {
      await page.goto(`${base}/${lang}/${p}`);
      await page.addScriptTag({ content: AXE });
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
      for (const v of result.violations) {
        found.push(`${lang}/${p}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
    assert.deepEqual(found, []);
    await page.close();
  });
}

test("the menu and the language switcher are reachable and usable with the keyboard", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/fr/stories/fidmed/`);
  const reached = [];
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => {
      const a = document.activeElement;
      const style = getComputedStyle(a);
      return { href: a.getAttribute("href"), outline: style.outlineStyle !== "none" || style.boxShadow !== "none" };
    }));
  }
  const hrefs = reached.map((r) => r.href);
  assert.ok(hrefs.includes("/fr/ecosystem/"), `menu reached: ${hrefs}`);
  assert.ok(hrefs.includes("/ar/stories/fidmed/"), `switcher reached: ${hrefs}`);
  assert.ok(reached.every((r) => r.outline), "focus is visible on every stop");
  while (await page.evaluate(() => document.activeElement.getAttribute("href")) !== "/ar/stories/fidmed/") {
    await page.keyboard.press("Shift+Tab");
  }
  await page.keyboard.press("Enter");
  await page.waitForURL(`${base}/ar/stories/fidmed/`);
  await page.close();
});
