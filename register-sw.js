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
  navigator.serviceWorker.register("./sw.js").then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
    reg.addEventListener("updatefound", () => {
      const worker = reg.installing;
      if (!worker) return;
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) announce(worker);
      });
    });
  }).catch(() => { /* offline support is an extra; the app works without it */ });
})();
