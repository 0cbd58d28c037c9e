// The editor at /admin/ (issue #20), in headless Chromium with Sveltia's own test backend (the
// browser's private storage, no GitHub, no network): the built config.yml is served with only
// its backend swapped. A story is written in French, English and Arabic (Arabic right to left);
// a missing required field is refused; the files the backend holds are then read from the page,
// written into a copy of the site, built and checked; so are the key figures and the lexicon;
// an uploaded image lands in static/images/; the interface speaks French and Arabic; /admin/
// runs under its netlify.toml CSP. No request leaves the local server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, launch, screenshotDir } from "./harness.mjs";

const REPO = path.resolve(import.meta.dirname, "../..");
const BIN = process.env.ONEPROVENCE ?? path.join(REPO, "target/debug/oneprovence");
const SEED = ["content/ecosystem/cisam.fr.md", "content/ecosystem/cisam.en.md", "content/ecosystem/cisam.ar.md"];

let site, context, page;
const requests = [];
const errors = [];

before(async () => {
  site = await serve();
  context = await launch();
  context.on("request", (r) => requests.push(r.url()));
  page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  // The published config names GitHub; the test backend keeps files in the browser instead.
  await testBackend(page);
});
after(async () => {
  await context?.close();
  site?.server.close();
});

/// The Content-Security-Policy netlify.toml gives /admin/*, which the editor must work under.
const ADMIN_CSP = (() => {
  const toml = fs.readFileSync(path.join(REPO, "netlify.toml"), "utf8");
  const rule = toml.split("[[headers]]").find((r) => r.includes('for = "/admin/*"'));
  return rule.match(/Content-Security-Policy = "([^"]+)"/)[1];
})();

/// The published config with the test backend instead of GitHub, and /admin/ served with its
/// Content-Security-Policy as on Netlify (a violation is reported on the console).
async function testBackend(page_) {
  page_.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  await page_.route((u) => u.pathname === "/admin/" || u.pathname === "/admin/index.html", async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), "content-security-policy": ADMIN_CSP } });
  });
  await page_.route((u) => u.pathname === "/admin/config.yml", async (route) => {
    const res = await route.fetch();
    const yaml = (await res.text())
      .replace(/^backend:\n(?: {2}.*\n)+/m, "backend:\n  name: test-repo\n")
      .replace(/^publish_mode: .*\n/m, "");
    assert.match(yaml, /name: test-repo/);
    await route.fulfill({ response: res, body: yaml });
  });
}

/// Files put into, or read from, the test backend's folder of the origin's private storage.
async function seed(files) {
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle("sveltia-cms-test", { create: true });
    for (const [p, text] of Object.entries(files)) {
      const parts = p.split("/");
      let dir = root;
      for (const d of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(d, { create: true });
      const w = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable();
      await w.write(text);
      await w.close();
    }
  }, files);
}

async function backendFiles() {
  return page.evaluate(async () => {
    const out = {};
    const walk = async (dir, prefix) => {
      for await (const [name, h] of dir.entries()) {
        if (h.kind === "directory") await walk(h, `${prefix}${name}/`);
        else out[`${prefix}${name}`] = await (await h.getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle("sveltia-cms-test"), "");
    return out;
  });
}

/// The input of a field (by its front matter name) in the editing pane.
function input(name) {
  return page.locator(`section[data-key-path="${name}"]`).first()
    .locator("input:not([type=checkbox]), textarea, [contenteditable=true]").first();
}

/// The editing pane (left, the first switcher) shows one language.
async function paneLanguage(code) {
  await page.locator(`button[role=radio][data-mode=edit][data-value=${code}]`).first().click();
}

/// A copy of the site (cards and kit off) with the backend's files under `prefix` written in.
function siteWith(files, prefix) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "op-admin-"));
  for (const part of ["content", "themes", "i18n", "brand"]) {
    fs.cpSync(path.join(REPO, part), path.join(tmp, part), { recursive: true });
  }
  const settings = fs.readFileSync(path.join(REPO, "site.toml"), "utf8")
    .replace("cards = true", "cards = false").replace("kit = true", "kit = false")
    // The shipped publisher settings are empty and `check` says so; fill them for the rest.
    .replace(/^(name|address|director|email|host) = ""$/gm, '$1 = "x"');
  fs.writeFileSync(path.join(tmp, "site.toml"), settings);
  for (const [p, text] of Object.entries(files)) {
    if (p.startsWith(prefix)) fs.writeFileSync(path.join(tmp, p), text);
  }
  return tmp;
}

