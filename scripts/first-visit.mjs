// What a patient's first visit downloads, measured as a browser fetches it.
// For each language, a fresh Chromium context (empty cache, no service
// worker, that language preferred) opens the first question; every request
// of the context (pages, scripts, workers) is recorded until the question
// can be answered and for two seconds after, so anything the app fetches
// straight after start counts too. Each file is counted at its gzip -9 size
// (and brotli 11, printed). Requests the service worker makes once the page
// is idle (precaching) are listed apart and not counted, but none may happen
// before the first question is usable. Fails above the budget.
// Usage: node scripts/first-visit.mjs [dist]
import { spawn, execSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";

const DIST = process.argv[2] ?? "dist";
const BUDGET = 128 * 1024;
const PORT = 4191;
const BASE = `http://127.0.0.1:${PORT}/`;
const CHROME = (() => { try { return execSync("command -v chromium", { shell: "/bin/sh" }).toString().trim(); } catch { return "/usr/bin/chromium"; } })();
// The first question is where it hurts: the body map and its list.
const FIRST_INPUT = 'input#region-lower_back';

const server = spawn("node", ["scripts/serve-static.mjs", String(PORT), DIST], { stdio: "ignore" });
process.on("exit", () => server.kill());
await new Promise((r) => setTimeout(r, 700));

const sizes = new Map();
const sizeOf = (path) => {
  if (!sizes.has(path)) {
    const file = join(DIST, path.endsWith("/") ? `${path}index.html` : path);
    if (!existsSync(file)) return null;
    const data = readFileSync(file);
    sizes.set(path, {
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(path);
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const browser = await chromium.launch({
  executablePath: CHROME,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
let failed = false;
try {
  for (const [lang, locale] of [["en", "en-US"], ["es", "es-MX"]]) {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
    const requests = [];
    // Each request with the moment it started (the browser's own timing,
    // milliseconds since the epoch), once it has finished or failed.
    const record = (request) => requests.push({
      url: new URL(request.url()), worker: Boolean(request.serviceWorker()), at: request.timing().startTime,
    });
    context.on("requestfinished", record);
    context.on("requestfailed", record);
    // The moment the first question is in the page (the clock is the
    // machine's, shared with this script).
    await context.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          window.firstQuestionAt = Date.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, FIRST_INPUT);
    const page = await context.newPage();
    await page.goto(`${BASE}#/q/where`);
    await page.locator(FIRST_INPUT).check();
    const usableAt = await page.evaluate(() => window.firstQuestionAt);
    await page.waitForTimeout(2000);
    const shownLang = await page.evaluate(() => document.documentElement.lang);
    await context.close();
    for (const r of requests) r.afterUsable = r.at > usableAt;

    const counted = requests.filter((r) => !r.worker);
    const precached = requests.filter((r) => r.worker);
    let gzip = 0;
    let brotli = 0;
    const t0 = Math.min(...counted.map((r) => r.at));
    console.log(`\nfirst visit (${lang}, page shown in "${shownLang}"): file, gzip, brotli, started after the page`);
    for (const r of counted) {
      if (r.url.origin !== new URL(BASE).origin) {
        console.error(`FAIL: a request left the page's origin: ${r.url}`);
        failed = true;
        continue;
      }
      const s = sizeOf(r.url.pathname);
      if (!s) {
        console.error(`FAIL: ${r.url.pathname} was requested but is not in ${DIST}/`);
        failed = true;
        continue;
      }
      gzip += s.gzip;
      brotli += s.brotli;
      const start = `+${Math.round(r.at - t0)} ms`.padStart(10);
      console.log(`  ${r.url.pathname.padEnd(44)}${kb(s.gzip).padStart(10)}${kb(s.brotli).padStart(10)}${start}${r.afterUsable ? "  (after the first question)" : ""}`);
    }
    console.log(`  ${"total".padEnd(44)}${kb(gzip).padStart(10)}${kb(brotli).padStart(10)}   (gzip, brotli; ${counted.length} requests)`);
    const early = precached.filter((r) => !r.afterUsable);
    console.log(`  the service worker precached ${precached.length} files once the page was idle (not counted)`);
    if (early.length) {
      console.error(`FAIL: the service worker fetched ${early.length} files before the first question was usable`);
      failed = true;
    }
    if (shownLang !== lang) {
      console.error(`FAIL: the page was shown in "${shownLang}", not "${lang}"`);
      failed = true;
    }
    if (gzip > BUDGET) {
      console.error(`FAIL: first visit in ${lang} is ${kb(gzip)} gzip, over the ${kb(BUDGET)} budget`);
      failed = true;
    }
  }
} finally {
  await browser.close();
}
console.log(`\nbudget: a first visit at most ${kb(BUDGET)} gzip in every language`);
process.exit(failed ? 1 : 0);
