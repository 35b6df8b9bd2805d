// Questions that fit the person: which pain medicines, how much each
// helped (a follow-up only for the kinds chosen), the bleeding and kidney
// precaution of an anti-inflammatory with aspirin at 68 (AGS Beers 2023),
// and a pregnancy question asked only where it can apply, in words anyone
// can answer, in both languages.
import { test, expect } from "@playwright/test";
import { PHONE, DESKTOP, SHOTS, openWithAnswers } from "./helpers.js";

const KINDS = "Which kinds of pain medicine do you take now, or have you tried for this pain?";
const NSAID = "Anti-inflammatory medicines: ibuprofen (Advil, Motrin), naproxen (Aleve), diclofenac, celecoxib";
const NSAID_HELP = "How much did anti-inflammatory medicines help?";
const OPIOID = "Opioids: tramadol, codeine, oxycodone, hydrocodone, morphine";
const OPIOID_HELP = "How much did opioid medicines help?";

async function shots(page, name, locator) {
  for (const [label, size] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    await page.setViewportSize(size);
    if (locator) await locator.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png` });
  }
}

test("each kind of medicine chosen gets its own 'how much did it help', and only those", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openWithAnswers(page, "age_68_ibuprofen_with_daily_aspirin", "#/q/tried");
  const kinds = page.getByRole("group", { name: KINDS, exact: true });
  await expect(kinds.getByLabel(NSAID, { exact: true })).toBeChecked();
  // Therapy and the anti-inflammatory are asked about separately.
  await expect(page.getByRole("group", { name: "How did physical therapy or exercise work?" }).getByLabel("It did not help")).toBeChecked();
  await expect(page.getByRole("group", { name: NSAID_HELP }).getByLabel("It helped a little")).toBeChecked();
  await expect(page.getByRole("group", { name: OPIOID_HELP })).toHaveCount(0);
  // Ticking another kind brings its own follow-up, marked as new.
  await kinds.getByLabel(OPIOID, { exact: true }).check();
  await expect(page.locator(".follow-up").getByRole("group", { name: OPIOID_HELP })).toBeVisible();
  await shots(page, "meds-tried", page.getByRole("group", { name: OPIOID_HELP }));
  await kinds.getByLabel(OPIOID, { exact: true }).uncheck();
  await expect(page.getByRole("group", { name: OPIOID_HELP })).toHaveCount(0);
});

test("at 68 with ibuprofen and daily aspirin the team is told of the bleeding and kidney risk", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openWithAnswers(page, "age_68_ibuprofen_with_daily_aspirin", "#/q/precautions");
  // No pregnancy question at 68.
  await expect(page.getByRole("group", { name: "Could you be pregnant now?" })).toHaveCount(0);
  await page.goto("./#/results");
  await expect(page.locator("#urgency-title")).toHaveText("A pain specialist visit makes sense now");
  const note = page.getByText(/anti-inflammatory pain medicine such as ibuprofen or naproxen/).first();
  await expect(note).toBeVisible();
  await expect(page.getByText(/Do not stop any medicine without asking first/).first()).toBeVisible();
  await shots(page, "meds-precaution", note);
});

test("the pregnancy question at 40 can be answered by anyone, in English and Spanish", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openWithAnswers(page, "man_40_sciatica_pregnancy_does_not_apply", "#/q/precautions");
  const q = page.getByRole("group", { name: "Could you be pregnant now?", exact: true });
  await expect(q.getByLabel("This does not apply to me", { exact: true })).toBeChecked();
  await shots(page, "pregnancy-en", q);
  await page.goto("./?lang=es#/q/precautions");
  const es = page.getByRole("group", { name: "¿Podría haber un embarazo ahora?", exact: true });
  await expect(es.getByLabel("Esto no se aplica a mí", { exact: true })).toBeChecked();
  await expect(page.getByText("¿Está embarazada")).toHaveCount(0);
  await shots(page, "pregnancy-es", es);
});
