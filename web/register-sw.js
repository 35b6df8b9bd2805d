// Registers the service worker and tells the app when an update is ready.
// The app shows the notice (in the person's language) and, when they agree,
// dispatches "painpath:apply-update"; the page then reloads on the new version.
(function () {
  if (!("serviceWorker" in navigator)) return;
  let waiting = null;
  const announce = (worker) => {
    waiting = worker;
    window.painpathUpdateReady = true;
    window.dispatchEvent(new Event("painpath:update-ready"));
  };
  window.addEventListener("painpath:apply-update", () => {
    if (waiting) waiting.postMessage("painpath:activate");
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading || !window.painpathUpdateReady) return;
    reloading = true;
    window.location.reload();
  });
  // A new version may already be installing (the browser checks on each
  // navigation) or waiting by the time this runs.
  const follow = (worker) => {
    if (!worker) return;
    if (worker.state === "installed") {
      if (navigator.serviceWorker.controller) announce(worker);
      return;
    }
    worker.addEventListener("statechange", () => {
      if (worker.state === "installed" && navigator.serviceWorker.controller) announce(worker);
    });
  };
  const register = () => navigator.serviceWorker.register("./sw.js").then((reg) => {
    if (reg.waiting) follow(reg.waiting);
    else follow(reg.installing);
    reg.addEventListener("updatefound", () => follow(reg.installing));
  }).catch(() => { /* offline support is an extra; the app works without it */ });
  // Once the first screen is up and the page is idle (see boot.js), so
  // precaching never competes with the first question.
  if (window.painpathIdle) register();
  else window.addEventListener("painpath:idle", register, { once: true });
})();
