// The face, the chest or belly and the pelvis on the body map, on a phone:
// each region is tapped as a patient would and leads where its sources say
// (clinical review OM-1; vignettes trigeminal_neuralgia,
// chest_wall_pain_with_breathlessness, chronic_pelvic_pain).
import { test, expect } from "@playwright/test";
import { PHONE, answer, next, tapRegions, startSafely, nextUntilReview, seeResults, screenshotBoth } from "./helpers.js";

test.use({ viewport: PHONE });

async function toWhere(page, age) {
  await startSafely(page);
  await page.getByLabel("How old are you?").fill(age);
  await next(page);
}

test("face attacks like electric shocks → a neurologist first, no procedure", async ({ page }) => {
  await toWhere(page, "61");
  await tapRegions(page, ["Face or jaw"]);
  await expect(page.getByRole("button", { name: "Face or jaw", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("checkbox", { name: "Face or jaw", exact: true })).toBeChecked();
  await next(page);
  await expect(page.locator("main h1")).toHaveText("About your head or face pain");
  await answer(page, [
    ["Does the face pain come in sudden attacks, like electric shocks, that last seconds? And can a light touch, chewing, talking or brushing your teeth set them off?", "Yes"],
    ["Do you have a shingles rash on your forehead, around an eye or on the tip of your nose?", "No"],
  ]);
  await next(page);
  await answer(page, [["How long have you had this pain?", "3 to 6 months"]]);
  await nextUntilReview(page);
  await seeResults(page);
  await expect(page.locator(".specialist-name")).toHaveText("Neurologist");
  await expect(page.getByText(/typical of trigeminal neuralgia/).first()).toBeVisible();
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await screenshotBoth(page, "results-face-trigeminal");
});

test("chest pain with pressure and breathlessness → emergency", async ({ page }) => {
  await toWhere(page, "58");
  await tapRegions(page, ["Chest or belly"]);
  await next(page);
  await page.getByRole("group", { name: /^With this pain, do you have any of these\? Chest pain or pressure/ })
    .getByLabel("Yes", { exact: true }).click();
  if (!page.url().endsWith("#/results")) await page.goto("./#/results");
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  await expect(page.locator("#urgency-title")).toHaveText("Get emergency help now");
  await expect(page.locator("article.procedure")).toHaveCount(0);
});

test("long-standing pelvic pain → gynecology or urology first", async ({ page }) => {
  await toWhere(page, "34");
  await tapRegions(page, ["Pelvis or groin"]);
  // The pelvis is not a limb: no side is asked.
  await expect(page.getByText(/^Which side hurts/)).toHaveCount(0);
  await next(page);
  await answer(page, [["How long have you had this pain?", "More than 6 months"]]);
  // With pelvic pain the pregnancy question must be answered before any
  // verdict (NICE NG126): left empty, the safety questions come first.
  await nextUntilReview(page);
  await seeResults(page);
  await expect(page.locator(".verdict")).toHaveText("Not yet");
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await page.goto("./#/q/precautions");
  await answer(page, [["Are you pregnant, or could you be?", "No"]]);
  await page.goto("./#/results");
  await expect(page.locator(".specialist-name")).toHaveText("Gynecologist or urologist");
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await screenshotBoth(page, "results-pelvic");
});

test("a sore leg asks which side", async ({ page }) => {
  await toWhere(page, "50");
  await tapRegions(page, ["Knees"]);
  await answer(page, [["Which side hurts: the hip, knee, leg or foot on the left, on the right, or both?", "Left"]]);
  await expect(page.getByText(/^Which side hurts: the shoulder/)).toHaveCount(0);
  await screenshotBoth(page, "step-where-sides");
});
