// Privacy is a feature: every request stays on the app's own origin, none
// carries an answer, nothing is stored but this tab's session, and the
// Content-Security-Policy refuses other origins.
import { test, expect, chromium } from "@playwright/test";
import { execSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answer, next, noToAll, tapRegions, nextUntilReview, seeResults, recordRequests, noWarningSigns, openFolds } from "./helpers.js";

test("a full journey from a clinic link, with review, results, guide, summary, a locked results link opened elsewhere and the clinic page, makes no request that leaves the origin or carries answers, in any page, popup or service worker", async ({ page, baseURL, context }) => {
  test.setTimeout(90_000);
  // Recorded for the whole browser context: every page, popup and frame,
  // and the service worker, whose requests a page's own recorder misses.
  const requests = recordRequests(context);
  const origin = new URL(baseURL).origin;
  // A clinic link as a mailing tool sends it, with a tracking id and a patient number.
  const clinic = "clinic=Valley%20Pain%20Center&phone=555-0100&book=https%3A%2F%2Fvalley.example%2Fbook";
  await page.goto(`./?mc_eid=4f2a9c1d77&${clinic}&utm_source=recall&patient=MRN-000123`);
  await page.getByRole("button", { name: "Start" }).click();
  // Only the clinic's settings stay in the address.
  expect(new URL(page.url()).search).toBe(`?${clinic}`);
  const history = await page.evaluate(() => history.length);
  await tapRegions(page, ["Lower back", "Legs or feet"]);
  await next(page);
  await noToAll(page);
  await next(page);
  await noWarningSigns(page);
  await noToAll(page);
  await next(page);
  const loaded = requests.length;
  await page.getByLabel("How old are you?").fill("57");
  await next(page);
  await answer(page, [["Does the pain go down your leg below the knee?", "Yes"]]);
  await nextUntilReview(page);
  await seeResults(page);
  await page.getByRole("link", { name: /Read the guide to/ }).first().click();
  await page.getByRole("link", { name: "Back to my results" }).click();
  await page.getByRole("link", { name: "Print or save for my appointment" }).click();
  await expect(page.getByRole("heading", { name: "My pain visit summary" })).toBeVisible();
  await page.pdf({ format: "Letter" });
  // Moving through the app added no history entry.
  expect(await page.evaluate(() => history.length)).toBe(history);
  await page.goto("./#/results");
  await openFolds(page);
  await page.getByRole("button", { name: "Make a link to share" }).click();
  await page.getByRole("button", { name: "I understand, make a locked link" }).click();
  const link = await page.getByLabel("Your results link").inputValue();
  const passphrase = await page.locator("#share-passphrase").textContent();
  const plain = await page.evaluate(() => sessionStorage.getItem("painpath.session").split("|")[2]);
  expect(link).not.toContain(plain);
  expect(link).not.toMatch(/mc_eid|utm_source|MRN/);
  // The doctor opens it in another window.
  const other = await context.newPage();
  await other.goto(link);
  await other.getByLabel("Passphrase").fill(passphrase);
  await other.getByRole("button", { name: "Open the results" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Shared results" })).toBeVisible();
  await other.close();
  await page.goto("./#/clinics");
  await page.getByLabel("Clinic name").fill("Valley Pain Center");
  await expect(page.locator("#qr-code svg")).toBeVisible();

  expect(requests.some((r) => r.worker), "the service worker's requests are recorded").toBe(true);
  const foreign = requests.filter((r) => new URL(r.url).origin !== origin);
  expect(foreign, JSON.stringify(foreign)).toEqual([]);
  // After the app has loaded, only the app's own files may be fetched (the
  // service worker precaching them, the screens' own scripts), never anything else.
  const ownFile = /\.(js|wasm|css|svg|png|html|webmanifest|txt)$|\/$/;
  expect(requests.slice(loaded).filter((r) => r.method !== "GET" || (!r.navigation && !ownFile.test(new URL(r.url).pathname))), JSON.stringify(requests.slice(loaded))).toEqual([]);
  const sealed = link.split("#/shared/")[1];
  for (const r of requests) {
    expect(r.method).toBe("GET");
    expect(r.body ?? "").toBe("");
    const url = new URL(r.url);
    // Only a page's own address carries a query: the clinic's settings, and
    // the tracking ids only in the very first request, as the link was typed.
    if (!r.navigation) expect(url.search, r.url).toBe("");
    if (r !== requests[0]) expect(r.url).not.toMatch(/mc_eid|utm_source|MRN/);
    expect(url.hash, r.url).toBe("");
    expect(url.pathname, r.url).not.toMatch(/lower_back|legs_feet|painpath\.session|\/q\/|results/);
    expect(r.url).not.toContain(plain);
    expect(r.url).not.toContain(sealed);
    // No page tells the server where it was.
    expect(r.headers.referer ?? "", r.url).toBe("");
  }
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  const session = await page.evaluate(() => Object.keys(sessionStorage));
  expect(session).toEqual(["painpath.session"]);
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
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("require-trusted-types-for 'script'");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("data:");
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

test("session restore: the browser brings the tab back with its storage, PainPath asks for nothing, and answers last used over an hour before are gone", async ({ baseURL }) => {
  test.setTimeout(60_000);
  // A browser profile on disk, as a person's is; "continue where you left off".
  const profile = mkdtempSync(join(tmpdir(), "painpath-profile-"));
  const launch = (extra = []) => chromium.launchPersistentContext(profile, {
    executablePath: execSync("command -v chromium", { shell: "/bin/sh" }).toString().trim(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", ...extra],
  });
  const origin = new URL(baseURL).origin;
  try {
    let context = await launch();
    let page = context.pages()[0] ?? await context.newPage();
    await page.goto(`${origin}/#/q/about`);
    await page.getByLabel("How old are you?").fill("70");
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem("painpath.session"))).toMatch(/^t\d+\|v1\|/);
    await context.close();

    // Restored within the hour: the answers are back, and nothing leaves.
    context = await launch(["--restore-last-session"]);
    let requests = recordRequests(context);
    await expect.poll(() => context.pages().find((p) => p.url().startsWith(origin))).toBeTruthy();
    page = context.pages().find((p) => p.url().startsWith(origin));
    await expect(page.getByLabel("How old are you?")).toHaveValue("70");
    expect(requests.filter((r) => new URL(r.url).origin !== origin || r.method !== "GET" || r.body)).toEqual([]);
    // As if the tab had last been used two hours before the browser closed.
    await page.evaluate(() => {
      const saved = sessionStorage.getItem("painpath.session");
      sessionStorage.setItem("painpath.session", saved.replace(/^t\d+/, `t${Date.now() - 2 * 3600 * 1000}`));
    });
    await context.close();

    context = await launch(["--restore-last-session"]);
    requests = recordRequests(context);
    await expect.poll(() => context.pages().find((p) => p.url().startsWith(origin))).toBeTruthy();
    page = context.pages().find((p) => p.url().startsWith(origin));
    await expect(page.locator("main h1")).toHaveText("About you");
    await expect(page.getByLabel("How old are you?")).toHaveValue("");
    expect(await page.evaluate(() => sessionStorage.getItem("painpath.session"))).toBeNull();
    expect(requests.filter((r) => new URL(r.url).origin !== origin || r.method !== "GET" || r.body)).toEqual([]);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
