// `build --kiosk` from file:// in Chromium, as at a booth (issue #31): a touch screen at
// 1920x1080 and 1080x1920, a fake clock for the attract loop and the idle reset, French and
// Arabic, and any request leaving the machine failing the test. Screenshots go to
// target/screenshots.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { launch, screenshotDir } from "./harness.mjs";

const KIOSK = process.env.KIOSK_DIR;
const SIZES = [[1920, 1080], [1080, 1920]];
const START = new Date("2026-12-05T10:00:00Z");
const contexts = {};
const requests = [];

before(async () => {
  assert.ok(KIOSK && fs.existsSync(path.join(KIOSK, "index.html")), "KIOSK_DIR holds a build --kiosk folder");
  for (const [width, height] of SIZES) {
    const c = await launch({ hasTouch: true, viewport: { width, height } });
    c.on("request", (r) => requests.push(r.url()));
    c.size = { width, height };
    contexts[`${width}x${height}`] = c;
  }
});
after(async () => {
  for (const c of Object.values(contexts)) await c.close();
  const outside = requests.filter((u) => !u.startsWith("file://") && !u.startsWith("data:"));
  assert.deepEqual(outside, [], "no request leaves the machine");
});

const url = (rel) => pathToFileURL(path.join(KIOSK, rel)).href;

async function open(context, rel) {
  const page = await context.newPage();
  await page.setViewportSize(context.size);
  await page.clock.install({ time: START });
  await page.goto(url(rel));
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/// Visible controls smaller than 48x48 CSS px.
async function smallControls(page) {
  return page.$$eval("a[href], button, summary, input, select", (els) => els
    .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== "hidden")
    .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && (r.width < 47.5 || r.height < 47.5))
    .map(({ el, r }) => `${Math.round(r.width)}x${Math.round(r.height)} ${el}`));
}

