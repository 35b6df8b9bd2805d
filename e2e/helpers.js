// Shared helpers for the end-to-end tests.
import { expect } from "@playwright/test";
import { execSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync, cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

/** Record every request the page makes; returns the live list. Given the
 * browser context instead, it records the requests of every page, popup and
 * frame in it and of its service workers too (`worker: true`). */
export function recordRequests(target) {
  const seen = [];
  target.on("request", (req) => seen.push({
    url: req.url(), method: req.method(), body: req.postData(), worker: !!req.serviceWorker(),
    navigation: req.isNavigationRequest(), headers: req.headers(),
  }));
  return seen;
}

/** Wait until the service worker controls the page (reloading once if needed). */
export async function controlled(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** Serve a directory with the project's static server (the headers of its
 * _headers file) on its own port; returns the server process. */
export async function serve(dir, port) {
  const server = spawn("node", ["scripts/serve-static.mjs", String(port), dir], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return server;
}

/** A copy of the build in a new temporary folder. */
export function copyOfBuild() {
  const dir = mkdtempSync(join(tmpdir(), "painpath-build-"));
  cpSync("dist", dir, { recursive: true });
  return dir;
}

/** Let `origins` frame the patient app of the copy in `dir`, as listing
 * them in deploy/embed-origins.txt before the build would. */
export function allowFraming(dir, ...origins) {
  const file = join(dir, "_headers");
  const blocks = readFileSync(file, "utf8").split("\n\n").map((b) => (/^\/(index\.html)?\n/m.test(b)
    ? b.replace("frame-ancestors 'none'", `frame-ancestors ${origins.join(" ")}`) : b));
  writeFileSync(file, blocks.join("\n\n"));
}

/** Run the build step again on a changed copy, as a new release would;
 * `deploy` is another folder of deployment settings (clinic keys, sites). */
export function rebuild(dir, deploy) {
  execSync(`node scripts/harden_build.mjs ${dir}`, { stdio: "ignore", env: { ...process.env, ...(deploy ? { PAINPATH_DEPLOY: deploy } : {}) } });
}

/** Answer questions on the current step: [[question legend, option label], …]. */
export async function answer(page, pairs) {
  for (const [question, option] of pairs) {
    const group = page.getByRole("group", { name: question, exact: true });
    await group.getByLabel(option, { exact: true }).check();
  }
}

/** Answer "No" to every yes/no question on the current step. */
export async function noToAll(page) {
  for (const radio of await page.getByRole("radio", { name: "No", exact: true }).all()) {
    await radio.check();
  }
}

/** Whether the page says questions on it are left without an answer. */
export async function leftUnanswered(page) {
  return (await page.locator(".left-note:not(:empty)").count()) > 0;
}

/** Go to the next step and wait for its heading. */
export async function next(page) {
  const before = await page.locator("main h1").textContent();
  const button = page.getByRole("button", { name: /^(Next|Check my answers)$/ });
  await button.click();
  // Questions left without an answer: the page says so once, and Next
  // again goes on.
  if (await leftUnanswered(page)) await button.click();
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent !== t, before);
}

/** The extra safety questions asked for pain in the neck, back, buttocks,
 * shoulders or arms: a patient without those signs taps "None of these apply
 * to me" (in the language shown), which answers the page and goes on. */
export async function noWarningSigns(page) {
  const before = await page.locator("main h1").textContent();
  await page.getByRole("button", { name: /^(None of these apply to me|No me pasa nada de esto)$/ }).click();
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent !== t, before);
}

/** Tap body-map regions by name, as a person would: the first shape shown
 * that is the region (a limb: the side drawn first, the person's right on
 * the front view), turning the body around on a phone when the region is
 * only on the other view. */
