// `oneprovence serve` in a real browser: a saved edit reloads the open page; a broken file
// shows the error (file, line) over the last good page; the fix reloads it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch } from "./harness.mjs";

const REPO = path.resolve(import.meta.dirname, "../..");
const BIN = process.env.ONEPROVENCE_BIN ?? path.join(REPO, "target/debug/oneprovence");
let site, child, base, context;

before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), "op-serve-"));
  fs.cpSync(path.join(REPO, "tests/fixtures/basic"), site, { recursive: true });
  for (const d of ["themes", "i18n"]) fs.cpSync(path.join(REPO, d), path.join(site, d), { recursive: true });
  fs.mkdirSync(path.join(site, "brand"));
  fs.copyFileSync(path.join(REPO, "brand/brand.toml"), path.join(site, "brand/brand.toml"));
  child = spawn(BIN, ["serve", "--port", "0"], { cwd: site, stdio: ["ignore", "pipe", "ignore"] });
  base = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/[\d.:]+/);
      if (m) resolve(m[0]);
    });
    child.on("exit", () => reject(new Error("serve exited")));
  });
  context = await launch();
});
after(async () => {
  await context?.close();
  child?.kill("SIGINT");
});

test("edits reload the page, errors show over it, the fix clears them", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/fr/stories/premiere/`);
  assert.equal(await page.locator("h1").textContent(), "Première histoire");
  const file = path.join(site, "content/stories/premiere.fr.md");
  const original = fs.readFileSync(file, "utf8");

  await page.waitForTimeout(300);
  fs.writeFileSync(file, original.replace("Première histoire", "Titre en direct"));
  await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Titre en direct", null, { timeout: 3000 });

  fs.writeFileSync(file, original.replace('title = "Première histoire"', "title = "));
  const overlay = page.locator("#oneprovence-error");
  await overlay.waitFor({ timeout: 3000 });
  assert.match(await overlay.textContent(), /content\/stories\/premiere\.fr\.md:2/);
  assert.equal(await page.locator("h1").textContent(), "Titre en direct", "the last good page stays");

  fs.writeFileSync(file, original);
  await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Première histoire", null, { timeout: 3000 });
  assert.equal(await overlay.count(), 0);
  await page.close();
});
