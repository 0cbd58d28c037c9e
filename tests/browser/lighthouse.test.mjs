// Lighthouse 12.2.3 (pinned: 13 wants Node 22) on the pages a visitor lands on, in French and
// Arabic: accessibility, best practices and SEO must score 100. These audits are deterministic
// (they read the DOM and the responses, not timings); performance is a benchmark
// (bench/lighthouse.mjs), never asserted here.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./harness.mjs";
import { PAGES, lighthouse, startChrome } from "./lh.mjs";

const CATEGORIES = ["accessibility", "best-practices", "seo"];

let site, chrome;
before(async () => {
  site = await serve();
  chrome = await startChrome();
});
after(async () => {
  await chrome?.kill();
  site?.server.close();
});

for (const page of PAGES) {
  test(`Lighthouse scores 100 in accessibility, best practices and SEO on ${page}`, async () => {
    const result = await lighthouse(`${site.base}${page}`, {
      port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES,
    });
    const { categories, audits } = result.lhr;
    for (const id of CATEGORIES) {
      const failing = categories[id].auditRefs
        .map((r) => audits[r.id])
        .filter((a) => a.scoreDisplayMode !== "notApplicable" && a.scoreDisplayMode !== "informative"
          && a.scoreDisplayMode !== "manual" && a.score !== null && a.score < 1)
        .map((a) => `${a.id}: ${a.title}`);
      assert.equal(categories[id].score, 1, `${page} ${id}: ${failing.join("; ")}`);
    }
  });
}