for (const [width, height] of SIZES) {
  const size = `${width}x${height}`;

  test(`${size}: the attract loop shows every language in turn, each slide within the screen`, async () => {
    const page = await open(contexts[size], "index.html");
    const seen = [];
    for (let i = 0; i < 40; i++) {
      const slide = await page.evaluate(() => {
        const s = [...document.querySelectorAll(".kiosk-slide")].filter((x) => !x.hidden);
        const r = s[0].getBoundingClientRect();
        return { n: s.length, lang: s[0].lang, dir: getComputedStyle(s[0]).direction,
          bottom: Math.max(...[...s[0].querySelectorAll("*")].map((e) => e.getBoundingClientRect().bottom)),
          right: r.right, text: s[0].innerText.slice(0, 40) };
      });
      assert.equal(slide.n, 1, "one slide at a time");
      assert.ok(slide.bottom <= height + 1, `${slide.lang} "${slide.text}" ends at ${slide.bottom}px`);
      assert.ok(slide.right <= width + 1, `${slide.text} is ${slide.right}px wide`);
      if (slide.lang === "ar") assert.equal(slide.dir, "rtl");
      if (!seen.length || seen[seen.length - 1] !== slide.lang) seen.push(slide.lang);
      if (i === 3) await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
      if (i === 3) await page.screenshot({ path: path.join(screenshotDir(), `kiosk-attract-${slide.lang}-${size}.png`) });
      await page.clock.runFor(8000);
    }
    for (const lang of ["fr", "en", "ar"]) assert.ok(seen.includes(lang), `${lang} in the loop: ${seen}`);
    const menu = await page.evaluate(() => {
      const e = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
      document.body.dispatchEvent(e);
      return e.defaultPrevented;
    });
    assert.ok(menu, "no context menu");
    await page.close();
  });

  for (const lang of ["fr", "ar"]) {
    test(`${size} ${lang}: a touch opens the start screen, then the orientation answers a need tapped`, async () => {
      const page = await open(contexts[size], "index.html");
      await page.tap("body");
      assert.ok(await page.locator("[data-kiosk-start]").isVisible(), "start screen");
      assert.ok(await page.locator("[data-kiosk-langs]").isVisible(), "languages first (the touch chose none)");
      assert.deepEqual(await smallControls(page), []);
      await page.tap(`[data-kiosk-langs] [data-lang=${lang}]`);
      await page.screenshot({ path: path.join(screenshotDir(), `kiosk-start-${lang}-${size}.png`) });
      assert.deepEqual(await smallControls(page), []);
      await page.tap(`[data-go=${lang}] a.kiosk-primary`);
      await page.waitForURL(/orientation\/index\.html$/);
      assert.ok(page.url().includes(`/${lang}/orientation/`));
      const needs = page.locator(".kiosk-needs button");
      assert.ok((await needs.count()) >= 5, "common needs as buttons");
      await needs.first().tap();
      await page.waitForFunction(() => document.querySelectorAll("[data-orientation-results] li").length > 0);
      assert.deepEqual(await smallControls(page), [], "every control at least 48 px");
      const ways = await page.$$eval("a[href^='http'], a[href^='mailto:'], form[action^='http']", (a) => a.length);
      assert.equal(ways, 0, "no way out");
      assert.equal(await page.locator(".kiosk-take svg").count(), 1, "the page's code to take away");
      await page.screenshot({ path: path.join(screenshotDir(), `kiosk-orientation-${lang}-${size}.png`) });
      await page.close();
    });
  }

  test(`${size}: left alone, a page asks "still there?", then starts again with everything forgotten`, async () => {
    const page = await open(contexts[size], "fr/orientation/index.html");
    await page.fill("#orientation-q", "financement");
    await page.press("#orientation-q", "Enter");
    const overlay = page.locator(".kiosk-idle");
    await page.clock.runFor(60_000);
    assert.equal(await overlay.isVisible(), false, "not before 90 s");
    await page.clock.runFor(31_000);
    assert.ok(await overlay.isVisible(), "still there?");
    await page.tap(".kiosk-resume");
    assert.equal(await overlay.isVisible(), false, "a touch keeps the visitor's page");
    assert.match(page.url(), /orientation\/index\.html#q=financement$/);
    await page.clock.runFor(91_000);
    assert.ok(await overlay.isVisible());
    const count = Number(await page.locator(".kiosk-count").innerText());
    assert.ok(count >= 8 && count <= 10, `countdown ${count}`);
    await page.clock.runFor(11_000);
    await page.waitForURL(/\/index\.html$/);
    assert.ok(!page.url().includes("orientation"), page.url());
    assert.ok(await page.locator("[data-kiosk-attract]").isVisible(), "back to the attract loop");
    await page.close();
  });
}

test("under prefers-reduced-motion the loop does not move, and text cannot be selected", async () => {
  const page = await contexts["1920x1080"].newPage();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.clock.install({ time: START });
  await page.goto(url("index.html"));
  const still = await page.evaluate(() => ({
    animations: document.getAnimations().length,
    select: getComputedStyle(document.body).userSelect,
  }));
  assert.equal(still.animations, 0, "no slide animation");
  assert.equal(still.select, "none");
  // Slower: the first slide is still there after the usual 8 s.
  const first = await page.evaluate(() => [...document.querySelectorAll(".kiosk-slide")].findIndex((s) => !s.hidden));
  await page.clock.runFor(9000);
  const after = await page.evaluate(() => [...document.querySelectorAll(".kiosk-slide")].findIndex((s) => !s.hidden));
  assert.equal(after, first, "a slide stays 12 s");
  await page.close();
});

test("content pages at both sizes: touch-sized controls, the page's code, nothing leaving", async () => {
  for (const [width, height] of SIZES) {
    for (const rel of ["fr/ecosystem/cciamp/index.html", "ar/stories/fidmed/index.html", "ar/kit/index.html"]) {
      const page = await open(contexts[`${width}x${height}`], rel);
      const small = await smallControls(page);
      assert.deepEqual(small, [], `${rel} at ${width}x${height}`);
      assert.equal(await page.$$eval("a[href^='http'], a[href^='mailto:']", (a) => a.length), 0, rel);
      const text = await page.locator(".kiosk-take figcaption").innerText();
      assert.ok(text.includes("oneprovence.netlify.app/"), text);
      await page.close();
    }
  }
});

test("the kiosk folder stays within the offline budget and carries its start scripts", () => {
  let bytes = 0;
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p); else bytes += fs.statSync(p).size;
  });
  walk(KIOSK);
  const toml = fs.readFileSync(path.resolve("../../site.toml"), "utf8");
  // site.toml's offline_budget_mb, or its default.
  const budget = Number((/^offline_budget_mb\s*=\s*(\d+)/m.exec(toml) || [0, 25])[1]);
  assert.ok(bytes <= budget * 1024 * 1024, `${(bytes / 1048576).toFixed(1)} MB over ${budget} MB`);
  assert.ok(!fs.readdirSync(path.join(KIOSK, "kit")).some((f) => f.endsWith(".zip")), "zips lead online");
  for (const f of ["start-kiosk.sh", "start-kiosk.cmd"]) assert.ok(fs.existsSync(path.join(KIOSK, f)), f);
});
