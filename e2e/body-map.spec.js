// The body map sized for fingers, a side per tap, and a step count that
// stays put while the map is tapped (WCAG 2.5.5; patient walk: Luis 3,
// Dorothy 4), at a phone's and a desktop's width, in English and Spanish.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { PHONE, openApp, noToAll, leftUnanswered, tapShape } from "./helpers.js";

const DESKTOP = { width: 1280, height: 900 };
const WIDTHS = [["phone", PHONE], ["desktop", DESKTOP]];
const ABOUT = { en: "About you", es: "Sobre usted" };

/** A fresh questionnaire on the map page, in this language. */
async function toMap(page, lang) {
  await openApp(page);
  await page.evaluate((l) => { sessionStorage.clear(); sessionStorage.setItem("painpath.lang", l); }, lang);
  await page.goto("./#/q/where");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await page.locator("svg.map .region").first().waitFor();
}

/** For each region button of the views on screen, the largest square (in
 * CSS px) where a tap lands on it, found with elementFromPoint over a 2 px
 * grid: the part that receives taps, not the drawn box. */
async function tapSquares(page) {
  const out = {};
  for (const svg of await page.locator("svg.map").filter({ visible: true }).all()) {
    await svg.scrollIntoViewIfNeeded();
    Object.assign(out, await svg.evaluate((el) => {
      const view = el.closest(".map-view").classList.contains("back") ? "back" : "front";
      const box = el.getBoundingClientRect();
      const step = 2;
      const cols = Math.floor(box.width / step), rows = Math.floor(box.height / step);
      const buttons = [...el.querySelectorAll(".region")];
      const owner = [];
      for (let r = 0; r < rows; r++) {
        owner.push([]);
        for (let c = 0; c < cols; c++) {
          const hit = document.elementFromPoint(box.left + c * step + 1, box.top + r * step + 1);
          owner[r].push(buttons.indexOf(hit?.closest(".region")));
        }
      }
      const sizes = {};
      buttons.forEach((b, i) => {
        // Largest square of points all owned by this button (dynamic programming).
        let best = 0;
        let prev = new Array(cols).fill(0);
        for (let r = 0; r < rows; r++) {
          const row = new Array(cols).fill(0);
          for (let c = 0; c < cols; c++) {
            if (owner[r][c] !== i) continue;
            row[c] = r && c ? Math.min(prev[c], row[c - 1], prev[c - 1]) + 1 : 1;
            best = Math.max(best, row[c]);
          }
          prev = row;
        }
        const side = b.dataset.side ? ` ${b.dataset.side}` : "";
        sizes[`${view} ${b.dataset.region}${side}`] = (best - 1) * step;
      });
      return sizes;
    }));
  }
  return out;
}

const LEG = (side) => `svg.map [data-region=legs_feet][data-side=${side}]`;
const progress = (page) => page.locator(".progress-label").textContent();

/** Next (in either language), past a note on questions left blank. */
async function next(page) {
  const before = await page.locator("main h1").textContent();
  const button = page.getByRole("button", { name: /^(Next|Siguiente)$/ });
  await button.click();
  if (await leftUnanswered(page)) await button.click();
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent !== t, before);
}

/** From the map, "no" to the safety pages until "About you". */
async function toAbout(page, lang) {
  await next(page);
  for (let i = 0; i < 5; i++) {
    if ((await page.locator("main h1").textContent()).trim() === ABOUT[lang]) return;
    await noToAll(page);
    await next(page);
  }
  await expect(page.locator("main h1")).toHaveText(ABOUT[lang]);
}

