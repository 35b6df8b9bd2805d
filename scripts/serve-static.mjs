// A small static server for dist/ that compresses like a real host (gzip),
// for benchmarks. Usage: node scripts/serve-static.mjs [port] [dir]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const port = Number(process.argv[2] ?? 4182);
const root = process.argv[3] ?? "dist";
// Compressed once per version of a file (path, size, mtime), as a host's cache would.
const gzipped = new Map();
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json", ".webmanifest": "application/manifest+json", ".png": "image/png" };

createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
  try {
    let body = await readFile(file);
    const headers = { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      // Hashed files never change; the page, worker and manifest must be re-checked.
      "Cache-Control": /\.(html|webmanifest)$|sw\.js$|register-sw\.js$/.test(file) ? "no-cache" : "public, max-age=31536000, immutable" };
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
