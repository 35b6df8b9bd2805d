// Gives the names a wasm module and its wasm-bindgen glue share (the
// imports the glue provides, their module and the module's exports) short
// names in both: wasm-bindgen names each import after the function and a
// hash (`__wbg_focus_d5e2fdbdb56416f0`), about 40 bytes that do not
// compress, twice (in the .wasm and in the .js) for each of ~130 imports.
// Nothing else changes: the same code, the same calls. The glue must name
// every import as a key of its imports object and every export as
// `wasm.NAME`; if anything old is left, or a new name is missing, the build
// fails rather than ship a module its glue cannot start.
// Usage: import { shortenNames } from "./short_names.mjs";
//        const { wasm, js } = shortenNames(wasmBytes, glueText, "painpath");

const leb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
};
const encodeLeb = (value) => {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Buffer.from(out);
};
const readName = (bytes, at) => {
  const [len, start] = leb(bytes, at);
  return [bytes.subarray(start, start + len).toString("utf8"), start + len];
};
const encodeName = (name) => {
  const b = Buffer.from(name, "utf8");
  return Buffer.concat([encodeLeb(b.length), b]);
};
// Length of an import's description after its kind byte.
const limits = (bytes, at) => {
  const flags = bytes[at++];
  [, at] = leb(bytes, at);
  if (flags & 1) [, at] = leb(bytes, at);
  return at;
};
const skipImport = (bytes, kind, at) => {
  switch (kind) {
    case 0: return leb(bytes, at)[1]; // function: type index
    case 1: return limits(bytes, at + 1); // table: element type, limits
    case 2: return limits(bytes, at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return leb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
};

const RESERVED = new Set(["do", "if", "in"]);
function* shortNames() {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) yield a;
  for (const a of letters) for (const b of letters) if (!RESERVED.has(a + b)) yield a + b;
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const count = (text, re) => (text.match(re) ?? []).length;

export function shortenNames(wasmBytes, glue, label) {
  const fail = (message) => {
    throw new Error(`short_names (${label}): ${message}`);
  };
  const bytes = Buffer.from(wasmBytes);
  if (bytes.readUInt32LE(0) !== 0x6d736100) fail("not a wasm module");
  const imports = new Map(); // old field name → new
  const exports = new Map();
  let module = null;
  const next = shortNames();
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (id !== 2 && id !== 7) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let p = start;
    let n;
    [n, p] = leb(bytes, p);
    const body = [encodeLeb(n)];
    for (let i = 0; i < n; i++) {
      let name;
      if (id === 2) {
        let field;
        [name, p] = readName(bytes, p);
        [field, p] = readName(bytes, p);
        if (module === null) module = name;
        if (name !== module) fail(`imports from two modules (${module}, ${name})`);
        const kind = bytes[p];
        const descEnd = skipImport(bytes, kind, p + 1);
        if (!imports.has(field)) imports.set(field, next.next().value);
        body.push(encodeName("a"), encodeName(imports.get(field)), bytes.subarray(p, descEnd));
        p = descEnd;
      } else {
        [name, p] = readName(bytes, p);
        const descEnd = leb(bytes, p + 1)[1];
        exports.set(name, next.next().value);
        body.push(encodeName(exports.get(name)), bytes.subarray(p, descEnd));
        p = descEnd;
      }
    }
    if (p !== end) fail(`section ${id} did not parse to its end`);
    const content = Buffer.concat(body);
    parts.push(Buffer.from([id]), encodeLeb(content.length), content);
    at = end;
  }
  if (module === null) fail("no imports");
  // Already shortened (a second run on the same files): nothing to do.
  if (module === "a") return { wasm: bytes, js: glue };

  // The glue: the imports object's keys, its module's name, wasm.EXPORT.
  let js = glue;
  const moduleKey = new RegExp(`(["'])${escape(module)}\\1(?=\\s*:)`, "g");
  if (count(js, moduleKey) !== 1) fail(`the glue names the import module ${module} ${count(js, moduleKey)} times`);
  js = js.replace(moduleKey, '"a"');
  for (const [from, to] of imports) {
    const key = new RegExp(`(?<=[{,\\s])${escape(from)}(?=\\s*:)`, "g");
    if (count(js, key) !== 1) fail(`the glue defines import ${from} ${count(js, key)} times`);
    js = js.replace(key, to);
  }
  for (const [from, to] of exports) {
    js = js.replace(new RegExp(`(?<=\\bwasm\\.)${escape(from)}(?![\\w$])`, "g"), to);
  }
  // Nothing old is left: no import name at all, no export read as a property.
  for (const from of imports.keys()) {
    if (new RegExp(`(?<![\\w$])${escape(from)}(?![\\w$])`).test(js)) fail(`the glue still names import ${from}`);
  }
  for (const from of exports.keys()) {
    if (new RegExp(`\\.${escape(from)}(?![\\w$])|\\[\\s*["'\`]${escape(from)}["'\`]`).test(js)) fail(`the glue still reads export ${from}`);
  }
  return { wasm: Buffer.concat(parts), js };
}
