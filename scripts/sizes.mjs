// Prints raw, gzip -9 and brotli sizes of every file in dist/ and the first-load
// total, and fails when the first load exceeds its budget.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const DIST = process.argv[2] ?? "dist";
// Everything the first screen needs, gzip. See README "Budgets".
const FIRST_LOAD_BUDGET_GZIP = 180 * 1024;

function walk(dir) {
  return readdirSync(dir).filter((name) => !name.startsWith(".")).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const rows = walk(DIST).sort().map((path) => {
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

// The first load is index.html and what it loads: the files it names in
// href/src (stylesheet, scripts, preloads), plus the wasm the start-up
// script fetches, plus part 1 of the locale shown (the app fetches it before
// the first screen; part 2 follows just after and is reported, not budgeted).
// The service worker, icons and the clinic embed helper are not counted.
// Every language's first load must fit the budget.
const index = readFileSync(join(DIST, "index.html"), "utf8");
const named = new Set([...index.matchAll(/(?:href|src|module_or_path:)\s*=?\s*["']\.?\/?([^"']+)["']/g)].map((m) => m[1]));
const shared = rows.filter((r) => r.file === "index.html" || (named.has(r.file) && !/\.(png|svg|webmanifest)$/.test(r.file)));
const locales = new Map();
for (const [, lang, part, file] of index.matchAll(/<meta name="painpath-locale-([a-z]+)-([12])" content="([^"]+)"/g)) {
  const row = rows.find((r) => r.file === file);
  if (!row) {
    console.error(`FAIL: ${file} is named but missing`);
    process.exit(1);
  }
  locales.set(lang, { ...locales.get(lang), [part]: row });
}
if (locales.size === 0) {
  console.error("FAIL: index.html names no locale file");
  process.exit(1);
}
const sum = (list, k) => list.reduce((a, r) => a + r[k], 0);
console.log(`first load: ${shared.map((r) => r.file).join(", ")} + part 1 of the locale shown`);
let over = false;
for (const [lang, parts] of locales) {
  const load = [...shared, parts[1]];
  console.log(`${`first load total (${lang})`.padEnd(40)}${kb(sum(load, "raw"))}${kb(sum(load, "gzip"))}${kb(sum(load, "brotli"))}`);
  const all = [...load, parts[2]];
  console.log(`${`  with part 2, whole app (${lang})`.padEnd(40)}${kb(sum(all, "raw"))}${kb(sum(all, "gzip"))}${kb(sum(all, "brotli"))}`);
  over ||= sum(load, "gzip") > FIRST_LOAD_BUDGET_GZIP;
}
console.log(`budget: first load at most ${kb(FIRST_LOAD_BUDGET_GZIP).trim()} gzip, in every language`);
if (over) {
  console.error("FAIL: first-load transfer is over budget");
  process.exit(1);
}
