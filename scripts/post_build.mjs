// Trunk post_build hook, run in $TRUNK_STAGING_DIR. Trunk has built the
// questionnaire's app (the `painpath` binary) into index.html; this script
// finishes the build:
// 1. writes each locale (locales/<lang>.txt, comments dropped), in three parts
//    (1: the first screen; 3: the other questions' words, by the rule of
//    locales/first-screen.txt; 2: below the `# @@` line), under
//    content-hashed names listed in <meta> tags, so the app fetches only the
//    language it shows, each part when it is needed, and never a stale copy;
// 2. builds the two other apps with the same toolchain and settings: the whole
//    patient app (`painpath-full`, loaded by the first when a screen needs it)
//    and the clinic page's app (`painpath-clinic`), under content-hashed names;
// 3. inlines the start-up script (web/boot.js) into index.html, naming the whole
//    app's files, and writes clinic.html, the clinic page, from index.html;
// 4. adds each page's Content-Security-Policy: its inline scripts are the only
//    ones allowed, by their SHA-256;
// 5. writes the results' styles (styles/results.css, hashed) and copies the
//    clinic page's QR library (npm qrcode-generator) and the FHIR
//    Questionnaire (docs/fhir-questionnaire.json, not precached);
// 6. (scripts/harden_build.mjs, run last, names every file by its content,
//    adds integrity, Trusted Types and headers, and writes the service
//    worker's precache list: the clinic page's files are left out);
// The plain-JS files live in web/ and are copied by Trunk to the root of the
// build, the addresses clinics' pages link to (embed.js) and scripts load.
import { readFileSync, writeFileSync, readdirSync, copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { minify } from "terser";
import { shortenNames } from "./short_names.mjs";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";
const sha = (algo, data, enc = "hex") => createHash(algo).update(data).digest(enc);
const fail = (message) => {
  console.error(`post_build: ${message}`);
  process.exit(1);
};
let html = readFileSync(join(dir, "index.html"), "utf8");

// 1. Locales: each file is split at its "# @@" line into part 1 (fetched
// before the first screen) and part 2 (fetched by the whole app). Lines keep
// their file order, which compresses better than sorted; the app sorts.
html = html.replace(/\s*<meta name="painpath-locale-[^>]*>/g, "");
const metas = [];
const compact = (lines) => lines
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.replace(/\s*=\s*/, "="))
  .join("\n") + "\n";
// Question words (locales/first-screen.txt names their groups) go to part 3
// unless the first screen shows them (listed there, with every key under
// them); tests/locale_files.rs applies the same rule.
const screenList = readFileSync("locales/first-screen.txt", "utf8").split("\n").map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));
const groups = (screenList.find((l) => l.startsWith("groups:")) ?? fail("locales/first-screen.txt has no groups: line"))
  .slice("groups:".length).trim().split(/\s+/);
const listed = screenList.filter((l) => !l.startsWith("groups:"));
const questionWord = (k) => groups.some((g) => k.startsWith(g));
const firstScreen = (k) => listed.some((l) => k === l || k.startsWith(`${l}.`));
for (const name of readdirSync("locales").filter((f) => /^[a-z]{2}\.txt$/.test(f)).sort()) {
  const lang = name.slice(0, 2);
  const lines = readFileSync(join("locales", name), "utf8").split("\n");
  const cut = lines.findIndex((l) => l.startsWith("# @@"));
  if (cut < 0) fail(`locales/${name} has no "# @@" line`);
  const above = lines.slice(0, cut);
  const key = (l) => l.trim().split("=")[0].trim();
  const later = (l) => !l.trim().startsWith("#") && l.includes("=") && questionWord(key(l)) && !firstScreen(key(l));
  // Part 1: what the first screen needs; 3: the other questions' words; 2: the rest.
  for (const [part, body] of [[1, above.filter((l) => !later(l))], [3, above.filter(later)], [2, lines.slice(cut)]]) {
    const text = compact(body);
    const out = `locale-${lang}-${part}.${sha("sha256", text).slice(0, 12)}.txt`;
    writeFileSync(join(dir, out), text);
    metas.push(`<meta name="painpath-locale-${lang}-${part}" content="${out}" />`);
  }
}
console.log(`post_build: ${metas.length} locale parts written`);

// 2. The other two apps: cargo, wasm-bindgen and wasm-opt as Trunk runs them
// for the first (same features; the toolchain and flags come from the
// environment scripts/build.sh sets).
const targetDir = JSON.parse(execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps", "--offline"],
  { encoding: "utf8", maxBuffer: 1 << 26 })).target_directory;
const bins = ["painpath-full", "painpath-clinic"];
execFileSync("cargo", ["build", "--offline", "--target", "wasm32-unknown-unknown", "--features", "fetch-locales",
  ...(release ? ["--release"] : []), ...bins.flatMap((b) => ["--bin", b])], { stdio: "inherit" });
