// The security review's reproductions (../shared/security-review.md, E1–E14),
// run against the build as it ships, served with its own response headers.
// Each test names the finding it shows closed.
import { test, expect } from "@playwright/test";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  controlled, serve, copyOfBuild, allowFraming, rebuild, recordRequests, screenshotBoth, openWithAnswers, noToAll, next, tapRegions, vignetteCode, openFolds,
} from "./helpers.js";

const sha384 = (buf) => `sha384-${createHash("sha384").update(buf).digest("base64")}`;

test("H1 (E5): under a path of a site with other pages, PainPath warns the patient, drops its privacy promise and makes no embed snippet", async ({ page }) => {
  // A clinic site at the origin's root that frames PainPath from /painpath/,
  // with an "analytics" script of its own.
  const root = mkdtempSync(join(tmpdir(), "painpath-site-"));
  cpSync("dist", join(root, "painpath"), { recursive: true });
  writeFileSync(join(root, "index.html"), `<!doctype html><title>Valley Pain Center</title><h1>Valley Pain Center</h1>
    <iframe src="/painpath/" style="width:100%;height:900px" title="PainPath"></iframe>`);
  const server = await serve(root, 4195);
  try {
    await page.goto("http://127.0.0.1:4195/");
    const frame = page.frameLocator("iframe");
    await expect(frame.getByText(/Take care: this copy of PainPath runs inside another website/)).toBeVisible();
    await expect(frame.getByText("Private: answers stay on this device")).toHaveCount(0);
    // Served at that path directly, the same.
    await page.goto("http://127.0.0.1:4195/painpath/");
    await expect(page.getByRole("alert").filter({ hasText: "runs inside another website" })).toBeVisible();
    await screenshotBoth(page, "warning-shared-origin");
    await page.goto("http://127.0.0.1:4195/painpath/#/clinics");
    await expect(page.getByText(/This copy of PainPath shares its web address with other pages/)).toBeVisible();
    await expect(page.locator("#c-embed")).toHaveCount(0);
    await screenshotBoth(page, "clinics-embed-refused");
  } finally {
    server.kill();
  }
});

test("H1 (E8): a script that rewrites PainPath's offline copy cannot make it send answers: the service worker checks every file it serves", async ({ page, context }) => {
  const requests = recordRequests(context);
  await openWithAnswers(page, "knee_arthritis", "#/results");
  await controlled(page);
  const poisoned = await page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith("painpath:"));
    const cache = await caches.open(name);
    const keys = (await cache.keys()).map((r) => new URL(r.url).pathname);
    const script = keys.find((k) => /lock\.[0-9a-f]+\.js$/.test(k));
    const wasm = keys.find((k) => k.endsWith("_bg.wasm"));
    // Any page or script of the origin can do this.
    await cache.put(script, new Response(
      "fetch('collect?a=' + encodeURIComponent(sessionStorage.getItem('painpath.session')));",
      { headers: { "Content-Type": "text/javascript" } }));
    await cache.put(wasm, new Response(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]), { headers: { "Content-Type": "application/wasm" } }));
    return { name, script, wasm };
  });
  // Asked for again through the worker (as a next visit does; a reload may
  // take the files from the page's memory instead), the files are the
  // build's own: the changed copies were thrown away and fetched again.
  const genuine = readFileSync(join("dist", poisoned.script.split("/").pop()), "utf8");
  const served = await page.evaluate(async ({ script, wasm }) => ({
    text: await (await fetch(script, { cache: "no-store" })).text(),
    bytes: (await (await fetch(wasm, { cache: "no-store" })).arrayBuffer()).byteLength,
  }), poisoned);
  expect(served.text).toBe(genuine);
  expect(served.bytes).toBeGreaterThan(1000);
  const again = await context.newPage();
  await again.goto("./#/results");
  await expect(again.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();
  expect(requests.filter((r) => r.url.includes("collect"))).toEqual([]);
  const now = await page.evaluate(async ({ name, script, wasm }) => {
    const cache = await caches.open(name);
    const text = await (await cache.match(script)).text();
    const bytes = (await (await cache.match(wasm)).arrayBuffer()).byteLength;
    return { text, bytes };
  }, poisoned);
  expect(now.text).toBe(genuine);
  expect(now.bytes).toBeGreaterThan(1000);
});

