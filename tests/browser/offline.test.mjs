// The offline build opened from file://, as a delegation would from a USB stick: every page of
// every language reachable by its links with no failed load, the switcher keeping the page,
// Arabic right to left, the finder and search answering, and no request leaving the machine.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import { pathToFileURL, fileURLToPath } from "node:url";
import { launch } from "./harness.mjs";
import { entriesMatching } from "./expect.mjs";

const OFFLINE = process.env.OFFLINE_DIR;
let context;
const requests = [];
const failures = [];

before(async () => {
  assert.ok(OFFLINE && fs.existsSync(path.join(OFFLINE, "index.html")), "OFFLINE_DIR holds an offline build");
  context = await launch();
  context.on("request", (r) => requests.push(r.url()));
  context.on("requestfailed", (r) => failures.push(`${r.url()} (${r.failure()?.errorText})`));
});
after(async () => { await context?.close(); });

const root = () => pathToFileURL(path.join(OFFLINE, "index.html")).href;

test("every page is reachable from index.html with no failed load and no network", async () => {
  const page = await context.newPage();
  const seen = new Set();
  const queue = [root()];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await page.goto(url);
    assert.ok(res === null || res.ok(), `${url} failed to load`);
    const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.href));
    for (const l of links) {
      const clean = l.split("#")[0];
      if (clean.startsWith("file://") && clean.endsWith(".html") && !seen.has(clean)) queue.push(clean);
      if (!clean.startsWith("file://")) continue;
      // A folder link (…/fr/) cannot open from file://; every link must name an existing file.
      assert.ok(/\.[a-z0-9]+$/.test(clean), `${url} links to a folder, which file:// cannot open: ${l}`);
      assert.ok(fs.existsSync(fileURLToPath(clean)), `${url} links to a missing file: ${l}`);
    }
  }
  for (const lang of ["fr", "en", "ar"]) {
    const n = [...seen].filter((u) => u.includes(`/${lang}/`)).length;
    assert.ok(n >= 100, `${lang}: ${n} pages reached`);
  }
  assert.deepEqual(failures, [], "no load failed");
  assert.deepEqual(requests.filter((u) => !u.startsWith("file://")), [], "no request left the machine");
  await page.close();
});

test("the switcher leads to the same page and Arabic is right to left", async () => {
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(OFFLINE, "fr/stories/fidmed/index.html")).href);
  await page.click(".lang-switch a[lang=ar]");
  assert.ok(page.url().endsWith("/ar/stories/fidmed/index.html"), page.url());
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const css = await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")).backgroundColor);
  assert.notEqual(css, "rgba(0, 0, 0, 0)", "the stylesheet loaded from file://");
  await page.close();
});

test("the finder and search answer from file://", async () => {
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(OFFLINE, "ar/ecosystem/index.html")).href);
  await page.selectOption("#finder-needs", "experimentation");
  const shown = await page.locator("[data-entry]:visible").evaluateAll((es) => [...new Set(es.map((e) => e.dataset.entry))].sort());
  assert.deepEqual(shown, entriesMatching("ar", { needs: "experimentation" }));
  await page.goto(pathToFileURL(path.join(OFFLINE, "fr/search/index.html")).href);
  await page.fill("#search-q", "fidmed");
  const first = page.locator(".search-result a").first();
  const href = await first.getAttribute("href");
  assert.ok(href.endsWith("index.html"), href);
  await first.click();
  assert.ok(page.url().startsWith("file://") && page.url().endsWith("index.html"), page.url());
  assert.match(await page.locator("h1").textContent(), /FIDMED/i);
  assert.deepEqual(requests.filter((u) => !u.startsWith("file://")), []);
  await page.close();
});

test("the kit's 16:9 video plays from the stick, the phone formats left online", async () => {
  const page = await context.newPage();
  const before = requests.length;
  await page.goto(pathToFileURL(path.join(OFFLINE, "fr", "kit", "index.html")).href);
  const videos = page.locator("video");
  assert.equal(await videos.count(), 1, "one player: the landscape video");
  const r = await videos.first().evaluate(async (el) => {
    await el.play();
    await new Promise((ok) => {
      const done = () => (el.currentTime > 0.5 ? ok() : setTimeout(done, 50));
      done();
    });
    el.pause();
    return { w: el.videoWidth, h: el.videoHeight, src: el.currentSrc };
  });
  assert.deepEqual([r.w, r.h], [1920, 1080]);
  assert.ok(r.src.startsWith("file://"), r.src);
  const online = await page.locator('a[href$="video-vertical-fr.mp4"]').getAttribute("href");
  assert.ok(online.startsWith("https://"), `the vertical video's link leads online: ${online}`);
  assert.deepEqual(requests.slice(before).filter((u) => !u.startsWith("file://")), []);
  await page.close();
});
