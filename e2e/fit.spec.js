// Questions that fit how a person answers, on a phone: "Change" on the
// review page comes back to the review page, a follow-up question that
// appears is announced and marked, and the 0-10 scales and text are sized
// for older eyes and fingers (WCAG 2.5.5: targets at least 44 x 44 px).
import { test, expect } from "@playwright/test";
import { PHONE, DESKTOP, SHOTS, openWithAnswers, answer } from "./helpers.js";

const TRIED = "What have you tried?";
const RESULT = "How did physical therapy or exercise work?";

test("Change on the review page returns to the review page after the change", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/review");
  await page.getByRole("link", { name: `Change ${TRIED}` }).click();
  await expect(page.locator("main h1")).toHaveText(TRIED);
  await answer(page, [[RESULT, "It helped a little"]]);
  // The step's only way on is back to the review, not through later steps.
  await expect(page.getByRole("button", { name: "Next", exact: true })).toHaveCount(0);
  // The case predates the medicines question, which is still blank: the
  // first tap points to it, the second goes on without an answer.
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText("Marked in red: no answer yet.")).toBeVisible();
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page).toHaveURL(/#\/review$/);
  await expect(page.locator("main h1")).toHaveText("Check your answers");
  const row = page.locator("dt", { hasText: RESULT }).locator("xpath=following-sibling::dd[1]");
  await expect(row).toHaveText("It helped a little");
  // Opened the ordinary way, the same step still goes on to the next one.
  await page.goto("./#/q/tried");
  await expect(page.getByRole("button", { name: "Next", exact: true })).toHaveCount(1);
});

test("a follow-up question that appears is announced and marked", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/q/tried");
  const live = page.locator(".step [aria-live=polite]");
  // Nothing is new when the step opens.
  await expect(page.locator(".follow-up")).toHaveCount(0);
  await expect(live).toHaveText("");
  // Nothing tried: the question about how it worked goes away...
  for (const q of ["Physical therapy with a therapist", "A home exercise program", "Pain medicines taken regularly"]) {
    await answer(page, [[q, "Not tried"]]);
  }
  await expect(page.getByRole("group", { name: RESULT })).toHaveCount(0);
  // ...and comes back, marked and announced, once something was tried.
  await answer(page, [["Physical therapy with a therapist", "4 weeks or more"]]);
  const follow = page.locator(".follow-up");
  await expect(follow).toHaveCount(1);
  await expect(follow.getByRole("group", { name: RESULT })).toBeVisible();
  await expect(live).toHaveText(`New question: ${RESULT}`);
  const border = await follow.evaluate((el) => getComputedStyle(el).borderLeftWidth);
  expect(parseFloat(border)).toBeGreaterThanOrEqual(3);
  await follow.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/follow-up-phone.png` });
  // Answering it keeps the mark; other answers do not mark anything else.
  await answer(page, [[RESULT, "It did not help"]]);
  await expect(page.locator(".follow-up")).toHaveCount(1);
  await page.setViewportSize(DESKTOP);
  await follow.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/follow-up-desktop.png` });
});

test("Spanish: the follow-up question is announced in Spanish", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/q/tried");
  await page.goto("./?lang=es#/q/tried");
  await page.locator("main h1").first().waitFor();
  for (const q of ["Terapia física con un terapeuta", "Un programa de ejercicios en casa", "Medicinas para el dolor tomadas con regularidad"]) {
    await answer(page, [[q, "No lo he probado"]]);
  }
  await expect(page.getByRole("group", { name: "¿Qué tal le funcionó la terapia o el ejercicio?" })).toHaveCount(0);
  await answer(page, [["Terapia física con un terapeuta", "4 semanas o más"]]);
  await expect(page.locator(".step [aria-live=polite]")).toHaveText("Nueva pregunta: ¿Qué tal le funcionó la terapia o el ejercicio?");
  await expect(page.locator(".follow-up")).toHaveCount(1);
});

/** Visible text in main smaller than 16 px, as "size: text". */
async function smallText(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest(".visually-hidden, [aria-hidden=true]")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16) out.push(`${size}px: ${text.slice(0, 40)}`);
    }
    return out;
  });
}

test("at 390 px the 0-10 points are at least 44 x 44 px and question text is at least 16 px", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/q/strength");
  const points = page.locator(".scale-eleven .point");
  expect(await points.count()).toBeGreaterThanOrEqual(33);
  const sizes = await points.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
  const small = sizes.filter(([w, h]) => w < 44 || h < 44);
  expect(small, `points under 44 px: ${JSON.stringify(small)}`).toEqual([]);
  console.log(`0-10 point at 390 px: ${Math.min(...sizes.map((s) => s[0])).toFixed(1)} x ${Math.min(...sizes.map((s) => s[1])).toFixed(1)} px`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/scale-phone.png`, fullPage: true });
  for (const hash of ["#/q/strength", "#/q/tried", "#/q/where", "#/review"]) {
    await page.goto(`./${hash}`);
    await page.locator("main h1").first().waitFor();
    expect(await smallText(page), hash).toEqual([]);
  }
  await page.setViewportSize(DESKTOP);
  await page.goto("./#/q/strength");
  await page.locator("main h1").first().waitFor();
  const row = await points.evaluateAll((els) => els.slice(0, 11).map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(row).size, "one row of 0-10 on a desktop").toBe(1);
  await page.screenshot({ path: `${SHOTS}/scale-desktop.png`, fullPage: true });
});

test("at 390 px every body-map region has a control at least 44 x 44 px", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openWithAnswers(page, "radicular_lumbar_4_months_failed_pt", "#/q/where");
  const regions = await page.locator("svg.map .region").evaluateAll((els) =>
    els.map((g) => ({
      name: g.getAttribute("aria-label"),
      shapes: [...g.children].filter((s) => s.tagName !== "title").map((s) => s.getBoundingClientRect()).map((r) => [Math.round(r.width), Math.round(r.height)]),
    })),
  );
  expect(regions.length).toBeGreaterThanOrEqual(13);
  // WCAG 2.5.5 "equivalent" exception: each region is also a list control.
  for (const { name: shape } of regions) {
    // A limb's shape is named with its side ("Knees: Left"); the list names the region.
    const name = shape.split(": ")[0];
    const box = await page.locator(".region-list .option", { hasText: name }).first().boundingBox();
    expect(box, name).not.toBeNull();
    expect(box.width, name).toBeGreaterThanOrEqual(44);
    expect(box.height, name).toBeGreaterThanOrEqual(44);
  }
  console.log(`body-map shapes at 390 px: ${regions.map((r) => `${r.name} ${r.shapes.map((s) => s.join("x")).join("/")}`).join("; ")}`);
});
