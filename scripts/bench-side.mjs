// PainPath side by side with SurveyJS on the same questionnaire, in one
// headless Chromium (Debian's), both served compressed by
// scripts/serve-static.mjs. SurveyJS gets PainPath's questionnaire as
// `cargo review --surveyjs` writes it (same steps, questions, options, English
// words and skip logic), on a static page built here from its npm packages.
//
// For each app, with the CPU at 1× and 4× (CDP Emulation.setCPUThrottlingRate),
// interleaved cold loads (a fresh browser context each: empty cache, no
// service worker) of the first question, and then answers on the pain scale:
//  - bytes until the first question is usable: the encoded (compressed) body
//    bytes of every response the page requested before that moment, page
//    included (Resource Timing encodedBodySize; headers not counted);
//  - time to the first usable question: from navigation start to the end of
//    the first frame in which the first answer of the first question is in
//    the page (checked at every frame; median and p90);
//  - answer → painted frame: the click is dispatched at the start of a frame
//    (as Chromium aligns input to frames), and the time runs until the end of
//    the first frame whose rendering shows the new answer (a task posted from
//    the frame runs once its style, layout and paint are done); p50 and p95;
//  - JS heap used after a garbage collection, once the first question is up
//    and the network is quiet, and the wasm linear memory.
// Prints a table with ratios PainPath/SurveyJS and the targets of the
// benchmark (printed, not asserted). The machine's load changes absolute
// times; the ratios, taken in the same run, are what count.
//
// Usage: node scripts/bench-side.mjs   (after `trunk build --release`)
// Environment: BENCH_LOADS (cold loads per app and CPU rate, default 15),
// BENCH_ANSWERS (answers per app and CPU rate, default 60); BENCH_VERBOSE=1
// also lists the responses counted and, per answer, the frames it took;
// BENCH_DIST measures another build of PainPath (default dist).
import { spawn, execFileSync, execSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 60);
const RATES = [1, 4];
const CHROME = (() => { try { return execSync("command -v chromium", { shell: "/bin/sh" }).toString().trim(); } catch { return "/usr/bin/chromium"; } })();
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

const DIST = process.env.BENCH_DIST ?? "dist";
if (!existsSync(join(DIST, "index.html"))) {
  console.error(`bench-side: ${DIST}/ has no release build; run \`trunk build --release\` first`);
  process.exit(2);
}

