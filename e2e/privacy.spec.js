// Privacy is a feature: every request stays on the app's own origin, none
// carries an answer, nothing is stored but this tab's session, and the
// Content-Security-Policy refuses other origins.
import { test, expect } from "@playwright/test";
import { answer, next, tapRegions, startSafely, nextUntilReview, seeResults, recordRequests, noWarningSigns } from "./helpers.js";

test("a full journey with review, results, guide, summary, share and the clinic page makes no request that leaves the origin or carries answers", async ({ page, baseURL, context }) => {
  const requests = recordRequests(page);
  const origin = new URL(baseURL).origin;
  await startSafely(page);
  const loaded = requests.length;
  await page.getByLabel("How old are you?").fill("57");
  await next(page);
  await tapRegions(page, ["Lower back", "Legs or feet"]);
  await next(page);
  await noWarningSigns(page);
  await answer(page, [["Does the pain go down your leg below the knee?", "Yes"]]);
  await nextUntilReview(page);
  await seeResults(page);
  await page.getByRole("link", { name: /Read the guide to/ }).first().click();
  await page.getByRole("link", { name: "Back to my results" }).click();
  await page.getByRole("link", { name: "Print or save for my appointment" }).click();
  await expect(page.getByRole("heading", { name: "My pain visit summary" })).toBeVisible();
  await page.pdf({ format: "Letter" });
  await page.goto("./#/results");
  await page.getByRole("button", { name: "Make a link to share" }).click();
  await page.getByRole("button", { name: "I understand, make the link" }).click();
  const link = await page.getByLabel("Your results link").inputValue();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Shared results" })).toBeVisible();
  await page.goto("./#/clinics");
  await page.getByLabel("Clinic name").fill("Valley Pain Center");
  await expect(page.locator("#qr-code svg")).toBeVisible();

  const foreign = requests.filter((r) => new URL(r.url).origin !== origin);
  expect(foreign, JSON.stringify(foreign)).toEqual([]);
  // After the app has loaded, moving through it fetches nothing at all.
  // After the app has loaded, only the app's own files may be fetched (the
  // service worker precaching them), never anything else.
  const ownFile = /\.(js|wasm|css|svg|png|html|webmanifest|txt)$|\/$/;
  expect(requests.slice(loaded).filter((r) => r.method !== "GET" || !ownFile.test(new URL(r.url).pathname)), JSON.stringify(requests.slice(loaded))).toEqual([]);
  for (const r of requests) {
    expect(r.method).toBe("GET");
    expect(r.body ?? "").toBe("");
    const url = new URL(r.url);
    expect(url.search, r.url).toBe("");
    expect(url.hash, r.url).toBe("");
    expect(url.pathname, r.url).not.toMatch(/lower_back|legs_feet|painpath\.session|\/q\/|results/);
  }
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  const session = await page.evaluate(() => Object.keys(sessionStorage));
  expect(session).toEqual(["painpath.session"]);
  // The shared code never reached the server either (it lives after the #).
  const code = link.split("#/shared/")[1];
  for (const r of requests) expect(r.url).not.toContain(code);
  // Start over empties the session storage too.
  await page.goto("./#/results");
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Yes, clear and start over" }).click();
  await expect(page.locator("main h1")).toHaveText("Could a pain specialist help you?");
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test("the Content-Security-Policy allows only the app's own origin and refuses a script's request elsewhere", async ({ page }) => {
  const violations = [];
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto("./");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain("unsafe-inline");
  const outcome = await page.evaluate(async () => {
    try {
      await fetch("http://127.0.0.2:9/collect?answers=1", { mode: "no-cors" });
      return "sent";
    } catch (e) {
      return "refused";
    }
  });
  expect(outcome).toBe("refused");
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
