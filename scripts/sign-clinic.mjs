// Signs a clinic's settings, so patients see that clinic as verified.
//
//   node scripts/sign-clinic.mjs keygen KEY-ID [--out FILE]
//       makes an Ed25519 key pair: the private key goes to FILE (default
//       KEY-ID.private.pem, readable by you only; keep it off the repository
//       and the web server), and the line to add to deploy/clinic-keys.txt
//       is printed. Rebuild and deploy for the key to count.
//   node scripts/sign-clinic.mjs sign --key FILE --id KEY-ID LINK
//       prints LINK (a patient link from the "For clinics" page, or its
//       embed address) signed: the settings in their one form, then
//       &sig=KEY-ID.SIGNATURE.
//   node scripts/sign-clinic.mjs verify LINK [--keys FILE]
//       checks a signed link against deploy/clinic-keys.txt (or FILE).
//
// The settings are read and put in their one form by the same code as in
// the patient's browser (core/src/clinic.rs, through `cargo run -p
// painpath-core --bin clinic-link`): an invalid setting is named and nothing
// is signed. A signature covers every setting; changing any of them, or
// adding one, makes the link show as unverified.
import { generateKeyPairSync, createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const LABEL = "painpath clinic settings v1\n";
const [command, ...args] = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--")));
const fail = (message) => {
  console.error(`sign-clinic: ${message}`);
  process.exit(2);
};
const b64url = (buf) => Buffer.from(buf).toString("base64url");

/** The settings of LINK in their one form (the query string), via the core. */
function canonical(link) {
  try {
    return execFileSync("cargo", ["run", "-q", "-p", "painpath-core", "--bin", "clinic-link", "--", link], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch (e) {
    fail((e.stderr || e.message).toString().trim());
  }
}

/** The address of LINK without query or hash. */
function base(link) {
  const cut = link.search(/[?#]/);
  return cut < 0 ? link : link.slice(0, cut);
}

if (command === "keygen") {
  const id = positional[0];
  if (!/^[a-z0-9-]{1,16}$/.test(id ?? "")) fail("a key id is 1 to 16 lowercase letters, digits or dashes");
  const out = option("--out") ?? `${id}.private.pem`;
  if (existsSync(out)) fail(`${out} exists; not overwritten`);
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  writeFileSync(out, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  console.error(`private key written to ${out}; keep it off the repository and the web server`);
  console.log(`${id}:${publicKey.export({ format: "jwk" }).x}`);
} else if (command === "sign") {
  const [link] = positional;
  const id = option("--id");
  const keyFile = option("--key");
  if (!link || !keyFile || !/^[a-z0-9-]{1,16}$/.test(id ?? "")) fail("usage: sign --key FILE --id KEY-ID LINK");
  const query = canonical(link);
  const key = createPrivateKey(readFileSync(keyFile));
  const signature = sign(null, Buffer.from(LABEL + query, "utf8"), key);
  console.log(`${base(link)}${query}&sig=${id}.${b64url(signature)}`);
} else if (command === "verify") {
  const [link] = positional;
  if (!link) fail("usage: verify LINK [--keys FILE]");
  const sig = new URL(link, "https://x.invalid/").searchParams.get("sig");
  const [id, value] = (sig ?? "").split(".");
  if (!id || !value) fail("the link carries no signature");
  const keys = readFileSync(option("--keys") ?? "deploy/clinic-keys.txt", "utf8").split("\n")
    .map((l) => l.replace(/#.*/, "").trim()).filter(Boolean).map((l) => l.split(":"));
  const found = keys.find(([k]) => k === id);
  if (!found) fail(`no key "${id}" in the list`);
  const publicKey = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: found[1] }, format: "jwk" });
  const query = canonical(link);
  const good = verify(null, Buffer.from(LABEL + query, "utf8"), publicKey, Buffer.from(value, "base64url"));
  console.log(good ? `verified with key ${id}` : "NOT verified");
  process.exit(good ? 0 : 1);
} else {
  fail("usage: keygen KEY-ID | sign --key FILE --id KEY-ID LINK | verify LINK [--keys FILE]");
}
