// Screenshots of every screen at phone and desktop width, for looking at.
import { test, expect } from "@playwright/test";
import { openWithAnswers, screenshotBoth } from "./helpers.js";

const STEPS = ["safety", "health", "about", "where", "warning_signs", "travel", "headache", "when", "strength",
  "changes", "feel", "tried", "procedures_before", "diagnoses", "precautions", "mood", "goals"];

test("every questionnaire step, review, guide and not-found page renders", async ({ page }) => {
  test.setTimeout(120_000);
  // Head, neck, arm and back pain make every optional step appear.
  await openWithAnswers(page, "occipital_neuralgia", "#/q/safety");
  for (const step of STEPS) {
    await page.goto(`./#/q/${step}`);
    await expect(page.locator("main h1")).not.toHaveText("Page not found");
    await screenshotBoth(page, `step-${step}`);
  }
  await page.goto("./#/review");
  await expect(page.locator("main h1")).toHaveText("Check your answers");
  await screenshotBoth(page, "review");
  await page.goto("./#/procedure/spinal_cord_stimulation");
  await expect(page.locator("main h1")).toHaveText("Spinal cord stimulation");
  await screenshotBoth(page, "guide-scs");
  await page.goto("./#/nowhere");
  await expect(page.locator("main h1")).toHaveText("Page not found");
});
