// The printed summary as a handover, for the three people of the patient
// walk-through (docs: patient-walk.md): Dorothy (68, English), Luis (52,
// Spanish, not sure about numbness between the legs) and Grace (74,
// English, a fall). Their answers are in e2e/patients/. Each summary holds
// what a doctor needs first and prints on one page per language; Luis can
// print it in Spanish and English, also offline.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { openPatient, patientAnswers, tapThrough, printPdf, screenshotBoth, controlled, openFolds, PHONE, DESKTOP, SHOTS } from "./helpers.js";

test.use({ viewport: PHONE });
// The last test builds the review command that makes the answer codes.
test.describe.configure({ timeout: 120_000 });

/** Walk the questionnaire by tapping, as the person did, with the answers of
 * their file, then open the results
 * from the review page. Prints the taps it took. */
async function walk(page, name, lang) {
  const taps = await tapThrough(page, patientAnswers(name), lang);
  console.log(`${name} (${lang}): ${taps} taps from the welcome page to the review page`);
  await page.locator("section.card .btn-primary.btn-large").click();
  await page.locator("#urgency-title").waitFor();
}

/** What the results page says to do first and which procedures it lists,
 * read before the summary opens: the summary must carry the same. */
async function resultsSay(page) {
  return {
    first: await page.locator("#urgency-title").textContent(),
    procedures: await page.locator("article.procedure h3").allTextContents(),
  };
}

/** The result in brief matches the results page. */
async function sameResult(copy, said, labels) {
  await expect(row(copy, labels.first)).toHaveText(said.first);
  if (said.procedures.length === 0) await expect(copy.locator(".summary-procedures")).toHaveCount(0);
  for (const p of said.procedures) await expect(copy.locator(".summary-procedures")).toContainText(p);
}

/** The answer shown for `label` in one copy of the summary. */
const row = (copy, label) => copy.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");

/** Today's date as the summary prints it (YYYY-MM-DD, this device's day). */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

/** Make the print dialog countable instead of blocking. */
async function stubPrint(page) {
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
}

/** Tick one of the visit questions on the results, then open the summary
 * through "Print or save" (one tap to the print dialog). */
