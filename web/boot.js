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
// 4. shows the error screen the app prepared if the wasm stops (a trap).
(() => {
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
