// Draws the clinic page's patient link as a QR code (SVG), in the browser.
// The app adds this script to the page the first time the clinic page shows
// (src/platform/qr.rs) and calls painpathDrawQr(boxId, link) whenever the link
// changes. The QR library (npm qrcode-generator, copied into the build as
// qrcode.js) is loaded on the first call; patients never download either.
(function () {
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
  window.painpathDrawQr = function (boxId, link) {
    library().then(function (qrcode) {
      var box = document.getElementById(boxId);
      if (!box || !link) return;
      var qr = qrcode(0, "M");
      qr.addData(link);
      qr.make();
      box.innerHTML = qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
      box.setAttribute("data-link", link);
    }, function () { /* offline before the library was cached: no code */ });
  };
})();
