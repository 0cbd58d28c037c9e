// Lighthouse 12.2.3 and Debian's Chromium, shared by lighthouse.test.mjs (the deterministic
// categories, asserted) and bench/lighthouse.mjs (performance, recorded).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
export { default as lighthouse } from "lighthouse";
export { default as desktop } from "lighthouse/core/config/desktop-config.js";

/// The pages a visitor lands on: home, an entry, an audience page, in French and Arabic.
export const PAGES = ["/fr/", "/ar/", "/fr/ecosystem/cciamp/", "/ar/ecosystem/cciamp/",
  "/fr/audiences/institutionnels-investisseurs/", "/ar/audiences/institutionnels-investisseurs/"];

export function startChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), "op-lighthouse-")),
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
