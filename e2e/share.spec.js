// Clinic links and results links.
import { test, expect } from "@playwright/test";
import { openWithAnswers, vignetteCode, screenshotBoth, openFolds } from "./helpers.js";

test("clinic link settings are applied: name, phone, booking, emergency number, colour, procedures offered", async ({ page }) => {
  const q = "?clinic=Valley%20Pain%20Center&phone=555-0100&book=https%3A%2F%2Fvalley.example%2Fbook&emergency=112&accent=4a2c6d&offers=medial_branch_block,joint_injection";
  await page.goto(`./${q}`);
  await expect(page.locator(".site-header")).toContainText("Valley Pain Center");
  await expect(page.getByText(/Call 112 or go to the nearest emergency department now/)).toBeVisible();
  // The usual number is always shown beside a number the link set.
  await expect(page.getByText("112 comes from the link you were given. If it does not work where you are, call 911.")).toBeVisible();
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim());
  expect(accent).toBe("#4a2c6d");
  await page.evaluate(() => sessionStorage.clear());
  const code = vignetteCode("radicular_lumbar_4_months_failed_pt");
  await page.evaluate((s) => sessionStorage.setItem("painpath.session", s), `v1|${code}|0|`);
  await page.goto(`./${q}#/results`);
  await page.reload();
  await expect(page.getByText("Book a visit with Valley Pain Center")).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 555-0100" })).toHaveAttribute("href", "tel:5550100");
  // The button says where it leads; the details are marked as the link's own.
  await expect(page.getByRole("link", { name: "Book online at valley.example" })).toHaveAttribute("href", "https://valley.example/book");
  await expect(page.getByText("These clinic details come from the link you were given.")).toBeVisible();
  await expect(page.locator(".site-header")).toContainText("Clinic details from your link");
  // Epidural injections are not offered here: the card says to ask about a referral.
  await expect(page.locator('[data-procedure="epidural_steroid_injection"] .referral')).toHaveText(/Ask about a referral/);
  await screenshotBoth(page, "results-clinic");
});

test("hostile clinic settings are ignored with a visible notice and never followed or rendered", async ({ page }) => {
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  const q = "?clinic=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&book=javascript%3Aalert(1)&emergency=9-1-1&accent=ffffff&offers=nope";
  await page.goto(`./${q}`);
  await expect(page.getByText(/Some settings in this link were not valid and were ignored: clinic name, booking link, emergency number, colour, procedures offered/)).toBeVisible();
  await expect(page.getByText(/Call 911 or go to the nearest emergency department now/)).toBeVisible();
  expect(await page.locator("img").count()).toBe(0);
  expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("a results link opens the same results, marked as shared; the person is warned first", async ({ page, context }) => {
  await openWithAnswers(page, "crps_after_wrist_fracture", "#/results");
  const own = await page.locator("article.procedure h3").allTextContents();
  await openFolds(page);
  await page.getByRole("button", { name: "Make a link to share" }).click();
  await expect(page.getByText("Anyone with this link can read your answers.")).toBeVisible();
  await page.getByRole("button", { name: "I understand, make the link" }).click();
  const link = await page.getByLabel("Your results link").inputValue();
  const code = link.split("#/shared/")[1];
  expect(code.length).toBeLessThanOrEqual(64);
  // Another person's browser, with nothing stored.
  const other = await context.browser().newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Shared results" })).toBeVisible();
  await expect(other.getByText(/These results were shared with you/)).toBeVisible();
  expect(await other.locator("article.procedure h3").allTextContents()).toEqual(own);
  expect(await other.evaluate(() => sessionStorage.length)).toBe(0);
  await screenshotBoth(other, "shared-results");
  await other.close();
});

test("damaged, cut-off and future-version results links show a friendly message and a fresh start", async ({ page }) => {
  const code = vignetteCode("knee_arthritis");
  const flip = code.slice(0, 10) + (code[10] === "A" ? "B" : "A") + code.slice(11);
  for (const bad of [code.slice(0, 12), flip, "%%%", "AAAA", "x".repeat(5000)]) {
    // Via the welcome page, so each message is rendered afresh.
    await page.goto("./#/");
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    await page.goto(`./#/shared/${bad}`);
    await expect(page.getByRole("heading", { name: "This link cannot be opened" })).toBeVisible();
    await expect(page.getByText(/damaged or cut short/)).toBeVisible();
  }
  await page.goto(`./#/shared/AAAA`);
  await expect(page.getByText(/damaged or cut short/)).toBeVisible();
  // Version 9 is newer than this build: a different message.
  await page.goto(`./#/shared/CQ`);
  await expect(page.getByText(/made by a newer version of PainPath/)).toBeVisible();
  await page.getByRole("button", { name: "Start fresh" }).click();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
});

test("the clinic page builds a validated patient link and embed snippet with a live preview", async ({ page }) => {
  await page.goto("./#/clinics");
  await expect(page.locator("main h1")).toHaveText("PainPath for clinics");
  await page.getByLabel("Clinic name").fill("Hill Spine & Pain");
  await page.getByLabel("Phone number").fill("555 0199");
  await page.getByLabel("Booking link").fill("javascript:alert(1)");
  await expect(page.getByText("Not valid, so left out of the link: booking link.")).toBeVisible();
  await page.getByLabel("Booking link").fill("https://hill.example/book");
  await expect(page.locator(".preview")).toContainText("Hill Spine & Pain");
  const link = await page.locator("#c-link").inputValue();
  expect(link).toContain("clinic=Hill%20Spine%20%26%20Pain");
  expect(link).toContain("book=https%3A%2F%2Fhill.example%2Fbook");
  expect(link).not.toContain("javascript");
  // The QR code is drawn in the browser from exactly this link.
  await expect(page.locator("#qr-code svg")).toBeVisible();
  await expect(page.locator("#qr-code")).toHaveAttribute("data-link", link);
  expect(await page.locator("#qr-code svg path, #qr-code svg rect").count()).toBeGreaterThan(0);
  const snippet = await page.locator("#c-embed").inputValue();
  expect(snippet).toContain('sandbox="allow-scripts allow-same-origin');
  expect(snippet).toContain('referrerpolicy="no-referrer"');
  // The helper script under its content-hashed name, pinned by its integrity.
  expect(snippet).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.[0-9a-f]{16}\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
  await screenshotBoth(page, "clinics");
  // The link works: opening it applies the settings.
  await page.goto(link);
  await expect(page.locator(".site-header")).toContainText("Hill Spine & Pain");
});