test("H2 (E3, E10): a forged clinic link cannot set a false emergency number, hidden mail copies or a lookalike name; the patient sees where booking leads and whose details these are", async ({ page }) => {
  const code = vignetteCode("cauda_equina_bladder_saddle");
  const refused = [
    ["emergency=118118", "emergency number"],
    ["emergency=12", "emergency number"],
    [`clinic=${encodeURIComponent("\u202Eretne\u0421 niaP yellaV")}`, "clinic name"],
    [`clinic=${encodeURIComponent("V\u0430lley P\u0430in Center")}`, "clinic name"],
    [`clinic=${encodeURIComponent("Valley Pain Center - URGENT: call 555-0199 first")}`, "clinic name"],
    [`book=${encodeURIComponent("mailto:desk@valley.example?bcc=harvest@evil.example&body=Describe your pain")}`, "booking link"],
    [`clinic=${encodeURIComponent("Valley\u200BPain")}`, "clinic name"],
  ];
  for (const [query, name] of refused) {
    await page.goto(`./?${query}#/shared/${code}`);
    await expect(page.getByText(new RegExp(`were not valid and were ignored: ${name}`))).toBeVisible();
    await expect(page.getByRole("link", { name: "Call 911 now" })).toHaveAttribute("href", "tel:911");
    expect(await page.locator('a[href^="tel:1"], a[href^="mailto:"]').count()).toBe(0);
  }
  // Well formed but unchecked: shown, marked as the link's, with the booking host.
  await page.goto(`./?clinic=Valley%20Pain%20Center&book=${encodeURIComponent("https://valley-pain-center.example/verify")}&emergency=112#/shared/${code}`);
  await expect(page.locator(".site-header")).toContainText("Clinic details from your link");
  await expect(page.getByRole("link", { name: "Book online at valley-pain-center.example" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 112 now" })).toBeVisible();
  await expect(page.getByText("112 comes from the link you were given. If it does not work where you are, call 911.")).toBeVisible();
  await page.getByRole("link", { name: "Book online at valley-pain-center.example" }).scrollIntoViewIfNeeded();
  await screenshotBoth(page, "clinic-unverified");
});

test("H2: a clinic link signed by the site shows the clinic as verified; the same link changed, or signed by another key, does not", async ({ page }) => {
  test.setTimeout(90_000);
  // The site's operator makes a key and lists its public half for the build.
  const work = mkdtempSync(join(tmpdir(), "painpath-keys-"));
  const privateKey = join(work, "site.private.pem");
  const line = execFileSync("node", ["scripts/sign-clinic.mjs", "keygen", "site", "--out", privateKey], { encoding: "utf8" }).trim();
  const deploy = join(work, "deploy");
  mkdirSync(deploy);
  writeFileSync(join(deploy, "clinic-keys.txt"), `${line}\n`);
  const build = copyOfBuild();
  rebuild(build, deploy);
  const server = await serve(build, 4196);
  const sign = (link, key = privateKey) => execFileSync("node", ["scripts/sign-clinic.mjs", "sign", "--key", key, "--id", "site", link], { encoding: "utf8" }).trim();
  try {
    const signed = sign("http://127.0.0.1:4196/?clinic=Valley%20Pain%20Center&phone=555-0100&book=https%3A%2F%2Fvalley.example%2Fbook&emergency=112");
    await page.goto(signed);
    await page.evaluate((s) => sessionStorage.setItem("painpath.session", s), `v1|${vignetteCode("radicular_lumbar_4_months_failed_pt")}|0|`);
    await page.goto(`${signed}#/results`);
    await page.reload();
    await expect(page.locator(".clinic-trust")).toHaveText("Verified clinic", { timeout: 15_000 });
    await expect(page.getByText("These clinic details are signed by the people who run this PainPath site.")).toBeVisible();
    await screenshotBoth(page, "clinic-verified-results");
    await page.goto(signed);
    await expect(page.locator(".clinic-trust")).toHaveText("Verified clinic");
    await screenshotBoth(page, "clinic-verified-welcome");
    // One setting changed after signing.
    await page.goto(signed.replace("555-0100", "555-0199"));
    await expect(page.locator(".site-header")).toContainText("Clinic details from your link");
    await page.waitForTimeout(500);
    await expect(page.locator(".clinic-trust")).toHaveText("Clinic details from your link");
    // A setting added after signing.
    await page.goto(signed.replace("&sig=", "&accent=4a2c6d&sig="));
    await page.waitForTimeout(500);
    await expect(page.locator(".clinic-trust")).toHaveText("Clinic details from your link");
    // Signed with a key the site does not list.
    const otherKey = join(work, "other.private.pem");
    execFileSync("node", ["scripts/sign-clinic.mjs", "keygen", "site", "--out", otherKey]);
    await page.goto(sign("http://127.0.0.1:4196/?clinic=Valley%20Pain%20Center", otherKey));
    await page.waitForTimeout(500);
    await expect(page.locator(".clinic-trust")).toHaveText("Clinic details from your link");
  } finally {
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
});

test("M1 (E1b): answers kept in the tab are forgotten an hour after PainPath was last used, so a tab the browser brings back later opens fresh", async ({ page }) => {
  await page.clock.install();
  await page.goto("./");
  await expect(page.getByText("Kept for one hour.")).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Knees"]);
  await next(page);
  const saved = await page.evaluate(() => sessionStorage.getItem("painpath.session"));
  expect(saved).toMatch(/^t\d+\|v1\|/);
  // Within the hour a reload keeps them (and counts as use).
  await page.clock.fastForward("59:00");
  await page.goto("./#/");
  await page.reload();
  await expect(page.getByRole("button", { name: "Continue where I left off" })).toBeVisible();
  // An hour after PainPath was last used, they are gone.
  await page.clock.fastForward("01:01:00");
  await page.reload();
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue where I left off" })).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.getItem("painpath.session"))).toBeNull();
});

test("M2 (E11, E12): the steps leave no trail in the tab's history, tracking ids leave the address, and a results link can be locked with a passphrase", async ({ page, context }) => {
  await page.goto("./?clinic=Valley%20Pain%20Center&mc_eid=4f2a9c1d77&patient=MRN-000123");
  await page.getByRole("button", { name: "Start" }).click();
  expect(page.url()).not.toMatch(/mc_eid|MRN/);
  const before = await page.evaluate(() => history.length);
  await tapRegions(page, ["Knees"]);
  await next(page);
  await noToAll(page);
  await next(page);
  await page.locator("a.brand").click();
  await expect(page.getByRole("button", { name: "Continue where I left off" })).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(before);

  await openWithAnswers(page, "knee_arthritis", "#/results");
  await openFolds(page);
  await page.getByRole("button", { name: "Make a link to share" }).click();
  await expect(page.getByText(/the link stays in the history of each browser that opens it/)).toBeVisible();
  await page.getByRole("button", { name: "I understand, make a locked link" }).click();
  const passphrase = await page.locator("#share-passphrase").textContent();
  expect(passphrase).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  const link = await page.getByLabel("Your results link").inputValue();
  expect(link).toContain("#/shared/L.");
  expect(link).not.toContain(vignetteCode("knee_arthritis"));
  await page.locator("#share-passphrase").scrollIntoViewIfNeeded();
  await screenshotBoth(page, "share-locked-link");
  // The doctor's browser: nothing stored, a wrong passphrase first.
  const doctor = await context.browser().newContext();
  const other = await doctor.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Locked results" })).toBeVisible();
  await screenshotBoth(other, "shared-locked");
  await other.getByLabel("Passphrase").fill("AAAA-BBBB-CCCC");
  await other.getByRole("button", { name: "Open the results" }).click();
  await expect(other.getByText("That passphrase does not open these results.")).toBeVisible();
  await screenshotBoth(other, "shared-locked-wrong");
  // Typed loosely, the right one opens it.
  await other.getByLabel("Passphrase").fill(passphrase.toLowerCase().replaceAll("-", " "));
  await other.getByRole("button", { name: "Open the results" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Shared results" })).toBeVisible();
  await expect(other.getByText(/the link stays in this browser's history/)).toBeVisible();
  expect(await other.locator("article.procedure h3").allTextContents()).toContain("Joint injection (knee, hip or shoulder)");
  expect(await other.evaluate(() => sessionStorage.length)).toBe(0);
  await doctor.close();
});

test("M3 (E4): a page allowed to frame PainPath learns nothing about the answers from the frame's height or its history", async ({ page }) => {
  test.setTimeout(120_000);
  const HOST = "http://127.0.0.1:4197";
  const build = copyOfBuild();
  allowFraming(build, HOST);
  const widget = await serve(build, 4198);
  const hostDir = mkdtempSync(join(tmpdir(), "painpath-framer-"));
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><title>Host</title>
    <iframe src="http://127.0.0.1:4198/?embed=${encodeURIComponent(HOST)}" style="width:900px;height:700px" title="PainPath"
      sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-to-custom-protocols"></iframe>
    <script>window.heights = []; addEventListener("message", (e) => window.heights.push(e.data.height));</script>`);
  const host = await serve(hostDir, 4197);
  const profiles = {
    knees: async (frame) => {
      for (const r of await frame.getByRole("radio", { name: "No", exact: true }).all()) await r.check();
      for (let i = 0; i < 25; i++) {
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
    },
    redFlag: async (frame) => {
      await frame.getByRole("button", { name: "Knees: Right", exact: true }).locator("rect").first().click();
      await frame.getByRole("button", { name: "Next" }).click();
      await frame.getByRole("group", { name: "Is it newly hard to pass urine, or does urine leak out without warning?" })
        .getByLabel("Yes", { exact: true }).click();
      await expect(frame.locator("#urgency-title")).toHaveText("Get emergency help now");
      // In a frame the number is also given as text, beside the call button.
      await expect(frame.getByRole("link", { name: "Call 911 now" })).toBeVisible();
      // (In the red banner at the top and in the emergency box at the bottom.)
      await expect(frame.getByText("If the button does not work, dial 911 on your phone.")).toHaveCount(2);
      await expect(frame.getByText("If the button does not work, dial 911 on your phone.").first()).toBeVisible();
    },
  };
  const seen = {};
  try {
    for (const [name, journey] of Object.entries(profiles)) {
      await page.goto(`${HOST}/`);
      const frame = page.frameLocator("iframe");
      await frame.getByRole("button", { name: "Start" }).click();
      const history = await page.evaluate(() => history.length);
      await journey(frame);
      await page.waitForTimeout(500);
      seen[name] = { heights: await page.evaluate(() => Math.max(...window.heights)), history: (await page.evaluate(() => history.length)) - history };
    }
    expect(seen.knees).toEqual(seen.redFlag);
    expect(seen.knees.history).toBe(0);
  } finally {
    host.kill();
    widget.kill();
  }
});

test("M4 (E6): two copies of PainPath on one origin keep their own offline copies, and the worker answers only the app's own pages", async ({ page, context }) => {
  test.setTimeout(60_000);
  const root = mkdtempSync(join(tmpdir(), "painpath-two-"));
  cpSync("dist", join(root, "a"), { recursive: true });
  cpSync("dist", join(root, "b"), { recursive: true });
  mkdirSync(join(root, "a", "private"));
  writeFileSync(join(root, "a", "private", "report.txt"), "the site's own file");
  const server = await serve(root, 4199);
  try {
    await page.goto("http://127.0.0.1:4199/a/");
    await controlled(page);
    await page.goto("http://127.0.0.1:4199/b/");
    await controlled(page);
    const names = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("painpath:")).sort());
    expect(names).toHaveLength(2);
    expect(names[0]).toContain("http://127.0.0.1:4199/a/");
    expect(names[1]).toContain("http://127.0.0.1:4199/b/");
    await context.setOffline(true);
    await page.goto("http://127.0.0.1:4199/a/#/procedure/spinal_cord_stimulation");
    await expect(page.locator("main h1")).toHaveText("Spinal cord stimulation");
    await context.setOffline(false);
    // Other addresses under the scope are not answered with the app's page.
    const other = await page.goto("http://127.0.0.1:4199/a/private/report.txt");
    expect(await other.text()).toBe("the site's own file");
    const worker = await page.goto("http://127.0.0.1:4199/a/sw.js?x=1");
    expect(await worker.text()).toContain("PainPath service worker");
  } finally {
    server.kill();
  }
});

test("M4 (E6): a release that changes a script reaches the person whole: every file is named by its content", async ({ page }) => {
  test.setTimeout(60_000);
  const dir = copyOfBuild();
  const server = await serve(dir, 4200);
  try {
    await page.goto("http://127.0.0.1:4200/");
    await controlled(page);
    // Release 2 fixes lock.js (the results link's lock): the build names it afresh.
    const old = readdirSync(dir).find((f) => /^lock\.[0-9a-f]+\.js$/.test(f) && !/\.(gz|br)$/.test(f));
    writeFileSync(join(dir, "lock.js"), `${readFileSync(join(dir, old), "utf8")}\n/* release 2 */\n`);
    rmSync(join(dir, old));
    const index = join(dir, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace(old, "lock.js"));
    rebuild(dir);
    const fixed = readdirSync(dir).find((f) => /^lock\.[0-9a-f]+\.js$/.test(f));
    expect(fixed).not.toBe(old);
    // Served for a year only under a hashed name; the page and worker are checked each time.
    const headers = (await page.request.get(`http://127.0.0.1:4200/${fixed}`)).headers();
    expect(headers["cache-control"]).toContain("immutable");
    for (const path of ["", "index.html", "sw.js", "manifest.webmanifest"]) {
      expect((await page.request.get(`http://127.0.0.1:4200/${path}`)).headers()["cache-control"], path).toBe("no-cache");
    }
    await page.reload();
    await expect(page.getByText("A new version of PainPath is ready.")).toBeVisible({ timeout: 15_000 });
    await page.getByRole("button", { name: "Update now" }).click();
    await expect.poll(() => page.locator(`meta[name="painpath-file:lock.js"][content^="${fixed} "]`).count(), { timeout: 15_000 }).toBe(1);
    const cached = await page.evaluate(async (file) => {
      const name = (await caches.keys()).find((k) => k.startsWith("painpath:"));
      return (await (await caches.open(name)).match(file))?.text();
    }, `./${fixed}`);
    expect(cached).toContain("release 2");
  } finally {
    server.kill();
  }
});

test("M5 (E13): the embed helper is served to other sites pinned by its integrity, and the snippet sends no referrer", async ({ page }) => {
  await page.goto("./#/clinics");
  await page.getByLabel("Your website's address").fill("https://www.valleypain.example");
  const snippet = await page.locator("#c-embed").inputValue();
  const [, src, integrity] = snippet.match(/<script src="([^"]+)" integrity="([^"]+)"/);
  const response = await page.request.get(src);
  expect(integrity).toBe(sha384(await response.body()));
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
  expect(snippet).toContain("embed=https%3A%2F%2Fwww.valleypain.example");
  expect(snippet).toContain('referrerpolicy="no-referrer"');
  expect(snippet).toContain("allow-top-navigation-to-custom-protocols");
});

test("L1, L2: the app is served with its policy and runs under Trusted Types: no string becomes markup or a script address", async ({ page }) => {
  const violations = [];
  page.on("console", (m) => { if (/Trusted Type|Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  const response = await page.goto("./");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("require-trusted-types-for 'script'");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect((await page.request.get("./sw.js")).headers()["content-security-policy"]).toBe("default-src 'none'; connect-src 'self'");
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Knees"]);
  await next(page);
  await noToAll(page);
  await next(page);
  await page.goto("./#/clinics");
  await page.getByLabel("Clinic name").fill("Valley Pain Center");
  await expect(page.locator("#qr-code svg")).toBeVisible();
  expect(violations).toEqual([]);
  const sink = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML("beforeend", "<img src=x onerror=alert(1)>");
      return "parsed";
    } catch (e) {
      return e.constructor.name;
    }
  });
  expect(sink).toBe("TypeError");
  const script = await page.evaluate(() => {
    try {
      document.createElement("script").src = "https://elsewhere.example/x.js";
      return "set";
    } catch (e) {
      return e.constructor.name;
    }
  });
  expect(script).toBe("TypeError");
});
