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
    audience: document.querySelector("[data-orientation-audience]:not([hidden]) a")?.getAttribute("href") ?? null,
  }));
}

/// The label of a vocabulary value in a language, as the page's data gives it.
async function label(page, value) {
  return page.evaluate((v) => window.OP_ORIENTATION.concepts[v].label, value);
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

// False friends (issue #30): a word is read in the question's language, whatever the page's.
const FALSE_FRIENDS = [
  ["fr", "I want to invest in local startups", "hebergement"],
  ["fr", "company formation in Marseille", "universite"],
  ["ar", "a local partner for my biotech", "hebergement"],
  ["en", "je cherche un stage dans une biotech", "creation"],
];

for (const [lang, q, not] of FALSE_FRIENDS) {
  test(`“${q}” is not read as ${not} on the ${lang} page (a false friend)`, async () => {
    const page = await context.newPage();
    const r = await ask(page, `${site.base}/${lang}/orientation/#q=${encodeURIComponent(q)}`);
    const name = await label(page, not);
    assert.ok(r.why.every((w) => !w.includes(name)), `${name} in ${r.why.join(" | ")}`);
    await page.close();
  });
}

// Intents before topics (issue #30): who asks leads to their audience page, shown first, and
// the entries serving that audience come first.
const INTENTS = [
  ["fr", "Nous voulons investir dans des startups innovantes de la région", "institutionnels-investisseurs"],
  ["en", "I want to invest in local startups", "institutionnels-investisseurs"],
  ["ar", "أريد الاستثمار في الشركات الناشئة المحلية", "institutionnels-investisseurs"],
  ["fr", "Nous voulons implanter le siège européen de notre groupe à Marseille", "institutionnels-investisseurs"],
  ["en", "we are looking to open a subsidiary in southern France", "institutionnels-investisseurs"],
  ["ar", "أريد نقل شركتي إلى مرسيليا", "institutionnels-investisseurs"],
  ["fr", "grand groupe industriel, nous cherchons des fournisseurs innovants pour un projet pilote", "grands-comptes"],
  ["en", "large corporation looking for innovative suppliers for a pilot", "grands-comptes"],
  ["ar", "شركة كبيرة تبحث عن موردين مبتكرين لمشروع تجريبي", "grands-comptes"],
  ["fr", "je déménage à Marseille avec ma famille pour un nouveau poste", "talents"],
  ["en", "moving to Marseille with my family, where do I start?", "talents"],
  ["ar", "الانتقال للعيش في مرسيليا مع عائلتي", "talents"],
  ["fr", "je suis fondateur d'une startup medtech et je cherche des locaux", "offreurs-solutions"],
  ["en", "founder of a fintech looking for an accelerator", "offreurs-solutions"],
  ["ar", "أنا مؤسس شركة ناشئة وأبحث عن حاضنة", "offreurs-solutions"],
];

for (const [lang, q, audience] of INTENTS) {
  test(`“${q}” leads to the ${audience} page first and ranks its entries first (${lang})`, async () => {
    const page = await context.newPage();
    const r = await ask(page, `${site.base}/${lang}/orientation/#q=${encodeURIComponent(q)}`);
    assert.equal(keyOf(r.audience ?? ""), `audiences/${audience}`, r.status);
    const top = r.links.slice(0, 3).map(keyOf);
    assert.equal(top.length, 3, r.status);
    // An entry naming no audience serves every one; none of the first three serves only others.
    const AUDIENCES = ["grands-comptes", "institutionnels-investisseurs", "talents", "offreurs-solutions"];
    assert.ok(top.some((k) => valuesOf(k).includes(audience)), `one of ${top} names ${audience}`);
    for (const key of top) {
      const has = valuesOf(key).filter((v) => AUDIENCES.includes(v));
      assert.ok(!has.length || has.includes(audience), `${key} (${has}) serves ${audience}`);
    }
    await page.close();
  });
}

// Entries serving everything (the Métropole names nearly every value) come after the entries
// specific to what was asked (issue #30).
const SPECIFIC = [
  ["fr", "subvention pour un projet de santé"],
  ["en", "funding for an aeronautics company"],
  ["ar", "تمويل لمشروع في مجال الطاقة"],
  ["fr", "accompagnement pour une startup du numérique"],
];

for (const [lang, q] of SPECIFIC) {
  test(`“${q}”: the entries serving everything come after the specific ones (${lang})`, async () => {
    const page = await context.newPage();
    const r = await ask(page, `${site.base}/${lang}/orientation/#q=${encodeURIComponent(q)}`);
    const top = r.links.slice(0, 3).map(keyOf);
    assert.ok(!top.includes("ecosystem/metropole-aix-marseille-provence"), top.join(", "));
    await page.close();
  });
}

test("the answers say how many there are, show more on request, and what each covers and not", async () => {
  const page = await context.newPage();
  const r = await ask(page, `${site.base}/en/orientation/#q=${encodeURIComponent("premises for a biotech startup")}`);
  const total = Number(/\d+/.exec(r.status)?.[0]);
  assert.ok(total > 12, `the status names every answer: ${r.status}`);
  assert.equal(r.links.length, 10, "ten answers at first");
  const button = page.locator("[data-orientation-more]");
  assert.ok(await button.isVisible(), "a button shows more");
  assert.match(await button.textContent(), new RegExp(`10 of ${total}`));
  while (await button.isVisible()) await button.click();
  const all = await page.locator("[data-orientation-results] > li").count();
  assert.equal(all, total, "every answer counted is shown on request");
  const lines = await page.evaluate(() => Array.from(document.querySelectorAll("[data-orientation-results] > li"))
    .map((li) => [li.querySelector(".result-why")?.textContent ?? "", li.querySelector(".result-lacks")?.textContent ?? ""]));
  assert.ok(lines.every(([yes, no]) => yes || no), "each answer says what it covers or not");
  assert.ok(lines.some(([, no]) => no.startsWith("Does not cover: ")), "some answer says what it lacks");
  assert.ok(await page.locator("form[name='orientation'], [data-orientation-question]").count() > 0, "the contact form stays");
  await page.close();
});

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

// Issue #30's held-out set, written by someone else and run once: 100/122 before the round
// (fr 33/41, en 33/39, ar 34/42), 103/122 after (fr 32/41, en 37/39, ar 34/42); 101/122 once the
// content audit removed the directory tags the seeds do not support (some answers relied on them).
test("the second held-out questions find an expected entry in the first three answers", async () => {
  const questions = JSON.parse(fs.readFileSync(new URL("./orientation-questions-holdout2.json", import.meta.url), "utf8"));
  const page = await context.newPage();
  let good = 0;
  for (const { lang, q, expect } of questions) {
    const r = await ask(page, `${site.base}/${lang}/orientation/#q=${encodeURIComponent(q)}`);
    if (r.links.slice(0, 3).map(keyOf).some((k) => expect.includes(k))) good++;
  }
  assert.ok(good >= 101, `${good}/${questions.length}`);
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
