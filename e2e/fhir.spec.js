// "Save for my clinic's records": the answers download as a FHIR R4
// QuestionnaireResponse made on the device (no request), equal to the one the
// core makes for the same answers, valid for a FHIR validator, and readable by
// NLM's LHC-Forms (npm lforms, served to the browser by this test from
// node_modules, never from a CDN) together with the site's Questionnaire.
import { test, expect } from "@playwright/test";
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, normalize } from "node:path";
import { openWithAnswers, recordRequests, screenshotBoth, openFolds } from "./helpers.js";

const require = createRequire(import.meta.url);
const { Fhir } = require("fhir");
const CASE = "acute_sciatica_2_weeks";

async function download(page) {
  await openFolds(page);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save for my clinic's records" }).click(),
  ]);
  expect(file.suggestedFilename()).toBe("painpath-answers.json");
  return JSON.parse(readFileSync(await file.path(), "utf8"));
}

/** Every item, nested ones too. */
const items = (r) => (r.item ?? []).flatMap((i) => [i, ...items(i)]);

test("the answers save as a valid FHIR QuestionnaireResponse, made on the device", async ({ page }) => {
  await openWithAnswers(page, CASE, "#/results");
  const requests = recordRequests(page);
  const response = await download(page);
  await expect(page.getByText("Saved. Look for the file painpath-answers.json in your downloads.")).toBeVisible();
  expect(requests, JSON.stringify(requests)).toEqual([]);

  // The same response the core makes for these answers, but for the time.
  const expected = JSON.parse(execSync(`cargo run -q -p painpath-core --bin review -- --fhir-response core/tests/vignettes/${CASE}.json`).toString());
  expect(response.authored).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
  delete response.authored;
  expect(response).toEqual(expected);
  const age = items(response).find((i) => i.linkId === "age");
  expect(age.answer).toEqual([{ valueInteger: 36 }]);

  const result = new Fhir().validate(response);
  expect(result.valid, JSON.stringify(result.messages)).toBe(true);
  expect(result.messages.filter((m) => m.severity !== "info")).toEqual([]);
  await screenshotBoth(page, "results-records");
});

test("in Spanish the file holds the Spanish words and the same codes", async ({ page }) => {
  await openWithAnswers(page, CASE, "#/results");
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await openFolds(page);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Guardar para el expediente de mi clínica" }).click(),
  ]);
  const response = JSON.parse(readFileSync(await file.path(), "utf8"));
  expect(response.language).toBe("es");
  const below = items(response).find((i) => i.linkId === "below_knee");
  expect(below.answer[0].valueCoding.code).toBe("yes");
  expect(below.answer[0].valueCoding.display).toBe("Sí");
});

test("LHC-Forms opens the site's Questionnaire with the saved answers in it", async ({ page, baseURL }) => {
  await openWithAnswers(page, CASE, "#/results");
  const response = await download(page);
  // The Questionnaire as the site serves it.
  const questionnaire = await (await page.request.get(new URL("fhir-questionnaire.json", baseURL).href)).json();

  // LHC-Forms from node_modules, on a test origin of its own.
  const root = "node_modules/lforms/dist/lforms/";
  await page.route("http://lforms.test/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/") {
      return route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html><head><link rel="stylesheet" href="/webcomponent/styles.css"></head>
          <body><div id="form"></div>
          <script src="/webcomponent/assets/lib/zone.min.js"></script>
          <script src="/webcomponent/lhc-forms.js"></script>
          <script src="/fhir/R4/lformsFHIR.min.js"></script></body></html>`,
      });
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return route.abort();
    const type = file.endsWith(".js") ? "text/javascript; charset=utf-8" : file.endsWith(".css") ? "text/css; charset=utf-8" : "application/octet-stream";
    return route.fulfill({ body: readFileSync(file), contentType: type });
  });
  const foreign = [];
  page.on("request", (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== "http://lforms.test") foreign.push(r.url());
  });
  await page.goto("http://lforms.test/");
  await page.waitForFunction(() => window.LForms?.Util?.addFormToPage && window.LForms?.FHIR?.R4);
  await page.evaluate(([q, r]) => LForms.Util.addFormToPage(q, "form", { questionnaireResponse: r }), [questionnaire, response]);
  await page.locator("lhc-item").first().waitFor();

  // The answers show in the form: the age typed, the yes/no answer and the
  // 0-10 scale.
  await expect(page.locator('input[id="age/1/1"]')).toHaveValue("36");
  await expect(page.locator('input[id="below_knee/1/1"]')).toHaveValue("Yes");
  await expect(page.locator('input[id="peg_pain/1/1"]')).toHaveValue("6");
  await expect(page.locator('input[id="care_result/1/1"]')).toHaveValue("It helped a little");
  await expect(page.locator('input[id="little_interest/1/1"]')).toHaveValue("Not at all");

  // And LHC-Forms hands back the same answers.
  const back = await page.evaluate(() => LForms.Util.getFormFHIRData("QuestionnaireResponse", "R4", document.querySelector("lhc-forms")));
  const answers = (r) =>
    Object.fromEntries(items(r).filter((i) => i.answer).map((i) => [i.linkId, i.answer.map((a) => a.valueCoding?.code ?? a.valueInteger)]));
  expect(answers(back)).toEqual(answers(response));
  expect(foreign).toEqual([]);
});
