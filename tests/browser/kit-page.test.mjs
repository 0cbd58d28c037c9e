// Issue #32 in Chromium: the kit page on a phone and on a laptop, in French and Arabic. Before
// the change the page measured BEFORE px (see below) in one long list of cards; now the card
// groups are folded, so the page must be far shorter, never scroll sideways, its contents must
// lead to its headings, its folds must open on a click, and the previews of a closed group must
// not be downloaded. Screenshots go to target/screenshots (kit-<lang>-<width>.png).
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { withSite, screenshotDir } from "./harness.mjs";

let base, context;
withSite((s) => ({ base, context } = s));

// Measured on the build of commit 0fada8a (before this change), full page height in px:
// fr 390 px: 32,956, ar 390 px: 33,400; fr 1366 px: 9,763, ar 1366 px: 9,840.
// The bound is a third of the shortest of those: the page with every group folded except the
// documents (seven of them, each a row on a phone) must stay well under it; unfolding a group
// by mistake (44 cards) or going back to full-width previews on a phone breaks it.
const BOUND = { 390: 9000, 1366: 3300 };

for (const lang of ["fr", "ar"]) {
  for (const width of [390, 1366]) {
    test(`${lang} at ${width} px: far shorter than before, nothing sideways`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
      await page.goto(`${base}/${lang}/kit/`);
      await page.evaluate(() => document.fonts.ready);
      const { height, scroll } = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        scroll: document.documentElement.scrollWidth,
      }));
      assert.ok(height < BOUND[width], `${height}px high (bound ${BOUND[width]})`);
      assert.ok(scroll <= width, `no sideways scrolling: ${scroll}px wide`);
      await page.screenshot({ path: path.join(screenshotDir(), `kit-${lang}-${width}.png`), fullPage: true });
      await page.close();
    });
  }

  test(`${lang}: the contents lead to their headings, a folded group opens there`, async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/${lang}/kit/`);
    const hrefs = await page.$$eval("nav.kit-toc a", (as) => as.map((a) => a.getAttribute("href")));
    assert.ok(hrefs.length >= 11, `${hrefs.length} links`);
    for (const href of hrefs) {
      await page.click(`nav.kit-toc a[href="${href}"]`);
      const at = await page.evaluate((id) => {
        const el = document.getElementById(id);
        const r = el.getBoundingClientRect();
        return { top: r.top, hash: location.hash, visible: r.height > 0 };
      }, href.slice(1));
      assert.equal(at.hash, href);
      assert.ok(at.visible && at.top >= -1 && at.top < 844, `${href} on screen at ${at.top}`);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    await page.close();
  });

  test(`${lang}: a group folds open on a click, its previews only then downloaded`, async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const cards = [];
    page.on("request", (r) => { if (r.url().includes("/cards/")) cards.push(r.url()); });
    await page.goto(`${base}/${lang}/kit/`);
    await page.waitForLoadState("networkidle");
    assert.equal(cards.length, 0, `no card preview before a group opens: ${cards.length}`);
    const group = page.locator(".kit-cards details").nth(1);
    assert.equal(await group.evaluate((d) => d.open), false, "closed at first");
    assert.equal(await group.locator(".kit-item").first().isVisible(), false);
    await group.locator("summary").click();
    assert.equal(await group.evaluate((d) => d.open), true, "open after a click");
    const first = group.locator(".kit-item img").first();
    await first.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await first.elementHandle());
    assert.ok(cards.length > 0, "its previews downloaded once open");
    await group.locator("summary").click();
    assert.equal(await group.evaluate((d) => d.open), false, "folds again");
    // The documents are open from the start, the presentation's deck beside its PDF.
    const docs = page.locator("details.kit-fold").first();
    assert.equal(await docs.evaluate((d) => d.open), true);
    assert.ok(await docs.locator(`a[href$="presentation-${lang}.pptx"]`).isVisible());
    await page.close();
  });
}
