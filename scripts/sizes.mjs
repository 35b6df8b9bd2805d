// Prints raw, gzip -9 and brotli sizes of every file in dist/ (the .gz and .br
// copies left out) and what each app adds. The first-visit budget is measured
// in Chromium by scripts/first-visit.mjs, as a browser really fetches it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const DIST = process.argv[2] ?? "dist";

function walk(dir) {
  return readdirSync(dir).filter((name) => !name.startsWith(".")).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const rows = walk(DIST).filter((p) => !/\.(gz|br)$/.test(p)).sort().map((path) => {
  const buf = readFileSync(path);
  return {
    file: relative(DIST, path),
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});

console.log(`${"file".padEnd(40)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`);
for (const r of rows) console.log(`${r.file.padEnd(40)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);


const sum = (pick) => {
  const list = rows.filter((r) => pick.test(r.file));
  return `${kb(list.reduce((a, r) => a + r.raw, 0))}${kb(list.reduce((a, r) => a + r.gzip, 0))}${kb(list.reduce((a, r) => a + r.brotli, 0))}`;
};
console.log(`${"questionnaire app (wasm + glue)".padEnd(40)}${sum(/^painpath-[0-9a-f]+(_bg\.wasm|\.js)$/)}`);
console.log(`${"whole app, loaded after (wasm + glue)".padEnd(40)}${sum(/^painpath-full-/)}`);
console.log(`${"clinic page's app (wasm + glue)".padEnd(40)}${sum(/^painpath-clinic-/)}`);
console.log("first visit: measured in Chromium by scripts/first-visit.mjs");
