// "What matters to you": an optional panel on the results page. The choices
// add calm lines to the procedure cards they bear on and questions to the
// checklist, reach the printed summary, survive a reload, change nothing
// else, and send nothing anywhere.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { openWithAnswers, openFolds, procedureNames, recordRequests, PHONE, DESKTOP, SHOTS } from "./helpers.js";

const STEROID_LINE = "You said you want to avoid steroids. This usually uses numbing medicine or heat, not a steroid.";
const LASTING_LINE = "You said lasting relief matters. When it works, relief often lasts 6 to 12 months.";
const STEROID_QUESTION = "Is there an option without a steroid, and would it work as well for me?";
const IMPLANT_QUESTION = "Which options do not leave a device in my body?";

async function axe(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
}

test("choices highlight the cards and add checklist questions, reach the summary, survive a reload, change nothing else and send nothing", async ({ page, context }) => {
  test.setTimeout(90_000);
  await openWithAnswers(page, "axial_facet_low_back", "#/results");
  const before = await procedureNames(page);
  const verdict = await page.locator(".results h2, .results .banner").first().textContent();
  expect(before.length).toBeGreaterThan(0);
  // Waiting is shown as an option; the panel is optional and collapsed.
  await expect(page.getByRole("heading", { name: "Another option: wait, or have no procedure" })).toBeVisible();
  const steroids = page.getByRole("checkbox", { name: "Avoid steroid medicine" });
  await expect(steroids).toBeHidden();
  await expect(page.locator(".value-lines")).toHaveCount(0);

  const requests = recordRequests(context);
  await page.getByText("Tell us what matters to you (optional)").click();
  await steroids.check();
  await page.getByRole("checkbox", { name: "Relief that lasts" }).check();
  await page.getByRole("checkbox", { name: "Avoid a device put in my body" }).check();
  // The checklist and the cards' details are one tap away.
  await openFolds(page);

  const ablation = page.locator('article[data-procedure="radiofrequency_ablation"]');
  await expect(ablation.locator(".value-lines")).toContainText(STEROID_LINE);
  await expect(ablation.locator(".value-lines")).toContainText(LASTING_LINE);
  const checklist = page.locator(".checklist");
  await expect(checklist.locator(".value-question", { hasText: STEROID_QUESTION })).toContainText("From what matters to you");
  await expect(checklist.locator(".value-question", { hasText: IMPLANT_QUESTION })).toBeVisible();
  // The added question can be ticked like the others.
  await checklist.getByLabel(new RegExp(STEROID_QUESTION.replace(/[?,]/g, "."))).check();
  // Nothing else changed: the same procedures, the same headline.
  expect(await procedureNames(page)).toEqual(before);
  expect(await page.locator(".results h2, .results .banner").first().textContent()).toBe(verdict);
  // Using the panel made no request at all.
  expect(requests, JSON.stringify(requests)).toEqual([]);

  // Kept with the answers: a reload keeps them, and the panel opens.
  await page.reload();
  await page.locator("main h1").first().waitFor();
  await expect(page.getByRole("checkbox", { name: "Avoid steroid medicine" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Quick relief" })).not.toBeChecked();
  await expect(ablation.locator(".value-lines")).toContainText(STEROID_LINE);

  // A goal given in the questions shows in the panel too.
  await page.goto("./#/q/goals");
  await page.getByRole("checkbox", { name: "Walking further" }).check();
  await page.goto("./#/results");
  await expect(page.locator(".values-goals")).toHaveText("You also told us what you want to get back to: Walking further");

  // The printed summary says what matters, with the added questions.
  await page.getByRole("link", { name: "Print or save for my appointment" }).click();
  const section = page.locator(".summary-values");
  await expect(section.getByRole("heading", { name: "What matters to me" })).toBeVisible();
  await expect(section).toContainText("Avoid steroid medicine");
  await expect(section).toContainText("Relief that lasts");
  // The goals from the questions go with them.
  await expect(section).toContainText("What I want to get back to: Walking further");
  await expect(section.locator("li.ticked")).toHaveText(STEROID_QUESTION);
  await page.emulateMedia({ media: "print" });
  await expect(section).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // Clearing the choices removes every highlight.
  await page.goto("./#/results");
  await page.getByRole("button", { name: "Clear my choices" }).click();
  await expect(page.locator(".value-lines")).toHaveCount(0);
  await expect(page.locator(".value-question")).toHaveCount(0);
  expect(await procedureNames(page)).toEqual(before);
});

test("a results link carries the choices, shown read only", async ({ page }) => {
  await openWithAnswers(page, "axial_facet_low_back", "#/results");
  await page.getByText("Tell us what matters to you (optional)").click();
  await page.getByRole("checkbox", { name: "Avoid steroid medicine" }).check();
  await openFolds(page);
  await page.getByRole("button", { name: "Make a link to share" }).click();
  await page.getByRole("button", { name: "I understand, make the link without a passphrase" }).click();
  const link = await page.getByLabel("Your results link").inputValue();
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Shared results" })).toBeVisible();
  await expect(other.locator(".card.values")).toContainText("Avoid steroid medicine");
  await expect(other.locator('article[data-procedure="radiofrequency_ablation"] .value-lines')).toContainText(STEROID_LINE);
  await expect(other.getByRole("checkbox")).toHaveCount(0);
  await openFolds(other);
  await expect(other.locator(".value-question", { hasText: STEROID_QUESTION })).toBeVisible();
  await other.close();
});

for (const lang of ["en", "es"]) {
  test(`the panel, the cards and the summary have no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await openWithAnswers(page, "axial_facet_low_back", "#/results");
    await page.evaluate((l) => sessionStorage.setItem("painpath.lang", l), lang);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.locator("main h1").first().waitFor();
    await page.locator(".card.values summary").click();
    await page.locator('.card.values input[value="avoid_steroids"]').check();
    await page.locator('.card.values input[value="fewest_visits"]').check();
    await page.locator('.card.values input[value="cost"]').check();
    await expect(page.locator(".value-lines").first()).toBeVisible();
    mkdirSync(SHOTS, { recursive: true });
    const found = [];
    for (const [label, size] of [["phone", PHONE], ["desktop", DESKTOP]]) {
      await page.setViewportSize(size);
      found.push(...(await axe(page)).map((v) => `results ${label}: ${v}`));
      const panel = page.locator(".card.values");
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/values-panel-${lang}-${label}.png` });
      await page.locator('article[data-procedure="radiofrequency_ablation"]').screenshot({ path: `${SHOTS}/values-card-${lang}-${label}.png` });
    }
    await page.goto("./#/summary");
    await page.locator(".summary-values").waitFor();
    found.push(...(await axe(page)).map((v) => `summary: ${v}`));
    await page.locator(".summary-values").screenshot({ path: `${SHOTS}/values-summary-${lang}.png` });
    expect(found).toEqual([]);
  });
}
