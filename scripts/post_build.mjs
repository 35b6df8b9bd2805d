// Trunk post_build hook: adds a Content-Security-Policy to the built page.
// Trunk starts the app with one inline module script; its SHA-256 is the only
// inline script the policy allows. Runs in $TRUNK_STAGING_DIR.
import { readFileSync, writeFileSync } from "node:fs";
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
writeFileSync(file, html);
console.log(`post_build: Content-Security-Policy added (script sha256-${hash.slice(0, 12)}…)`);
