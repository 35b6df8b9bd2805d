// A result that is not urgent still says, one tap away, which changes would
// make it urgent (safety-netting for the wait), with only the signs that fit
// where it hurts (clinical-reference §1): cauda equina signs with low back or
// leg pain, the thunderclap headache with head or neck pain, new weakness and
// unbearable pain or fever for anyone. Urgent results have the open box
// instead, so the fold is not there.
import { test, expect } from "@playwright/test";
import { PHONE, SHOTS, openWithAnswers, screenshotBoth } from "./helpers.js";

test.use({ viewport: PHONE });

const BLADDER = "You cannot pass urine, or you cannot control your bladder or bowels.";
const HEADACHE = "You get a sudden, very bad headache, the worst of your life.";
const WEAK = "A leg or arm becomes weak or numb for the first time, or it quickly gets worse. Or both legs feel weak.";

async function openNet(page) {
  const net = page.locator("details.safety-net");
  await net.locator("summary").click();
  return net;
}

test("low back pain for a facet procedure: the cauda equina signs, not the headache", async ({ page }) => {
  await openWithAnswers(page, "axial_facet_low_back", "#/results");
  const net = await openNet(page);
  await expect(net).toContainText(BLADDER);
  await expect(net).toContainText(WEAK);
  await expect(net).not.toContainText(HEADACHE);
  await net.screenshot({ path: `${SHOTS}/safety-net-low-back-open-phone.png` });
  await screenshotBoth(page, "safety-net-low-back");
});

test("knee arthritis: weakness and fever, neither bladder nor headache signs", async ({ page }) => {
  await openWithAnswers(page, "knee_arthritis", "#/results");
  const net = await openNet(page);
  await expect(net).toContainText(WEAK);
  await expect(net).not.toContainText(BLADDER);
  await expect(net).not.toContainText(HEADACHE);
});

test("headache at the back of the head: the thunderclap headache sign", async ({ page }) => {
  await openWithAnswers(page, "occipital_neuralgia", "#/results");
  const net = await openNet(page);
  await expect(net).toContainText(HEADACHE);
  await expect(net).not.toContainText(BLADDER);
});

test("an urgent result has the open emergency box and no fold", async ({ page }) => {
  await openWithAnswers(page, "cancer_history_new_back_pain", "#/results");
  await expect(page.locator(".emergency-box").first()).toBeVisible();
  await expect(page.locator("details.safety-net")).toHaveCount(0);
});