const built = {};
const work = mkdtempSync(join(tmpdir(), "painpath-modules-"));
try {
  for (const bin of bins) {
    const input = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", `${bin}.wasm`);
    execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", work, "--out-name", bin, input], { stdio: "inherit" });
    const wasmFile = join(work, `${bin}_bg.wasm`);
    if (release) execFileSync("wasm-opt", ["-Oz", wasmFile, "-o", wasmFile], { stdio: "inherit" });
    const short = shortenNames(readFileSync(wasmFile), readFileSync(join(work, `${bin}.js`), "utf8"), bin);
    const wasm = short.wasm;
    const glue = Buffer.from(short.js);
    const name = `${bin}-${sha("sha256", Buffer.concat([wasm, glue])).slice(0, 16)}`;
    writeFileSync(join(dir, `${name}_bg.wasm`), wasm);
    writeFileSync(join(dir, `${name}.js`), glue);
    built[bin] = { name, wasm, glue };
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`post_build: built ${bins.map((b) => built[b].name).join(", ")}`);

// 2b. The questionnaire's app (Trunk's) gets the same short import and
// export names as the two above (scripts/short_names.mjs), in place: its
// name still stands for one content (the same build always shortens the
// same way), and its integrity is computed afterwards from the final files.
{
  const [, trunkName] = html.match(/import init,\s*\*\s*as bindings from\s*["'`]\.\/([^"'`]+)\.js["'`]/) ?? fail("Trunk's start-up module not found");
  const [, trunkWasm] = html.match(/module_or_path:\s*["'`]\.\/([^"'`]+_bg\.wasm)["'`]/) ?? fail("Trunk's wasm module not found");
  const short = shortenNames(readFileSync(join(dir, trunkWasm)), readFileSync(join(dir, `${trunkName}.js`), "utf8"), "painpath");
  writeFileSync(join(dir, trunkWasm), short.wasm);
  writeFileSync(join(dir, `${trunkName}.js`), short.js);
}

// The styles only the whole app and the clinic page use (results, guides,
// summary, print), outside the first visit; comments and indentation dropped.
const styles = readFileSync("styles/results.css", "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\n\s*/g, "\n").trim() + "\n";
const stylesName = `painpath-full-${sha("sha256", styles).slice(0, 16)}.css`;
writeFileSync(join(dir, stylesName), styles);

// 3. The start-up script, then the clinic page from the patient page.
// The patient page's start-up script also registers the service worker
// (web/register-sw.js) and reports its height when framed (web/frame-height.js),
// inlined rather than fetched: two requests and their bytes fewer on a first
// visit. Minified (terser), as the page is.
const script = (file) => readFileSync(file, "utf8");
const bootCode = async (full) => {
  const code = full
    ? script("web/boot.js").replace('"__FULL__"', JSON.stringify(full)).replace('"__STYLES__"', JSON.stringify(stylesName))
      + script("web/register-sw.js") + script("web/frame-height.js")
    : script("web/boot.js");
  const out = await minify(code, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) fail("could not minify the start-up script");
  return `<script>${out.code}</script>`;
};
const bootPatient = await bootCode(built["painpath-full"].name);
const bootClinic = await bootCode(null);
const withHead = (page, boot) => page.replace("</title>", () => `</title>${metas.join("")}${boot}`);
const patient = withHead(html, bootPatient);

// Trunk minifies the page in release builds (Trunk.toml): attributes may
// come unquoted and in any order.
const trunkModule = /<script type="?module"?>[\s\S]*?<\/script>/;
const [, mainName] = html.match(/import init,\s*\*\s*as bindings from\s*["'`]\.\/([^"'`]+)\.js["'`]/) ?? fail("Trunk's start-up module not found");
const clinicName = built["painpath-clinic"].name;
const sri = (data) => `sha384-${sha("sha384", data, "base64")}`;
let clinic = withHead(html, bootClinic)
  .replace(/<title>[^<]*<\/title>/, `<title>PainPath for clinics</title><link rel="stylesheet" href="./${stylesName}">`)
  .replace(trunkModule, `<script type="module">
import init from './${clinicName}.js';
await init({ module_or_path: './${clinicName}_bg.wasm' });
</script>`)
  .replace(/<link[^>]*\brel="?modulepreload"?[^>]*>/, `<link rel="modulepreload" href="./${clinicName}.js" crossorigin="anonymous" integrity="${sri(built["painpath-clinic"].glue)}">`)
  .replace(/<link[^>]*\bhref="?\.\/painpath-[0-9a-f]+_bg\.wasm"?[^>]*>/, `<link rel="preload" href="./${clinicName}_bg.wasm" crossorigin="anonymous" integrity="${sri(built["painpath-clinic"].wasm)}" as="fetch" type="application/wasm">`);
if (clinic.includes(mainName)) fail("clinic.html still names the questionnaire's app");

// 4. Content-Security-Policy: only this site's own files, and each page's
// inline scripts by hash. No other origin is ever contacted.
const withPolicy = (page) => {
  const scripts = [...page.matchAll(/<script(?: type="?module"?)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (scripts.length < 2) fail(`expected the start-up and module scripts, found ${scripts.length}`);
  const hashes = scripts.map((s) => `'sha256-${sha("sha256", s, "base64")}'`).join(" ");
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return page
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, "")
    .replace(/<meta charset="?utf-8"?\s*\/?>/i, (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
};
writeFileSync(join(dir, "index.html"), withPolicy(patient));
writeFileSync(join(dir, "clinic.html"), withPolicy(clinic));
console.log("post_build: index.html and clinic.html written with their Content-Security-Policy");

// 5. The QR library (npm), loaded only where a QR code is drawn: the clinic
// page, and a results link on the results page or the printed summary.
copyFileSync("node_modules/qrcode-generator/dist/qrcode.js", join(dir, "qrcode.js"));

// 5b. The FHIR Questionnaire (docs/, made by `cargo review --fhir`), for
// clinics' records systems. Served as a file under a fixed name, never
// fetched by the app, not precached.
copyFileSync("docs/fhir-questionnaire.json", join(dir, "fhir-questionnaire.json"));

// 6. Hardening, after everything above (scripts/harden_build.mjs): every file
// named by its content and loaded with its integrity, Trusted Types, the
// response headers, the service worker's precache list (the clinic page's
// files left out: patients never need them offline), and a .gz and a .br
// beside every text and wasm file for static hosts that serve precompressed
// files (see README "Deployment").
execFileSync(process.execPath, ["scripts/harden_build.mjs", dir], { stdio: "inherit" });
