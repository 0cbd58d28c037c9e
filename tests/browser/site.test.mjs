// The built site in a real browser: the language switcher keeps the reader on the same page,
// Arabic is laid out right to left with its own font, the skip link works, nothing is fetched
// from another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { withSite, recordRequests, screenshotDir } from "./harness.mjs";

let base, context;
withSite((s) => ({ base, context } = s));

test("the language switcher leads to the same story in each language", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/fr/stories/cisam-trois-ans/`);
  await page.click(".lang-switch a[lang=en]");
  await page.waitForURL(`${base}/en/stories/cisam-trois-ans/`);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await page.click(".lang-switch a[lang=ar]");
  await page.waitForURL(`${base}/ar/stories/cisam-trois-ans/`);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  await page.click(".lang-switch a[lang=fr]");
  await page.waitForURL(`${base}/fr/stories/cisam-trois-ans/`);
  await page.close();
});

test("Arabic pages are mirrored and French ones are not", async () => {
  const page = await context.newPage();
  const width = 1280;
  for (const [lang, brandOnRight] of [["fr", false], ["ar", true]]) {
    await page.goto(`${base}/${lang}/stories/trois-technopoles/`);
    const box = await page.locator(".brand").boundingBox();
    assert.equal(box.x + box.width / 2 > width / 2, brandOnRight, `${lang}: logo side`);
    const h1 = await page.locator("h1").evaluate((e) => getComputedStyle(e).direction);
    assert.equal(h1, brandOnRight ? "rtl" : "ltr");
    const para = page.locator(".prose p").first();
    const pbox = await para.boundingBox();
    const textRight = await para.evaluate((p) => {
      const r = document.createRange();
      r.selectNodeContents(p);
      const rects = [...r.getClientRects()];
      return rects[0].right;
    });
    if (brandOnRight) {
      assert.ok(Math.abs(textRight - (pbox.x + pbox.width)) < 4, "Arabic text starts at the right edge");
    }
    await page.screenshot({ path: path.join(screenshotDir(), `story-${lang}.png`), fullPage: false });
  }
  await page.close();
});

test("Arabic text is drawn with the local Noto Sans Arabic font", async () => {
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto(`${base}/ar/`);
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replaceAll('"', "")));
  assert.ok(loaded.includes("Noto Sans Arabic"), `loaded fonts: ${loaded}`);
  const foreign = requests.filter((u) => !u.startsWith(base));
  assert.deepEqual(foreign, [], "no request leaves the machine");
  await page.close();
});

test("the skip link is the first stop and moves focus to the content", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/en/`);
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement.className);
  assert.equal(focused, "skip-link");
  const visible = await page.locator(".skip-link").boundingBox();
  assert.ok(visible.y >= 0, "the focused skip link is on screen");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash === "#main");
  await page.close();
});

test("an unknown address shows the 404 page with links home in every language", async () => {
  const page = await context.newPage();
  const res = await page.goto(`${base}/fr/nowhere/`);
  assert.equal(res.status(), 404);
  const links = await page.locator(".choices a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(links, ["/fr/", "/en/", "/ar/"]);
  await page.close();
});
