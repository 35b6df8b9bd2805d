// Checks that the SurveyJS survey made from PainPath's questionnaire
// (`cargo review --surveyjs`, used by scripts/bench-side.mjs) asks what
// PainPath asks: for many answer sets (`cargo review --surveyjs-cases N`),
// SurveyJS's own expression engine shows exactly the questions PainPath asks,
// in the same order, and offers the same main regions; and every question
// with a condition is asked in some case. (core/tests/surveyjs.rs checks the
// pages, types, options and words.) Exits 1 on any difference.
//
// Usage: node scripts/surveyjs-check.mjs [survey.json cases.json]
// (without files, runs `cargo review` for both).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Model } from "survey-core";

const CASES = 600;
const [surveyFile, casesFile] = process.argv.slice(2);
const review = (...args) =>
  execFileSync("cargo", ["review", ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] });
const survey = JSON.parse(surveyFile ? readFileSync(surveyFile, "utf8") : review("--surveyjs"));
const cases = JSON.parse(casesFile ? readFileSync(casesFile, "utf8") : review("--surveyjs-cases", String(CASES)));

const problems = [];
const model = new Model(survey);
const questions = model.getAllQuestions(false);
const names = questions.map((q) => q.name);
if (new Set(names).size !== names.length) problems.push(`a question appears twice: ${names.join(", ")}`);
if (names.some((n) => !n)) problems.push("a question has no name");

// Every question PainPath can ask is in the survey, and nothing else.
const everAsked = new Set(cases.flatMap((c) => c.asked));
for (const n of everAsked) if (!names.includes(n)) problems.push(`PainPath asks ${n}, the survey does not have it`);

const shown = (q) => q.isVisible && q.page.isVisible;
let mismatches = 0;
for (const [i, c] of cases.entries()) {
  model.data = c.data;
  const got = questions.filter(shown).map((q) => q.name);
  const want = c.asked;
  if (got.join() !== want.join()) {
    if (mismatches++ < 5) {
      const missing = want.filter((n) => !got.includes(n));
      const extra = got.filter((n) => !want.includes(n));
      problems.push(`case ${i}: SurveyJS misses [${missing}] and adds [${extra}] for ${JSON.stringify(c.data)}`);
    }
    continue;
  }
  const main = model.getQuestionByName("main_region");
  const offered = main.visibleChoices.map((ch) => ch.value);
  if (offered.join() !== c.main_region_offered.join() && mismatches++ < 5) {
    problems.push(`case ${i}: main region offers [${offered}], PainPath [${c.main_region_offered}]`);
  }
}
if (mismatches > 5) problems.push(`... ${mismatches} cases differ in all`);
// The cases must reach every question that has a condition, or the check proves little.
const conditional = questions.filter((q) => q.visibleIf || q.page.visibleIf).map((q) => q.name);
const neverShown = conditional.filter((n) => !everAsked.has(n));
if (neverShown.length) problems.push(`no case asks [${neverShown}]: the cases do not exercise their conditions`);

if (problems.length) {
  console.error(`SurveyJS survey differs from PainPath's questionnaire:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`SurveyJS survey: ${names.length} questions on ${survey.pages.length} pages; ` +
  `skip logic agrees with PainPath on ${cases.length} answer sets (${new Set(cases.map((c) => c.asked.join())).size} different question sets)`);
