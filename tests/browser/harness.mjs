// Shared by the browser tests: a static server over the built site (loopback only) and
// Debian's Chromium started headless with the flags this machine needs.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const PUBLIC = process.env.PUBLIC_DIR;
if (!PUBLIC) throw new Error("PUBLIC_DIR must name a built site (scripts/test.sh sets it)");

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".woff2": "font/woff2", ".svg": "image/svg+xml", ".png": "image/png", ".xml": "application/xml",
  ".txt": "text/plain", ".json": "application/json", ".pdf": "application/pdf",
};

export function serve(root = PUBLIC) {
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (p.endsWith("/")) p += "index.html";
    const file = path.join(root, path.normalize(p));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": "text/html" });
      res.end(fs.readFileSync(path.join(root, "404.html")));
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    resolve({ server, base: `http://127.0.0.1:${server.address().port}` });
  }));
}

/// `options` adds to the context's (e.g. `{ locale: "ar" }` for the browser's language).
export async function launch(options = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "op-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
  return context;
}

/// Every request a page makes, to prove none leaves the machine.
export function recordRequests(page) {
  const urls = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

export function screenshotDir() {
  const dir = path.resolve(process.env.SCREENSHOTS ?? "../../target/screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/// The usual frame of a test file: the built site served on loopback and a fresh Chromium, both
/// started before its tests and stopped after; `set` receives { server, base, context }.
export function withSite(set) {
  let site;
  before(async () => {
    site = { ...(await serve()), context: await launch() };
    set(site);
  });
  after(async () => {
    await site?.context.close();
    site?.server.close();
  });
}
