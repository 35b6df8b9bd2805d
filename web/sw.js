// PainPath service worker: after one visit the app works offline.
//
// VERSION, PRECACHE and INTEGRITY are written at build time (by
// scripts/post_build.mjs, then scripts/harden_build.mjs) from the real output
// files, whose names carry a hash of their content. Each file is fetched from
// the network with its integrity checked, and checked again each time it is
// served from the cache: a file changed in the cache after it was stored (by
// any script of the origin) is thrown away and fetched again, never served.
// One cache per scope and version: pages are always served with the files of
// the version that controls them, so old and new never mix, and another copy
// of PainPath at another path of the origin keeps its own cache.
// CRITICAL (a security release) makes the new version take over open pages
// at once instead of waiting for the person to agree.
const VERSION = "dev";
const PRECACHE = ["./"];
const INTEGRITY = {};
const CRITICAL = false;

const SCOPE = self.registration.scope;
const PREFIX = `painpath:${SCOPE}:`;
const CACHE = PREFIX + VERSION;

/** The precache entry for a URL ("./name"), or null when it is not one. */
function entry(url) {
  const u = new URL(url);
  if (u.origin !== self.location.origin || !u.href.startsWith(SCOPE)) return null;
  const name = `./${u.pathname.slice(new URL(SCOPE).pathname.length)}`;
  const file = name === "./index.html" ? "./" : name;
  return PRECACHE.includes(file) ? file : null;
}

async function sri(body) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", body));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** A file from the network, its integrity checked by the browser. */
function download(file) {
  return fetch(new Request(file, { cache: "reload", integrity: INTEGRITY[file] || "", credentials: "same-origin" }));
}

/** A file from this version's cache if it is still the file the build made,
 * otherwise from the network (and cached again). */
async function serve(file) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(file);
  if (hit) {
    const body = await hit.arrayBuffer();
    if (!INTEGRITY[file] || (await sri(body)) === INTEGRITY[file]) {
      const headers = new Headers(hit.headers);
      headers.delete("Content-Encoding");
      headers.delete("Content-Length");
      return new Response(body, { status: hit.status, statusText: hit.statusText, headers });
    }
    await cache.delete(file);
  }
  const fresh = await download(file);
  if (fresh.ok) await cache.put(file, fresh.clone());
  return fresh;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(PRECACHE.map(async (file) => {
        const response = await download(file);
        if (!response.ok) throw new Error(`${file}: ${response.status}`);
        await cache.put(file, response);
      })))
      .then(() => (CRITICAL ? self.skipWaiting() : undefined)),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      // This scope's older versions, and caches named before caches had a scope.
      .then((keys) => Promise.all(keys
        .filter((k) => (k.startsWith(PREFIX) && k !== CACHE) || /^painpath-[0-9a-z]+$/.test(k))
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
      .then(() => (CRITICAL ? self.clients.matchAll({ type: "window" }) : []))
      .then((pages) => Promise.all(pages.map((page) => page.navigate(page.url).catch(() => null)))),
  );
});

// The page asks the waiting version to take over once the person agrees.
self.addEventListener("message", (event) => {
  if (event.data === "painpath:activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  // Only the build's own files and pages; anything else under the scope
  // goes to the network untouched.
  const file = entry(request.url);
  if (!file) return;
  if (request.mode === "navigate" && !(file === "./" || file.endsWith(".html"))) return;
  event.respondWith(serve(file).catch(() => fetch(request)));
});
