// When PainPath is embedded in a clinic's page, tell the host how tall the
// content is so the frame can fit it. Only a number crosses: never an answer.
(function () {
  if (window.parent === window) return;
  var last = 0;
  function send() {
    var h = Math.ceil(document.documentElement.scrollHeight);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: "painpath:height", height: h }, "*");
  }
  if ("ResizeObserver" in window) new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener("load", send);
  window.addEventListener("hashchange", function () { setTimeout(send, 50); });
})();
