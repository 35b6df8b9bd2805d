// Hardens a finished build in place. Usage: node scripts/harden_build.mjs DIR
// Run after scripts/post_build.mjs (which calls it last). It works on
// whatever the build holds (any number of .html pages, .wasm, .js and other
// files) and edits files in DIR only.
//
// 0. Scripts of web/ the build did not copy (the app loads them itself on
//    some screens) are added.
// 1. Every file gets a name with a hash of its content (Trunk's own hashed
//    names are kept; the pages, sw.js and the manifest keep theirs), and
//    every reference to it in the build's text files follows. Scripts no
//    page names (the app loads them itself: clinic-qr.js, qrcode.js,
//    embed.js for the snippet, lock.js, clinic-verify.js) are listed in each
//    page as <meta name="painpath-file:NAME" content="NEW-NAME INTEGRITY">.
// 2. Every <script src> and stylesheet, preload and icon link carries its
//    integrity (sha384), computed from the final file.
// 3. Each page gets <meta name="referrer" content="no-referrer">, a small
//    inline Trusted Types policy, the site's public clinic keys
//    (deploy/clinic-keys.txt) and a Content-Security-Policy with the hash of
//    every inline script, Trusted Types required, and nothing allowed but
//    the page's own origin.
// 4. sw.js gets the list of files to precache with the integrity of each
//    (it checks them on download and again each time it serves one), and a
//    version made from them all. PAINPATH_CRITICAL=1 marks a security
//    release, which takes over open pages at once.
// 5. DIR/_headers: the response headers a host must send (Netlify and
//    Cloudflare Pages read this file; README has nginx and Caddy), with
//    frame-ancestors from deploy/embed-origins.txt (or PAINPATH_EMBED_ORIGINS),
//    'none' when it lists nobody. scripts/serve-static.mjs sends them too.
// 6. A .gz and a .br copy of every text and wasm file.
import { readFileSync, writeFileSync, readdirSync, statSync, renameSync, unlinkSync, existsSync, copyFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative, extname, dirname, basename } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2];
if (!dir || !existsSync(join(dir, "index.html"))) {
  console.error("harden_build: usage: node scripts/harden_build.mjs BUILD_DIR (a directory with index.html)");
  process.exit(1);
}
const deploy = process.env.PAINPATH_DEPLOY ?? "deploy";