/// Saves the entry open in the editor and waits until the backend holds `file` changed.
async function saveAndRead(file, before) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  for (let i = 0; i < 100; i++) {
    // Read while the backend writes, a file may vanish under us: read again.
    const files = await backendFiles().catch(() => ({}));
    if (files[file] && files[file] !== before) return files;
    await page.waitForTimeout(200);
  }
  assert.fail(`${file} was not saved`);
}

test("the published /admin/ loads its GitHub configuration with no outside request", async () => {
  const ctx = await launch();
  const seen = [];
  ctx.on("request", (r) => seen.push(r.url()));
  const problems = [];
  try {
    const p = await ctx.newPage();
    p.on("pageerror", (e) => problems.push(e.message));
    p.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
    await p.goto(`${site.base}/admin/`);
    await p.getByRole("button", { name: /Sign In with.*GitHub/ }).waitFor({ timeout: 15000 });
    await p.waitForTimeout(1000);
  } finally {
    await ctx.close();
  }
  // The GitHub status poll is answered by the site (a 404, read as "unknown"): the only error.
  assert.deepEqual(problems.filter((m) => !/404/.test(m)), [], "the configuration is valid");
  const local = (u) => u.startsWith("data:") || new URL(u).origin === new URL(site.base).origin;
  assert.deepEqual(seen.filter((u) => !local(u)), [], "no request left the local server");
  assert.ok(seen.some((u) => u.endsWith("/admin/config.yml") || u.includes("/admin/config.yml?")));
});

