// The visit summary prints on one page, A4 and US Letter, in English and in
// Spanish, and carries the key answers, what to do first, the specialist,
// procedures and the checklist.
import { test, expect } from "@playwright/test";
import { openApp, openWithAnswers, printPdf, screenshotBoth } from "./helpers.js";

// What the sciatica case's summary says, in each language's own words.
const WORDS = {
  en: {
    shots: "summary",
    title: "My pain visit summary",
    first: "A pain specialist visit makes sense now",
    specialist: "Interventional pain specialist",
    procedure: "Epidural steroid injection",
    ticked: "How often do you do this procedure, and how do your patients do?",
  },
  es: {
    shots: "es-summary",
    title: "Resumen de mi dolor para la consulta",
    first: "Tiene sentido ver ahora a un especialista en dolor",
    specialist: "Especialista en tratamiento intervencionista del dolor",
    procedure: "Inyección epidural de esteroides",
    ticked: "¿Con qué frecuencia hace este procedimiento y cómo les va a sus pacientes?",
  },
};

for (const [lang, w] of Object.entries(WORDS)) for (const format of ["A4", "Letter"]) {
  test(`the visit summary fits one ${format} page (${lang})`, async ({ page }) => {
    await openApp(page);
    await page.evaluate((l) => sessionStorage.setItem("painpath.lang", l), lang);
    await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/summary", "question.general.experience");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1, name: w.title })).toBeVisible();
    await expect(page.getByText(w.first)).toBeVisible();
    await expect(page.getByText(w.specialist, { exact: true })).toBeVisible();
    await expect(page.getByText(w.procedure)).toBeVisible();
    await expect(page.locator(".summary-checklist li.ticked")).toHaveText(w.ticked);
    await expect(page.locator("body")).not.toContainText("[missing text]");
    await screenshotBoth(page, w.shots);
    expect(await printPdf(page, format, w.shots)).toBe(1);
    await expect(page.locator(".summary-actions")).toBeHidden();
  });
}
