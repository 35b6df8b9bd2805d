// The visit summary prints on one page, A4 and US Letter, and carries the
// key answers, what to do first, the specialist, procedures and the checklist.
import { test, expect } from "@playwright/test";
import { openWithAnswers, printPdf, screenshotBoth } from "./helpers.js";

for (const format of ["A4", "Letter"]) {
  test(`the visit summary fits one ${format} page`, async ({ page }) => {
    await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/summary", "question.general.experience");
    await expect(page.getByRole("heading", { level: 1, name: "My pain visit summary" })).toBeVisible();
    await expect(page.getByText("A pain specialist visit makes sense now")).toBeVisible();
    await expect(page.getByText("Interventional pain specialist", { exact: true })).toBeVisible();
    await expect(page.getByText("Epidural steroid injection")).toBeVisible();
    await expect(page.locator(".summary-checklist li.ticked")).toHaveText("How often do you do this procedure, and how do your patients do?");
    await screenshotBoth(page, "summary");
    expect(await printPdf(page, format, "summary")).toBe(1);
    await expect(page.locator(".summary-actions")).toBeHidden();
  });
}
