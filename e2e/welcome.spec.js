import { test, expect } from "@playwright/test";
import { screenshotBoth, recordRequests, openPatient, openFolds } from "./helpers.js";

test("the welcome page explains PainPath and its promises", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Could a pain specialist help you?");
  await expect(page.getByText("Your answers stay on this device.")).toBeVisible();
  await expect(page.getByText(/not a diagnosis/i).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "In an emergency, do not wait" })).toBeVisible();
  await expect(page.getByText(/Call 911 or go to the nearest emergency department now/)).toBeVisible();
  await screenshotBoth(page, "welcome");
});

test("the welcome page says once, in either language, that PainPath is not a diagnosis; every other page says it too, once", async ({ page }) => {
  for (const [lang, word] of [["en", "diagnosis"], ["es", "diagnóstico"]]) {
    await page.goto(`./?lang=${lang}#/`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.locator("main h1").waitFor();
    expect((await page.locator("body").innerText()).match(new RegExp(word, "gi")), lang).toHaveLength(1);
    await page.goto(`./?lang=${lang}#/q/where`);
    await page.locator(".step h1").waitFor();
    await expect(page.locator(".site-footer")).toContainText(word);
  }
  // The results and a procedure guide: the footer's sentence, and only there.
  const sentence = await page.locator(".site-footer p").textContent();
  await openPatient(page, "dorothy", "#/results", "es");
  await page.locator("#urgency-title").waitFor();
  await openFolds(page);
  await expect(page.getByText(sentence, { exact: true })).toHaveCount(1);
  await page.goto("./#/procedure/medial_branch_block");
  await page.locator(".guide .plain-name").waitFor();
  await expect(page.getByText(sentence, { exact: true })).toHaveCount(1);
});

test("Start leads to where it hurts, the first question", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where does it hurt?");
});

test("the welcome page contacts no other origin", async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.goto("./");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const origin = new URL(baseURL).origin;
  expect(requests.length).toBeGreaterThan(0);
  const foreign = requests.filter((r) => new URL(r.url).origin !== origin);
  expect(foreign, JSON.stringify(foreign)).toEqual([]);
});