// ── The SurveyJS page: its UMD bundles and default (web-font-free) CSS, and the survey.
const pkgDir = (name) => join("node_modules", name);
const core = pkgDir("survey-core");
const ui = pkgDir("survey-js-ui");
const version = JSON.parse(readFileSync(join(core, "package.json"), "utf8")).version;
const survey = execFileSync("cargo", ["review", "--surveyjs"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const sjDir = mkdtempSync(join(tmpdir(), "painpath-surveyjs-"));
copyFileSync(join(core, "survey.core.min.js"), join(sjDir, "survey.core.min.js"));
copyFileSync(join(ui, "survey-js-ui.min.js"), join(sjDir, "survey-js-ui.min.js"));
// The default theme; its other build also fetches Open Sans from a third-party
// font host, which PainPath never does.
copyFileSync(join(core, "survey-core.fontless.min.css"), join(sjDir, "survey-core.min.css"));
writeFileSync(join(sjDir, "survey.js"),
  `window.survey = new Survey.Model(${survey.trim()});\nsurvey.render(document.getElementById("survey"));\n`);
writeFileSync(join(sjDir, "index.html"), `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>PainPath questionnaire in SurveyJS</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="survey-core.min.css" />
    <script src="survey.core.min.js" defer></script>
    <script src="survey-js-ui.min.js" defer></script>
    <script src="survey.js" defer></script>
  </head>
  <body>
    <div id="survey"></div>
  </body>
</html>
`);

// ── The two apps. `first`: the first answer of the first question; `point(n)`:
// point n of the pain scale; `shows(n)`: the page shows answer n.
const APPS = [
  {
    name: "PainPath", dir: DIST, port: 4183, path: "#/q/where",
    first: 'input#region-lower_back',
    scale: { path: "#/q/strength" },
  },
  {
    name: "SurveyJS", dir: sjDir, port: 4184, path: "",
    first: '[data-name="regions"] input[type="checkbox"]',
    scale: { page: "strength" },
  },
];
const servers = APPS.map((a) => spawn("node", ["scripts/serve-static.mjs", String(a.port), a.dir], { stdio: "ignore" }));
const cleanup = () => {
  servers.forEach((s) => s.kill());
  rmSync(sjDir, { recursive: true, force: true });
};
process.on("exit", cleanup);
await new Promise((r) => setTimeout(r, 700));
const url = (app, path = app.path) => `http://127.0.0.1:${app.port}/${path}`;

// In every page, before its own scripts: note each wasm memory instantiated,
// and check at every frame whether the first answer is in the page; when it
// is, note the time at the end of that frame.
const probe = (first) => {
  const memories = new Set();
  for (const k of ["instantiate", "instantiateStreaming"]) {
    const orig = WebAssembly[k];
    if (!orig) continue;
    WebAssembly[k] = function (...args) {
      return orig.apply(this, args).then((r) => {
        const m = (r.instance ?? r)?.exports?.memory;
        if (m instanceof WebAssembly.Memory) memories.add(m);
        return r;
      });
    };
  }
  const afterFrame = (fn) => { const c = new MessageChannel(); c.port1.onmessage = fn; c.port2.postMessage(0); };
  window.__bench = { usable: null, wasmBytes: () => [...memories].reduce((s, m) => s + m.buffer.byteLength, 0), afterFrame };
  const look = () => {
    const el = document.querySelector(first);
    if (el && el.getClientRects().length > 0 && !el.disabled) afterFrame(() => { window.__bench.usable = performance.now(); });
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
const newPage = async (app, rate) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(probe, app.first);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return { context, page, cdp };
};

// Until the network has been quiet for half a second (at most 10 s).
async function settle(page) {
  let last = -1;
  for (let quiet = 0, t = 0; quiet < 5 && t < 100; t++) {
    await page.waitForTimeout(100);
    const n = await page.evaluate(() => performance.getEntriesByType("resource").length);
    quiet = n === last ? quiet + 1 : 0;
    last = n;
  }
}

// One cold load: time to the first usable question, bytes until then, heap.
async function coldLoad(app, rate) {
  const { context, page, cdp } = await newPage(app, rate);
  try {
    await page.goto(url(app), { waitUntil: "commit" });
    await page.waitForFunction(() => window.__bench?.usable != null, null, { timeout: 60000, polling: 50 });
    // Let requests made before that moment finish.
    await settle(page);
    const m = await page.evaluate(() => {
      const usable = window.__bench.usable;
      const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
        .filter((e) => e.startTime <= usable);
      return { usable, bytes: entries.reduce((s, e) => s + e.encodedBodySize, 0), requests: entries.length, wasm: window.__bench.wasmBytes(),
        files: entries.map((e) => [e.name.replace(location.origin, ""), e.encodedBodySize]) };
    });
    await cdp.send("HeapProfiler.collectGarbage");
    m.heap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    return m;
  } finally {
    await context.close();
  }
}

// A page on the pain scale, ready for answers.
async function scalePage(app, rate) {
  const p = await newPage(app, rate);
  if (app.scale.path) {
    await p.page.goto(url(app, app.scale.path));
  } else {
    await p.page.goto(url(app));
    await p.page.waitForFunction(() => window.__bench?.usable != null, null, { timeout: 60000 });
    await p.page.evaluate((name) => { survey.currentPage = survey.getPageByName(name); }, app.scale.page);
  }
  await p.page.locator(app.name === "PainPath" ? "#peg_pain-10" : '[data-name="peg_pain"] input[value="10"]').waitFor();
  // Answers start once loading is over (the same for both).
  await settle(p.page);
  await p.page.waitForTimeout(500);
  return p;
}

// `count` answers on the pain scale (points 1..10 in turn, each a change),
// each clicked at the start of a frame and timed to the end of the first
// frame that shows it.
function answerToFrame({ app, start, count }) {
  const { afterFrame } = window.__bench;
  const one = (n) => new Promise((resolve, reject) => {
    const input = app === "PainPath"
      ? document.getElementById(`peg_pain-${n}`)
      : document.querySelector(`[data-name="peg_pain"] input[value="${n}"]`);
    // PainPath marks each committed render; SurveyJS marks the chosen point.
    const shown = app === "PainPath"
      ? () => performance.getEntriesByName("painpath:rendered").length > 0
      : () => input.closest("label").classList.contains("sd-rating__item--selected");
    performance.clearMarks("painpath:rendered");
    requestAnimationFrame(() => {
      const t0 = performance.now();
      input.click();
      let frames = 0;
      const check = () => {
        if (shown()) resolve({ ms: performance.now() - t0, frames });
        else if (frames > 120) reject(new Error(`${app}: answer ${n} not shown within 120 frames of its click` +
          (app === "PainPath" ? " (no painpath:rendered mark)" : "")));
        else { frames++; requestAnimationFrame(() => afterFrame(check)); }
      };
      afterFrame(check);
    });
  });
  return (async () => {
    const out = [];
    for (let i = 0; i < count; i++) {
      out.push(await one(((start + i) % 10) + 1));
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  })();
}

const results = Object.fromEntries(APPS.map((a) => [a.name, Object.fromEntries(RATES.map((r) => [r, { loads: [], answers: [] }]))]));
try {
  const started = Date.now();
  for (let round = 0; round < LOADS; round++) {
    for (const rate of RATES) {
      const order = round % 2 ? [...APPS].reverse() : APPS;
      for (const app of order) results[app.name][rate].loads.push(await coldLoad(app, rate));
    }
  }
  for (const rate of RATES) {
    const pages = [];
    for (const app of APPS) pages.push(await scalePage(app, rate));
    const batch = 10;
    for (let done = 0; done < ANSWERS; done += batch) {
      const order = (done / batch) % 2 ? [...APPS.keys()].reverse() : [...APPS.keys()];
      for (const i of order) {
        const count = Math.min(batch, ANSWERS - done);
        results[APPS[i].name][rate].answers.push(...await pages[i].page.evaluate(answerToFrame, { app: APPS[i].name, start: done, count }));
      }
    }
    for (const p of pages) await p.context.close();
  }
  report(((Date.now() - started) / 1000).toFixed(0));
  if (process.env.BENCH_VERBOSE) {
    for (const app of APPS) {
      console.log(`${app.name}, first cold load at CPU 1×, responses until the first usable question (encoded bytes):`);
      for (const [name, bytes] of results[app.name][1].loads[0].files) console.log(`  ${String(bytes).padStart(8)}  ${name}`);
      const frames = (rate) => results[app.name][rate].answers.map((x) => x.frames).join("");
      for (const rate of RATES) console.log(`  frames after the click's frame until the answer showed, CPU ${rate}×: ${frames(rate)}`);
    }
  }
} finally {
  await browser.close();
}
cleanup();

function report(seconds) {
  // Nearest-rank percentile.
  const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.max(0, Math.ceil(p * s.length) - 1)]; };
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n) => `${n.toFixed(1)} ms`;
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const [A, B] = APPS.map((a) => results[a.name]);
  const rows = [];
  const row = (label, f, fmt) => {
    const a = f(A), b = f(B);
    rows.push([label, fmt(a), fmt(b), b > 0 ? `${(a / b).toFixed(2)}×` : "—"]);
    return a / b;
  };
  const all = (r, k) => RATES.flatMap((rate) => r[rate].loads.map((l) => l[k]));
  row("bytes to first usable question", (r) => pct(all(r, "bytes"), 0.5), kb);
  row("  requests until then", (r) => pct(all(r, "requests"), 0.5), (n) => String(n));
  const ratio = {};
  for (const rate of RATES) {
    const loads = (r) => r[rate].loads.map((l) => l.usable);
    ratio[rate] = row(`CPU ${rate}×: first usable question, median`, (r) => pct(loads(r), 0.5), ms);
    row(`CPU ${rate}×: first usable question, p90`, (r) => pct(loads(r), 0.9), ms);
    const ans = (r) => r[rate].answers.map((x) => x.ms);
    row(`CPU ${rate}×: answer → painted frame, p50`, (r) => pct(ans(r), 0.5), ms);
    row(`CPU ${rate}×: answer → painted frame, p95`, (r) => pct(ans(r), 0.95), ms);
  }
  row("JS heap used (after GC)", (r) => pct(all(r, "heap"), 0.5), mb);
  row("wasm memory", (r) => pct(all(r, "wasm"), 0.5), mb);
  row("JS heap + wasm memory", (r) => pct(RATES.flatMap((rate) => r[rate].loads.map((l) => l.heap + l.wasm)), 0.5), mb);
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ["", "PainPath", `SurveyJS ${version}`, "PainPath/SurveyJS"][i].length));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join("   ");
  console.log(`side by side: ${LOADS} interleaved cold loads per app and CPU rate, ${ANSWERS} answers per app and rate, phone viewport (${seconds} s)`);
  console.log(line(["", "PainPath", `SurveyJS ${version}`, "PainPath/SurveyJS"]));
  for (const r of rows) console.log(line(r));
  const p95 = (rate) => pct(A[rate].answers.map((x) => x.ms), 0.95);
  const sameFrame = (rate) => (100 * A[rate].answers.filter((x) => x.frames === 0).length / A[rate].answers.length).toFixed(0);
  const verdict = (ok) => (ok ? "met" : "NOT met");
  console.log("targets (printed, not asserted):");
  console.log(`  first usable question at CPU 4× ≤ 0.35× SurveyJS's: ${ratio[4].toFixed(2)}× — ${verdict(ratio[4] <= 0.35)}`);
  console.log(`  answer → painted frame p95 ≤ 16 ms at CPU 1×: ${ms(p95(1))} — ${verdict(p95(1) <= 16)} (${sameFrame(1)}% shown in the frame of the click)`);
  console.log(`  answer → painted frame p95 ≤ 33 ms at CPU 4×: ${ms(p95(4))} — ${verdict(p95(4) <= 33)} (${sameFrame(4)}% shown in the frame of the click)`);
}
