// Results a patient can take in (issue 18): at 390×844, the three journeys
// of the patient walk (e2e/patients/*.json) put what to do first, the verdict,
// the procedures and "Print or save" in the first three phone screens, the
// details open with one tap, the emergency box shows twice on an urgent or
// emergency result, and text and tap targets are sized for older eyes.
import { test, expect } from "@playwright/test";
import { execSync } from "node:child_process";
import { openApp, PHONE, screenshotBoth, tooSmall } from "./helpers.js";

const WALKS = [["dorothy", "en"], ["luis", "es"], ["grace", "en"], ["dorothy", "es"], ["luis", "en"], ["grace", "es"]];

/** Open one walk's results in `lang` with its answers in session storage. */
async function openWalk(page, name, lang) {
  const code = execSync(`cargo run -q -p painpath-core --bin review -- --code e2e/patients/${name}.json`).toString().trim();
  await page.setViewportSize(PHONE);
  await openApp(page);
  await page.evaluate(([c, l]) => {
    sessionStorage.setItem("painpath.session", `v1|${c}|0|`);
    sessionStorage.setItem("painpath.lang", l);
  }, [code, lang]);
  await page.goto("./#/results");
  await page.reload();
  await page.locator("#urgency-title").waitFor();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

test("results length in phone screens, for the three journeys of the patient walk", async ({ page }) => {
  test.setTimeout(120_000);
  const rows = [];
  for (const [name, lang] of WALKS.slice(0, 3)) {
    await openWalk(page, name, lang);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    rows.push(`${name} (${lang}): ${height} px = ${(height / PHONE.height).toFixed(1)} screens`);
  }
  console.log(`results length at 390x844:\n  ${rows.join("\n  ")}`);
});

const SCREENS = 3;

for (const [name, lang] of WALKS) {
  test(`${name} (${lang}): what to do first, the verdict, the procedures, who to see and "Print or save" fit in the first three phone screens`, async ({ page }) => {
    await openWalk(page, name, lang);
    const limit = SCREENS * PHONE.height;
    // Bottom edge of each element, in page coordinates.
    const bottoms = await page.evaluate(() => {
      const bottom = (el) => el.getBoundingClientRect().bottom + window.scrollY;
      const pick = (sel) => [...document.querySelectorAll(sel)].map((el) => [sel, bottom(el)]);
      return [
        ...pick("section.banner"),
        ...pick(".verdict"),
        ...pick("article.procedure h3"),
        ...pick("article.procedure .plain-name"),
        ...pick(".specialist-name + .plain-name"),
        ...pick(".top-actions .btn-print"),
      ];
    });
    const names = bottoms.map(([sel]) => sel);
    for (const must of ["section.banner", ".verdict", ".specialist-name + .plain-name", ".top-actions .btn-print"]) {
      expect(names, `${must} is on the page`).toContain(must);
    }
    for (const [sel, y] of bottoms) expect(y, `${sel} ends within ${SCREENS} screens`).toBeLessThanOrEqual(limit);
    // Each procedure shows its plain line beside its name.
    const cards = page.locator("article.procedure");
    for (let i = 0; i < await cards.count(); i++) {
      await expect(cards.nth(i).locator(".plain-name")).not.toBeEmpty();
    }
    // One tap on "Print or save" opens the summary.
    await page.locator(".top-actions .btn-print").click();
    await expect(page).toHaveURL(/#\/summary$/);
  });
}

test("every fold on the results opens with one tap and shows what it holds; the questions can still be ticked", async ({ page }) => {
  await openWalk(page, "dorothy", "en");
  const folds = page.locator("main details");
  const count = await folds.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const fold = folds.nth(i);
    await expect(fold).not.toHaveAttribute("open", "");
    await fold.locator(":scope > summary").click();
    await expect(fold).toHaveAttribute("open", "");
    await expect(fold.locator(":scope > :not(summary)").first()).toBeVisible();
  }
  await expect(page.getByText("Also board certified in the subspecialty of Pain Medicine")).toBeVisible();
  const box = page.locator(".checklist input").first();
  await box.check();
  await expect(box).toBeChecked();
  await page.reload();
  await page.locator("#urgency-title").waitFor();
  await page.locator("details:has(.checklist) > summary").click();
  await expect(page.locator(".checklist input").first()).toBeChecked();
});

test("the emergency box shows at the top and again at the bottom of urgent and emergency results, and not otherwise", async ({ page }) => {
  for (const [name, lang, urgency, boxes] of [["luis", "es", "urgent", 2], ["grace", "en", "urgent", 2], ["luis", "en", "urgent", 2], ["dorothy", "en", "see_pain_specialist", 0]]) {
    await openWalk(page, name, lang);
    await expect(page.locator(`section.banner-${urgency}`)).toBeVisible();
    await expect(page.locator(".emergency-box")).toHaveCount(boxes);
    if (boxes) {
      const [top, bottom] = await page.locator(".emergency-box").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top + window.scrollY));
      expect(top).toBeLessThan(PHONE.height * 1.5);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(bottom).toBeGreaterThan(height - PHONE.height * 2);
      await expect(page.locator(".emergency-box").first().getByRole("link")).toHaveAttribute("href", "tel:911");
      await expect(page.locator(".until-seen")).toBeVisible();
    }
  }
  // An emergency: the red banner with its call button at the top, the box again at the bottom.
  const code = execSync("cargo run -q -p painpath-core --bin review -- --code core/tests/vignettes/cauda_equina_bladder_saddle.json").toString().trim();
  await page.goto(`./#/shared/${code}`);
  await expect(page.locator("#urgency-title")).toHaveText("Get emergency help now");
  await expect(page.locator(".emergency-box")).toHaveCount(2);
  await expect(page.locator(".emergency-box").first()).toHaveClass(/banner-emergency/);
});

