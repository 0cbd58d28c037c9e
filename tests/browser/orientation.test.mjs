// The orientation page answers questions in the reader's words, in French, English and Arabic:
// ranked entries of every directory, each with why it matches; the question lives in the
// address; it works with the keyboard alone and from file://. The expectations are read from
// the content (the entries' front matter), not from the page under test.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { withSite, recordRequests } from "./harness.mjs";

const CONTENT = path.resolve(import.meta.dirname, "../../content");
let site;
let context;
withSite((s) => {
  site = s;
  context = s.context;
});

/// Vocabulary values of an entry (`ecosystem/x`), from its French file.
function valuesOf(key) {
  const text = fs.readFileSync(path.join(CONTENT, `${key}.fr.md`), "utf8");
  const fm = text.split("+++")[1] ?? "";
  return [...fm.matchAll(/^[a-z-]+\s*=\s*\[([^\]]*)\]/gm)]
    .flatMap((m) => [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]));
}

function keyOf(href) {
  return href.replace(/^(\.\.\/)+/, "/").replace(/index\.html$/, "").replace(/^\/[a-z]{2}\//, "").replace(/\/$/, "");
}

async function ask(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector("[data-orientation-status]")?.textContent.length > 0);
  return page.evaluate(() => ({
    status: document.querySelector("[data-orientation-status]").textContent,
    links: Array.from(document.querySelectorAll("[data-orientation-results] > li a")).map((a) => a.getAttribute("href")),
    why: Array.from(document.querySelectorAll("[data-orientation-results] > li .result-why")).map((p) => p.textContent),
  }));
}

const EXAMPLES = [
  ["fr", "je cherche un financement pour ma startup", ["financement"]],
  ["en", "office space for a medtech company", ["hebergement"]],
  ["ar", "أبحث عن تمويل لشركتي الناشئة", ["financement"]],
];

for (const [lang, q, values] of EXAMPLES) {
  test(`“${q}” is answered with entries offering ${values.join(", ")} (${lang})`, async () => {
    const page = await context.newPage();
    const requests = recordRequests(page);
    const r = await ask(page, `${site.base}/${lang}/orientation/#q=${encodeURIComponent(q)}`);
    assert.ok(r.links.length >= 3, `${r.status}`);
    const top = r.links.slice(0, 3).map(keyOf);
    for (const key of top) {
      const has = valuesOf(key);
      assert.ok(values.every((v) => has.includes(v)), `${key} (${has}) in the top 3 for “${q}”`);
    }
    assert.ok(r.why[0].length > 0, "the first answer says why it matches");
    assert.ok(requests.every((u) => u.startsWith(site.base)), "no request leaves the site");
    await page.close();
  });
}

test("the evaluation questions find an expected entry in the first three answers", async () => {
  const questions = [
    ...JSON.parse(fs.readFileSync(new URL("./orientation-questions.json", import.meta.url), "utf8")),
    ...JSON.parse(fs.readFileSync(new URL("./orientation-questions-holdout.json", import.meta.url), "utf8")),
  ];
  const page = await context.newPage();
  let good = 0;
  const misses = [];
  for (const { lang, q, expect } of questions) {
    const r = await ask(page, `${site.base}/${lang}/orientation/#q=${encodeURIComponent(q)}`);
    const top = r.links.slice(0, 3).map(keyOf);
    if (top.some((k) => expect.includes(k))) good++;
    else misses.push(`[${lang}] ${q} → ${top.join(", ")} (expected ${expect.join(", ")})`);
  }
  const share = good / questions.length;
  console.log(`orientation: ${good}/${questions.length} (${Math.round(share * 100)} %)\n${misses.join("\n")}`);
  assert.ok(share >= 0.89, `${good}/${questions.length}:\n${misses.join("\n")}`);
  await page.close();
});

test("a shared address reopens the same answer, and a new question changes it", async () => {
  const page = await context.newPage();
  await page.goto(`${site.base}/fr/orientation/`);
  await page.fill("#orientation-q", "un incubateur pour une jeune entreprise du numérique");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash.startsWith("#q="));
  const hash = await page.evaluate(() => location.hash);
  const first = await page.evaluate(() => Array.from(document.querySelectorAll("[data-orientation-results] a")).map((a) => a.href));
  const again = await context.newPage();
  const r = await ask(again, `${site.base}/fr/orientation/${hash}`);
  assert.deepEqual(r.links.map((h) => new URL(h, site.base).href), first);
  assert.equal(await again.inputValue("#orientation-q"), "un incubateur pour une jeune entreprise du numérique");
  await page.close();
  await again.close();
});

test("the page works with the keyboard alone", async () => {
  const page = await context.newPage();
  await page.goto(`${site.base}/en/orientation/`);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.id === "orientation-q")) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), "orientation-q");
  await page.keyboard.type("funding for a research lab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("[data-orientation-results] a").length > 0);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.closest("[data-orientation-results]") !== null
    || document.activeElement?.tagName);
  assert.ok(focused, "the answers are reached with Tab");
  await page.close();
});

test("from file://, the offline build answers and links to files", async () => {
  const offline = process.env.OFFLINE_DIR;
  const page = await context.newPage();
  const url = pathToFileURL(path.join(offline, "ar/orientation/index.html")).href + "#q=" + encodeURIComponent("حاضنة للشركات الناشئة");
  const r = await ask(page, url);
  assert.ok(r.links.length > 0, r.status);
  assert.ok(r.links.every((h) => h.endsWith("index.html")), r.links.join(" "));
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  await page.close();
});

test("a question naming no known need still gets answers and an explanation", async () => {
  const page = await context.newPage();
  const r = await ask(page, `${site.base}/fr/orientation/#q=${encodeURIComponent("CISAM")}`);
  assert.ok(r.links.length > 0, r.status);
  assert.ok(keyOf(r.links[0]).includes("cisam"), r.links[0]);
  await page.close();
});

test("the home page's question box leads to the orientation page's answers", async () => {
  const page = await context.newPage();
  await page.goto(`${site.base}/en/`);
  await page.fill("#home-orientation-q", "hydrogen testing site");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/en\/orientation\//);
  await page.waitForFunction(() => document.querySelectorAll("[data-orientation-results] a").length > 0);
  assert.equal(await page.inputValue("#orientation-q"), "hydrogen testing site");
  await page.close();
});
