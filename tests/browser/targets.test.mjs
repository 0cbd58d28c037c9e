// Targets of the key figures (issue #29) in Chromium with a fixed clock: the build never reads
// the clock, so whether a target's due year is over is decided in the browser. The shipped
// site's `digital-hub` was forecast in 2023 for 2024 (icapital/expansion): still ahead
// for a reader in 2023, past its date for one in 2026, online and from file://.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { withSite, PUBLIC, recordRequests } from "./harness.mjs";

const OFFLINE = process.env.OFFLINE_DIR;
let site;
withSite((s) => { site = s; });

/// The text of the target under `digital-hub` once the script has run, at `now`.
async function target(url, now) {
  const page = await site.context.newPage();
  const requests = recordRequests(page);
  await page.clock.setFixedTime(now);
  await page.goto(url);
  const el = page.locator(".stat-target[data-due='2024']").first();
  await page.waitForFunction(() =>
    document.querySelector(".stat-target[data-due='2024']")?.matches(".is-past, .is-ahead"));
  const result = { text: (await el.textContent()).trim(), past: await el.evaluate((e) => e.classList.contains("is-past")), requests };
  await page.close();
  return result;
}

test("a forecast due in 2024 reads as still ahead in 2023 and as past its date in 2026", async () => {
  const url = `${site.base}/fr/icapital/expansion/`;
  const in2023 = await target(url, new Date("2023-11-15T12:00:00Z"));
  assert.equal(in2023.text, "Prévision faite en 2023 pour 2024, échéance à venir");
  assert.equal(in2023.past, false);
  const in2026 = await target(url, new Date("2026-12-05T12:00:00Z"));
  assert.equal(in2026.text, "Prévision faite en 2023 pour 2024, échéance passée");
  assert.equal(in2026.past, true);
  // During the due year itself, the goal still stands.
  const in2024 = await target(url, new Date("2024-12-31T12:00:00Z"));
  assert.equal(in2024.past, false);
});

test("in Arabic and in English the passed target says so in the page's language", async () => {
  const ar = await target(`${site.base}/ar/icapital/expansion/`, new Date("2026-06-01T12:00:00Z"));
  assert.equal(ar.text, "توقّعٌ صدر عام 2023 لعام 2024، وقد فات موعده");
  const en = await target(`${site.base}/en/icapital/expansion/`, new Date("2023-06-01T12:00:00Z"));
  assert.equal(en.text, "Forecast made in 2023 for 2024, still ahead");
});

test("without script the page says when the target was set and for when, never that it is current", async () => {
  const html = fs.readFileSync(path.join(PUBLIC, "fr/icapital/expansion/index.html"), "utf8");
  const m = html.match(/<span class="stat-target"[^>]*data-due="2024"[^>]*>([^<]*)<\/span>/);
  assert.ok(m, "the target is in the page");
  assert.equal(m[1], "Prévision faite en 2023 pour 2024");
});

test("from file:// (the offline folder) the script runs too, with no request leaving the machine", { skip: !OFFLINE }, async () => {
  const url = pathToFileURL(path.join(OFFLINE, "fr/icapital/expansion/index.html")).href;
  const r = await target(url, new Date("2026-12-05T12:00:00Z"));
  assert.equal(r.text, "Prévision faite en 2023 pour 2024, échéance passée");
  assert.deepEqual(r.requests.filter((u) => !u.startsWith("file:")), []);
});
