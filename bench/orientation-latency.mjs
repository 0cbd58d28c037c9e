// A recorded run, not a test: how long the orientation page takes to answer in Chromium.
// PUBLIC_DIR=public node bench/orientation-latency.mjs (run from tests/browser's node_modules:
// cd tests/browser && PUBLIC_DIR=../../public node ../../bench/orientation-latency.mjs)
import { serve, launch } from "../tests/browser/harness.mjs";
const { server, base } = await serve();
const ctx = await launch();
const page = await ctx.newPage();
const out = [];
for (const [lang, q] of [["fr","je cherche des locaux pour une startup biotech"],["en","seed funding for a deeptech company"],["ar","أبحث عن حاضنة لمشروعي في مجال الصحة"]]) {
  await page.goto(`${base}/${lang}/orientation/`);
  await page.waitForFunction(() => window.OPOrientation);
  const t = await page.evaluate((q) => {
    const times = [];
    for (let i = 0; i < 20; i++) { const t0 = performance.now(); window.OPOrientation.answer(q + (i % 2 ? " " : "")); times.push(performance.now() - t0); }
    times.sort((a, b) => a - b);
    return { median: times[10], max: times[19], load: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd };
  }, q);
  out.push(`${lang}: answer median ${t.median.toFixed(1)} ms, max ${t.max.toFixed(1)} ms; page DOMContentLoaded ${t.load.toFixed(0)} ms`);
}
console.log(out.join("\n"));
await ctx.close(); server.close();
