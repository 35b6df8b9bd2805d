// Shared helpers for the end-to-end tests.
import { mkdirSync } from "node:fs";

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const SHOTS = "artifacts/screenshots";

/** Save a full-page screenshot of the current page at both widths. */
export async function screenshotBoth(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
}

/** Record every request the page makes; returns the live list. */
export function recordRequests(page) {
  const seen = [];
  page.on("request", (req) => seen.push({ url: req.url(), method: req.method(), body: req.postData() }));
  return seen;
}
