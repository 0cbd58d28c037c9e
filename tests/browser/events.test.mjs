// The agenda (issue #19) in Chromium with a fixed clock: the build never reads the clock, so
// what is upcoming and "closes in N days" must be decided in the browser, online and from
// file:// (a USB stick built weeks before a trade show). The site is the fixture
// tests/fixtures/agenda (future events and an open call), built here online and offline with
// the project's binary (ONEPROVENCE_BIN, else target/debug/oneprovence, else `cargo run`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { serve, launch } from "./harness.mjs";

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BEFORE = new Date("2031-03-01T12:00:00Z"); // the call closes on 2031-03-15 at 12:00, Paris
const AFTER = new Date("2031-03-20T12:00:00Z");

let site, online, offline, context;

function build(args) {
  const bin = process.env.ONEPROVENCE_BIN ?? path.join(repo, "target/debug/oneprovence");
  const opts = { cwd: site, stdio: "pipe" };
  if (fs.existsSync(bin)) execFileSync(bin, args, opts);
  else execFileSync("cargo", ["run", "--quiet", "--manifest-path", path.join(repo, "Cargo.toml"), "--", ...args], opts);
}

before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), "op-agenda-"));
  fs.cpSync(path.join(repo, "tests/fixtures/agenda"), site, { recursive: true });
  for (const part of ["themes", "i18n", "brand"]) {
    fs.cpSync(path.join(repo, part), path.join(site, part), { recursive: true });
  }
  build(["build", "--out", "public"]);
  build(["build", "--offline", "--out", "offline"]);
  online = await serve(path.join(site, "public"));
  offline = path.join(site, "offline");
  context = await launch();
});
after(async () => {
  await context?.close();
  online?.server.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

/// A page opened at a fixed instant: `Date.now()` is `now` before any script runs.
async function open(url, now) {
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  await page.goto(url);
  await page.waitForSelector(".agenda-part, .call-state:not(:empty), .upcoming, .event-status:not(:empty)");
  return page;
}

const url = (where, rel) => where === "online"
  ? `${online.base}/${rel}`
  : pathToFileURL(path.join(offline, rel.endsWith("/") || rel === "" ? `${rel}index.html` : rel)).href;

/// A call's status as read, without Fluent's isolation marks.
const statusOf = async (page, sel) => (await page.textContent(sel)).replace(/[\u2068\u2069]/g, "");

/// The agenda as the reader sees it: each part's title and its events' titles, in order.
async function parts(page) {
  return page.$$eval(".agenda-part", (secs) => secs.map((s) => ({
    title: s.querySelector("h2").textContent,
    months: [...s.querySelectorAll("h3")].map((h) => h.textContent),
    events: [...s.querySelectorAll(".event-title a")].map((a) => a.getAttribute("href").split("/").filter((p) => p && p !== "index.html").slice(-1)[0]),
  })));
}

for (const where of ["online", "offline"]) {
  test(`${where}: before the deadline the call is open, upcoming first and soonest first`, async () => {
    const page = await open(url(where, "fr/events/"), BEFORE);
    const [upcoming, past] = await parts(page);
    assert.equal(upcoming.title, "À venir");
    assert.deepEqual(upcoming.events, ["appel-ouvert", "webinaire", "salon-futur", "delegation-vegas"]);
    assert.deepEqual(upcoming.months, ["janvier 2031", "avril 2031", "juin 2031", "janvier 2032"]);
    assert.equal(past.title, "Passés");
    assert.deepEqual(past.events, ["rencontre-passee"]);
    const status = await statusOf(page, ".is-call .call-status");
    assert.match(status, /^Appel ouvert Ouverture : .*Clôture : 15 mars 2031 à 12:00 \(heure de Paris\), dans 14 jours$/);
    await page.close();
  });

  test(`${where}: after the deadline the call is closed and listed with the past`, async () => {
    const page = await open(url(where, "fr/events/"), AFTER);
    const [upcoming, past] = await parts(page);
    assert.deepEqual(upcoming.events, ["webinaire", "salon-futur", "delegation-vegas"]);
    assert.deepEqual(past.events, ["appel-ouvert", "rencontre-passee"], "newest first");
    const status = await statusOf(page, ".is-call .call-status");
    assert.match(status, /^Appel clos .*Clôture : 15 mars 2031/);
    assert.doesNotMatch(status, /dans/);
    await page.close();
  });

  test(`${where}: the home page shows the next three among those shipped`, async () => {
    for (const [now, expected] of [
      [BEFORE, ["appel-ouvert", "webinaire", "salon-futur"]],
      [AFTER, ["webinaire", "salon-futur", "delegation-vegas"]],
    ]) {
      const page = await open(url(where, "fr/"), now);
      const shown = await page.$$eval("[data-upcoming] li:not([hidden]) .event-title a",
        (as) => as.map((a) => a.getAttribute("href").split("/").filter((p) => p && p !== "index.html").slice(-1)[0]));
      assert.deepEqual(shown, expected);
      assert.equal(await page.textContent("#upcoming-title"), "Prochains rendez-vous");
      await page.close();
    }
  });

  test(`${where}: Arabic says how many days are left with its own plural forms`, async () => {
    // Three days before the deadline (few) and eleven days before (many).
    for (const days of [3, 11]) {
      const now = new Date(Date.UTC(2031, 2, 15, 11) - days * 86400000);
      const page = await open(url(where, "ar/events/appel-ouvert/"), now);
      assert.equal(await page.getAttribute("html", "dir"), "rtl");
      const expected = await page.evaluate((n) => new Intl.RelativeTimeFormat("ar", { numeric: "auto" }).format(n, "day"), days);
      const status = await statusOf(page, ".call-status");
      assert.ok(status.startsWith("باب الترشح مفتوح"), status);
      assert.ok(status.endsWith(`، ${expected}`), `${status} ends with ${expected}`);
      assert.ok(status.includes("بتوقيت باريس"), status);
      await page.close();
    }
    const closed = await open(url(where, "ar/events/appel-ouvert/"), AFTER);
    assert.ok((await statusOf(closed, ".call-status")).startsWith("أُغلق باب الترشح"));
    await closed.close();
  });
}

test("the agenda's filters narrow the list in place and keep a page per value", async () => {
  const page = await open(url("online", "fr/events/"), BEFORE);
  await page.selectOption(".filter[data-field=sectors] select", "sante");
  const visible = () => page.$$eval("[data-agenda] li[data-start]:not([hidden]) .event-title a",
    (as) => as.map((a) => a.getAttribute("href").split("/").filter(Boolean).slice(-1)[0]));
  assert.deepEqual(await visible(), ["salon-futur"]);
  assert.deepEqual(await page.$$eval("[data-agenda] h3:not([hidden])", (hs) => hs.map((h) => h.textContent)), ["juin 2031"]);
  await page.selectOption(".filter[data-field=sectors] select", "");
  await page.selectOption(".filter[data-field=event-kinds] select", "appel-a-projets");
  assert.deepEqual(await visible(), ["appel-ouvert"]);
  const link = await page.getAttribute(".filter[data-field=event-kinds] a[data-value=salon]", "href");
  assert.equal(link, "/fr/event-kinds/salon/");
  await page.close();
});

test("axe finds no WCAG 2.1 A/AA violation on the agenda, an event, a call and the home page", async () => {
  const found = [];
  for (const lang of ["fr", "ar"]) {
    for (const rel of ["events/", "events/salon-futur/", "events/appel-ouvert/", "", "audiences/talents/"]) {
      const page = await open(url("online", `${lang}/${rel}`), BEFORE);
      await page.addScriptTag({ content: AXE });
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
      for (const v of result.violations) found.push(`${lang}/${rel}: ${v.id} ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
      await page.close();
    }
  }
  assert.deepEqual(found, []);
});

test("offline, the calendar files are on the stick next to the pages that link them", async () => {
  for (const rel of ["fr/events/salon-futur/", "ar/events/", "en/events/appel-ouvert/"]) {
    const page = await open(url("offline", rel), BEFORE);
    const hrefs = await page.$$eval("a[type='text/calendar']", (as) => as.map((a) => a.href));
    assert.ok(hrefs.length > 0, rel);
    for (const h of hrefs) {
      assert.ok(h.startsWith("file://") && fs.existsSync(fileURLToPath(h)), `${rel}: ${h}`);
      assert.match(fs.readFileSync(fileURLToPath(h), "utf8"), /^BEGIN:VCALENDAR\r\n/);
    }
    await page.close();
  }
});

test("the event page links its calendar file, which the server gives", async () => {
  const page = await open(url("online", "fr/events/salon-futur/"), BEFORE);
  const href = await page.getAttribute(".event-actions a[type='text/calendar']", "href");
  const res = await page.request.get(new URL(href, page.url()).href);
  assert.equal(res.status(), 200);
  assert.match(await res.text(), /^BEGIN:VCALENDAR\r\n/);
  assert.match(await page.textContent(".event-status"), /\(dans 3 mois\)/);
  await page.close();
});
