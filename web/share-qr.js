// Draws a person's results link as a QR code (SVG), in the browser, into
// every `.share-qr` element from its `data-link` (the results page, once the
// person has read the warning and made the link, and the printed summary).
// The app renders a script element for this file only then
// (src/platform/qr.rs), so neither it nor the QR library (npm
// qrcode-generator, copied into the build as qrcode.js) is downloaded on a
// first visit; the service worker stores both for offline use afterwards.
// Nothing is sent: the link is drawn here.
(function () {
  if (window.painpathDrawShareQr) {
    window.painpathDrawShareQr();
    return;
  }
  var loading = null;
  function library() {
    if (window.qrcode) return Promise.resolve(window.qrcode);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = "qrcode.js";
        s.onload = function () { resolve(window.qrcode); };
        s.onerror = function () { loading = null; s.remove(); reject(); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }
  function draw() {
    var boxes = document.querySelectorAll(".share-qr[data-link]");
    if (!boxes.length) return;
    library().then(function (qrcode) {
      boxes.forEach(function (box) {
        var link = box.getAttribute("data-link");
        if (!link || box.getAttribute("data-drawn") === link) return;
        var qr = qrcode(0, "M");
        qr.addData(link);
        qr.make();
        box.innerHTML = qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
        box.setAttribute("data-drawn", link);
      });
    }, function () { /* offline before the library was stored: no code */ });
  }
  window.painpathDrawShareQr = draw;
  draw();
})();
