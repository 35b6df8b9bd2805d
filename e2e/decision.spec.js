// The decision aid: evidence in numbers (icon arrays with their words) on
// cards, guides and the summary; "Start over" on the results asks first.
import { test, expect } from "@playwright/test";
import { openApp, openWithAnswers } from "./helpers.js";

test("an icon array's text equivalent says the trial's count, in both languages", async ({ page }) => {
  await openApp(page, "./?lang=en#/procedure/spinal_cord_stimulation");
  const arrays = page.locator(".evidence svg[role=img]");
  await expect(arrays).toHaveCount(2);
  await expect(arrays.nth(0)).toHaveAttribute("aria-label", "With the procedure: 48 in 100 people");
  await expect(arrays.nth(1)).toHaveAttribute("aria-label", "In the comparison group: 9 in 100 people");
  // The picture draws what it says: 48 filled figures of 100.
  await expect(arrays.nth(0).locator("g.on")).toHaveCount(48);
  await expect(arrays.nth(0).locator("g")).toHaveCount(100);
  await expect(page.locator(".evidence")).toContainText("31 in 100");
  await expect(page.locator(".evidence")).toContainText("Kumar et al. 2008");
  await openApp(page, "./?lang=es#/procedure/spinal_cord_stimulation");
  await expect(page.locator(".evidence svg[role=img]").first()).toHaveAttribute("aria-label", "Con el procedimiento: 48 de cada 100 personas");
});

test("a procedure without good numbers says so plainly, without a picture", async ({ page }) => {
  await openApp(page, "./#/procedure/trigger_point_injection");
  await expect(page.locator(".evidence")).toContainText("No reliable numbers");
  await expect(page.locator(".evidence svg")).toHaveCount(0);
});

test("the procedure card and the printed summary carry the numbers", async ({ page }) => {
  await openWithAnswers(page, "post_surgery_leg_pain", "#/results");
  const card = page.locator('[data-procedure="spinal_cord_stimulation"]');
  await expect(card.locator(".evidence svg[role=img]").first()).toHaveAttribute("aria-label", /48 in 100/);
  await page.goto("./#/summary");
  const line = page.locator("li", { hasText: "Spinal cord stimulation" }).locator(".summary-evidence");
  await expect(line).toContainText("About 48 in 100 had at least half their leg pain gone at 6 months. With medical care alone, it was 9 in 100.");
});

test("Start over on the results asks first, and keeping the results keeps them", async ({ page }) => {
  await openWithAnswers(page, "post_surgery_leg_pain", "#/results");
  const before = await page.evaluate(() => sessionStorage.getItem("painpath.session"));
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByRole("alert")).toContainText("clears your answers and results");
  expect(await page.evaluate(() => sessionStorage.getItem("painpath.session"))).toBe(before);
  await page.getByRole("button", { name: "Keep my results" }).click();
  await expect(page.getByRole("button", { name: "Keep my results" })).toHaveCount(0);
  await expect(page.locator('[data-procedure="spinal_cord_stimulation"]')).toBeVisible();
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Yes, clear and start over" }).click();
  await expect(page.locator("main h1")).toHaveText("Could a pain specialist help you?");
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});
