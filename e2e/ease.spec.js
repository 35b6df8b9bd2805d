// Easy for an older, anxious patient on a phone: larger text on every
// screen, reading aloud with the device's own speech, and answers kept
// across a reload, said plainly.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { openApp, openWithAnswers, next, noToAll, tapRegions, printPdf, recordRequests, PHONE, DESKTOP, SHOTS } from "./helpers.js";

const STEPS = ["safety", "health", "about", "where", "warning_signs", "travel", "headache", "when", "strength",
  "changes", "feel", "tried", "procedures_before", "diagnoses", "precautions", "mood", "goals"];

// Each size: the header button's name and the page's base size in px.
const SIZES = [["Normal text", 16], ["Larger text", 20], ["Largest text", 24]];

/** Page width beyond the window, in px (0: nothing scrolls sideways). */
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const [name, px] of SIZES) {
  test(`${name.toLowerCase()} at 390 px: no screen scrolls sideways and axe stays clean`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(PHONE);
    await openApp(page);
    await page.getByRole("button", { name, exact: true }).click();
    await expect(page.getByRole("button", { name, exact: true })).toHaveAttribute("aria-pressed", "true");
    const base = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await base()).toBe(px);
    const problems = [];
    const check = async (where) => {
      await expect(page.locator("main h1").first()).toBeVisible();
      // The size is kept for the tab, on every screen and app.
      expect(await base(), where).toBe(px);
      const over = await sideways(page);
      if (over > 0) problems.push(`${where}: ${over} px sideways`);
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      for (const v of axe.violations) problems.push(`${where}: axe ${v.id} ${v.nodes[0]?.target}`);
    };
    await check("welcome");
    // Back and leg pain, so the body map and the legs' questions show.
    await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/q/safety");
    for (const step of STEPS) {
      await page.goto(`./#/q/${step}`);
      await check(`step ${step}`);
    }
    for (const hash of ["#/review", "#/results", "#/procedure/epidural_steroid_injection", "#/summary"]) {
      await page.goto(`./${hash}`);
      await check(hash);
      if (px === 24 && hash !== "#/review") {
        await page.screenshot({ path: `${SHOTS}/text-xl-${hash.split("/")[1]}-phone.png`, fullPage: true });
      }
    }
    expect(problems).toEqual([]);
  });
}

