// The results link as a QR code: drawn on the device, only after the warning,
// with a library loaded only then; decoded here (npm jsqr) it is the link.
import { test, expect } from "@playwright/test";
import { createRequire } from "node:module";
import { openWithAnswers, recordRequests, vignetteCode, openFolds } from "./helpers.js";

const require = createRequire(import.meta.url);
const jsQR = require("jsqr");
const jpeg = require("jpeg-js");

/** Decode the QR code drawn in `box`, from a screenshot of it. */
async function decode(box) {
  const shot = await box.screenshot({ type: "jpeg", quality: 100 });
  const { data, width, height } = jpeg.decode(shot, { useTArray: true, formatAsRGBA: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width, height)?.data;
}

test("the results link's QR code decodes to the link, is drawn on the device, and only after the warning", async ({ page }) => {
  const code = vignetteCode("acute_sciatica_2_weeks");
  await openWithAnswers(page, "acute_sciatica_2_weeks", "#/results");
  await expect(page.locator(".share-qr")).toHaveCount(0);
  const requests = recordRequests(page);
  await openFolds(page);
  await page.getByRole("button", { name: "Make a link to share" }).click();
  await expect(page.locator(".share-qr")).toHaveCount(0);
  await page.getByRole("button", { name: "I understand, make the link without a passphrase" }).click();
  const link = await page.getByLabel("Your results link").inputValue();
  const box = page.getByRole("img", { name: "QR code of the link to your results" });
  await expect(box.locator("svg")).toBeVisible();
  await box.scrollIntoViewIfNeeded();
  expect(await decode(box)).toBe(link);
  expect(link).toContain(code);
  // Only the drawing script and its library were fetched (and the lock's
  // script, offered first), each under its content-hashed name, and nothing
  // carried the answers.
  const paths = requests.map((r) => new URL(r.url).pathname.replace(/\.[0-9a-f]{16}\.js$/, ".js"));
  expect(paths.sort()).toEqual(["/lock.js", "/qr.js", "/qrcode.js"]);
  for (const r of requests) {
    expect(r.method).toBe("GET");
    expect(r.url).not.toContain(code);
  }
});

test("the printed summary can carry the same QR code, after the same warning", async ({ page }) => {
  await openWithAnswers(page, "acute_sciatica_2_weeks", "#/results");
  await openFolds(page);
  await page.getByRole("button", { name: "Make a link to share" }).click();
  await page.getByRole("button", { name: "I understand, make the link without a passphrase" }).click();
  const link = await page.getByLabel("Your results link").inputValue();
  await page.getByRole("link", { name: "Print or save for my appointment" }).click();
  await page.getByRole("button", { name: "Add a QR code of my results link" }).click();
  await expect(page.getByText("Anyone with this link can read your answers.")).toBeVisible();
  await expect(page.locator(".share-qr")).toHaveCount(0);
  await page.getByRole("button", { name: "I understand, add the QR code" }).click();
  const box = page.getByRole("img", { name: "QR code of the link to your results" });
  await expect(box.locator("svg")).toBeVisible();
  expect(await decode(box)).toBe(link);
});

test("the QR code is printed on the summary", async ({ page }) => {
  await openWithAnswers(page, "acute_sciatica_2_weeks", "#/summary");
  await page.getByRole("button", { name: "Add a QR code of my results link" }).click();
  await page.getByRole("button", { name: "I understand, add the QR code" }).click();
  await expect(page.locator(".share-qr svg")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".share-qr svg")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add a QR code of my results link" })).toHaveCount(0);
});
