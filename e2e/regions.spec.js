// The face, the chest or belly and the pelvis on the body map, on a phone:
// each region is tapped as a patient would and leads where its sources say
// (clinical review OM-1; vignettes trigeminal_neuralgia,
// chest_wall_pain_with_breathlessness, chronic_pelvic_pain).
import { test, expect } from "@playwright/test";
import { PHONE, answer, next, noToAll, tapRegions, nextUntilReview, seeResults, screenshotBoth } from "./helpers.js";

test.use({ viewport: PHONE });

/** Start, and mark where it hurts (the first page). */
async function toWhere(page, regions) {
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, regions);
}

/** "No" to every question on this page, and on. */
async function noAndNext(page) {
  await noToAll(page);
  await next(page);
}

/** From the page after the warning signs: "no" to the health checks, and the age. */
async function healthAndAge(page, age) {
  await expect(page.locator("main h1")).toHaveText("A few health checks");
  await noAndNext(page);
  await page.getByLabel("How old are you?").fill(age);
  await next(page);
}

test("face attacks like electric shocks → a neurologist first, no procedure", async ({ page }) => {
  await toWhere(page, ["Face or jaw"]);
  await expect(page.getByRole("button", { name: "Face or jaw", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("checkbox", { name: "Face or jaw", exact: true })).toBeChecked();
  await next(page);
  // The emergency headache signs apply to face pain too.
  await expect(page.getByRole("group", { name: /^Have you had a sudden, severe headache/ })).toHaveCount(1);
  await noAndNext(page);
  // Jaw pain can come from the heart: the chest warning signs come first.
  await expect(page.locator("main h1")).toHaveText("A few more safety questions");
  await answer(page, [
    ["With this pain, do you have any of these? A pressing or squeezing feeling in your chest. Trouble breathing. Cold sweats. A sudden tearing pain that started in your chest, belly or back.", "No"],
    ["Does the pain in your jaw or face start when you walk fast, climb stairs or work hard? And does it ease when you rest?", "No"],
  ]);
  await screenshotBoth(page, "step-face-warning-signs");
  await page.setViewportSize(PHONE);
  await next(page);
  await healthAndAge(page, "61");
  await expect(page.locator("main h1")).toHaveText("About your head or face pain");
  await answer(page, [
    ["Does the face pain come in sudden attacks, like electric shocks, that last seconds? And can a light touch, chewing, talking or brushing your teeth set them off?", "Yes"],
    // At 50 or over, the signs of giant cell arteritis.
    ["When you chew, does your jaw start to ache or tire after a short while, and ease when you stop?", "No"],
    ["Is your scalp or the side of your forehead (the temple) sore to touch? For example, when you brush your hair.", "No"],
    ["Has your sight changed lately? For example, blurred or double sight, or sight going dim in one eye.", "No"],
    ["Do you have a shingles rash on your forehead, around an eye or on the tip of your nose?", "No"],
  ]);
  await screenshotBoth(page, "step-face-questions");
  await page.setViewportSize(PHONE);
  await next(page);
  await answer(page, [["How long have you had this pain?", "3 to 6 months"]]);
  await nextUntilReview(page);
  await seeResults(page);
  await expect(page.locator(".specialist-name")).toHaveText("Neurologist");
  await expect(page.getByText(/typical of trigeminal neuralgia/).first()).toBeVisible();
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await screenshotBoth(page, "results-face-trigeminal");
});

test("jaw pain that comes on with effort and eases with rest → a doctor within 24 hours (NICE CG95), not a pain clinic", async ({ page }) => {
  await toWhere(page, ["Face or jaw"]);
  await next(page);
  await noAndNext(page);
  await page.getByRole("group", { name: /^Does the pain in your jaw or face start when you walk fast/ })
    .getByLabel("Yes", { exact: true }).click();
  await page.goto("./#/results");
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  await expect(page.locator("#urgency-title")).toHaveText("See a doctor within 24 hours");
  await expect(page.locator("article.procedure")).toHaveCount(0);
});

test("chest pain with pressure and breathlessness → emergency", async ({ page }) => {
  await toWhere(page, ["Chest or belly"]);
  await next(page);
  // Chest pain: no headache questions among the emergency signs.
  await expect(page.getByRole("group", { name: /^Have you had a sudden, severe headache/ })).toHaveCount(0);
  await noAndNext(page);
  await page.getByRole("group", { name: /^With this pain, do you have any of these\? A pressing or squeezing feeling/ })
    .getByLabel("Yes", { exact: true }).click();
  if (!page.url().endsWith("#/results")) await page.goto("./#/results");
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  await expect(page.locator("#urgency-title")).toHaveText("Get emergency help now");
  await expect(page.locator("article.procedure")).toHaveCount(0);
});

test("long-standing pelvic pain → gynecology or urology first", async ({ page }) => {
  await toWhere(page, ["Pelvis or groin"]);
  // The pelvis is not a limb: no side is asked.
  await expect(page.getByText(/^Which side hurts/)).toHaveCount(0);
  await next(page);
  await noAndNext(page);
  await healthAndAge(page, "34");
  await answer(page, [["How long have you had this pain?", "More than 6 months"]]);
  // With pelvic pain the pregnancy question must be answered before any
  // verdict (NICE NG126): left empty, the safety questions come first.
  await nextUntilReview(page);
  await seeResults(page);
  await expect(page.locator(".verdict")).toHaveText("Not yet");
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await page.goto("./#/q/precautions");
  await answer(page, [["Could you be pregnant now?", "No"]]);
  await page.goto("./#/results");
  await expect(page.locator(".specialist-name")).toHaveText("Gynecologist or urologist");
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await screenshotBoth(page, "results-pelvic");
});

test("a sore leg asks which side", async ({ page }) => {
  await toWhere(page, ["Knees"]);
  await next(page);
  await noAndNext(page);
  await noAndNext(page);
  await expect(page.locator("main h1")).toHaveText("About you");
  await answer(page, [["Which side hurts: the hip, knee, leg or foot on the left, on the right, or both?", "Left"]]);
  await expect(page.getByText(/^Which side hurts: the shoulder/)).toHaveCount(0);
  await screenshotBoth(page, "step-about-sides");
});
