// What a visitor sees first and how they reach someone: the home page's positioning, key
// figures (with source and year), audiences and call to action all above the fold on a laptop
// and a phone, in each language; the contact form's error messages and its way to the
// thank-you page. Screenshots go to target/screenshots.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { withSite, screenshotDir } from "./harness.mjs";

let base, context;
withSite((s) => ({ base, context } = s));

const SIZES = [[1366, 768], [390, 844]];

for (const lang of ["fr", "en", "ar"]) {
  for (const [width, height] of SIZES) {
    test(`the ${lang} home shows positioning, figures, audiences and one call to action above the fold at ${width}x${height}`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${base}/${lang}/`);
      await page.evaluate(() => document.fonts.ready);
      const seen = await page.evaluate(() => {
        const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
        const q = (s) => [...document.querySelectorAll(s)];
        return {
          h1: q(".home-hero h1").map(box),
          tagline: q(".home-hero .hero-tagline").map(box),
          figures: q(".hero-figures .stat").map((f) => ({ ...box(f),
            value: f.querySelector(".stat-value")?.textContent.trim(),
            source: f.querySelector(".stat-source")?.textContent.trim() })),
          audiences: q(".hero-audiences a").map(box),
          cta: q(".home-hero .button-primary").map(box),
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      await page.screenshot({ path: path.join(screenshotDir(), `home-${lang}-${width}.png`) });
      assert.equal(seen.h1.length, 1);
      assert.equal(seen.tagline.length, 1, "positioning line");
      assert.ok(seen.figures.length >= 3 && seen.figures.length <= 4, `${seen.figures.length} figures`);
      for (const f of seen.figures) assert.match(f.source, /\b(19|20)\d\d\b/, `source and year: ${f.source}`);
      assert.equal(seen.audiences.length, 4, "four audiences");
      assert.equal(seen.cta.length, 1, "one primary call to action");
      const all = [...seen.h1, ...seen.tagline, ...seen.figures, ...seen.audiences, ...seen.cta];
      for (const b of all) {
        assert.ok(b.bottom <= height, `below the fold: bottom ${b.bottom} > ${height}`);
        assert.ok(b.left >= 0 && b.right <= width + 0.5, `outside the width: ${b.left}..${b.right}`);
      }
      assert.ok(seen.scrollWidth <= width, `page wider than the screen: ${seen.scrollWidth}`);
      await page.close();
    });
  }
}

test("the contact form names each wrong field in the page's language, then goes to the thank-you page", async () => {
  const page = await context.newPage();
  await page.goto(`${base}/ar/ecosystem/cciamp/`);
  await page.click("form.contact-form button[type=submit]");
  const state = await page.evaluate(() => ({
    summary: document.querySelector(".contact-summary").hidden ? "" : document.querySelector(".contact-summary").textContent,
    invalid: [...document.querySelectorAll("[aria-invalid=true]")].map((e) => e.name),
    errors: [...document.querySelectorAll(".field-error")].filter((e) => !e.hidden).map((e) => e.id),
    focused: document.activeElement?.name,
  }));
  assert.equal(state.summary, "لم يُرسَل النموذج: يجب تصحيح 3 حقول.");
  assert.deepEqual(state.invalid, ["name", "email", "message"]);
  assert.deepEqual(state.errors, ["contact-name-error", "contact-email-error", "contact-message-error"]);
  assert.equal(state.focused, "name", "the first wrong field takes the focus");
  for (const id of state.errors) {
    const described = await page.getAttribute(`#${id.replace("-error", "")}`, "aria-describedby");
    assert.ok(described.split(" ").includes(id), `${id} is announced with its field`);
  }
  await page.fill("#contact-name", "Nadia Test");
  await page.fill("#contact-email", "pas-une-adresse");
  await page.fill("#contact-message", "Nous cherchons des locaux.");
  await page.click("form.contact-form button[type=submit]");
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("[aria-invalid=true]")].map((e) => e.name)), ["email"]);
  assert.equal(await page.textContent(".contact-summary"), "لم يُرسَل النموذج: يجب تصحيح حقل واحد.");
  await page.fill("#contact-email", "nadia@example.org");
  await Promise.all([page.waitForURL(/\/ar\/thanks\/$/), page.click("form.contact-form button[type=submit]")]);
  assert.equal(await page.textContent("h1"), "شكرًا لك، أُرسل طلبك");
  await page.close();
});
