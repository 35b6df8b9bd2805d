// The visit summary prints on one page, A4 and US Letter, and carries the
// key answers, what to do first, the specialist, procedures and the checklist.
import { test, expect } from "@playwright/test";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { execSync } from "node:child_process";
import { openWithAnswers, SHOTS, screenshotBoth } from "./helpers.js";

const pages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) || []).length;

for (const format of ["A4", "Letter"]) {
  test(`the visit summary fits one ${format} page`, async ({ page }) => {
    await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/summary", "question.general.experience");
    await expect(page.getByRole("heading", { level: 1, name: "My pain visit summary" })).toBeVisible();
    await expect(page.getByText("A pain specialist visit makes sense now")).toBeVisible();
    await expect(page.getByText("Interventional pain specialist", { exact: true })).toBeVisible();
    await expect(page.getByText("Epidural steroid injection")).toBeVisible();
    await expect(page.locator(".summary-checklist li.ticked")).toHaveText("How often do you do this procedure, and how do your patients do?");
    await screenshotBoth(page, "summary");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".summary-actions")).toBeHidden();
    const pdf = await page.pdf({ format, printBackground: true });
    mkdirSync(SHOTS, { recursive: true });
    const file = `${SHOTS}/summary-${format}.pdf`;
    writeFileSync(file, pdf);
    expect(pages(pdf)).toBe(1);
    if (existsSync("/usr/bin/pdftoppm")) {
      execSync(`pdftoppm -png -r 60 -singlefile ${file} ${SHOTS}/summary-${format}`);
    }
  });
}
