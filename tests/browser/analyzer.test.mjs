// The browser's analyzer (static/js/analyzer.js) gives the tokens the build's gives
// (src/analyze.rs): both read tests/analyzer-vectors.json. Runs in node, as the script is plain.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import vm from "node:vm";

const here = new URL(".", import.meta.url);
const source = fs.readFileSync(new URL("../../themes/one-provence/static/js/analyzer.js", here), "utf8");
const vectors = JSON.parse(fs.readFileSync(new URL("../analyzer-vectors.json", here), "utf8"));
const sandbox = { window: {} };
vm.runInNewContext(source, sandbox);
const { analyze } = sandbox.window.OPAnalyzer;

test("the browser's analyzer gives the build's tokens for every shared vector", () => {
  assert.ok(vectors.cases.length >= 40);
  for (const c of vectors.cases) {
    assert.deepEqual(Array.from(analyze(c.text, c.lang, vectors.stops)), c.tokens, `${c.lang}: ${c.text}`);
  }
});
