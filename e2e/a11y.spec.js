// axe-core (WCAG 2.2 A and AA rules) finds no violation on any screen, at
// phone and desktop widths, in English and in Spanish.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { openWithAnswers, vignetteCode, PHONE, DESKTOP, openApp } from "./helpers.js";

const STEPS = ["safety", "health", "about", "where", "warning_signs", "travel", "headache", "when", "strength",
  "changes", "feel", "tried", "procedures_before", "diagnoses", "precautions", "mood", "goals"];
const PROCEDURES = ["epidural_steroid_injection", "medial_branch_block", "radiofrequency_ablation",
  "sacroiliac_joint_injection", "joint_injection", "genicular_nerve_treatment", "trigger_point_injection",
  "occipital_nerve_block", "sympathetic_block", "vertebral_augmentation", "spinal_cord_stimulation",
  "peripheral_nerve_stimulation"];

async function scan(page, where) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const found = results.violations.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
  return found;
}

// The words each language's checks wait for.
const WORDS = {
  en: { start: "Start", clinicName: "Clinic name", shared: "Shared results", damaged: "This link cannot be opened" },
  es: { start: "Empezar", clinicName: "Nombre de la clínica", shared: "Resultados compartidos", damaged: "No se puede abrir este enlace" },
};

for (const [lang, words] of Object.entries(WORDS)) for (const [label, size] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`no axe violations on any screen (${lang}, ${label})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    const found = [];
    // The language picked with the switch lasts for the tab, across every page below.
    await openApp(page);
    await page.evaluate((l) => sessionStorage.setItem("painpath.lang", l), lang);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("button", { name: words.start })).toBeVisible();
    found.push(...await scan(page, "welcome"));
    await openWithAnswers(page, "occipital_neuralgia", "#/q/safety");
    for (const step of STEPS) {
      await page.goto(`./#/q/${step}`);
      await expect(page.locator("main h1")).toBeVisible();
      found.push(...await scan(page, `step ${step}`));
    }
    for (const [vignette, hash] of [
      ["occipital_neuralgia", "#/review"],
      ["radicular_lumbar_4_months_failed_pt", "#/results"],
      ["cauda_equina_bladder_saddle", "#/results"],
      ["precautions_all", "#/results"],
      ["post_surgery_leg_pain", "#/results"],
      ["radicular_lumbar_4_months_failed_pt", "#/summary"],
    ]) {
      await openWithAnswers(page, vignette, hash);
      await expect(page.locator("main h1")).toBeVisible();
      found.push(...await scan(page, `${vignette} ${hash}`));
    }
    await page.goto("./#/clinics");
    await page.getByLabel(words.clinicName).fill("Valley Pain Center");
    await expect(page.locator("#qr-code svg")).toBeVisible();
    found.push(...await scan(page, "clinics"));
    await page.goto(`./#/shared/${vignetteCode("knee_arthritis")}`);
    await expect(page.locator("main h1")).toHaveText(words.shared);
    found.push(...await scan(page, "shared results"));
    await page.goto("./#/shared/damaged");
    await expect(page.locator("main h1")).toHaveText(words.damaged);
    found.push(...await scan(page, "damaged link"));
    for (const p of PROCEDURES) {
      await page.goto(`./#/procedure/${p}`);
      await expect(page.locator("main h1")).toBeVisible();
      found.push(...await scan(page, `guide ${p}`));
    }
    await expect(page.locator("body")).not.toContainText("[missing text]");
    expect(found, found.join("\n")).toEqual([]);
  });
}