test("the text size is kept for the tab across a reload, and fits the header at every width", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openApp(page);
  await page.getByRole("button", { name: "Largest text", exact: true }).click();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-text", "xl");
  await expect(page.getByRole("button", { name: "Largest text", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Normal text", exact: true })).toHaveAttribute("aria-pressed", "false");
  await page.screenshot({ path: `${SHOTS}/text-xl-welcome-phone.png` });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${SHOTS}/text-xl-welcome-desktop.png` });
  // The printed summary keeps its one page whatever the size on screen.
  await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/summary");
  await expect(page.locator("html")).toHaveAttribute("data-text", "xl");
  expect(await printPdf(page, "Letter", "summary-text-xl")).toBe(1);
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Normal text", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("data-text", "m");
});

// A stand-in for the browser's speech: records what would be said, in which
// language and voice; `voices` are those the device has.
function stubSpeech(page, voices) {
  return page.addInitScript((list) => {
    window.__said = [];
    window.__stops = 0;
    let speaking = false;
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
    const synth = {
      get speaking() { return speaking; },
      pending: false,
      getVoices: () => list,
      speak(u) { window.__said.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); speaking = true; },
      cancel() { window.__stops++; speaking = false; },
      addEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  }, voices);
}
// A request that would take something off the page: to another site, or
// sending anything. (The app's own files may still load.)
const away = (r) => !r.url.startsWith("http://127.0.0.1:4173/") || r.method !== "GET" || r.body;
const said = (page) => page.evaluate(() => window.__said);
const stops = (page) => page.evaluate(() => window.__stops);
const DEVICE = [
  { name: "English voice", lang: "en-US", localService: true },
  { name: "Online Spanish", lang: "es-ES", localService: false },
  { name: "Spanish voice", lang: "es_MX", localService: true },
];

test("read aloud speaks the question step in the language shown, on the device, and stops on moving on", async ({ page }) => {
  await stubSpeech(page, DEVICE);
  await page.setViewportSize(PHONE);
  await openApp(page, "./#/q/when");
  const requests = recordRequests(page);
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect.poll(async () => (await said(page)).length).toBeGreaterThan(5);
  const words = await said(page);
  const texts = words.map((w) => w.text);
  expect(texts[0]).toBe("How long, and how it started");
  expect(texts).toContain("How long have you had this pain?");
  expect(texts).toContain("More than 6 months");
  // Buttons are not read as text.
  expect(texts).not.toContain("Next");
  expect(texts.join(" ")).not.toContain("Read aloud");
  for (const w of words) expect(w).toMatchObject({ lang: "en-US", voice: "English voice" });
  // Nothing left the page to read it.
  expect(requests.filter(away)).toEqual([]);
  // A second tap stops it.
  await page.getByRole("button", { name: "Read aloud" }).click();
  expect(await stops(page)).toBe(1);
  // Moving on stops the reading.
  await page.getByRole("button", { name: "Read aloud" }).click();
  const before = await stops(page);
  await next(page);
  expect(await stops(page)).toBeGreaterThan(before);
  // So does switching the language; then it reads in Spanish with the
  // Spanish voice on the device, never the online one.
  const inEnglish = await stops(page);
  await page.getByRole("button", { name: "Read aloud" }).click();
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(await stops(page)).toBeGreaterThan(inEnglish);
  await page.evaluate(() => { window.__said = []; });
  await page.getByRole("button", { name: "Leer en voz alta" }).click();
  await expect.poll(async () => (await said(page)).length).toBeGreaterThan(2);
  for (const w of await said(page)) expect(w).toMatchObject({ lang: "es_MX", voice: "Spanish voice" });
  expect((await said(page))[0].text).toBe(await page.locator("main h1").innerText());
  await expect(page.getByText("no tiene una voz")).toBeHidden();
  expect(requests.filter(away)).toEqual([]);
});

test("read aloud says plainly when the device has no voice for the language shown", async ({ page }) => {
  // An English voice, and only an online Spanish one.
  await stubSpeech(page, DEVICE.slice(0, 2));
  await page.setViewportSize(PHONE);
  await openApp(page, "./?lang=es#/q/when");
  await page.getByRole("button", { name: "Leer en voz alta" }).click();
  await expect(page.getByText("Este teléfono o computadora no tiene una voz para leer en español.")).toBeVisible();
  expect(await said(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/read-aloud-no-voice-phone.png` });
});

test("read aloud is on the results, and reads them", async ({ page }) => {
  await stubSpeech(page, DEVICE);
  await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/results");
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect.poll(async () => (await said(page)).length).toBeGreaterThan(10);
  const texts = (await said(page)).map((w) => w.text);
  expect(texts).toContain("Your results");
  expect(texts).toContain(await page.locator("main h2").first().innerText());
  // Opening a guide stops it.
  const before = await stops(page);
  await page.goto("./#/procedure/epidural_steroid_injection");
  expect(await stops(page)).toBeGreaterThan(before);
});

test("after a reload the person lands where they were and is told their answers are still here", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openApp(page);
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Knees"]);
  await next(page);
  await noToAll(page);
  await next(page);
  // Answered in this page: nothing to tell.
  await expect(page.getByText("Your answers are still here")).toHaveCount(0);
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("A few health checks");
  const told = page.getByText(/^Your answers are still here, so you can go on where you stopped\. To start over, go to the first page and choose "Start over"\.$/);
  await expect(told).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/answers-kept-phone.png` });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${SHOTS}/answers-kept-desktop.png` });
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "No", exact: true }).first()).toBeChecked();
  // Said once: it can be put away.
  await page.getByRole("button", { name: "OK" }).click();
  await expect(told).toHaveCount(0);
  // The first page offers to go on or start over instead.
  await page.goto("./#/");
  await page.reload();
  await expect(page.getByRole("button", { name: "Start over" })).toBeVisible();
  await expect(page.getByText("Your answers are still here")).toHaveCount(0);
  // The results, in the whole app, say it too.
  await page.goto("./#/results");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  await expect(told).toBeVisible();
  // It is about the screen: never on the printed page.
  await page.emulateMedia({ media: "print" });
  await expect(told).toBeHidden();
});
