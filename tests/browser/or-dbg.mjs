import { chromium } from "playwright-core";
import path from "node:path";
import { pathToFileURL } from "node:url";
const dir = process.env.DIR;
const qs = JSON.parse(process.argv[2]);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--allow-file-access-from-files"] });
const page = await browser.newPage();
for (const [lang, q] of qs) {
  await page.goto(pathToFileURL(path.join(dir, lang, "orientation/index.html")).href + "#q=" + encodeURIComponent(q));
  await page.waitForFunction(() => document.querySelector("[data-orientation-status]")?.textContent.length > 0);
  const r = await page.evaluate(() => ({
    a: document.querySelector("[data-orientation-audience]:not([hidden]) a")?.getAttribute("href"),
    s: document.querySelector("[data-orientation-status]").textContent,
    top: Array.from(document.querySelectorAll("[data-orientation-results] > li")).slice(0, 4).map((li) => li.querySelector("a").getAttribute("href").replace(/^(\.\.\/)+/, "").replace(/index\.html$/, "") + " | " + Array.from(li.querySelectorAll("p[class^=result-]")).map((p) => p.textContent).join(" / ")),
  }));
  console.log(`[${lang}] ${q}\n  aud=${r.a} :: ${r.s}\n  ${r.top.join("\n  ")}`);
}
await browser.close();