async function tickAndPrint(page, question, printLabel) {
  // The questions to ask are one tap away on the results.
  await openFolds(page);
  await page.getByRole("checkbox", { name: new RegExp(`^${question.replace(/[?¿()]/g, "\\$&")}`) }).check();
  await stubPrint(page);
  await page.getByRole("link", { name: printLabel }).click();
  await expect(page).toHaveURL(/#\/summary$/);
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
}

/** Full-page screenshots of the print emulation at phone and desktop width. */
async function printShots(page, name) {
  await page.emulateMedia({ media: "print" });
  for (const [label, size] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-print-${label}.png`, fullPage: true });
  }
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize(PHONE);
}

async function axeClean(page, where) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
}

/** Every visible text at least 16 px and every button or link at least
 * 44 px tall on the phone screen. */
async function readableOnPhone(page) {
  const small = await page.evaluate(() => [...document.querySelectorAll(".summary-copies *")]
    .filter((el) => el.offsetParent && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
    .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16)
    .map((el) => `${el.tagName} ${el.textContent.trim().slice(0, 30)} ${getComputedStyle(el).fontSize}`));
  expect(small).toEqual([]);
  const tiny = await page.evaluate(() => [...document.querySelectorAll(".summary-actions .btn")]
    .map((el) => el.getBoundingClientRect()).filter((r) => r.height < 44 || r.width < 44).length);
  expect(tiny).toBe(0);
}

test("Dorothy: age, lower back with no side, 8 months, PEG, failed therapy, aspirin, the ticked question only", async ({ page }) => {
  await walk(page, "dorothy", "en");
  const asked = "Should I keep taking my aspirin for this procedure?";
  const said = await resultsSay(page);
  // She prints from under the questions she ticked, without scrolling back up.
  await tickAndPrint(page, asked, "Print or save, with the questions I ticked");
  const s = page.locator("article.summary[lang=en]");
  await expect(page.locator("article.summary")).toHaveCount(1);
  await expect(row(s, "Date")).toHaveText(today());
  await expect(row(s, "Age")).toHaveText("68");
  // Her answers record no side for the lower back: none is printed.
  await expect(row(s, "Where it hurts")).toHaveText("Lower back");
  await expect(row(s, "How long")).toHaveText("More than 6 months");
  await expect(row(s, "How it started")).toHaveText("Slowly, for no clear reason");
  await expect(row(s, "How strong \\(0–10\\)")).toHaveText("Pain 6/10 · Enjoyment of life 6/10 · General activity 7/10");
  await expect(s.locator(".summary-safety")).toContainText("I answered no to every safety question I was asked.");
  await expect(row(s, "Physical therapy")).toHaveText("4 weeks or more");
  await expect(row(s, "Home exercise")).toHaveText("Not sure");
  await expect(row(s, "Pain medicines")).toHaveText("4 weeks or more");
  await expect(row(s, "How therapy or exercise worked")).toHaveText("It did not help");
  await expect(row(s, "Anti-inflammatories")).toHaveText("It helped a little");
  await expect(row(s, "Blood thinner")).toHaveText("Just aspirin each day, even a low dose (baby aspirin)");
  await sameResult(s, said, { first: "What to do first" });
  await expect(row(s, "Who to see")).not.toBeEmpty();
  await expect(s.locator(".summary-checklist li")).toHaveText([asked]);
  await expect(page.locator("body")).not.toContainText("[missing text]");
  await readableOnPhone(page);
  await axeClean(page, "Dorothy summary");
  await screenshotBoth(page, "handover-dorothy");
  await printShots(page, "handover-dorothy");
  for (const format of ["A4", "Letter"]) expect(await printPdf(page, format, "handover-dorothy")).toBe(1);
});

test("Luis in Spanish: 'not sure' on numbness between the legs, left leg below the knee, and a Spanish and English print", async ({ page }) => {
  await walk(page, "luis", "es");
  const asked = "¿Qué señales de alarma significan que debo ir a la sala de emergencias?";
  const said = await resultsSay(page);
  await tickAndPrint(page, asked, "Imprimir o guardar para mi cita");
  const es = page.locator("article.summary[lang=es]");
  await expect(row(es, "Edad")).toHaveText("52");
  await expect(row(es, "Dónde duele")).toHaveText("Parte baja de la espalda, Piernas o pies (lado izquierdo)");
  await expect(row(es, "Debajo de la rodilla")).toHaveText("Sí");
  await expect(row(es, "Entumecimiento u hormigueo")).toHaveText("Sí");
  await expect(row(es, "Más fuerte")).toHaveText("El brazo o la pierna");
  await expect(row(es, "Más débil en las últimas semanas")).toHaveText("No");
  await expect(es.locator(".summary-safety li")).toHaveText(["No lo sé: desde hace poco siento dormida la zona entre las piernas"]);
  await expect(row(es, "Qué tan fuerte \\(0–10\\)")).toHaveText("Dolor 7/10 · Disfrute de la vida 7/10 · Actividades 8/10");
  await expect(row(es, "Cómo funcionó la terapia o el ejercicio")).toHaveText("El dolor es tan fuerte que no puedo hacer ejercicios ni terapia");
  await expect(row(es, "Lo que dijo un médico")).toHaveText("Hernia de disco (disco desplazado)");
  await expect(es.locator(".summary-checklist li")).toHaveText([asked]);
  await sameResult(es, said, { first: "Qué hacer primero" });
  for (const format of ["A4", "Letter"]) expect(await printPdf(page, format, "handover-luis-es")).toBe(1);
  await page.emulateMedia({ media: "screen" });

  // One tap: the English words load from this site, both copies show, and
  // the print dialog opens.
  await page.getByRole("button", { name: "Imprimir en español e inglés" }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(2);
  const en = page.locator("article.summary[lang=en]");
  await expect(en).toContainText("English copy for the clinician");
  await expect(row(en, "Age")).toHaveText("52");
  await expect(row(en, "Where it hurts")).toHaveText("Lower back, Legs or feet (left)");
  await expect(row(en, "Below the knee")).toHaveText("Yes");
  await expect(row(en, "Worse")).toHaveText("The arm or leg");
  await expect(en.locator(".summary-safety li")).toHaveText(["Not sure: new numbness between the legs or around the bottom"]);
  await expect(en.locator(".summary-checklist li")).toHaveText(["Which warning signs mean I should go to the emergency department?"]);
  await expect(page.locator("body")).not.toContainText("[missing text]");
  await readableOnPhone(page);
  await axeClean(page, "Luis summary, Spanish and English");
  await screenshotBoth(page, "handover-luis-both");
  await printShots(page, "handover-luis-both");
  // One page per language: the Spanish page, then the English page.
  for (const format of ["A4", "Letter"]) expect(await printPdf(page, format, "handover-luis-both")).toBe(2);
});

test("Grace: age 74, upper back, a fall less than a week ago, osteoporosis, see a doctor within 24 hours, no question ticked", async ({ page }) => {
  await walk(page, "grace", "en");
  // The walk-through's result for a fall on thin bones (patient-walk.md §3).
  await expect(page.locator("#urgency-title")).toHaveText("See a doctor within 24 hours");
  await page.goto("./#/summary");
  const s = page.locator("article.summary[lang=en]");
  await expect(row(s, "Age")).toHaveText("74");
  await expect(row(s, "Where it hurts")).toHaveText("Upper or middle back");
  await expect(row(s, "How long")).toHaveText("Less than a week");
  await expect(row(s, "How it started")).toHaveText("After a fall");
  await expect(row(s, "How strong \\(0–10\\)")).toHaveText("Pain 8/10 · Enjoyment of life 8/10 · General activity 9/10");
  await expect(row(s, "Pain medicines")).toHaveText("Less than 4 weeks");
  await expect(row(s, "How therapy or exercise worked")).toHaveCount(0);
  await expect(row(s, "Told by a doctor")).toHaveText("Osteoporosis (thin bones)");
  await expect(row(s, "What to do first")).toHaveText("See a doctor within 24 hours");
  await expect(s).toContainText("I did not pick any questions.");
  await expect(s.locator(".summary-checklist")).toHaveCount(0);
  // English only: no offer of a second language.
  await expect(page.getByRole("button", { name: "Print in Spanish and English" })).toHaveCount(0);
  await readableOnPhone(page);
  await axeClean(page, "Grace summary");
  await screenshotBoth(page, "handover-grace");
  await printShots(page, "handover-grace");
  for (const format of ["A4", "Letter"]) expect(await printPdf(page, format, "handover-grace")).toBe(1);
});

test("offline after one visit in Spanish, the English copy still prints", async ({ page, context }) => {
  await openPatient(page, "luis", "#/summary", "es");
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("article.summary[lang=es]")).toBeVisible();
  await stubPrint(page);
  await page.getByRole("button", { name: "Imprimir en español e inglés" }).click();
  await expect(page.locator("article.summary[lang=en]")).toContainText("Not sure: new numbness between the legs or around the bottom");
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
});