export async function tapRegions(page, names) {
  for (const name of names) {
    const shapes = page.locator(`svg.map .region[aria-label="${name}"], svg.map .region[aria-label^="${name}: "]`)
      .filter({ visible: true });
    if ((await shapes.count()) === 0) {
      await page.locator(".view-switch [aria-pressed=false]").click();
    }
    await tapShape(page, shapes.first());
  }
}

/** Tap a body-map button where a tap reaches it (the head's middle is the
 * face, so the middle of its box will not do), with the mouse, as a finger would. */
export async function tapShape(page, button) {
  await button.scrollIntoViewIfNeeded();
  const point = await button.evaluate((g) => {
    for (const r of g.querySelectorAll("rect")) {
      const b = r.getBoundingClientRect();
      for (const [fx, fy] of [[0.5, 0.5], [0.5, 0.25], [0.5, 0.75], [0.5, 0.12]]) {
        const [x, y] = [b.left + b.width * fx, b.top + b.height * fy];
        if (document.elementFromPoint(x, y)?.closest(".region") === g) return { x, y };
      }
    }
    return null;
  });
  expect(point, "a point of the shape that takes taps").not.toBeNull();
  await page.mouse.click(point.x, point.y);
}

/** Start a fresh questionnaire: mark where it hurts (and answer `onMap`,
 * such as the area that bothers most, on the same page), answer every
 * safety page with "No", and give the age. Ends on the step after "About you". */
export async function begin(page, regions, age, onMap = []) {
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, regions);
  await answer(page, onMap);
  await next(page);
  for (let i = 0; i < 4; i++) {
    const title = (await page.locator("main h1").textContent()).trim();
    if (title === "About you") break;
    await noToAll(page);
    await next(page);
  }
  await page.getByLabel("How old are you?").fill(age);
  await next(page);
}

/** From the current step, keep pressing Next until the review page. */
export async function nextUntilReview(page) {
  for (let i = 0; i < 20; i++) {
    if ((await page.locator("main h1").textContent()) === "Check your answers") return;
    await next(page);
  }
  throw new Error("never reached the review page");
}

/** From the review page, open the results. */
export async function seeResults(page) {
  await page.getByRole("button", { name: "See my results" }).click();
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
}

/** Open every fold (<details>) on the page: reasons, credentials,
 * questions and sources are one tap away on the results. */
export async function openFolds(page) {
  await page.locator("#urgency-title").waitFor();
  await page.locator("main details:not([open]) > summary").evaluateAll((els) => els.forEach((s) => s.click()));
}

/** Procedure card titles on the results page. */
export async function procedureNames(page) {
  return page.locator("article.procedure h3").allTextContents();
}

/** The link code of a vignette's answers, made by the review command. */
export function vignetteCode(name) {
  return fileCode(`core/tests/vignettes/${name}.json`);
}

/** The link code of a patient's answers in e2e/patients/ (the people of
 * docs' patient walk-throughs), made by the review command. */
export function patientCode(name) {
  return fileCode(`e2e/patients/${name}.json`);
}

/** The link code of any answers file, made by the review command. */
function fileCode(file) {
  return execSync(`cargo run -q -p painpath-core --bin review -- --code ${file}`).toString().trim();
}

/** Open a page in `lang` with a patient's answers (e2e/patients/) already
 * in session storage. */
export async function openPatient(page, name, hash, lang = "en") {
  await openWithCode(page, patientCode(name), hash, lang);
}

/** Open a page in `lang` with the answers of any answers file (a patient, a
 * vignette or a fixture) already in session storage. */
export async function openWithFile(page, file, hash, lang = "en") {
  await openWithCode(page, fileCode(file), hash, lang);
}

async function openWithCode(page, code, hash, lang) {
  await openApp(page);
  await page.evaluate(([s, l]) => {
    sessionStorage.setItem("painpath.session", s);
    sessionStorage.setItem("painpath.lang", l);
  }, [`v1|${code}|0|`, lang]);
  await page.goto(`./${hash}`);
  await page.reload();
  await page.locator("main h1").first().waitFor();
}

