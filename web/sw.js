// PainPath service worker: after one visit the app works offline.
// VERSION and PRECACHE are written at build time by scripts/post_build.mjs
// from the real output files. One cache per version; pages are always served
// with the files of the version that controls them, so old and new never mix.
const VERSION = "dev";
const PRECACHE = ["./"];
const CACHE = `painpath-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("painpath-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks the waiting version to take over once the person agrees.
self.addEventListener("message", (event) => {
  if (event.data === "painpath:activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && url.pathname.endsWith("/clinic.html")) {
    // The clinic page is not precached: patients never need it offline.
    return;
  }
  if (request.mode === "navigate") {
    // Any other page of the app is the one index.html of this version.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match("./").then((hit) => hit || fetch(request))),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
  );
});
