// Offline after the first visit, clean updates, and deploys under a sub-path.
import { test, expect } from "@playwright/test";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { procedureNames, kneeArthritisJourney, copyOfBuild, rebuild, serve, controlled } from "./helpers.js";


test("after one visit in English, Spanish works offline too: switch, results and guide", async ({ page, context }) => {
  await page.goto("./");
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("main h1")).toHaveText("¿Dónde le duele?");
  await page.getByRole("button", { name: "Rodillas: Derecha", exact: true }).locator("rect").first().click();
  await page.getByRole("button", { name: "Siguiente" }).click();
  await expect(page.locator("main h1")).toHaveText("Primero, unas preguntas de seguridad");
  await page.getByRole("group", { name: "¿Desde hace poco le cuesta orinar, o se le sale la orina sin darse cuenta?" })
    .getByLabel("Sí", { exact: true }).click();
  await expect(page.locator("#urgency-title")).toHaveText("Busque ayuda de emergencia ahora");
  await page.goto("./#/procedure/joint_injection");
  await expect(page.locator("main h1")).toHaveText("Inyección en la articulación (rodilla, cadera u hombro)");
  await expect(page.locator("body")).not.toContainText("[missing text]");
});

test("after one visit: offline reload, a whole journey, the guide and the printed summary", async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto("./");
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await kneeArthritisJourney(page);
  expect(await procedureNames(page)).toContain("Joint injection (knee, hip or shoulder)");
  await page.getByRole("link", { name: /Read the guide to Joint injection/ }).click();
  await expect(page.locator("main h1")).toHaveText("Joint injection (knee, hip or shoulder)");
  await page.goto("./#/summary");
  await expect(page.getByRole("heading", { name: "My pain visit summary" })).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(1000);
  // A reload offline in the middle keeps the answers too.
  await page.reload();
  await expect(page.getByText("Joint injection (knee, hip or shoulder)")).toBeVisible();
});

test("a new release replaces the old cleanly, tells the person, and keeps their answers", async ({ page }) => {
  test.setTimeout(60_000);
  const dir = copyOfBuild();
  const server = await serve(dir, 4191);
  try {
    await page.goto("http://127.0.0.1:4191/#/q/about");
    await controlled(page);
    await page.getByLabel("How old are you?").fill("70");
    const oldCache = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("painpath:")));
    expect(oldCache).toHaveLength(1);

    // "Deploy" a new build: new page content, then the build step again
    // (new worker version, list and integrity).
    const index = join(dir, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace("<title>", '<meta name="build" content="next" /><title>'));
    rebuild(dir);

    await page.reload();
    // The old version keeps serving until the person agrees: no mix of files.
    await expect(page.getByText("A new version of PainPath is ready.")).toBeVisible({ timeout: 15_000 });
    expect(await page.locator('meta[name="build"]').count()).toBe(0);
    await page.getByRole("button", { name: "Update now" }).click();
    await expect.poll(() => page.locator('meta[name="build"]').count(), { timeout: 15_000 }).toBe(1);
    await expect(page.getByLabel("How old are you?")).toHaveValue("70");
    const newCache = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("painpath:")));
    expect(newCache).toHaveLength(1);
    expect(newCache).not.toEqual(oldCache);
  } finally {
    server.kill();
  }
});

test("works deployed under a sub-path, online and offline", async ({ page, context }) => {
  const root = mkdtempSync(join(tmpdir(), "painpath-subpath-"));
  mkdirSync(join(root, "painpath"));
  cpSync("dist", join(root, "painpath"), { recursive: true });
  const server = await serve(root, 4192);
  try {
    const requests = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto("http://127.0.0.1:4192/painpath/");
    // Supported, but not safe: the person is told.
    await expect(page.getByText(/this copy of PainPath runs inside another website/)).toBeVisible();
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.locator("main h1")).toHaveText("Where does it hurt?");
    expect(requests.filter((p) => !p.startsWith("/painpath/"))).toEqual([]);
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe("http://127.0.0.1:4192/painpath/");
    await context.setOffline(true);
    await page.goto("http://127.0.0.1:4192/painpath/#/procedure/spinal_cord_stimulation");
    await expect(page.locator("main h1")).toHaveText("Spinal cord stimulation");
  } finally {
    server.kill();
  }
});
