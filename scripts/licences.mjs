// What reaches the people who use PainPath, and under which licences.
//
//   node scripts/licences.mjs          checks every crate compiled into the
//                                      web app, every crate run to build it
//                                      (proc macros) and the npm package
//                                      shipped in the build; fails on a
//                                      licence outside the list below
//   node scripts/licences.mjs --list   also prints them, name, version and
//                                      licence (the README's list)
//
// Reads `cargo tree` for the wasm32 target (offline; Cargo.lock pins every
// version and its checksum) and node_modules (package-lock.json pins version
// and integrity).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

// Permissive licences that ask only for notice; an SPDX expression passes
// when every alternative of an OR, or every part of an AND, can be met.
const ALLOWED = new Set(["MIT", "Apache-2.0", "Apache-2.0 WITH LLVM-exception", "BSD-2-Clause", "BSD-3-Clause",
  "ISC", "Zlib", "Unicode-3.0", "Unicode-DFS-2016", "0BSD", "CC0-1.0", "Unlicense", "BSL-1.0", "MPL-2.0"]);
// npm packages copied into the build (scripts/post_build.mjs).
const SHIPPED_NPM = ["qrcode-generator"];

function allowed(expression) {
  if (!expression) return false;
  const e = expression.replace(/[()]/g, "").replaceAll("/", " OR ").trim();
  if (/ OR /.test(e)) return e.split(" OR ").some((part) => allowed(part.trim()));
  if (/ AND /.test(e)) return e.split(" AND ").every((part) => allowed(part.trim()));
  return ALLOWED.has(e);
}

/** The crates `cargo tree` finds for the web app with these edge kinds:
 * name, version and licence; the workspace's own crates left out. */
function crates(edges) {
  const out = execFileSync("cargo", ["tree", "-p", "painpath", "-e", edges, "--target", "wasm32-unknown-unknown",
    "--prefix", "none", "-f", "{p}|{l}", "--offline", "--locked"], { encoding: "utf8", maxBuffer: 64 << 20 });
  const found = new Map();
  for (const line of out.split("\n")) {
    const m = line.match(/^(\S+) v(\S+)( \(\/[^)]*\))?(?: \(proc-macro\))?(?: \(\*\))?\|(.*?)(?: \(\*\))?$/);
    if (m && !m[3]) found.set(`${m[1]} ${m[2]}`, { name: m[1], version: m[2], licence: m[4] });
  }
  return found;
}
// Compiled into the app (the linker then drops what is unused), and run
// only while building it (proc macros and what they use).
const shipped = crates("normal,no-proc-macro");
const buildTime = crates("normal");
for (const k of shipped.keys()) buildTime.delete(k);

const rows = [];
for (const [where, list] of [["app", shipped], ["build", buildTime]]) {
  for (const p of list.values()) rows.push({ where, kind: "crate", ...p });
}
for (const name of SHIPPED_NPM) {
  const p = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8"));
  rows.push({ where: "app", kind: "npm", name, version: p.version, licence: p.license });
}
rows.sort((a, b) => a.where.localeCompare(b.where) || a.name.localeCompare(b.name));

if (process.argv.includes("--list")) {
  for (const where of ["app", "build"]) {
    const list = rows.filter((r) => r.where === where);
    console.log(where === "app" ? `In the app (${list.length}):` : `Run at build time only, proc macros and what they use (${list.length}):`);
    console.log(list.map((r) => `${r.kind === "npm" ? "npm " : ""}${r.name} ${r.version} (${r.licence})`).join(", "));
    console.log();
  }
}
const refused = rows.filter((r) => !allowed(r.licence));
for (const r of refused) console.error(`licence not on the list: ${r.kind} ${r.name} ${r.version}: ${r.licence ?? "none given"}`);
console.log(`licences: ${rows.length} packages checked (${rows.filter((r) => r.where === "app").length} in the app), ${refused.length} refused`);
process.exit(refused.length ? 1 : 0);
