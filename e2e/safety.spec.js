// The safety screen when the patient is unsure or skips it, on a phone:
// "not sure" is never read as "no" (clinical-reference §0), a skipped screen
// leads back to it rather than to a verdict, and "None of these apply to me"
// answers a page of safety questions in one tap.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { PHONE, openApp, next, noToAll, tapRegions, answer, screenshotBoth, noWarningSigns } from "./helpers.js";

const SADDLE = "Do you have new numbness between your legs or around your bottom? This is the area that would touch a saddle.";

test.use({ viewport: PHONE });

test("not sure about saddle numbness means a doctor today, never a procedure", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Lower back"]);
  await next(page);
  await answer(page, [[SADDLE, "Not sure"]]);
  // The rest "no" in one tap, which goes on; the "not sure" is kept.
  await page.getByRole("button", { name: "None of these apply to me" }).click();
  await expect(page.locator("main h1")).toHaveText("A few more safety questions");
  await noWarningSigns(page);
  await expect(page.locator("main h1")).toHaveText("A few health checks");
  await noToAll(page);
  await next(page);
  await page.getByLabel("How old are you?").fill("45");
  await page.goto("./#/results");
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  await expect(page.locator("#urgency-title")).toHaveText("See a doctor within 24 hours");
  // The reason names the sign the person was unsure of, in their words.
  await expect(page.getByText("You were not sure about a sign that can be an emergency: “new numbness between the legs or around the bottom”.", { exact: false }).first()).toBeVisible();
  await expect(page.locator("article.procedure")).toHaveCount(0);
});

test("skipping the safety screen leads back to it, never to a verdict", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Start" }).click();
  await page.goto("./#/q/where");
  await tapRegions(page, ["Lower back"]);
  await page.goto("./#/results");
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await expect(page.locator(".verdict")).toHaveText("Not yet");
  await screenshotBoth(page, "results-safety-first");
  await page.setViewportSize(PHONE);
  await page.getByRole("link", { name: "Answer the safety questions" }).click();
  await expect(page.locator("main h1")).toHaveText("First, a few safety questions");
});

test("None of these apply to me answers the page and goes on in one tap, and any answer can still change", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Lower back"]);
  await next(page);
  const questions = page.locator("main fieldset.question");
  const count = await questions.count();
  expect(count).toBeGreaterThan(5);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await screenshotBoth(page, "step-safety-none-of-these");
  await page.setViewportSize(PHONE);
  await page.getByRole("button", { name: "None of these apply to me" }).click();
  // The page held nothing else to answer: the same tap goes on.
  await expect(page.locator("main h1")).toHaveText("A few more safety questions");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.locator("main h1")).toHaveText("First, a few safety questions");
  await expect(page.getByRole("radio", { name: "No", exact: true, checked: true })).toHaveCount(count);
  // Everything answered: the button has done its work and goes.
  await expect(page.getByRole("button", { name: "None of these apply to me" })).toHaveCount(0);
  await answer(page, [[SADDLE, "Not sure"]]);
  await expect(page.getByRole("radio", { name: "No", exact: true, checked: true })).toHaveCount(count - 1);
});

// The first visit downloads only the questionnaire's app; the results come
// from a second module. An emergency answer must never wait for it.
test.describe("offline before the rest of the app was ever stored", () => {
  // No service worker: nothing has been stored yet, and the whole app's
  // files cannot be fetched.
  test.use({ serviceWorkers: "block" });
  test("an emergency answer is shown at once, even when the rest of the app cannot load", async ({ page }) => {
    await page.route(/painpath-full-/, (route) => route.abort());
    await openApp(page);
    await page.getByRole("button", { name: "Start" }).click();
    await tapRegions(page, ["Lower back"]);
    await next(page);
    // Clicked, not checked: the answer moves the page on at once.
    await page.getByRole("group", { name: SADDLE, exact: true }).getByLabel("Yes", { exact: true }).click();
    await expect(page.getByRole("heading", { name: "Get emergency help now" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Call 911 now" })).toHaveAttribute("href", "tel:911");
    await expect(page.getByText("Part of PainPath could not be loaded.", { exact: false })).toBeVisible();
    await screenshotBoth(page, "emergency-without-results-app");
  });
});

test("an emergency answer reaches the full emergency result once the rest of the app is there", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Lower back"]);
  await next(page);
  await page.getByRole("group", { name: SADDLE, exact: true }).getByLabel("Yes", { exact: true }).click();
  await expect(page.locator("#urgency-title")).toHaveText("Get emergency help now");
  await expect(page.locator("article.procedure")).toHaveCount(0);
});

// Where it hurts comes first; the emergency questions that follow are those
// that can apply (clinical-reference §1: the SNOOP4 headache signs are about
// a headache), and none is hidden when the map is left empty.
test("the safety questions after the body map are those that can apply; an empty map asks them all", async ({ page }) => {
  const HEADACHE = /^Have you had a sudden, severe headache/;
  await openApp(page);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator("main h1")).toHaveText("Where does it hurt?");
  await tapRegions(page, ["Lower back"]);
  await next(page);
  await expect(page.locator("main h1")).toHaveText("First, a few safety questions");
  await expect(page.getByRole("group", { name: SADDLE, exact: true })).toBeVisible();
  await expect(page.getByRole("group", { name: HEADACHE })).toHaveCount(0);
  await page.getByRole("button", { name: "Back" }).click();
  await tapRegions(page, ["Neck"]);
  await next(page);
  await expect(page.getByRole("group", { name: HEADACHE })).toHaveCount(1);
  // Nothing marked: every emergency question is asked.
  await page.getByRole("button", { name: "Back" }).click();
  await tapRegions(page, ["Lower back", "Neck"]);
  await next(page);
  await expect(page.getByRole("group", { name: HEADACHE })).toHaveCount(1);
  await expect(page.locator("main fieldset.question")).toHaveCount(10);
  await noToAll(page);
  await next(page);
  await expect(page.locator("main h1")).toHaveText("A few more safety questions");
});

// Never skipped silently (patient walk: Dorothy 12 and 17, Luis 5): Next
// with questions left says so once and takes the person to the first; Next
// again goes on, and the review marks what is still open.
test("Next with questions left says so once and goes to the first; Next again goes on; the review marks them", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Lower back"]);
  await next(page);
  await answer(page, [[SADDLE, "No"]]);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator("main h1")).toHaveText("First, a few safety questions");
  await expect(page.getByRole("alert").filter({ hasText: "Marked in red: no answer yet." })).toBeVisible();
  await expect(page.locator(".unanswered")).toHaveCount(5);
  await expect(page.locator("input[name=bladder_change]").first()).toBeFocused();
  await expect(page.locator(".unanswered").filter({ has: page.locator("input[name=bladder_change]") })).toHaveCount(1);
  await screenshotBoth(page, "step-questions-left");
  await page.setViewportSize(PHONE);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator("main h1")).toHaveText("A few more safety questions");
  await page.goto("./#/review");
  const open = page.locator("dd.not-answered");
  await expect(open.first()).toHaveText("Not answered");
  expect(await open.count()).toBeGreaterThanOrEqual(5);
  const colour = await open.first().evaluate((e) => getComputedStyle(e).color);
  expect(colour).toBe("rgb(138, 28, 28)");
});
