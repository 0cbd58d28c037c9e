// Lighthouse performance on the desktop preset, recorded (a benchmark, not a test: the score
// depends on the machine). Usage, from tests/browser after `npm ci`:
//   PUBLIC_DIR=/path/to/public node ../../bench/lighthouse.mjs [runs]
// Prints, per page, the median performance score and first contentful paint over the runs, so
// the Arabic home (its font subsets) can be compared with the French one.
import { serve } from "../tests/browser/harness.mjs";
import { PAGES, desktop, lighthouse, startChrome } from "../tests/browser/lh.mjs";

const runs = Number(process.argv[2] ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const site = await serve();
const chrome = await startChrome();
console.log("page\tperformance (median)\tFCP ms (median)\tLCP ms (median)");
for (const page of PAGES) {
  const scores = [], fcp = [], lcp = [];
  for (let i = 0; i < runs; i++) {
    const { lhr } = await lighthouse(`${site.base}${page}`,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] }, desktop);
    scores.push(Math.round(lhr.categories.performance.score * 100));
    fcp.push(lhr.audits["first-contentful-paint"].numericValue);
    lcp.push(lhr.audits["largest-contentful-paint"].numericValue);
  }
  console.log(`${page}\t${median(scores)}\t${Math.round(median(fcp))}\t${Math.round(median(lcp))}`);
}
await chrome.kill();
site.server.close();
process.exit(0);