// Terms of art and the plain words that must appear with them wherever they
// are shown (the strings of locales/*.txt; the Spanish per glossary-es.txt).
const TERMS = {
  en: [
    [/\binterventional\b/i, "injections and other small procedures"],
    [/medial branch block/i, "numbs the small nerves of the spine's joints"],
    [/radiofrequency ablation/i, "quiets the small nerves"],
    [/sacroiliac/i, "where the spine meets the pelvis"],
    [/board certified/i, "national exams"],
    [/fellowship/i, "extra year or more of pain training"],
    [/ACGME/, "national training board"],
    [/fluoroscopy/i, "X-ray (fluoroscopy)"],
    [/epidural/i, "space around the nerves of the spine"],
  ],
  es: [
    [/intervencionista/i, "inyecciones y otros procedimientos"],
    [/rama medial/i, "adormece los nervios pequeños de las articulaciones de la columna"],
    [/radiofrecuencia/i, "calma los nervios pequeños"],
    [/sacroil[ií]aca/i, "donde la columna se une con la pelvis"],
    [/certificad[oa] por el consejo|certificación oficial/i, "aprobó los exámenes nacionales"],
    [/ACGME/, "consejo nacional de formación"],
    [/fluoroscopia/i, "rayos X (fluoroscopia)"],
    [/epidural/i, "espacio alrededor de los nervios de la columna"],
    // English left in the Spanish results (patient walk, Luis #12).
    [/board certified|fellowship|Pain Medicine/, null],
  ],
};
const TERM_VIGNETTES = ["sacroiliac", "radicular_lumbar_4_months_failed_pt", "precautions_all", "rfa_after_two_blocks", "post_surgery_leg_pain", "acute_shingles"];
const GUIDES = ["epidural_steroid_injection", "medial_branch_block", "radiofrequency_ablation",
  "sacroiliac_joint_injection", "joint_injection", "genicular_nerve_treatment", "trigger_point_injection",
  "occipital_nerve_block", "sympathetic_block", "vertebral_augmentation", "spinal_cord_stimulation",
  "peripheral_nerve_stimulation"];

/** Open every fold, then the main text as shown, less the titles of the
 * sources (published titles stay as published). */
async function shownText(page) {
  await page.locator("main details:not([open]) > summary").evaluateAll((els) => els.forEach((s) => s.click()));
  return page.locator("main").evaluate((main) => [...main.querySelectorAll(".sources, .evidence-sources")]
    .reduce((text, list) => text.replace(list.innerText, ""), main.innerText));
}

function unexplained(text, lang) {
  return TERMS[lang].filter(([term, plain]) => term.test(text) && (plain === null || !text.includes(plain)))
    .map(([term, plain]) => `${term} without "${plain}"`);
}

for (const lang of ["en", "es"]) {
  test(`no term of art on the results or a guide without its plain explanation (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const found = [];
    for (const name of ["dorothy", "luis", "grace"]) {
      await openWalk(page, name, lang);
      found.push(...unexplained(await shownText(page), lang).map((f) => `${name}: ${f}`));
    }
    for (const v of TERM_VIGNETTES) {
      const code = execSync(`cargo run -q -p painpath-core --bin review -- --code core/tests/vignettes/${v}.json`).toString().trim();
      await page.goto(`./#/shared/${code}`);
      await page.locator("#urgency-title").waitFor();
      found.push(...unexplained(await shownText(page), lang).map((f) => `${v}: ${f}`));
      const cards = page.locator("article.procedure .plain-name");
      expect(await cards.count()).toBe(await page.locator("article.procedure").count());
    }
    for (const g of GUIDES) {
      await page.goto(`./#/procedure/${g}`);
      await expect(page.locator(".guide .plain-name")).not.toBeEmpty();
      found.push(...unexplained(await shownText(page), lang).map((f) => `guide ${g}: ${f}`));
    }
    expect(found, found.join("\n")).toEqual([]);
  });
}

test("on phones, results and guides have no text under 16 px and no tap target under 44 × 44 px", async ({ page }) => {
  test.setTimeout(120_000);
  const found = [];
  for (const [name, lang] of [["dorothy", "en"], ["luis", "es"], ["grace", "en"]]) {
    await openWalk(page, name, lang);
    found.push(...(await tooSmall(page)).map((f) => `${name} folded: ${f}`));
    await shownText(page);
    found.push(...(await tooSmall(page)).map((f) => `${name} open: ${f}`));
  }
  for (const g of ["epidural_steroid_injection", "spinal_cord_stimulation", "medial_branch_block"]) {
    await page.goto(`./#/procedure/${g}`);
    await page.locator(".guide .plain-name").waitFor();
    found.push(...(await tooSmall(page)).map((f) => `guide ${g}: ${f}`));
  }
  expect(found, found.join("\n")).toEqual([]);
});

test("screenshots of the results at phone and desktop width", async ({ page }) => {
  test.setTimeout(90_000);
  for (const [name, lang] of [["dorothy", "en"], ["luis", "es"], ["grace", "en"]]) {
    await openWalk(page, name, lang);
    // The first three phone screens one by one, as a patient sees them.
    for (let i = 0; i < SCREENS; i++) {
      await page.screenshot({ path: `artifacts/screenshots/results-fit-${name}-${lang}-screen${i + 1}.png`, fullPage: true,
        clip: { x: 0, y: i * PHONE.height, width: PHONE.width, height: PHONE.height } });
    }
    await screenshotBoth(page, `results-fit-${name}-${lang}`);
  }
  await page.setViewportSize(PHONE);
  await page.goto("./#/procedure/medial_branch_block");
  await page.locator(".guide .plain-name").waitFor();
  await screenshotBoth(page, "guide-medial-branch-block");
});
