// The embed: a clinic page on one origin frames PainPath from another, with
// the snippet PainPath's clinic page makes. The widget loads, resizes as
// steps change (in coarse steps, to the clinic page only), completes a
// journey, and the host never receives an answer nor reaches into the widget.
import { test, expect } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, copyOfBuild, allowFraming, recordRequests } from "./helpers.js";

const HOST = "http://127.0.0.1:4193";
const WIDGET = "http://127.0.0.1:4194";

/** The example clinic page, with the snippet made on PainPath's clinic page
 * for a clinic whose website is HOST, and `change` applied to the snippet. */
async function clinicPage(page, change = (s) => s) {
  await page.goto(`${WIDGET}/#/clinics`);
  await page.getByLabel("Clinic name").fill("Valley Pain Center");
  await page.getByLabel("Phone number").fill("555-0100");
  await page.getByLabel("Your website's address").fill(HOST);
  const snippet = await page.locator("#c-embed").inputValue();
  const dir = mkdtempSync(join(tmpdir(), "painpath-host-"));
  const example = readFileSync("examples/clinic-host.html", "utf8");
  writeFileSync(join(dir, "clinic-host.html"), example.replace(/<iframe[\s\S]*?<\/script>/, change(snippet)));
  return dir;
}

test("embedded on a clinic page from another origin", async ({ page, context }) => {
  test.setTimeout(60_000);
  // PainPath as deployed for this clinic: its website allowed to frame it.
  const build = copyOfBuild();
  allowFraming(build, HOST);
  const widget = await serve(build, 4194);
  const host = await serve(await clinicPage(page), 4193);
  try {
    const requests = recordRequests(context);
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`${HOST}/clinic-host.html`);
    const frameEl = page.locator("iframe");
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { name: "Could a pain specialist help you?" })).toBeVisible();
    await expect(frame.getByText("PainPath · Valley Pain Center")).toBeVisible();
    // Host styles do not reach inside.
    const startFont = await frame.getByRole("button", { name: "Start" }).evaluate((b) => getComputedStyle(b).fontFamily);
    expect(startFont).not.toContain("Comic Sans");
    await expect.poll(() => frameEl.evaluate((f) => f.getBoundingClientRect().height), { timeout: 15_000 }).toBeGreaterThan(640);
    await frame.getByRole("button", { name: "Start" }).click();
    await expect(frame.locator("main h1")).toHaveText("Where does it hurt?");
    // Answer briefly and reach the results inside the frame.
    for (const r of await frame.getByRole("radio", { name: "No", exact: true }).all()) await r.check();
    for (let i = 0; i < 20; i++) {
      const title = await frame.locator("main h1").textContent();
      if (title === "Check your answers") break;
      if (title === "Where does it hurt?") await frame.getByRole("button", { name: "Knees: Right", exact: true }).locator("rect").first().click();
      for (const r of await frame.getByRole("radio", { name: "No", exact: true }).all()) await r.check();
      await frame.getByRole("button", { name: /^(Next|Check my answers)$/ }).click();
      if (await frame.locator(".left-note:not(:empty)").count()) await frame.getByRole("button", { name: /^(Next|Check my answers)$/ }).click();
      await expect(frame.locator("main h1")).not.toHaveText(title);
    }
    await frame.getByRole("button", { name: "See my results" }).click();
    await expect(frame.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();
    await expect(frame.getByText("Book a visit with Valley Pain Center")).toBeVisible();

    // The host cannot reach into the widget.
    expect(await frameEl.evaluate((f) => { try { return f.contentDocument === null; } catch { return true; } })).toBe(true);
    expect(await page.evaluate(() => { try { return typeof document.querySelector("iframe").contentWindow.sessionStorage; } catch { return "blocked"; } })).toBe("blocked");
    // Only coarse heights ever arrived at the host.
    const received = await page.evaluate(() => window.receivedMessages);
    expect(received.length).toBeGreaterThan(0);
    for (const m of received) {
      expect(m.origin).toBe(WIDGET);
      expect(Object.keys(m.data).sort()).toEqual(["height", "type"]);
      expect(m.data.type).toBe("painpath:height");
      expect([800, 1600, 2400]).toContain(m.data.height);
    }
    // Nothing left the two origins, and the frame was asked for without the
    // clinic page's address.
    expect(requests.filter((r) => ![HOST, WIDGET].includes(new URL(r.url).origin))).toEqual([]);
    const framed = requests.find((r) => r.navigation && r.url.startsWith(`${WIDGET}/?`));
    expect(framed.headers.referer ?? "").toBe("");
  } finally {
    host.kill();
    widget.kill();
  }
});

test("a frame whose sandbox blocks the emergency call shows the number as text", async ({ page }) => {
  test.setTimeout(60_000);
  const build = copyOfBuild();
  allowFraming(build, HOST);
  const widget = await serve(build, 4194);
  // A clinic "hardened" the sandbox and removed what the call button needs.
  const host = await serve(await clinicPage(page, (s) => s.replace(" allow-popups allow-popups-to-escape-sandbox", "")
    .replace(" allow-top-navigation-to-custom-protocols", "")), 4193);
  try {
    await page.goto(`${HOST}/clinic-host.html`);
    const frame = page.frameLocator("iframe");
    await frame.getByRole("button", { name: "Start" }).click();
    await frame.getByRole("button", { name: "Knees: Right", exact: true }).locator("rect").first().click();
    await frame.getByRole("button", { name: "Next" }).click();
    await frame.getByRole("group", { name: "Is it newly hard to pass urine, or does urine leak out without warning?" })
      .getByLabel("Yes", { exact: true }).click();
    await expect(frame.locator("#urgency-title")).toHaveText("Get emergency help now");
    // In the red banner, and again in the emergency box at the bottom.
    await expect(frame.getByText("Dial 911 on your phone now.")).toHaveCount(2);
    for (const line of await frame.getByText("Dial 911 on your phone now.").all()) await expect(line).toBeVisible();
    for (const line of await frame.getByText("If the button does not work, dial 911 on your phone.").all()) await expect(line).toBeHidden();
    await expect(frame.getByRole("link", { name: "Call 911 now" })).toBeHidden();
    await expect(frame.getByRole("link", { name: "Call 911", exact: true })).toBeHidden();
    await page.locator("iframe").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "artifacts/screenshots/embed-call-blocked-desktop.png" });
  } finally {
    host.kill();
    widget.kill();
  }
});

test("a site not listed cannot frame PainPath", async ({ page }) => {
  // The build as it ships: deploy/embed-origins.txt lists nobody.
  const widget = await serve(copyOfBuild(), 4194);
  const host = await serve(await clinicPage(page), 4193);
  try {
    await page.goto(`${HOST}/clinic-host.html`);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f.url().startsWith(WIDGET));
    // The browser refused to show it: nothing of PainPath ran in the frame.
    const shown = frame ? await frame.evaluate(() => !!document.querySelector("main h1")).catch(() => false) : false;
    expect(shown).toBe(false);
    expect(await page.evaluate(() => window.receivedMessages.length)).toBe(0);
  } finally {
    host.kill();
    widget.kill();
  }
});
