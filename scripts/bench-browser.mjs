// Browser timings for the release build in dist/, in Debian's Chromium:
//  - navigation start → the first question can be answered (median of 15 loads)
//  - an answer change → the re-rendered screen with the re-computed
//    assessment (median and 95th percentile over 120 changes)
//  - Lighthouse scores (performance, accessibility, best practices, SEO)
// Prints figures; targets are in README ("Budgets and targets").
import { spawn, execSync } from "node:child_process";
import { chromium } from "playwright-core";

const PORT = 4181;
const URL_BASE = `http://127.0.0.1:${PORT}/`;
const CHROME = (() => { try { return execSync("command -v chromium", { shell: "/bin/sh" }).toString().trim(); } catch { return "/usr/bin/chromium"; } })();
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

// Served compressed, as a real host would.
const server = spawn("node", ["scripts/serve-static.mjs", String(PORT), "dist"], { stdio: "ignore" });
const stop = () => server.kill();
process.on("exit", stop);
await new Promise((r) => setTimeout(r, 700));

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const ms = (x) => `${x.toFixed(1)} ms`;

const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
try {
  // 1. First question usable.
  const loads = [];
  for (let i = 0; i < 15; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${URL_BASE}#/q/where`);
    await page.locator('input#region-lower_back').first().waitFor({ state: "visible" });
    loads.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  console.log(`first question usable: median ${ms(pct(loads, 0.5))}, p95 ${ms(pct(loads, 0.95))} (15 cold loads, local server)`);

  // 2. Answer change → updated screen (assessment re-computed in the same render).
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${URL_BASE}#/q/strength`);
  await page.locator("#peg_pain-0").waitFor();
  const times = await page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < 120; i++) {
      const n = (i % 10) + 1;
      const input = document.getElementById(`peg_pain-${n}`);
      performance.clearMarks("painpath:rendered");
      const t0 = performance.now();
      input.click();
      // Until the app has committed its re-render (answers, assessment, DOM).
      let mark;
      while (!(mark = performance.getEntriesByName("painpath:rendered")[0])) {
        await new Promise((r) => setTimeout(r, 0));
        if (performance.now() - t0 > 1000) break;
      }
      out.push((mark?.startTime ?? performance.now()) - t0);
    }
    return out;
  });
  console.log(`answer change → updated screen: median ${ms(pct(times, 0.5))}, p95 ${ms(pct(times, 0.95))} (120 changes, click to committed re-render; target p95 < 16 ms, one frame)`);
} finally {
  await browser.close();
}

// 3. Lighthouse.
try {
  const out = execSync(
    `npx lighthouse ${URL_BASE} --quiet --output=json --only-categories=performance,accessibility,best-practices,seo ` +
      `--chrome-flags="--headless=new ${ARGS.join(" ")}"`,
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] },
  ).toString();
  const report = JSON.parse(out);
  const score = (k) => Math.round((report.categories[k]?.score ?? 0) * 100);
  console.log(`lighthouse: performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}, SEO ${score("seo")} (targets ≥ 95, 100, 100)`);
} catch (e) {
  console.log(`lighthouse: could not run (${String(e.message).split("\n")[0]})`);
}
stop();
