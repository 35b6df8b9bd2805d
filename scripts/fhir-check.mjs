// Validates PainPath's FHIR resources with a real FHIR R4 validator (npm
// `fhir`, its structure definitions and value sets): the Questionnaire in
// docs/ (which core/tests/fhir.rs proves current) and a QuestionnaireResponse
// made from every vignette's answers (`cargo review --fhir-response`). It
// proves the validator would catch a broken response, then fails on any
// error or warning. (core/tests/fhir.rs checks linkIds, options, codes and
// skip logic; e2e/fhir.spec.js opens both in LHC-Forms.)
//
// Usage: node scripts/fhir-check.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Fhir } = require("fhir");
const fhir = new Fhir();
const problems = [];

function check(name, resource) {
  const result = fhir.validate(resource);
  const bad = result.messages.filter((m) => m.severity === "error" || m.severity === "warning");
  if (!result.valid || bad.length) problems.push(`${name}: ${JSON.stringify(bad.slice(0, 5))}`);
  return result;
}

const questionnaire = JSON.parse(readFileSync("docs/fhir-questionnaire.json", "utf8"));
check("docs/fhir-questionnaire.json", questionnaire);

const dir = "core/tests/vignettes";
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
let responses = 0;
let sample;
for (const f of files) {
  const out = execFileSync("cargo", ["review", "--fhir-response", `${dir}/${f}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const response = JSON.parse(out);
  check(f, response);
  responses += 1;
  sample ??= response;
}

// The validator is not blind: a wrong status and an unknown member fail.
const broken = structuredClone(sample);
broken.status = "finished";
broken.item[0].answer = "yes";
if (fhir.validate(broken).valid) problems.push("the validator accepted a broken QuestionnaireResponse");

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`fhir-check: the Questionnaire and ${responses} QuestionnaireResponses are valid FHIR R4`);
