// The experience around the answers: changing an answer updates the results,
// the page works at 200% zoom and with reduced motion, and result changes are
// announced.
import { test, expect } from "@playwright/test";
import { openWithAnswers, answer } from "./helpers.js";

test("changing an answer from the review page updates the results at once", async ({ page }) => {
  await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/results");
  await expect(page.locator("#urgency-title")).toHaveText("A pain specialist visit makes sense now");
  await page.getByRole("link", { name: "Review my answers" }).click();
  await page.getByRole("link", { name: "Change First, a few safety questions" }).click();
  // An emergency answer goes straight to the result (so click, not check).
  await page.getByRole("group", { name: "Have both of your legs suddenly become weak?" }).getByLabel("Yes", { exact: true }).click();
  await expect(page).toHaveURL(/#\/results$/);
  await expect(page.locator("#urgency-title")).toHaveText("Get emergency help now");
  await expect(page.locator("article.procedure")).toHaveCount(0);
  // Undo it: the earlier result returns.
  await page.goto("./#/q/safety");
  await answer(page, [["Have both of your legs suddenly become weak?", "No"]]);
  await page.goto("./#/results");
  await expect(page.locator("#urgency-title")).toHaveText("A pain specialist visit makes sense now");
  await expect(page.locator(".visually-hidden[aria-live=polite]")).toHaveText(/Results updated: A pain specialist visit makes sense now/);
});

test("at 200% zoom and with reduced motion every main screen fits without sideways scrolling", async ({ page }) => {
  // 200% zoom of a 1280-pixel window leaves 640 CSS pixels.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openWithAnswers(page, "occipital_neuralgia", "#/");
  for (const hash of ["#/", "#/q/safety", "#/q/where", "#/q/strength", "#/q/tried", "#/review", "#/results", "#/summary", "#/procedure/spinal_cord_stimulation", "#/clinics"]) {
    await page.goto(`./${hash}`);
    await expect(page.locator("main h1")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, hash).toBeLessThanOrEqual(0);
  }
  const duration = await page.evaluate(() => getComputedStyle(document.querySelector(".btn")).transitionDuration);
  expect(["0s", ""]).toContain(duration);
});
