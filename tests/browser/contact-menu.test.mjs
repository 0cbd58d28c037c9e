// Issue #29 in Chromium: the phone menu (no sideways scrolling; a Menu button when the items do
// not fit, with aria-expanded, Escape and focus in and back, mirrored in Arabic), the primary
// submit buttons, the orientation form that carries the question, and the home page's empty
// agenda state. Screenshots go to target/screenshots.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { withSite, launch, screenshotDir } from "./harness.mjs";

let base, context;
withSite((s) => ({ base, context } = s));

const LANGS = ["fr", "en", "ar"];

for (const lang of LANGS) {
  test(`${lang} at 390 px: the menu is a button, opens as a list on screen, Escape closes it`, async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/${lang}/stories/`);
    await page.evaluate(() => document.fonts.ready);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= 390, `no sideways scrolling: ${scroll}px wide`);
    const button = page.locator(".menu-toggle");
    assert.ok(await button.isVisible(), "Menu button shown");
    const b = await button.boundingBox();
    assert.ok(b.height >= 44, `button ${b.height}px high`);
    // Mirrored: at the start of the line, the right in Arabic.
    if (lang === "ar") assert.ok(b.x + b.width > 300, `button on the right: ${b.x}`);
    else assert.ok(b.x < 90, `button on the left: ${b.x}`);
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await page.locator("#main-menu").isVisible(), false, "closed at first");
    await button.click();
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    const links = await page.$$eval("#main-menu a", (as) => as.map((a) => {
      const r = a.getBoundingClientRect();
      return { href: a.getAttribute("href"), left: r.left, right: r.right, height: r.height,
        current: a.hasAttribute("aria-current"), focused: a === document.activeElement };
    }));
    assert.ok(links.length >= 11, `${links.length} items`);
    for (const l of links) {
      assert.ok(l.left >= 0 && l.right <= 390, `${l.href} on screen: ${l.left}..${l.right}`);
      assert.ok(l.height >= 44, `${l.href} is ${l.height}px high`);
    }
    const current = links.find((l) => l.current);
    assert.equal(current?.href, `/${lang}/stories/`, "the current page is marked");
    assert.ok(current.focused, "the focus moves to the current page's item");
    assert.ok(links.some((l) => l.href === `/${lang}/contact/`), "contact in the phone menu");
    await page.screenshot({ path: path.join(screenshotDir(), `menu-open-${lang}-390.png`) });
    await page.keyboard.press("Escape");
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await page.locator("#main-menu").isVisible(), false, "closed by Escape");
    assert.ok(await button.evaluate((el) => el === document.activeElement), "focus back on the button");
    await page.close();
  });
}

test("on a wide screen the whole menu shows, without a button", async () => {
  for (const lang of LANGS) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${base}/${lang}/`);
    await page.evaluate(() => document.fonts.ready);
    assert.equal(await page.locator(".menu-toggle").isVisible(), false, lang);
    const tops = await page.$$eval("#main-menu a", (as) => as.map((a) => a.getBoundingClientRect().top));
    assert.equal(new Set(tops.map(Math.round)).size, 1, `${lang}: one line`);
    await page.close();
  }
});