const walk = (d) => readdirSync(d).filter((n) => !n.startsWith(".")).flatMap((n) => {
  const p = join(d, n);
  return statSync(p).isDirectory() ? walk(p) : [relative(dir, p).split("\\").join("/")];
});
const read = (f) => readFileSync(join(dir, f));
const sha384 = (buf) => `sha384-${createHash("sha384").update(buf).digest("base64")}`;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const lines = (file) => (existsSync(file) ? readFileSync(file, "utf8").split("\n") : [])
  .map((l) => l.replace(/#.*/, "").trim()).filter(Boolean);

// ── Scripts in web/ that the app loads by itself on some screens
// (lock.js, clinic-verify.js, …), when the build has not copied them.
// boot.js, register-sw.js and frame-height.js are not: the build inlines them (post_build.mjs).
for (const f of existsSync("web") ? readdirSync("web").filter((n) => n.endsWith(".js") && !["boot.js", "register-sw.js", "frame-height.js"].includes(n)) : []) {
  const stem = f.slice(0, -3);
  if (!readdirSync(dir).some((n) => n === f || new RegExp(`^${escape(stem)}\\.[0-9a-f]{16}\\.js$`).test(n))) {
    copyFileSync(join("web", f), join(dir, f));
  }
}

// ── Compressed copies are made at the end, under the final names.
for (const f of walk(dir).filter((f) => /\.(gz|br)$/.test(f))) unlinkSync(join(dir, f));

// ── 1. Content-hashed names.
const TEXT = /\.(html|js|mjs|css|webmanifest|json|svg|txt)$/;
const FIXED = /(^|\/)(sw\.js|manifest\.webmanifest|_headers|fhir-questionnaire\.json|[^/]+\.html)$/;
const HASHED = /[-.][0-9a-f]{12,}(_bg)?\.[a-z0-9]+$/i;
const files = walk(dir);
const renamed = new Map(); // old → new
/** Text files refer to others as "name", './name', (name) or =name. */
const reference = (name) => new RegExp(`(?<=["'(=\\s])(\\./)?${escape(name)}(?=["')\\s?#>])`, "g");
function rewrite(f) {
  if (!TEXT.test(f)) return;
  let text = read(f).toString("utf8");
  let changed = false;
  for (const [from, to] of renamed) {
    const next = text.replace(reference(from), (_, dot) => `${dot ?? ""}${to}`);
    changed ||= next !== text;
    text = next;
  }
  if (changed) writeFileSync(join(dir, f), text);
}
let pending = files.filter((f) => !FIXED.test(f) && !HASHED.test(f));
while (pending.length) {
  // Files that name no other pending file first, so a name's hash covers
  // the final names of what it refers to.
  const mentions = (f) => TEXT.test(f) && pending.some((o) => o !== f && reference(basename(o)).test(read(f).toString("utf8")));
  const ready = pending.filter((f) => !mentions(f));
  for (const f of ready.length ? ready : pending) {
    rewrite(f);
    const ext = extname(f);
    const name = `${f.slice(0, -ext.length)}.${createHash("sha256").update(read(f)).digest("hex").slice(0, 16)}${ext}`;
    renameSync(join(dir, f), join(dir, name));
    renamed.set(basename(f), basename(name));
  }
  pending = pending.filter((f) => !(ready.length ? ready : pending).includes(f));
}
const targets = new Set(renamed.values());
for (const f of walk(dir)) if (!targets.has(basename(f))) rewrite(f);
const all = walk(dir);
const pages = all.filter((f) => f.endsWith(".html"));
console.log(`harden_build: ${renamed.size} files renamed by content (${[...renamed.keys()].join(", ")})`);

// ── 2. and 3. Pages.
const integrity = (f) => (existsSync(join(dir, f)) ? sha384(read(f)) : null);
const localFile = (url, page) => {
  if (/^[a-z]+:|^\/\//i.test(url)) return null;
  const f = join(dirname(page), url.split(/[?#]/)[0]).split("\\").join("/").replace(/^\.\//, "");
  return existsSync(join(dir, f)) && statSync(join(dir, f)).isFile() ? f : null;
};
const keys = lines(join(deploy, "clinic-keys.txt"))
  .filter((l) => /^[a-z0-9-]{1,16}:[A-Za-z0-9_-]{43}$/.test(l));
// Script URLs may only be this origin's own .js files; no markup may be
// parsed from a string (no createHTML), nor script made from one.
const TRUSTED_TYPES = `(function(){var t=window.trustedTypes;if(t&&t.createPolicy)t.createPolicy("default",{createScriptURL:function(u){var x=new URL(u,document.baseURI);return x.origin===location.origin&&!x.search&&/\\.js$/.test(x.pathname)?u:null}})})();`;
const referencedByPages = new Set();
const policies = new Map();
for (const page of pages) {
  let html = read(page).toString("utf8");
  // Integrity on every local script, stylesheet, preload and icon.
  html = html.replace(/<(script|link)\b([^>]*?)(\/?)>/g, (tag, el, attrs, slash) => {
    // Attributes come quoted or not (Trunk minifies release pages).
    const attr = (name) => { const m = attrs.match(new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s">]+))`)); return m ? (m[1] ?? m[2]) : undefined; };
    const url = attr("src") ?? attr("href");
    const rel = attr("rel") ?? "";
    if (!url || (el === "link" && !/stylesheet|modulepreload|preload|icon/.test(rel))) return tag;
    const f = localFile(url, page);
    if (!f) return tag;
    referencedByPages.add(basename(f));
    const sri = integrity(f);
    const rest = attrs.replace(/\sintegrity=(?:"[^"]*"|[^\s">]+)/, "");
    return `<${el}${rest} integrity="${sri}"${slash}>`;
  });
  html = html.replace(/\s*<meta name="(referrer|painpath-file:[^"]*|painpath-clinic-keys)"[^>]*>/g, "");
  // The policy from an earlier run, whether on its own or at the start of
  // the page's start-up script (exact text: never a pattern that could
  // reach into the script).
  html = html.split(`<script>${TRUSTED_TYPES}</script>`).join("").split(TRUSTED_TYPES).join("");
  policies.set(page, html);
}
// Scripts no page names (the app loads them itself), by their name in the
// source: named in every page. Read from the directory, so that running
// this again on a hardened build finds them too.
const dynamic = all.filter((f) => /\.[0-9a-f]{16}\.js$/.test(f) && !referencedByPages.has(basename(f)))
  .map((f) => [basename(f).replace(/\.[0-9a-f]{16}\.js$/, ".js"), basename(f)]);
// The clinic page's own script (the embed helper for its snippet) is listed
// in that page only, and left out of the patient app's offline copy.
const CLINIC_SCRIPTS = ["embed.js"];
// Loaded only by another listed script (qr.js), into which the build writes
// its hashed name; the service worker checks it when it serves it. Listed,
// with its integrity, on the clinic page only: one entry fewer on a
// patient's first visit.
const LOADED_BY_SCRIPT = ["qrcode.js"];
for (const page of pages) {
  let html = policies.get(page);
  const listed = page === "clinic.html" ? dynamic
    : dynamic.filter(([from]) => !CLINIC_SCRIPTS.includes(from) && !LOADED_BY_SCRIPT.includes(from));
  const metas = [
    '<meta name="referrer" content="no-referrer" />',
    ...listed.map(([from, to]) => `<meta name="painpath-file:${from}" content="${to} ${integrity(to)}" />`),
    ...(keys.length ? [`<meta name="painpath-clinic-keys" content="${keys.join(" ")}" />`] : []),
  ];
  const head = html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/) ?? html.match(/<meta charset[^>]*>/);
  if (!head) {
    console.error(`harden_build: ${page} has no <meta charset>`);
    process.exit(1);
  }
  html = html.replace(head[0], () => `${head[0]}\n    ${metas.join("\n    ")}`);
  // The Trusted Types policy runs first of all the page's scripts: at the
  // start of its start-up script (one script and one hash fewer), or on its own.
  const boot = html.match(/<script>([\s\S]*?)<\/script>/);
  html = boot && html.indexOf(boot[0]) < html.search(/<script\b[^>]*\bsrc=|<script type="?module/)
    ? html.replace(boot[0], () => `<script>${TRUSTED_TYPES}${boot[1]}</script>`)
    : html.replace(head[0], () => `${head[0]}\n    <script>${TRUSTED_TYPES}</script>`);
  // The policy: inline scripts by hash, everything else from this origin only.
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  const existing = (html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/) || [])[1] ?? "";
  const directives = new Map(existing.split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name, values];
  }));
  const script = (directives.get("script-src") ?? ["'self'", "'wasm-unsafe-eval'"]).filter((v) => !/^'sha(256|384|512)-/.test(v));
  const policy = new Map([
    ["default-src", ["'none'"]],
    ["script-src", [...script, ...hashes]],
    ["style-src", ["'self'"]],
    ["img-src", (directives.get("img-src") ?? ["'self'"]).filter((v) => v !== "data:")],
    ["connect-src", ["'self'"]],
    ["manifest-src", ["'self'"]],
    ["worker-src", ["'self'"]],
    // frame-src and object-src fall back to default-src 'none'.
    ["base-uri", ["'none'"]],
    ["form-action", ["'none'"]],
    ["require-trusted-types-for", ["'script'"]],
    ["trusted-types", ["default"]],
  ]);
  const text = [...policy].map(([k, v]) => `${k} ${v.join(" ")}`).join("; ");
  html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
  html = html.replace(/<meta charset[^>]*>/, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${text}" />`);
  writeFileSync(join(dir, page), html);
  policies.set(page, text);
}
console.log(`harden_build: ${pages.length} pages with integrity, Trusted Types and their policy; ${keys.length} clinic keys; ${dynamic.length} files listed for the app`);

// ── 4. The service worker's list, integrity and version.
const swFile = join(dir, "sw.js");
if (existsSync(swFile)) {
  // The clinic page and its files, and the FHIR Questionnaire (for records
  // systems), are left out: patients never need them offline.
  const clinicOnly = (f) => f === "clinic.html" || f === "fhir-questionnaire.json" || /^painpath-clinic-/.test(f)
    || CLINIC_SCRIPTS.some((c) => new RegExp(`^${escape(c.slice(0, -3))}\\.[0-9a-f]{16}\\.js$`).test(f));
  const cached = walk(dir).filter((f) => f !== "sw.js" && f !== "_headers" && f !== "index.html" && !clinicOnly(f)).sort();
  const list = { "./": integrity("index.html") };
  for (const f of cached) list[`./${f}`] = integrity(f);
  const version = createHash("sha256");
  for (const [f, i] of Object.entries(list)) version.update(f).update(i);
  const tag = version.digest("hex").slice(0, 16);
  let sw = readFileSync(swFile, "utf8");
  const set = (name, value) => {
    const next = sw.replace(new RegExp(`const ${name} = [^;]*;`), `const ${name} = ${value};`);
    if (next === sw && !sw.includes(`const ${name} = ${value};`)) {
      console.error(`harden_build: sw.js has no "const ${name} = …;"`);
      process.exit(1);
    }
    sw = next;
  };
  set("VERSION", JSON.stringify(tag));
  set("PRECACHE", JSON.stringify(Object.keys(list)));
  set("INTEGRITY", JSON.stringify(list));
  set("CRITICAL", process.env.PAINPATH_CRITICAL === "1" ? "true" : "false");
  writeFileSync(swFile, sw);
  console.log(`harden_build: service worker ${tag} checks ${Object.keys(list).length} files${process.env.PAINPATH_CRITICAL === "1" ? " (critical release)" : ""}`);
}

// ── 5. _headers.
const embedOrigins = [...lines(join(deploy, "embed-origins.txt")), ...(process.env.PAINPATH_EMBED_ORIGINS ?? "").split(/\s+/)]
  .filter((o) => /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o));
const ancestors = embedOrigins.length ? embedOrigins.join(" ") : "'none'";
const block = (path, headers) => `${path}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join("\n")}\n`;
const out = [
  "# Response headers for PainPath, written by scripts/harden_build.mjs for this build.",
  "# Netlify and Cloudflare Pages read this file; see README (Deployment) for nginx and Caddy.",
  "# Serve PainPath at an origin of its own (its own host name), never under a path of another site.",
  block("/*", {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()",
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  }),
];
for (const page of pages) {
  // Only the patient app may be framed, and only by the clinics listed.
  const frame = page === "index.html" ? ancestors : "'none'";
  const headers = {
    "Content-Security-Policy": `${policies.get(page)}; frame-ancestors ${frame}`,
    "Cache-Control": "no-cache",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (page === "index.html") out.push(block("/", headers));
  out.push(block(`/${page}`, headers));
}
for (const f of walk(dir).filter((f) => !f.endsWith(".html") && f !== "_headers").sort()) {
  const embed = /^embed\.[0-9a-f]+\.js$/.test(basename(f));
  const headers = {
    "Cache-Control": HASHED.test(f) ? "public, max-age=31536000, immutable" : "no-cache",
    "Cross-Origin-Resource-Policy": embed ? "cross-origin" : "same-origin",
  };
  if (embed) headers["Access-Control-Allow-Origin"] = "*";
  if (f.endsWith(".txt")) headers["Content-Type"] = "text/plain; charset=utf-8";
  // The worker's own policy: it fetches the app's files and nothing else.
  if (f === "sw.js") headers["Content-Security-Policy"] = "default-src 'none'; connect-src 'self'";
  out.push(block(`/${f}`, headers));
}
writeFileSync(join(dir, "_headers"), out.join("\n"));
console.log(`harden_build: _headers written (frame-ancestors ${ancestors})`);

// ── 6. Compressed copies (gzip -9 and brotli 11) of every text and wasm
// file, for static hosts that serve precompressed files.
let copies = 0;
for (const f of walk(dir).filter((f) => /\.(html|js|css|wasm|txt|svg|webmanifest|json)$/.test(f))) {
  const buf = read(f);
  writeFileSync(join(dir, `${f}.gz`), gzipSync(buf, { level: 9 }));
  writeFileSync(join(dir, `${f}.br`), brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  copies++;
}
console.log(`harden_build: ${copies} files written precompressed (.gz, .br)`);
