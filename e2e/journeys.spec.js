// Patient journeys, clicked through as a patient would, with assertions on
// what is shown. Expected outcomes follow the clinical vignettes' sources.
import { test, expect } from "@playwright/test";
import { answer, begin, next, noToAll, tapRegions, nextUntilReview, seeResults, procedureNames, screenshotBoth, kneeArthritisJourney, noWarningSigns, openFolds } from "./helpers.js";

test("sciatica for 4 months after failed physical therapy → pain specialist, epidural steroid injection", async ({ page }) => {
  await begin(page, ["Lower back", "Legs or feet"], "45", [["Which area bothers you most?", "Legs or feet"]]);
  await answer(page, [
    ["Does the pain go down your leg below the knee?", "Yes"],
    ["Do you have numbness or tingling in that arm or leg?", "Yes"],
    ["Which is worse?", "The arm or leg"],
    ["Has an arm or leg become weaker over the past weeks?", "No"],
  ]);
  await next(page);
  // Sciatica that began after lifting, with no fall or injury: no CRPS
  // questions (patient walk, Luis 6).
  await answer(page, [["How long have you had this pain?", "3 to 6 months"], ["How did it start?", "After lifting or straining"]]);
  await expect(page.getByText("Does light touch, clothing or a breeze on the skin hurt?")).toHaveCount(0);
  await next(page);
  await answer(page, [
    ["What number best describes your pain on average in the past week?", "7"],
    ["How much has pain got in the way of your enjoyment of life?", "6"],
    ["How much has pain got in the way of your general activity?", "7"],
  ]);
  await next(page);
  await next(page);
  await next(page);
  await answer(page, [
    ["Physical therapy with a therapist", "4 weeks or more"],
    ["A home exercise program", "4 weeks or more"],
    ["How did physical therapy or exercise work?", "It did not help"],
  ]);
  await next(page);
  await answer(page, [["Have you had an MRI or CT scan of the painful area?", "Yes, and a doctor said it explains the pain"]]);
  await next(page);
  await next(page);
  // At 45 a blank pregnancy question would keep every procedure a possibility.
  await answer(page, [["Could you be pregnant now?", "No"]]);
  await nextUntilReview(page);
  await seeResults(page);
  await expect(page.locator("#urgency-title")).toHaveText("A pain specialist visit makes sense now");
  await expect(page.locator(".verdict")).toHaveText("Worth discussing with a specialist");
  await expect(page.getByText("Your pain has lasted 3 to 6 months, and physical therapy has not brought enough relief.").first()).toBeVisible();
  expect(await procedureNames(page)).toContain("Epidural steroid injection");
  expect(await procedureNames(page)).not.toContain("Medial branch block");
  await expect(page.locator(".specialist-name")).toHaveText("Interventional pain specialist");
  // The credentials are one tap away.
  await openFolds(page);
  await expect(page.getByText("Also board certified in the subspecialty of Pain Medicine")).toBeVisible();
  await screenshotBoth(page, "results-sciatica");
});

