// Checks a clinic link's signature on the device, with the browser's own
// cryptography (WebCrypto, Ed25519). The app renders this script only for a
// link that carries a signature (`sig=<key id>.<base64url>`, last), after
// reducing the address's query to the clinic's settings in their one form
// and the signature: what was signed is
//   "painpath clinic settings v1\n" + the query before "&sig="
// (see Clinic::signed_message in core/src/clinic.rs). The site's public keys
// are in the page's <meta name="painpath-clinic-keys"> (written by the build
// from deploy/clinic-keys.txt). In a frame, the signature counts only on the
// clinic page it names (`embed=`). A good signature is announced with the
// event "painpath:clinic-verified" on window, and marked on the page's root
// element (`data-clinic-verified`) for the whole app, which may start
// listening only after the event; anything else, with nothing.
(function () {
  function bytes(text) {
    var s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    var out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  try {
    var query = location.search;
    var at = query.lastIndexOf("sig=");
    if (at < 1 || !/^[?&]$/.test(query[at - 1])) return;
    var sig = query.slice(at + 4).split(".");
    var settings = query.slice(0, at - 1);
    var meta = document.querySelector('meta[name="painpath-clinic-keys"]');
    var key = ((meta && meta.getAttribute("content")) || "").split(/\s+/)
      .map(function (k) { return k.split(":"); })
      .filter(function (k) { return k.length === 2 && k[0] === sig[0]; })[0];
    var embed = new URLSearchParams(settings).get("embed");
    var ancestor = location.ancestorOrigins && location.ancestorOrigins[0];
    if (!key || sig.length !== 2 || (window.parent !== window && (!embed || ancestor !== embed))) return;
    var message = new TextEncoder().encode("painpath clinic settings v1\n" + settings);
    crypto.subtle.importKey("raw", bytes(key[1]), { name: "Ed25519" }, false, ["verify"])
      .then(function (k) { return crypto.subtle.verify({ name: "Ed25519" }, k, bytes(sig[1]), message); })
      .then(function (good) {
        if (good !== true) return;
        // Marked too, for an app that starts listening after the event.
        document.documentElement.setAttribute("data-clinic-verified", "");
        window.dispatchEvent(new Event("painpath:clinic-verified"));
      }, function () {});
  } catch (e) {
    /* not verified */
  }
})();