/** Open a page and wait until the app has mounted and shows its heading (the
 * app reads session storage when it mounts, and screens past the questions
 * wait for the rest of their words). */
export async function openApp(page, url = "./") {
  await page.goto(url);
  await page.locator("main h1").first().waitFor();
}

/** Open a page with a vignette's answers already in session storage. */
export async function openWithAnswers(page, name, hash, ticked = "") {
  const code = vignetteCode(name);
  await openApp(page);
  await page.evaluate((s) => sessionStorage.setItem("painpath.session", s), `v1|${code}|0|${ticked}`);
  await page.goto(`./${hash}`);
  await page.reload();
  await page.locator("main h1").first().waitFor();
}

/** A 67-year-old with knee arthritis for over 6 months, from Start to results. */
export async function kneeArthritisJourney(page) {
  await begin(page, ["Knees"], "67");
  await answer(page, [["How long have you had this pain?", "More than 6 months"]]);
  await next(page);
  await answer(page, [["What number best describes your pain on average in the past week?", "6"]]);
  await next(page);
  await next(page);
  await next(page);
  await answer(page, [["A home exercise program", "4 weeks or more"], ["How did physical therapy or exercise work?", "It helped a little"]]);
  await next(page);
  await next(page);
  await page.getByRole("group", { name: "Has a doctor told you that you have any of these?" }).getByLabel("Knee arthritis").check();
  await nextUntilReview(page);
  await seeResults(page);
}

/** Print the page as a PDF in print media, save it (and a PNG of it, to look
 * at) under SHOTS, and return its number of pages. */
export async function printPdf(page, format, name) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format, printBackground: true });
  mkdirSync(SHOTS, { recursive: true });
  const file = `${SHOTS}/${name}-${format}.pdf`;
  writeFileSync(file, pdf);
  if (existsSync("/usr/bin/pdftoppm")) {
    execSync(`pdftoppm -png -r 60 -singlefile ${file} ${SHOTS}/${name}-${format}`);
  }
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

/** The answers of a patient file (e2e/patients/) as field id → answer. A
 * field's id is its name in the file, or, for a few (the PEG scores, the
 * headache questions), its group's name and its own: both are given. */
export function patientAnswers(name) {
  const flat = {};
  const walk = (obj, group) => {
    for (const [key, value] of Object.entries(obj)) {
      if (value !== null && typeof value === "object" && !Array.isArray(value)) walk(value, key);
      else {
        flat[key] = value;
        if (group) flat[`${group}_${key}`] = value;
      }
    }
  };
  walk(JSON.parse(readFileSync(`e2e/patients/${name}.json`, "utf8")).answers);
  return flat;
}

/** Walk the questionnaire as the person would, from the welcome page to the
 * review page, in `lang`: on each page, answer every question shown whose
 * answer is in `answers` (by tapping its option, or typing a number), again
 * as follow-up questions appear, then press Next. On a page that offers
 * "None of these apply to me", the answers that are not "no" come first and
 * the button answers the rest when they are all "no". A question left without an
 * answer in `answers` is left blank, as a person may leave it (Next asks
 * once, then goes on). Returns the number of taps and keyed answers. */
