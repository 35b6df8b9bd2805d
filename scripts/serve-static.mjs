// A small static server for a build that behaves like a real host: it sends
// the response headers the build's `_headers` file names (Content-Security-
// Policy with frame-ancestors, Referrer-Policy, cache rules, …), so the tests
// and benchmarks run under them, and it compresses (gzip).
// Usage: node scripts/serve-static.mjs [port] [dir]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { readFileSync, existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const port = Number(process.argv[2] ?? 4182);
const root = process.argv[3] ?? "dist";
// Compressed once per version of a file (path, size, mtime), as a host's cache would.
const gzipped = new Map();
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json", ".webmanifest": "application/manifest+json",
  ".png": "image/png", ".txt": "text/plain; charset=utf-8" };

/** The rules of `_headers` (Netlify's format): a path, or a path ending in
 * `*`, then its headers indented below it. Read on each request, so a test
 * can change the file of a running server. */
function rules() {
  const file = join(root, "_headers");
  if (!existsSync(file)) return null;
  const list = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) list.push({ path: line.trim(), headers: {} });
    else if (list.length) {
      const i = line.indexOf(":");
      if (i > 0) list[list.length - 1].headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return list;
}

function headersFor(path) {
  const list = rules();
  // Without a _headers file: only names with a content hash are kept for long.
  if (!list) return { "Cache-Control": /[-.][0-9a-f]{12,}(_bg)?\.\w+$/.test(path) ? "public, max-age=31536000, immutable" : "no-cache" };
  const out = {};
  for (const rule of list) {
    const match = rule.path.endsWith("*") ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (match) Object.assign(out, rule.headers);
  }
  return out;
}

createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
  // The headers file and hidden files are instructions to the host, not content.
  if (/(^|\/)(_headers|\.[^/]*)$/.test(path)) {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    return;
  }
  try {
    let body = await readFile(file);
    const headers = { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", ...headersFor(path) };
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "") && !file.endsWith(".png")) {
      const info = await stat(file);
      const key = `${file}:${info.size}:${info.mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1");