test("new bladder trouble and saddle numbness → emergency, no procedures", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Lower back"]);
  await next(page);
  // Choosing "Yes" leaves the page at once, so click rather than check.
  await page.getByRole("group", { name: "Is it newly hard to pass urine, or does urine leak out without warning?" })
    .getByLabel("Yes", { exact: true }).click();
  await expect(page).toHaveURL(/#\/results$/);
  await expect(page.locator("#urgency-title")).toHaveText("Get emergency help now");
  await expect(page.getByRole("link", { name: "Call 911 now" })).toHaveAttribute("href", "tel:911");
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await expect(page.locator(".specialist-name")).toHaveText("Emergency department");
  await screenshotBoth(page, "results-emergency");
  // The person can still go back and read on; the result stays an emergency.
  await page.goto("./#/q/safety");
  await answer(page, [["Do you have new numbness between your legs or around your bottom? This is the area that would touch a saddle.", "Yes"]]);
  await expect(page).toHaveURL(/#\/q\/safety$/);
  await page.goto("./#/results");
  await expect(page.locator("#urgency-title")).toHaveText("Get emergency help now");
  await expect(page.locator("article.procedure")).toHaveCount(0);
});

test("back pain for 5 days → primary care first", async ({ page }) => {
  await begin(page, ["Lower back"], "38");
  await answer(page, [["Does the pain go down your leg below the knee?", "No"]]);
  await next(page);
  await answer(page, [["How long have you had this pain?", "Less than a week"]]);
  await nextUntilReview(page);
  await seeResults(page);
  await expect(page.locator("#urgency-title")).toHaveText("Start with your regular doctor");
  await expect(page.locator(".verdict")).toHaveText("Not yet");
  await expect(page.getByText(/Your pain is fairly new \(less than a week\)/).first()).toBeVisible();
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await expect(page.locator(".specialist-name")).toHaveText("Your regular doctor (primary care)");
});

test("leg pain persisting after spine surgery → spinal cord stimulation among the options", async ({ page }) => {
  await begin(page, ["Lower back", "Legs or feet"], "58", [["Which area bothers you most?", "Legs or feet"]]);
  await answer(page, [["Does the pain go down your leg below the knee?", "Yes"], ["Do you have numbness or tingling in that arm or leg?", "Yes"]]);
  await next(page);
  // After an operation, the CRPS questions follow how it started.
  await answer(page, [["How long have you had this pain?", "More than 6 months"], ["How did it start?", "After surgery"]]);
  await noToAll(page);
  await next(page);
  await answer(page, [["What number best describes your pain on average in the past week?", "7"]]);
  await next(page);
  await next(page);
  await next(page);
  await answer(page, [
    ["Physical therapy with a therapist", "4 weeks or more"],
    ["Pain medicines taken regularly", "4 weeks or more"],
    ["How did physical therapy or exercise work?", "It did not help"],
  ]);
  await next(page);
  await answer(page, [["Have you had surgery on your spine?", "Yes"]]);
  await nextUntilReview(page);
  await seeResults(page);
  await expect(page.locator("#urgency-title")).toHaveText("A pain specialist visit makes sense now");
  expect(await procedureNames(page)).toContain("Spinal cord stimulation");
  await openFolds(page);
  await expect(page.getByText("A trial period with at least 50% relief").first()).toBeVisible();
});

test("burning hand pain with colour and temperature change after a wrist fracture → CRPS screen, sympathetic block", async ({ page }) => {
  await begin(page, ["Arms or hands"], "52");
  await answer(page, [["Does the pain go from your neck down your arm?", "No"]]);
  await next(page);
  await answer(page, [["How long have you had this pain?", "3 to 6 months"], ["How did it start?", "After an injury"]]);
  await answer(page, [
    ["Is the pain in your arm, hand, leg or foot still strong after the place has had time to heal? Or has it spread beyond the place that first hurt?", "Yes"],
    ["Does light touch, clothing or a breeze on the skin hurt?", "Yes"],
    ["Does the skin look a different colour than on the other side? Or does it feel warmer or colder?", "Yes"],
    ["Is there swelling, or more or less sweating, than on the other side?", "Yes"],
  ]);
  await next(page);
  await next(page);
  await next(page);
  await page.getByRole("group", { name: "Does the pain feel like any of these?" }).getByLabel("Burning").check();
  await next(page);
  await answer(page, [
    ["Physical therapy with a therapist", "4 weeks or more"],
    ["Pain medicines taken regularly", "4 weeks or more"],
    ["How did physical therapy or exercise work?", "It did not help"],
  ]);
  await nextUntilReview(page);
  await seeResults(page);
  await openFolds(page);
  await expect(page.getByText(/symptoms of complex regional pain syndrome \(CRPS\)\. Only an exam can confirm it/).first()).toBeVisible();
  expect(await procedureNames(page)).toContain("Sympathetic nerve block");
  expect(await procedureNames(page)).not.toContain("Epidural steroid injection");
});

test("knee arthritis pain → joint injection", async ({ page }) => {
  await kneeArthritisJourney(page);
  expect(await procedureNames(page)).toContain("Joint injection (knee, hip or shoulder)");
  await expect(page.locator("article.procedure").first().locator(".badge")).toHaveText("Worth discussing");
  await screenshotBoth(page, "results-knee");
});

test("a reload mid-questionnaire keeps every answer", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Neck", "Shoulders"]);
  await answer(page, [["Which area bothers you most?", "Neck"]]);
  await page.goto("./#/q/about");
  await page.getByLabel("How old are you?").fill("61");
  await page.goto("./#/q/where");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Where does it hurt?");
  await expect(page.getByRole("button", { name: "Neck", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Shoulders: Right", exact: true }).first()).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("group", { name: "Which area bothers you most?" }).getByLabel("Neck")).toBeChecked();
  await page.goto("./#/q/about");
  await expect(page.getByLabel("How old are you?")).toHaveValue("61");
  await page.goto("./#/review");
  await expect(page.getByText("Neck, Shoulders")).toBeVisible();
  // Start over clears everything, including session storage.
  await page.goto("./");
  await page.getByRole("button", { name: "Start over" }).click();
  await page.goto("./#/q/about");
  await expect(page.getByLabel("How old are you?")).toHaveValue("");
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test("keyboard only, from welcome to results", async ({ page }) => {
  await page.goto("./");
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return (el?.getAttribute("aria-label") || el?.textContent || "").trim();
  });
  async function tabTo(label) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      if ((await focused()) === label) return;
    }
    throw new Error(`could not reach ${label} by Tab`);
  }
  await tabTo("Start");
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText("Where does it hurt?");
  await expect(page.locator("main h1")).toBeFocused();
  await tabTo("Lower back");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Lower back", exact: true })).toHaveAttribute("aria-pressed", "true");
  await tabTo("Next");
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText("First, a few safety questions");
  await expect(page.locator("main h1")).toBeFocused();
  // First comes "Read aloud", then the one-tap "None of these apply to
  // me"; then Tab into the first question's group (Yes), and arrow to No.
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Read aloud");
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("None of these apply to me");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("input[name=saddle_numbness][value=no]")).toBeChecked();
  await tabTo("Next");
  await page.keyboard.press("Enter");
  // The other safety questions are still blank: the page says so once and
  // moves focus to the first; Next again goes on.
  await expect(page.locator(".left-note")).not.toBeEmpty();
  await expect(page.locator("main :focus")).toHaveCount(1);
  await tabTo("Next");
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText("A few more safety questions");
  for (let i = 0; i < 20; i++) {
    if ((await page.locator("main h1").textContent()) === "Check your answers") break;
    const label = i === 0 ? "Next" : await page.getByRole("button", { name: /^(Next|Check my answers)$/ }).textContent();
    await tabTo(label);
    await page.keyboard.press("Enter");
    // Questions left without an answer: told once, focus on the first;
    // Next again goes on.
    if (await page.locator(".left-note:not(:empty)").count()) {
      await expect(page.locator("main :focus")).toHaveCount(1);
      await tabTo(label);
      await page.keyboard.press("Enter");
    }
    await expect(page.locator("main h1")).toBeFocused();
  }
  await expect(page.locator("main h1")).toHaveText("Check your answers");
  await tabTo("See my results");
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText("Your results");
  await expect(page.locator("#urgency-title")).toBeVisible();
});
