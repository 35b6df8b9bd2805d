// Draws the clinic page's patient link as a QR code (SVG), in the browser.
// The QR library (npm qrcode-generator, copied into the build) is loaded only
// when the clinic page is showing; patients never download it.
(function () {
  var loading = null;
  var drawn = "";
  function library() {
    if (window.qrcode) return Promise.resolve(window.qrcode);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = "qrcode.js";
        s.onload = function () { resolve(window.qrcode); };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return loading;
  }
  function tick() {
    var box = document.getElementById("qr-code");
    var field = document.getElementById("c-link");
    if (!box || !field) { drawn = ""; return; }
    var link = field.value;
    if (!link || (link === drawn && box.firstChild)) return;
    drawn = link;
    library().then(function (qrcode) {
      var qr = qrcode(0, "M");
      qr.addData(link);
      qr.make();
      box.innerHTML = qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
      box.setAttribute("data-link", link);
    }).catch(function () { drawn = ""; });
  }
  setInterval(tick, 300);
})();