test("a story written in the editor in three languages builds and passes check", async () => {
  await page.goto(`${site.base}/admin/`);
  await seed(Object.fromEntries(SEED.map((p) => [p, fs.readFileSync(path.join(REPO, p), "utf8")])));
  await page.getByRole("button", { name: "Work with Test Repository" }).click();
  await page.goto(`${site.base}/admin/#/collections/stories/new`);
  await input("title").waitFor();

  // French: every shared field is here, and a required one left empty stops the save.
  await input("title").fill("Un récit écrit dans l'éditeur");
  await input("summary").fill("Résumé du récit écrit dans le navigateur.");
  await input("date").fill("2026-11-20");
  await input("body").fill("Un paragraphe écrit dans le navigateur.");
  await page.getByRole("checkbox", { name: "Talents" }).check();
  await page.getByRole("checkbox", { name: /^CISAM/ }).check();
  await page.locator('section[data-key-path="sectors"]').first().getByRole("combobox").click();
  await page.getByRole("option", { name: "Santé et biotechnologies" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForTimeout(1000);
  let files = await backendFiles();
  assert.ok(!Object.keys(files).some((p) => p.startsWith("content/stories/")), "saved without its source");
  assert.equal(await input("source").getAttribute("aria-invalid"), "true", "the empty source is marked");
  await input("source").fill("Test du navigateur");
  await page.screenshot({ path: path.join(screenshotDir(), "admin-fr.png"), fullPage: true });

  await paneLanguage("en");
  await input("title").fill("A story written in the editor");
  await input("summary").fill("Summary of the story written in the browser.");
  await input("source").fill("Browser test");
  await paneLanguage("ar");
  const title = input("title");
  await title.fill("قصة كتبت في المحرر");
  await input("summary").fill("ملخص القصة المكتوبة في المتصفح.");
  await input("source").fill("اختبار المتصفح");
  const dir = await title.evaluate((e) => getComputedStyle(e).direction);
  assert.equal(dir, "rtl", "the Arabic title is written right to left");
  await page.screenshot({ path: path.join(screenshotDir(), "admin-ar.png"), fullPage: true });
  // The preview shows the Arabic right to left, styled by the site's stylesheet.
  let previewDir;
  for (const frame of page.frames()) {
    const el = frame.getByText("قصة كتبت في المحرر", { exact: true });
    if (await el.count()) previewDir = await el.first().evaluate((e) => getComputedStyle(e).direction);
  }
  assert.equal(previewDir, "rtl", "the Arabic preview is right to left");
  assert.ok(requests.some((u) => /\/assets\/main\.[0-9a-f]+\.css$/.test(u)), "the preview loads the site's stylesheet");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  const slug = "un-recit-ecrit-dans-l-editeur";
  for (let i = 0; i < 50; i++) {
    // Read while the backend writes, a file may vanish under us: read again.
    files = await backendFiles().catch(() => ({}));
    if (files[`content/stories/${slug}.ar.md`]) break;
    await page.waitForTimeout(200);
  }
  const fr = files[`content/stories/${slug}.fr.md`];
  const en = files[`content/stories/${slug}.en.md`];
  const ar = files[`content/stories/${slug}.ar.md`];
  assert.ok(fr && en && ar, `saved: ${Object.keys(files).join(", ")}`);
  assert.match(fr, /^\+\+\+\n/);
  assert.match(fr, /audiences = \[\s*"talents"\s*\]/);
  assert.match(fr, /sectors = \[\s*"sante"\s*\]/);
  assert.match(fr, /actors = \[\s*"cisam"\s*\]/);
  assert.match(fr, /source = "Test du navigateur"/);
  assert.match(fr, /\+\+\+\n+Un paragraphe écrit dans le navigateur\./);
  assert.doesNotMatch(en, /audiences|sectors|date/, "shared fields stay in the French file");
  assert.match(en, /source = "Browser test"/, "the source is translated (shown to the reader)");
  assert.match(ar, /title = "قصة كتبت في المحرر"/);

  // The saved files, in a copy of the site: they build and pass `check`.
  const tmp = siteWith(files, "content/stories/");
  execFileSync(BIN, ["build", "--out", path.join(tmp, "public")], { cwd: tmp, stdio: "pipe" });
  const page_ = fs.readFileSync(path.join(tmp, `public/ar/stories/${slug}/index.html`), "utf8");
  assert.match(page_, /قصة كتبت في المحرر/);
  execFileSync(BIN, ["check"], { cwd: tmp, stdio: "pipe" });
  fs.rmSync(tmp, { recursive: true, force: true });

  assert.deepEqual(errors, [], "no script error, nothing refused by the CSP");
  // blob: URLs of the page's origin (images, previews) and data: URLs stay in the browser.
  const local = (u) => u.startsWith("data:") || new URL(u).origin === new URL(site.base).origin;
  assert.deepEqual(requests.filter((u) => !local(u)), [], "no request left the local server");
  assert.ok(requests.some((u) => u.endsWith("/admin/locales/fr.json") || u.includes("/admin/fonts/")), "fonts are the site's");
});

test("the key figures and the lexicon are edited as files and still load", async () => {
  const data = ["content/figures.toml", "content/lexicon.toml"];
  await seed(Object.fromEntries(data.map((p) => [p, fs.readFileSync(path.join(REPO, p), "utf8")])));
  // The test backend reads its folder when signing in: sign in again.
  await page.goto(`${site.base}/admin/#/collections/data/entries/figures`);
  await page.reload();
  const signIn = page.getByRole("button", { name: "Work with Test Repository" });
  // Fields are drawn as they scroll into view.
  const figure = page.locator('section[data-key-path="companies-2022"]').first();
  await Promise.race([signIn.waitFor(), figure.waitFor({ state: "attached" })]);
  if (await signIn.isVisible()) await signIn.click();
  await figure.scrollIntoViewIfNeeded();
  const source = page.locator('section[data-key-path="companies-2022.source"] input').first();
  await source.fill("Article de presse, octobre 2023 (CCI), relu dans l'éditeur");
  let files = await saveAndRead("content/figures.toml", fs.readFileSync(path.join(REPO, data[0]), "utf8"));
  assert.match(files["content/figures.toml"], /relu dans l'éditeur/);
  assert.match(files["content/figures.toml"], /\[digital-hub\.ar\]|\[digital-hub\][^[]*ar = \{/);

  await page.goto(`${site.base}/admin/#/collections/data/entries/lexicon`);
  const intents = page.locator('section[data-key-path="languages.fr.intents"]').first();
  await intents.waitFor({ state: "attached", timeout: 60000 });
  await intents.scrollIntoViewIfNeeded();
  const before = (await backendFiles())["content/lexicon.toml"];
  const items = intents.locator("input, textarea");
  const count = await items.count();
  await intents.getByRole("button", { name: /^Add/ }).last().click();
  await items.nth(count).fill("je suis en quête de");
  files = await saveAndRead("content/lexicon.toml", before);
  assert.match(files["content/lexicon.toml"], /"je suis en quête de"/);

  const tmp = siteWith(files, "content/");
  execFileSync(BIN, ["check"], { cwd: tmp, stdio: "pipe" });
  fs.rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(errors, [], "no script error, nothing refused by the CSP");
});

test("an image uploaded in the editor goes into static/images/", async () => {
  await page.goto(`${site.base}/admin/#/assets`);
  const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
  await page.locator("input[type=file]").first()
    .setInputFiles({ name: "port.png", mimeType: "image/png", buffer: Buffer.from(png, "base64") });
  // The dialog naming the folder: its button is the last "Upload".
  await page.getByText("static/images").first().waitFor();
  await page.getByRole("button", { name: "Upload", exact: true }).last().click();
  let files = {};
  for (let i = 0; i < 50 && !files["static/images/port.png"]; i++) {
    await page.waitForTimeout(200);
    files = await backendFiles().catch(() => ({}));
  }
  assert.ok(files["static/images/port.png"], `saved: ${Object.keys(files).join(", ")}`);
  assert.deepEqual(errors, [], "no script error, nothing refused by the CSP");
});

for (const [locale, dir] of [["fr", "ltr"], ["ar", "rtl"]]) {
  test(`the editor speaks ${locale} from the site's own strings`, async () => {
    const ctx = await launch({ locale });
    const seen = [];
    ctx.on("request", (r) => seen.push(r.url()));
    try {
      const p = await ctx.newPage();
      await testBackend(p);
      await p.goto(`${site.base}/admin/`);
      await p.waitForFunction((l) => document.documentElement.lang === l, locale);
      const strings = JSON.parse(fs.readFileSync(path.join(REPO, `themes/one-provence/admin/locales/${locale}.json`), "utf8"));
      await p.getByRole("button", { name: strings.work_with_test_repo }).waitFor({ timeout: 10000 });
      assert.equal(await p.evaluate(() => document.documentElement.dir), dir);
      await p.screenshot({ path: path.join(screenshotDir(), `admin-ui-${locale}.png`) });
    } finally {
      await ctx.close();
    }
    assert.ok(seen.some((u) => u.endsWith(`/admin/locales/${locale}.json`)), "strings from /admin/locales/");
    const local = (u) => u.startsWith("data:") || new URL(u).origin === new URL(site.base).origin;
    assert.deepEqual(seen.filter((u) => !local(u)), [], "no request left the local server");
    assert.deepEqual(errors, [], "no script error, nothing refused by the CSP");
  });
}
