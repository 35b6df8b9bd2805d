// Start-up, inlined into each page by the build (scripts/post_build.mjs) and
// run before the app's module. It does what must happen before the wasm runs:
// 1. starts fetching the first part of the words in the language the app will
//    show, in parallel with the wasm (the app takes this fetch over; see
//    src/platform/fetch.rs). The choice mirrors src/ui/language.rs: the
//    language picked in this tab, then the clinic link's, then the browser's;
// 2. defines painpathFull(), which fetches and compiles the whole app (results,
//    guides, summary) and its styles when the questionnaire's app asks for it;
// 3. registers the service worker once the first screen is up and the page is
//    idle, so precaching never competes with the first question;
// 4. shows the error screen the app prepared if the wasm stops (a trap);
// 5. marks the page (html[data-kept]) when this tab had answers before the
//    app ran (a reload or a return), so the app can say they are still here;
// 6. sets the text size kept for this tab, before anything is drawn, and
//    answers the header's text-size buttons ([data-size]);
// 7. reads the screen aloud for the "Read aloud" buttons ([data-read]) with
//    the device's own speech (a voice on the device for the page's language,
//    never a network voice), and stops when the person moves on.
// 8. brings a question that an answer just made appear (.follow-up, marked
//    by the app) into view when it is off the screen, smoothly unless the
//    person asks for less motion, and marks it briefly (.appeared); the focus
//    stays on the answer just given. The app announces it to screen readers.
// 6, 7 and 8 are page features the app only draws buttons for: here they cost
// a few lines instead of bindings in every wasm module.
(() => {
  const R = document.documentElement;
  // Session storage: get(k), or set(k, v); nothing when it is turned off.
  const store = (k, v) => { try { return v ? sessionStorage.setItem(k, v) : sessionStorage.getItem(k); } catch (e) { return null; } };
  if (store("painpath.session")) R.dataset.kept = "";
  const size = (s) => {
    R.dataset.text = s;
    for (const b of document.querySelectorAll("[data-size]")) b.ariaPressed = b.dataset.size == s;
  };
  size(store("painpath.text") || "m");
  const sy = window.speechSynthesis, hush = () => sy && sy.cancel();
  // Chrome lists its voices only after a first ask.
  if (sy) sy.getVoices();
  const Q = "h1,h2,h3,legend,label,p,li,dt,dd";
  const read = async (b) => {
    if (sy && (sy.speaking || sy.pending)) return hush();
    let v = sy ? sy.getVoices() : [];
    if (sy && !v.length) v = await new Promise((ok) => { const f = () => ok(sy.getVoices()); sy.addEventListener("voiceschanged", f, { once: true }); setTimeout(f, 1500); });
    // A voice on the device (never a network one) for the page's language.
    v = v.find((x) => x.localService && x.lang.toLowerCase().split(/[-_]/)[0] == R.lang);
    b.nextElementSibling.hidden = !!v;
    // Each block of text once (the innermost), none inside buttons or hidden.
    if (v) for (const e of document.querySelectorAll(`main :is(${Q})`)) {
      const t = e.innerText.trim();
      if (t && !e.querySelector(Q) && !e.closest("[hidden],button,nav")) sy.speak(Object.assign(new SpeechSynthesisUtterance(t), { voice: v, lang: v.lang }));
    }
  };
  addEventListener("click", (e) => {
    const b = e.target.closest?.("[data-size],[data-read],.lang-switch");
    if (!b) return;
    const s = b.dataset.size;
    if (s) { size(s); store("painpath.text", s); } else if (b.dataset.read != null) read(b); else hush();
  });
  let was = null;
  const fresh = () => {
    if (was) return;
    was = new Set(document.querySelectorAll(".follow-up"));
    setTimeout(() => {
      const q = [...document.querySelectorAll(".follow-up")].find((e) => !was.has(e));
      was = null;
      if (!q) return;
      q.classList.add("appeared");
      const r = q.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) q.scrollIntoView({ block: "nearest", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    }, 50);
  };
  for (const t of ["click", "change", "keydown"]) addEventListener(t, fresh, true);
  addEventListener("hashchange", hush);
  addEventListener("pagehide", hush);

  const names = [...document.querySelectorAll('meta[name^="painpath-locale-"]')]
    .map((m) => m.name.match(/^painpath-locale-([a-z]+)-1$/)).filter(Boolean).map((m) => m[1]);
  const speak = (tag) => {
    const primary = String(tag || "").split(/[-_]/)[0].trim().toLowerCase();
    return names.includes(primary) ? primary : null;
  };
  let picked = null;
  try { picked = sessionStorage.getItem("painpath.lang"); } catch (e) { /* storage off */ }
  const lang = speak(picked) || speak(new URLSearchParams(location.search).get("lang"))
    || (navigator.languages || [navigator.language]).map(speak).find(Boolean) || "en";
  const meta = document.querySelector(`meta[name="painpath-locale-${lang}-1"]`);
  if (meta) {
    const url = meta.content;
    window.painpathWords = { url, text: fetch(url).then((r) => (r.ok ? r.text() : null), () => null) };
  }

  const FULL = "__FULL__";
  const STYLES = "__STYLES__";
  if (FULL !== "__" + "FULL__") {
    const compile = (url) => WebAssembly.compileStreaming(fetch(url))
      .catch(() => fetch(url).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));
    // The results' styles, in place before the whole app draws anything.
    const styles = () => new Promise((resolve) => {
      const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: `./${STYLES}` });
      link.onload = link.onerror = resolve;
      document.head.append(link);
    });
    window.painpathFull = () => Promise.all([import(`./${FULL}.js`), compile(`./${FULL}_bg.wasm`), styles()])
      .then(([glue, module]) => () => glue.default({ module_or_path: module }).catch(() => {
        const error = document.getElementById("load-error");
        if (error) error.hidden = false;
      }));
  }

  window.painpathStarted = () => {
    window.painpathStarted = () => {};
    const idle = window.requestIdleCallback || ((f) => setTimeout(f, 1000));
    idle(() => { window.painpathIdle = true; dispatchEvent(new Event("painpath:idle")); }, { timeout: 4000 });
  };

  const crash = (error) => {
    if (!(error instanceof WebAssembly.RuntimeError)) return;
    // The app's words, one per line (src/crash.rs), set as text: never markup.
    const words = window.painpathCrashScreen;
    if (typeof words !== "string") return;
    const [title, body, kept, retry, again] = words.split("\n");
    const el = (tag, className, text) => Object.assign(document.createElement(tag), { className, textContent: text || "" });
    const link = (className, text, href) => Object.assign(el("a", className, text), { href });
    const card = el("section", "card crash");
    card.setAttribute("role", "alert");
    const actions = el("p", "crash-actions");
    actions.append(link("btn btn-primary", retry, "./"), " ", link("btn", again, "./?reset"));
    card.append(el("h1", "", title), el("p", "", body), el("p", "", kept), actions);
    const main = el("main", "page");
    main.append(card);
    document.body.replaceChildren(main);
  };
  addEventListener("error", (e) => crash(e.error));
  addEventListener("unhandledrejection", (e) => crash(e.reason));
})();