export async function tapThrough(page, answers, lang = "en") {
  await page.goto("./");
  await page.evaluate((l) => sessionStorage.setItem("painpath.lang", l), lang);
  await page.reload();
  await page.locator("section.welcome .btn-primary").click();
  let taps = 1;
  for (let pages = 0; pages < 30; pages++) {
    await page.locator("main h1").first().waitFor();
    if (page.url().includes("#/review")) return taps;
    const before = await page.locator("main h1").first().textContent();
    // A page of signs with "None of these apply to me": the person answers
    // what is not "no" first (a "yes" may open a question), then one tap on
    // the button answers the rest "no", as it says.
    const none = page.locator(".none-of-these button");
    const withNone = (await none.count()) > 0;
    const answered = new Set();
    const answerShown = async (skipNo) => {
      // Answering may show follow-up questions: look again until none is new.
      for (let round = 0; round < 6; round++) {
        const names = await page.locator("main input").evaluateAll((els) =>
          [...new Set(els.map((e) => (e.name || e.id).replace(/^input-/, "").replace(/^region-.*/, "regions")))]);
        const todo = names.filter((n) => !answered.has(n) && n in answers && !(skipNo && answers[n] === "no"));
        if (todo.length === 0) return;
        for (const name of todo) {
          answered.add(name);
          const value = answers[name];
          if (name === "regions") {
            for (const r of value) { await page.locator(`#region-${r}`).check(); taps++; }
          } else if (typeof value === "number" && await page.locator(`#input-${name}`).count()) {
            await page.locator(`#input-${name}`).fill(String(value)); taps++;
          } else {
            for (const v of Array.isArray(value) ? value : [value]) {
              await page.locator(`[id="${name}-${v}"]`).check(); taps++;
            }
          }
        }
      }
    };
    await answerShown(withNone);
    // The button stays only while it still has questions to answer.
    if (withNone && (await none.count()) === 0) {
      await answerShown(false);
    } else if (withNone) {
      // The questions still open on the page: "none" fits only when the
      // person's answer to each of them is "no".
      const open = await page.locator("main input[type=radio]").evaluateAll((els) => {
        const names = [...new Set(els.map((e) => e.name))];
        return names.filter((n) => !els.some((e) => e.name === n && e.checked));
      });
      if (open.length > 0 && open.every((n) => answers[n] === "no")) {
        await none.click(); taps++;
        const wentOn = await page.waitForFunction((t) => document.querySelector("main h1")?.textContent !== t, before, { timeout: 1500 })
          .then(() => true, () => false);
        if (wentOn) continue;
      } else {
        await answerShown(false);
      }
    }
    const button = page.locator("nav.step-nav .btn-primary");
    await button.click(); taps++;
    if (await leftUnanswered(page)) { await button.click(); taps++; }
    await page.waitForFunction((t) => document.querySelector("main h1")?.textContent !== t, before);
  }
  throw new Error("never reached the review page");
}

/** Text under 16 px and tap targets under 44 × 44 px on the page shown.
 * The body map's drawing (its regions and labels) is left out: its own
 * test checks it. `tally`, when given, counts the elements checked. */
export async function tooSmall(page, tally) {
  const [out, checked] = await page.evaluate(() => {
    const out = [];
    let checked = 0;
    // Shown, and on the page (the skip link waits off screen until focused).
    const seen = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0
      && el.getBoundingClientRect().right > 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!node.textContent.trim() || !el || !seen(el) || el.closest(".visually-hidden, script, style, svg.map")) continue;
      checked++;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16) out.push(`text ${size}px: ${el.tagName.toLowerCase()}.${el.className} "${node.textContent.trim().slice(0, 40)}"`);
    }
    for (const el of document.querySelectorAll("a[href], button, summary, input:not([type=hidden]), select, textarea, [role=button]")) {
      if (!seen(el) || el.closest("svg.map")) continue;
      checked++;
      // A labelled checkbox or radio is tapped through its label as well.
      const label = el.id && document.querySelector(`label[for="${el.id}"]`);
      const box = label ? label.closest(".point, li, .option, div") ?? label : el;
      // Links inside a sentence are exempt (WCAG 2.5.5, "inline").
      if (el.tagName === "A" && getComputedStyle(el).display === "inline" && el.parentElement.textContent.trim() !== el.textContent.trim()) continue;
      const r = box.getBoundingClientRect();
      if (r.width < 43.5 || r.height < 43.5) out.push(`target ${Math.round(r.width)}x${Math.round(r.height)}: ${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}"`);
    }
    return [out, checked];
  });
  if (tally) tally.elements += checked;
  return out;
}

