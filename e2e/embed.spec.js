// The embed: a clinic page on one origin frames PainPath from another. The
// widget loads, resizes as steps change, completes a journey, and the host
// never receives an answer nor reaches into the widget.
import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";

async function serve(dir, port) {
  const server = spawn("node", ["scripts/serve-static.mjs", String(port), dir], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 600));
  return server;
}

test("embedded on a clinic page from another origin", async ({ page }) => {
  test.setTimeout(60_000);
  const host = await serve("examples", 4193);
  const widget = await serve("dist", 4194);
  try {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto("http://127.0.0.1:4193/clinic-host.html");
    const frameEl = page.locator("iframe");
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { name: "Could a pain specialist help you?" })).toBeVisible();
    await expect(frame.getByText("PainPath · Valley Pain Center")).toBeVisible();
    // Host styles do not reach inside.
    const startFont = await frame.getByRole("button", { name: "Start" }).evaluate((b) => getComputedStyle(b).fontFamily);
    expect(startFont).not.toContain("Comic Sans");
    const h1 = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
    await frame.getByRole("button", { name: "Start" }).click();
    await expect(frame.locator("main h1")).toHaveText("First, a few safety questions");
    await expect.poll(() => frameEl.evaluate((f) => f.getBoundingClientRect().height)).not.toBe(h1);
    // Answer briefly and reach the results inside the frame.
    for (const r of await frame.getByRole("radio", { name: "No", exact: true }).all()) await r.check();
    for (let i = 0; i < 20; i++) {
      const title = await frame.locator("main h1").textContent();
      if (title === "Check your answers") break;
      if (title === "Where does it hurt?") await frame.getByRole("button", { name: "Knees", exact: true }).locator("circle").first().click();
      await frame.getByRole("button", { name: /^(Next|Check my answers)$/ }).click();
      await expect(frame.locator("main h1")).not.toHaveText(title);
    }
    await frame.getByRole("button", { name: "See my results" }).click();
    await expect(frame.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();
    await expect(frame.getByText("Book a visit with Valley Pain Center")).toBeVisible();

    // The host cannot reach into the widget.
    expect(await frameEl.evaluate((f) => { try { return f.contentDocument === null; } catch { return true; } })).toBe(true);
    expect(await page.evaluate(() => { try { return typeof document.querySelector("iframe").contentWindow.sessionStorage; } catch { return "blocked"; } })).toBe("blocked");
    // Only heights ever arrived at the host.
    const received = await page.evaluate(() => window.receivedMessages);
    expect(received.length).toBeGreaterThan(1);
    for (const m of received) {
      expect(m.origin).toBe("http://127.0.0.1:4194");
      expect(Object.keys(m.data).sort()).toEqual(["height", "type"]);
      expect(m.data.type).toBe("painpath:height");
      expect(typeof m.data.height).toBe("number");
    }
  } finally {
    host.kill();
    widget.kill();
  }
});
