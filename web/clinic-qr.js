// Draws the clinic page's patient link (the #c-link field) as a QR code
// (SVG) into #qr-code, in the browser. The clinic page renders a script
// element for this file (src/platform/qr.rs), so it runs each time that page
// shows; it draws then, and again after each edit of the clinic form. The QR
// library (npm qrcode-generator, copied into the build as qrcode.js) is
// loaded on the first drawing; patients never download either.
(function () {
  if (window.painpathDrawQr) {
    window.painpathDrawQr();
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
    var field = document.getElementById("c-link");
    var box = document.getElementById("qr-code");
    var link = field && field.value;
    if (!link || !box || (box.getAttribute("data-link") === link && box.firstChild)) return;
    library().then(function (qrcode) {
      // A later edit draws its own link.
      if (field.value !== link) return;
      var qr = qrcode(0, "M");
      qr.addData(link);
      qr.make();
      box.innerHTML = qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
      box.setAttribute("data-link", link);
    }, function () { /* offline before the library was cached: no code */ });
  }
  window.painpathDrawQr = draw;
  // The app updates the link just after the event; draw once it has.
  function later(event) {
    if (event.target.closest && event.target.closest(".clinic-form")) setTimeout(draw, 0);
  }
  document.addEventListener("input", later);
  document.addEventListener("change", later);
  draw();
})();