for (const lang of ["en", "es"]) for (const [label, size] of WIDTHS) {
  test(`every body-map region takes a 44 x 44 px tap (${lang}, ${label})`, async ({ page }) => {
    await page.setViewportSize(size);
    await toMap(page, lang);
    const sizes = await tapSquares(page);
    if (label === "phone") {
      // One view at a time, and the switch to the other is in plain sight.
      const other = page.locator(".view-switch [aria-pressed=false]");
      await expect(other).toBeVisible();
      const box = await other.boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(44);
      await other.click();
      Object.assign(sizes, await tapSquares(page));
    } else {
      await expect(page.locator(".view-switch")).toBeHidden();
    }
    // 14 buttons on the front, 11 on the back: every region, each limb by side.
    expect(Object.keys(sizes)).toHaveLength(25);
    const small = Object.entries(sizes).filter(([, px]) => px < 44);
    expect(small, `tap squares under 44 px: ${JSON.stringify(small)}`).toEqual([]);
    const least = Object.entries(sizes).sort((a, b) => a[1] - b[1])[0];
    console.log(`${lang} ${label}: the smallest tap square is ${least[1]} px (${least[0]})`);
  });

  test(`a tap lights one side, the side question shows it, the step count stays (${lang}, ${label})`, async ({ page }) => {
    await page.setViewportSize(size);
    await toMap(page, lang);
    const count = await progress(page);
    const left = page.locator(LEG("left")).filter({ visible: true }).first();
    const right = page.locator(LEG("right")).filter({ visible: true }).first();
    await tapShape(page, left);
    // Only the left leg, on both views.
    for (const el of await page.locator(LEG("left")).all()) await expect(el).toHaveAttribute("aria-pressed", "true");
    for (const el of await page.locator(LEG("right")).all()) await expect(el).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("input#region-legs_feet")).toBeChecked();
    // Taps that change which steps follow: the count stays while the step is open.
    await tapShape(page, page.locator("svg.map [data-region=head]").filter({ visible: true }).first());
    await page.locator("input#region-lower_back").check();
    if (label === "phone") {
      // Chosen from the list, the lower back shows only on the other view: its switch carries a dot.
      await expect(page.locator(".view-switch [aria-pressed=false]")).toHaveClass(/marked/);
    }
    await page.locator("input#region-lower_back").uncheck();
    if (label === "phone") await expect(page.locator(".view-switch .marked")).toHaveCount(0);
    expect(await progress(page)).toBe(count);
    await tapShape(page, page.locator("svg.map [data-region=head]").filter({ visible: true }).first());
    expect(await progress(page)).toBe(count);
    // The side follow-up shows the left side.
    await toAbout(page, lang);
    const [at, of] = (await progress(page)).match(/\d+/g).map(Number);
    expect(at).toBeLessThanOrEqual(of);
    await expect(page.locator("input#leg_side-left")).toBeChecked();
    // Back on the map, the right leg too: both sides, both shapes lit.
    await page.goto("./#/q/where");
    await tapShape(page, right);
    await expect(left).toHaveAttribute("aria-pressed", "true");
    await expect(right).toHaveAttribute("aria-pressed", "true");
    const found = (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze())
      .violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
    expect(found).toEqual([]);
    await toAbout(page, lang);
    await expect(page.locator("input#leg_side-both")).toBeChecked();
    // A side changed in the follow-up shows on the map.
    await page.locator("input#leg_side-right").check();
    await page.goto("./#/q/where");
    await expect(left).toHaveAttribute("aria-pressed", "false");
    await expect(right).toHaveAttribute("aria-pressed", "true");
    // One tap off leaves nothing: the leg and its side are cleared.
    await tapShape(page, right);
    await expect(page.locator("input#region-legs_feet")).not.toBeChecked();
  });
}

// Keyboard and screen reader: on a wide screen both views show, and a limb
// is drawn on both; each region and side is met once in the tab order, and
// every one can be reached. On a phone the view chosen is the one tabbed.
for (const [label, size] of WIDTHS) {
  test(`the tab order meets each region and side once (${label})`, async ({ page }) => {
    await page.setViewportSize(size);
    await toMap(page, "en");
    const every = await page.locator("svg.map .region").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("aria-label")))]);
    const tabbed = async () => page.locator("svg.map .region").filter({ visible: true })
      .evaluateAll((els) => els.filter((e) => e.tabIndex === 0 && e.getAttribute("aria-hidden") !== "true").map((e) => e.getAttribute("aria-label")));
    let names = await tabbed();
    if (label === "phone") {
      // The back view, chosen with the switch, is tabbed in its turn.
      await page.getByRole("button", { name: "Back of the body" }).click();
      names = names.concat(await tabbed());
    }
    // Every region and side can be reached.
    expect(new Set(names)).toEqual(new Set(every));
    if (label === "desktop") {
      expect(names.length, "no repeat on a wide screen").toBe(new Set(names).size);
      // The first region reached by Tab is a shape with a name; Enter marks it.
      const first = page.locator("svg.map .region[tabindex='0']").first();
      await first.focus();
      await page.keyboard.press("Enter");
      await expect(first).toHaveAttribute("aria-pressed", "true");
    }
  });
}
