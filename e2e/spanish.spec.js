// PainPath in Spanish: chosen by a clinic link, by the browser's preferred
// language, or by the switch on every screen; the switch never loses an answer.
// Expected texts are the Spanish locale's wording of the same clinical outcome
// the English journeys check. The Spanish printed summary is in summary.spec.js.
import { test, expect } from "@playwright/test";
import { answer, next, leftUnanswered, noToAll, tapRegions, recordRequests, screenshotBoth, noWarningSigns } from "./helpers.js";

const MISSING = "[missing text]";

/** Next step in Spanish, waiting for the new heading. */
async function siguiente(page) {
  const before = await page.locator("main h1").textContent();
  const button = page.getByRole("button", { name: /^(Siguiente|Revisar mis respuestas)$/ });
  await button.click();
  if (await leftUnanswered(page)) await button.click();
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent !== t, before);
  await expect(page.locator("body")).not.toContainText(MISSING);
}

async function hastaRevision(page) {
  for (let i = 0; i < 20; i++) {
    if ((await page.locator("main h1").textContent()) === "Revise sus respuestas") return;
    await siguiente(page);
  }
  throw new Error("never reached the review page");
}

test("sciatica journey completed in Spanish from a clinic link", async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto("./?clinic=Cl%C3%ADnica%20del%20Valle&lang=es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page).toHaveTitle("PainPath — ¿podría ayudarle un especialista en dolor?");
  await expect(page.locator("main h1")).toHaveText("¿Podría ayudarle un especialista en dolor?");
  await page.getByRole("button", { name: "Empezar" }).click();
  await expect(page.locator("main h1")).toHaveText("¿Dónde le duele?");
  await tapRegions(page, ["Parte baja de la espalda", "Piernas o pies"]);
  await answer(page, [["¿Qué zona le molesta más?", "Piernas o pies"]]);
  await siguiente(page);
  await expect(page.locator("main h1")).toHaveText("Primero, unas preguntas de seguridad");
  await noToAll(page);
  await siguiente(page);
  await noWarningSigns(page);
  await noToAll(page);
  await siguiente(page);
  await page.getByLabel("¿Cuántos años tiene?").fill("45");
  await siguiente(page);
  await answer(page, [
    ["¿El dolor le baja por la pierna hasta debajo de la rodilla?", "Sí"],
    ["¿Se le duerme o le hormiguea ese brazo o esa pierna?", "Sí"],
    ["¿Qué le duele más?", "El brazo o la pierna"],
    ["¿Se le ha debilitado un brazo o una pierna en las últimas semanas?", "No"],
  ]);
  await siguiente(page);
  // Ciática que empezó al levantar peso, sin caída ni lesión: sin preguntas
  // de SDRC.
  await answer(page, [
    ["¿Desde hace cuánto tiene este dolor?", "De 3 a 6 meses"],
    ["¿Cómo empezó?", "Después de levantar peso o hacer un esfuerzo"],
  ]);
  await siguiente(page);
  await answer(page, [
    ["¿Qué número describe mejor su dolor promedio en la última semana?", "7"],
    ["¿Cuánto le ha afectado el dolor para disfrutar de la vida?", "6"],
    ["¿Cuánto le ha afectado el dolor en sus actividades en general?", "7"],
  ]);
  await siguiente(page);
  await siguiente(page);
  await siguiente(page);
  await expect(page.locator("main h1")).toHaveText("¿Qué ha probado?");
  await answer(page, [
    ["Terapia física con un terapeuta", "4 semanas o más"],
    ["Un programa de ejercicios en casa", "4 semanas o más"],
    ["¿Qué tal le funcionó la terapia o el ejercicio?", "No ayudó"],
  ]);
  await siguiente(page);
  await answer(page, [["¿Le han hecho una resonancia magnética (MRI) o una tomografía (CT o “CAT scan”) de la zona que duele?", "Sí, y un médico dijo que explica el dolor"]]);
  await siguiente(page);
  await siguiente(page);
  await answer(page, [["¿Podría haber un embarazo ahora?", "No"]]);
  await hastaRevision(page);
  await expect(page.getByText("De 3 a 6 meses").first()).toBeVisible();
  await page.getByRole("button", { name: "Ver mis resultados" }).click();
  await expect(page.locator("main h1")).toHaveText("Sus resultados");
  // The same outcome as the English journey (NICE NG59, LCD L39240), in Spanish.
  await expect(page.locator("#urgency-title")).toHaveText("Tiene sentido ver ahora a un especialista en dolor");
  await expect(page.locator(".verdict")).toHaveText("Vale la pena hablarlo con un especialista");
  await expect(page.getByText("Su dolor ha durado de 3 a 6 meses, y la terapia física no le ha dado suficiente alivio.").first()).toBeVisible();
  const procedures = await page.locator("article.procedure h3").allTextContents();
  expect(procedures).toContain("Inyección epidural de esteroides");
  expect(procedures).not.toContain("Bloqueo de la rama medial");
  await expect(page.locator(".specialist-name")).toHaveText("Especialista en tratamiento intervencionista del dolor");
  await expect(page.getByText("Pedir una cita en Clínica del Valle")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(MISSING);
  await screenshotBoth(page, "es-results-sciatica");
  // The guide page, in Spanish too.
  await page.getByRole("link", { name: /Inyección epidural de esteroides/ }).first().click();
  await expect(page.locator("main h1")).toHaveText("Inyección epidural de esteroides");
  await expect(page.getByRole("heading", { name: "Cómo se hace" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(MISSING);
  await screenshotBoth(page, "es-guide-esi");
  // Only this site's own files were fetched, and no answer left the page.
  const origin = new URL(page.url()).origin;
  for (const r of requests) {
    expect(new URL(r.url).origin, r.url).toBe(origin);
    expect(r.method, r.url).toBe("GET");
  }
  expect(requests.some((r) => /locale-es-1\./.test(r.url))).toBe(true);
  expect(requests.some((r) => /locale-en-/.test(r.url)), "the English words were not needed").toBe(false);
});

test("red flags override everything in Spanish too", async ({ page }) => {
  await page.goto("./?lang=es");
  await page.getByRole("button", { name: "Empezar" }).click();
  await tapRegions(page, ["Parte baja de la espalda"]);
  await siguiente(page);
  await page.getByRole("group", { name: "¿Desde hace poco le cuesta orinar, o se le sale la orina sin darse cuenta?" })
    .getByLabel("Sí", { exact: true }).click();
  await expect(page).toHaveURL(/#\/results$/);
  await expect(page.locator("#urgency-title")).toHaveText("Busque ayuda de emergencia ahora");
  await expect(page.getByRole("link", { name: "Llame ahora al 911" })).toHaveAttribute("href", "tel:911");
  await expect(page.locator("article.procedure")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(MISSING);
  await screenshotBoth(page, "es-results-emergency");
});

test("switching language mid-journey keeps every answer, both ways", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Start" }).click();
  await tapRegions(page, ["Knees"]);
  await next(page);
  await noToAll(page);
  await next(page);
  await noToAll(page);
  await next(page);
  await page.getByLabel("How old are you?").fill("58");
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("main h1")).toHaveText("Sobre usted");
  await expect(page.getByLabel("¿Cuántos años tiene?")).toHaveValue("58");
  await expect(page).toHaveURL(/#\/q\/about$/);
  await page.goto("./#/q/where");
  await expect(page.getByRole("button", { name: "Rodillas: Derecha", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("main h1")).toHaveText("Where does it hurt?");
  await expect(page.getByRole("button", { name: "Knees: Right", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Español" }).click();
  await page.goto("./#/review");
  await expect(page.locator("main h1")).toHaveText("Revise sus respuestas");
  await expect(page.getByText("Rodillas")).toBeVisible();
  await expect(page.getByText("58", { exact: true })).toBeVisible();
  // The person's own choice outlasts a reload, and beats a clinic link's.
  await page.goto("./?lang=en#/review");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Revise sus respuestas");
  expect(await page.evaluate(() => sessionStorage.getItem("painpath.lang"))).toBe("es");
  await screenshotBoth(page, "es-review");
});

test("a clinic makes a Spanish patient link on the clinic page", async ({ page, context }) => {
  await page.goto("./#/clinics");
  await page.getByLabel("Clinic name").fill("Clínica del Valle");
  await page.getByLabel("Language it opens in").selectOption("es");
  const link = await page.locator("#c-link").inputValue();
  expect(link).toContain("lang=es");
  const patient = await context.newPage();
  await patient.goto(link);
  await expect(patient.locator("html")).toHaveAttribute("lang", "es");
  await expect(patient.locator(".brand")).toContainText("Clínica del Valle");
  await expect(patient.getByRole("button", { name: "Empezar" })).toBeVisible();
});

test.describe("a browser that prefers Spanish", () => {
  test.use({ locale: "es-MX" });
  test("opens in Spanish when nothing else is set", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("button", { name: "Empezar" })).toBeVisible();
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("lang", "en");
    await screenshotBoth(page, "es-welcome");
  });
  test("a clinic link's lang=en wins over the browser", async ({ page }) => {
    await page.goto("./?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  });
});

test.describe("a browser that prefers a language PainPath does not speak", () => {
  test.use({ locale: "fr-FR" });
  test("falls back to English", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  });
});

// These two hold back or refuse locale files, so the service worker (which
// would answer from its own cache) is kept out of the way.
test.describe("network trouble", () => {
test.use({ serviceWorkers: "block" });

test("the results words arrive after the first screen; until then the questions work and results wait", async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/locale-es-2\./, async (route) => { await held; await route.continue(); });
  await page.goto("./?lang=es");
  await page.getByRole("button", { name: "Empezar" }).click();
  await tapRegions(page, ["Rodillas"]);
  await siguiente(page);
  await page.goto("./?lang=es#/review");
  await expect(page.locator("main h1")).toHaveText("Revise sus respuestas");
  await expect(page.locator("body")).not.toContainText(MISSING);
  await page.goto("./?lang=es#/results");
  await expect(page.getByRole("status").filter({ hasText: "Cargando…" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(MISSING);
  release();
  await expect(page.locator("main h1")).toHaveText("Sus resultados");
  await expect(page.locator("body")).not.toContainText(MISSING);
});

test("when a language's words cannot be fetched, English is used; when none can, a plain message", async ({ page }) => {
  await page.route(/locale-es-1\./, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./?lang=es");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Switching to the missing language says so and keeps the page as it was.
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.getByText("That language could not be loaded just now.")).toBeVisible();
  await expect(page.locator("main h1")).toHaveText("Where does it hurt?");

  const other = await page.context().newPage();
  await other.route(/locale-(en|es)-1\./, (route) => route.fulfill({ status: 404, body: "" }));
  await other.goto("./");
  await expect(other.locator("#load-error")).toBeVisible();
  await expect(other.locator("#load-error")).toContainText("No se pudo cargar PainPath");
});

});
