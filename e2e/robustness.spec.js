// Bad input at every boundary gets a clear message and never a blank page.
import { test, expect } from "@playwright/test";
import { openApp } from "./helpers.js";

test("a panic shows a friendly error screen with a way to start over", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem("painpath.session", "v1|AAAA|0|"));
  // Uncaught, as a panic inside the app would be: the release build stops at
  // once and the page shows the screen the app prepared.
  await page.evaluate(() => { setTimeout(() => window.wasmBindings.painpath_selftest_panic()); });
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
  await expect(page.getByText("Nothing was sent anywhere.")).toBeVisible();
  await page.getByRole("link", { name: "Start over" }).click();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(new URL(page.url()).search).toBe("");
});

for (const [label, saved] of [
  ["garbage", "not a saved state"],
  ["a damaged code", "v1|AS1VVVVVFQBCjUIBAAAAdwcAgNsGIAIAqGqSAAAb|0|"],
  ["a future version", "v9|AAAA|0|"],
  ["an oversized value", "v1|" + "A".repeat(200000) + "|0|"],
  ["markup", "v1|<img src=x onerror=alert(1)>|0|"],
]) {
  test(`unreadable session storage (${label}) starts fresh with a notice`, async ({ page }) => {
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
    await openApp(page);
    await page.evaluate((s) => sessionStorage.setItem("painpath.session", s), saved);
    await page.reload();
    await expect(page.getByText("We could not read answers saved earlier in this tab")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    expect(dialogs).toEqual([]);
  });
}

test("unknown and hostile links show a friendly page", async ({ page }) => {
  for (const hash of ["#/nowhere", "#/procedure/<script>alert(1)</script>", "#/q/../../etc", "#/" + "x".repeat(5000)]) {
    await page.goto(`./${hash}`);
    await expect(page.locator("main h1")).toHaveText("Page not found");
  }
});

test.describe("words fetched in parts", () => {
// No service worker, so the page's own requests are the ones blocked here.
test.use({ serviceWorkers: "block" });
test("the first step needs only the first part of the words; the other questions' words come when the person moves on, and a failed fetch keeps the answers", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => fetched.push(r.url()));
  let blocked = true;
  await page.route(/locale-en-3\./, (route) => (blocked ? route.fulfill({ status: 503, body: "" }) : route.continue()));
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator("main h1")).toHaveText("Where does it hurt?");
  await expect(page.getByRole("checkbox", { name: "Lower back", exact: true })).toBeVisible();
  await expect(page.getByText("Front of the body", { exact: true }).filter({ visible: true })).toHaveCount(1);
  expect(fetched.filter((u) => /locale-en-3\./.test(u)), "not fetched for the first step").toEqual([]);
  await page.getByRole("checkbox", { name: "Lower back", exact: true }).check();
  await page.getByRole("button", { name: "Next" }).click();
  // The words could not come: a plain message, never a screen with gaps.
  await expect(page.getByText("Part of PainPath could not be loaded.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("[missing text]");
  blocked = false;
  await page.reload();
  await expect(page.getByRole("radio", { name: "No", exact: true }).first()).toBeVisible();
  await expect(page.locator("body")).not.toContainText("[missing text]");
  expect(fetched.filter((u) => /locale-en-3\./.test(u)).length).toBeGreaterThan(1);
  // The first step's answers were kept.
  await page.goto("./#/q/where");
  await expect(page.getByRole("checkbox", { name: "Lower back", exact: true })).toBeChecked();
});
});
