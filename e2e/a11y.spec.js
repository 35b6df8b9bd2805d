// axe-core (WCAG 2.2 A and AA rules) finds no violation on any screen, at
// phone and desktop widths.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { openWithAnswers, vignetteCode, PHONE, DESKTOP } from "./helpers.js";

const STEPS = ["safety", "health", "about", "where", "travel", "headache", "limb", "when", "strength",
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

for (const [label, size] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`no axe violations on any screen (${label})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    const found = [];
    await page.goto("./");
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
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
      ["radicular_lumbar_4_months_failed_pt", "#/summary"],
    ]) {
      await openWithAnswers(page, vignette, hash);
      await expect(page.locator("main h1")).toBeVisible();
      found.push(...await scan(page, `${vignette} ${hash}`));
    }
    await page.goto("./#/clinics");
    await page.getByLabel("Clinic name").fill("Valley Pain Center");
    await expect(page.locator("#qr-code svg")).toBeVisible();
    found.push(...await scan(page, "clinics"));
    await page.goto(`./#/shared/${vignetteCode("knee_arthritis")}`);
    await expect(page.locator("main h1")).toHaveText("Shared results");
    found.push(...await scan(page, "shared results"));
    await page.goto("./#/shared/damaged");
    await expect(page.locator("main h1")).toHaveText("This link cannot be opened");
    found.push(...await scan(page, "damaged link"));
    for (const p of PROCEDURES) {
      await page.goto(`./#/procedure/${p}`);
      await expect(page.locator("main h1")).toBeVisible();
      found.push(...await scan(page, `guide ${p}`));
    }
    expect(found, found.join("\n")).toEqual([]);
  });
}
