// The questionnaire on a phone (issue 18): every screen, in English and
// Spanish, has no text under 16 px and no tap target under 44 × 44 px; a
// follow-up question that appears below the fold is brought into view; the
// review page stays short. The body map's drawing is left to its own test;
// the list under it is checked here.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { answer, openApp, openWithFile, PHONE, tooSmall } from "./helpers.js";

/** Every question the questionnaire can ask, from its FHIR export (the
 * results page's own question and computed totals left out). */
function everyQuestion() {
  const ids = [];
  const walk = (items = []) => items.forEach((i) => {
    if (i.type !== "group" && i.type !== "display" && !i.readOnly) ids.push(i.linkId);
    walk(i.item);
  });
  JSON.parse(readFileSync("docs/fhir-questionnaire.json", "utf8")).item
    .filter((step) => step.linkId !== "step-what_matters").forEach((step) => walk(step.item));
  return ids;
}

/** Open `hash` at phone size in `lang` with the answers of a fixture file. */
async function openWith(page, file, hash, lang) {
  await page.setViewportSize(PHONE);
  await openWithFile(page, file, hash, lang);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

/** The questions on the page shown, by id. */
function shownQuestions(page) {
  return page.evaluate(() => [
    ...[...document.querySelectorAll("main input[name]")].map((el) => el.name),
    ...[...document.querySelectorAll("main input[id^='input-']")].map((el) => el.id.slice("input-".length)),
    ...(document.querySelector("main .body-map") ? ["regions"] : []),
  ]);
}

for (const lang of ["en", "es"]) {
  test(`every questionnaire screen at 390 px has text of at least 16 px and tap targets of at least 44 x 44 px (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const tally = { elements: 0 };
    const found = [];
    const seen = new Set();
    let screens = 0;
    const check = async (name) => {
      screens++;
      found.push(...(await tooSmall(page, tally)).map((f) => `${name}: ${f}`));
    };
    // The welcome page of a first visit.
    await page.setViewportSize(PHONE);
    await openApp(page, `./?lang=${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await check("welcome");
    // Every step, with answers that open every follow-up question.
    await openWith(page, "e2e/every-question.json", "#/q/where", lang);
    for (let i = 0; i < 30 && !page.url().endsWith("#/review"); i++) {
      const step = page.url().split("#/q/")[1];
      await check(step);
      (await shownQuestions(page)).forEach((q) => seen.add(q));
      const before = page.url();
      const go = page.locator(".step-nav .btn-primary");
      await go.click();
      // Questions left without an answer: the page says so once (and
      // marks them); Next again goes on.
      if (await page.locator(".left-note").count()) {
        await check(`${step}, questions left`);
        await go.click();
      }
      await page.waitForFunction((url) => location.href !== url, before);
      await page.locator("main h1").first().waitFor();
    }
    await expect(page.locator("main h1")).toHaveText(lang === "en" ? "Check your answers" : "Revise sus respuestas");
    await check("review");
    // The welcome page again, now with the answers of this tab.
    await page.goto("./#/");
    await page.locator(".resume").waitFor();
    await check("welcome, resuming");
    const missing = everyQuestion().filter((q) => !seen.has(q));
    console.log(`${lang}: ${screens} screens, ${tally.elements} elements checked, ${seen.size} questions shown, none missing: ${missing.length === 0}`);
    expect(missing, "questions never shown").toEqual([]);
    expect(found, found.join("\n")).toEqual([]);
  });
}

// A follow-up question that appears is noticed (patient walk: Dorothy 12,
// Luis 5): tapped at the bottom of a phone screen, the answer that opens it
// brings it into view, and the tapped answer keeps the focus.
for (const [lang, walk, tried, option, follow] of [
  ["en", "dorothy", ["Physical therapy with a therapist", "A home exercise program"], ["Not tried", "4 weeks or more"], "How did physical therapy or exercise work?"],
  ["es", "luis", ["Terapia física con un terapeuta", "Un programa de ejercicios en casa"], ["No lo he probado", "4 semanas o más"], "¿Qué tal le funcionó la terapia o el ejercicio?"],
]) {
  for (const motion of ["no-preference", "reduce"]) {
    test(`a follow-up question that appears below the fold is brought into view (${lang}, motion: ${motion})`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await openWith(page, `e2e/patients/${walk}.json`, "#/q/tried", lang);
      await answer(page, tried.map((q) => [q, option[0]]));
      const question = page.getByRole("group", { name: follow, exact: true });
      await expect(question).toHaveCount(0);
      const input = page.getByRole("group", { name: tried[0], exact: true }).getByLabel(option[1], { exact: true });
      // The answer at the very bottom of the screen, as someone scrolling down meets it.
      await input.evaluate((el) => el.closest("label").scrollIntoView({ block: "end" }));
      const below = await input.evaluate((el) => el.closest("fieldset").parentElement.nextElementSibling?.getBoundingClientRect().top ?? 0);
      expect(below, "what follows the question starts at the bottom of the screen").toBeGreaterThan(PHONE.height - 200);
      await input.check();
      await expect(question).toBeVisible();
      await expect.poll(() => question.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }), { timeout: 3000 }).toBe(true);
      await expect(input).toBeFocused();
      await expect(input).toBeChecked();
    });
  }
}

test("a follow-up question already on the screen does not move the page", async ({ page }) => {
  await openWith(page, "e2e/patients/dorothy.json", "#/q/tried", "en");
  await answer(page, [["Physical therapy with a therapist", "Not tried"], ["A home exercise program", "Not tried"]]);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.evaluate(() => scrollTo(0, 0));
  await answer(page, [["Physical therapy with a therapist", "4 weeks or more"]]);
  await expect(page.getByRole("group", { name: "How did physical therapy or exercise work?" })).toBeInViewport();
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

// The review page (patient walk, Dorothy 17): short to scan, every answer
// shown, each step under its own heading, "Not answered" in red.
test("the review page's length in phone screens, for the three journeys of the patient walk", async ({ page }) => {
  test.setTimeout(90_000);
  const rows = [];
  for (const [name, lang] of [["dorothy", "en"], ["luis", "es"], ["grace", "en"]]) {
    await openWith(page, `e2e/patients/${name}.json`, "#/review", lang);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    rows.push(`${name} (${lang}): ${height} px = ${(height / PHONE.height).toFixed(1)} screens`);
    expect(height / PHONE.height, `${name}: the review in at most 8 phone screens`).toBeLessThanOrEqual(8);
    const steps = page.locator("section.review-step");
    expect(await steps.count()).toBeGreaterThan(10);
    await expect(steps.locator("h2")).toHaveCount(await steps.count());
    await expect(page.locator("section.review-step dd")).toHaveCount(await page.locator("section.review-step dt").count());
    const open = page.locator("dd.not-answered");
    for (let i = 0; i < await open.count(); i++) {
      await expect(open.nth(i)).toHaveText(lang === "en" ? "Not answered" : "Sin contestar");
      await expect(open.nth(i)).toHaveCSS("color", "rgb(138, 28, 28)");
    }
  }
  console.log(`review length at 390x844:\n  ${rows.join("\n  ")}`);
});