test("without JavaScript the phone menu wraps: every item on screen, no sideways scrolling", async () => {
  const noscript = await launch({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  try {
    for (const lang of LANGS) {
      const page = await noscript.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}/${lang}/`);
      const seen = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        links: [...document.querySelectorAll("#main-menu a")].map((a) => {
          const r = a.getBoundingClientRect();
          return { left: r.left, right: r.right, width: r.width };
        }),
      }));
      assert.ok(seen.scroll <= 390, `${lang}: ${seen.scroll}px wide`);
      for (const l of seen.links) assert.ok(l.width > 0 && l.left >= 0 && l.right <= 390, `${lang}: ${JSON.stringify(l)}`);
      await page.close();
    }
  } finally {
    await noscript.close();
  }
});

test("every form's submit button is the primary button: body font and size, 44 px high", async () => {
  for (const lang of LANGS) {
    for (const where of ["contact/", "orientation/", "search/", "ecosystem/cciamp/"]) {
      const page = await context.newPage();
      await page.goto(`${base}/${lang}/${where}`);
      await page.evaluate(() => document.fonts.ready);
      const buttons = await page.$$eval("main form button[type=submit]", (bs) => bs.map((b) => {
        const s = getComputedStyle(b);
        const body = getComputedStyle(document.body);
        return { text: b.textContent.trim(), size: parseFloat(s.fontSize), bodySize: parseFloat(body.fontSize),
          family: s.fontFamily, bodyFamily: getComputedStyle(b.parentElement).fontFamily,
          height: b.getBoundingClientRect().height };
      }));
      assert.ok(buttons.length >= 1, `${lang}/${where}: a submit button`);
      for (const b of buttons) {
        assert.ok(b.size >= b.bodySize, `${lang}/${where} "${b.text}": ${b.size}px < ${b.bodySize}px`);
        assert.equal(b.family, b.bodyFamily, `${lang}/${where} "${b.text}": brand font`);
        assert.ok(b.height >= 44, `${lang}/${where} "${b.text}": ${b.height}px high`);
      }
      await page.close();
    }
  }
});

test("the orientation form carries the question and the answers shown; no answer offers the team", async () => {
  for (const lang of LANGS) {
    const page = await context.newPage();
    const q = { fr: "financement pour une startup", en: "funding for a startup", ar: "تمويل شركة ناشئة" }[lang];
    await page.goto(`${base}/${lang}/orientation/#q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => document.querySelectorAll("[data-orientation-results] li").length > 0);
    const sent = await page.evaluate(() => ({
      question: document.querySelector("form[name=orientation] [name=question]").value,
      answers: document.querySelector("form[name=orientation] [name=reponses]").value.split("\n"),
      shown: [...document.querySelectorAll("[data-orientation-results] li h3 a")].map((a) => a.textContent),
    }));
    assert.equal(sent.question, q, lang);
    assert.equal(sent.answers.length, sent.shown.length, `${lang}: one line per answer`);
    sent.shown.forEach((t, i) => assert.ok(sent.answers[i].startsWith(t), `${lang}: ${sent.answers[i]}`));
    // Nothing found: the status points to the form and the directories, over no list.
    await page.fill("#orientation-q", "xqzv wkjh");
    await page.press("#orientation-q", "Enter");
    await page.waitForFunction(() => document.querySelector("form[name=orientation] [name=question]").value === "xqzv wkjh");
    const none = await page.evaluate(() => ({
      status: document.querySelector("[data-orientation-status]").textContent,
      expected: document.querySelector("[data-orientation-status]").getAttribute("data-none"),
      items: document.querySelectorAll("[data-orientation-results] li").length,
      answers: document.querySelector("form[name=orientation] [name=reponses]").value,
    }));
    assert.equal(none.items, 0);
    assert.equal(none.status, none.expected, lang);
    assert.equal(none.answers, "");
    await page.close();
  }
});

test("the home page shows no empty agenda block: a link to past events when nothing is to come", async () => {
  for (const lang of LANGS) {
    // After every shipped event: one line leading to the agenda.
    let page = await context.newPage();
    await page.clock.setFixedTime(new Date("2026-12-05T12:00:00Z"));
    await page.goto(`${base}/${lang}/`);
    const after = await page.evaluate(() => {
      const sec = document.querySelector("[data-upcoming]");
      const visible = (el) => !!el && el.getClientRects().length > 0 && !el.closest("[hidden]");
      return { heading: visible(sec.querySelector("h2")), list: visible(sec.querySelector("ul")),
        link: visible(sec.querySelector(".upcoming-none a")) ? sec.querySelector(".upcoming-none a").getAttribute("href") : null,
        text: sec.innerText };
    });
    assert.equal(after.heading, false, `${lang}: no heading over nothing`);
    assert.equal(after.list, false);
    assert.equal(after.link, `/${lang}/events/`);
    assert.doesNotMatch(after.text, /Aucun rendez-vous annoncé pour|No event announced for now/);
    await page.close();
    // Before the launch of October 2023: the event is shown under its heading.
    page = await context.newPage();
    await page.clock.setFixedTime(new Date("2023-09-01T12:00:00Z"));
    await page.goto(`${base}/${lang}/`);
    const before = await page.evaluate(() => {
      const sec = document.querySelector("[data-upcoming]");
      return { heading: sec.querySelector("h2").getClientRects().length > 0,
        items: [...sec.querySelectorAll("li")].filter((li) => !li.hidden).length,
        none: !sec.querySelector(".upcoming-none").hidden };
    });
    assert.deepEqual(before, { heading: true, items: 1, none: false }, lang);
    await page.close();
  }
});
