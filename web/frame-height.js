// When PainPath is shown in a frame: mark the page as framed (the
// stylesheet then shows the emergency number as text beside the call
// button), and tell the clinic page the link names (`embed=`, its origin)
// how tall the content is, so the frame can fit it. Nothing else crosses.
// The height goes to that origin only (the browser drops it for any other
// parent), in steps of 800 pixels up to 2400, and never shrinks: the
// screens a person sees, and so their answers, cannot be told apart by it.
// That page's embed helper may answer that its sandbox blocks the call
// button; the stylesheet then hides the button and keeps the number.
(function () {
  if (window.parent === window) return;
  var root = document.documentElement;
  root.setAttribute("data-framed", "");
  var host = new URLSearchParams(location.search).get("embed");
  if (!host) return;
  var STEP = 800, MOST = 2400, last = 0;
  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || event.origin !== host) return;
    if (event.data && event.data.type === "painpath:tel-blocked") root.setAttribute("data-tel-blocked", "");
  });
  function send() {
    var h = Math.min(MOST, STEP * Math.ceil(document.body.scrollHeight / STEP));
    if (h <= last) return;
    last = h;
    window.parent.postMessage({ type: "painpath:height", height: h }, host);
  }
  // Inlined in the page's head (scripts/post_build.mjs): the body comes later.
  function watch() {
    if ("ResizeObserver" in window) new ResizeObserver(send).observe(document.body);
    send();
  }
  if (document.body) watch();
  else document.addEventListener("DOMContentLoaded", watch);
  window.addEventListener("load", send);
})();
