// Trunk post_build hook, run in $TRUNK_STAGING_DIR:
// 1. adds a Content-Security-Policy to the built page. Trunk starts the app
//    with one inline module script; its SHA-256 is the only inline script the
//    policy allows;
// 2. copies the clinic page's QR library (npm qrcode-generator) into the build;
// 3. writes each locale (locales/<lang>.txt, comments dropped), in two parts,
//    under content-hashed names listed in <meta> tags, so the app fetches only
//    the language it shows and never a stale copy;
// 4. writes the service worker's precache list and version from the real
//    output files (hashed names kept), so a new build replaces the old whole.
// The plain-JS files live in web/ and are copied by Trunk to the root of the
// build, the addresses clinics' pages link to (embed.js) and scripts load.
import { readFileSync, writeFileSync, readdirSync, copyFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (scripts.length !== 1) {
  console.error(`post_build: expected one inline script, found ${scripts.length}`);
  process.exit(1);
}
const hash = createHash("sha256").update(scripts[0], "utf8").digest("base64");

// Only this site's own files: no other origin is ever contacted.
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, "");
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
console.log(`post_build: Content-Security-Policy added (script sha256-${hash.slice(0, 12)}…)`);

// The QR library for the clinic page, from npm (loaded only on that page).
copyFileSync("node_modules/qrcode-generator/dist/qrcode.js", join(dir, "qrcode.js"));

// Locales: each file is split at its "# @@" line into part 1 (fetched before
// the first screen) and part 2 (fetched just after). Lines keep their file
// order, which compresses better than sorted; the app sorts.
html = html.replace(/\s*<meta name="painpath-locale-[^>]*>/g, "");
const metas = [];
const compact = (lines) => lines
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.replace(/\s*=\s*/, "="))
  .join("\n") + "\n";
for (const name of readdirSync("locales").filter((f) => /^[a-z]{2}\.txt$/.test(f)).sort()) {
  const lang = name.slice(0, 2);
  const lines = readFileSync(join("locales", name), "utf8").split("\n");
  const cut = lines.findIndex((l) => l.startsWith("# @@"));
  if (cut < 0) {
    console.error(`post_build: locales/${name} has no "# @@" line`);
    process.exit(1);
  }
  [lines.slice(0, cut), lines.slice(cut)].forEach((part, i) => {
    const text = compact(part);
    const out = `locale-${lang}-${i + 1}.${createHash("sha256").update(text).digest("hex").slice(0, 12)}.txt`;
    writeFileSync(join(dir, out), text);
    metas.push(`<meta name="painpath-locale-${lang}-${i + 1}" content="${out}" />`);
  });
}
html = html.replace("</title>", `</title>\n    ${metas.join("\n    ")}`);
writeFileSync(file, html);
console.log(`post_build: ${metas.length} locale parts written`);

const files = readdirSync(dir).filter((f) => !f.startsWith(".") && f !== "sw.js" && f !== "index.html").sort();
const version = createHash("sha256");
for (const f of ["index.html", ...files]) version.update(f).update(readFileSync(join(dir, f)));
const tag = version.digest("hex").slice(0, 16);
const precache = ["./", ...files.map((f) => `./${f}`)];
const swFile = join(dir, "sw.js");
let sw = readFileSync(swFile, "utf8");
sw = sw.replace(/const VERSION = "[^"]*";/, `const VERSION = "${tag}";`);
sw = sw.replace(/const PRECACHE = \[[^\]]*\];/, `const PRECACHE = ${JSON.stringify(precache)};`);
if (!sw.includes(tag)) {
  console.error("post_build: could not write the service worker version");
  process.exit(1);
}
writeFileSync(swFile, sw);
console.log(`post_build: service worker ${tag} precaches ${precache.length} files`);
// Hardening (content-hashed names, integrity, Trusted Types, headers), after everything above: scripts/harden_build.mjs.
(await import("node:child_process")).execFileSync(process.execPath, ["scripts/harden_build.mjs", dir], { stdio: "inherit" });
