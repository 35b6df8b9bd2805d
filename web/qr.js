// Draws links as QR codes (SVG), in the browser: the clinic page's patient
// link (the #c-link field) into #qr-code, and a person's results link into
// every .share-qr element from its data-link (the results page and the
// printed summary, once the person has read the warning and asked for it).
// A page renders a script element for this file (src/platform/qr.rs) only
// where a code is shown, so a first visit downloads neither it nor the
// library; it draws then, and again after each edit of the clinic form. The QR
// library (npm qrcode-generator, copied into the build as qrcode.js) is
// loaded on the first drawing, under its content-hashed name and with its
// integrity (both listed in the clinic page's <meta name="painpath-file:qrcode.js">;
// elsewhere by the hashed name the build writes into this file).
// The drawing is built element by element: the page parses no markup from
// script (Trusted Types).
(function () {
  if (window.painpathDrawQr) {
    window.painpathDrawQr();
    return;
  }
  var SVG = "http://www.w3.org/2000/svg";
  var loading = null;
  function library() {
    if (window.qrcode) return Promise.resolve(window.qrcode);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var meta = document.querySelector('meta[name="painpath-file:qrcode.js"]');
        var listed = ((meta && meta.getAttribute("content")) || "qrcode.js").split(" ");
        var s = document.createElement("script");
        if (listed[1]) s.integrity = listed[1];
        s.src = listed[0];
        s.onload = function () { resolve(window.qrcode); };
        s.onerror = function () { loading = null; s.remove(); reject(); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }
  function svg(qr) {
    var n = qr.getModuleCount(), margin = 4, size = n + 2 * margin, d = "";
    for (var r = 0; r < n; r++) {
      for (var c = 0; c < n; c++) {
        if (qr.isDark(r, c)) d += "M" + (c + margin) + " " + (r + margin) + "h1v1h-1z";
      }
    }
    var el = document.createElementNS(SVG, "svg");
    el.setAttribute("viewBox", "0 0 " + size + " " + size);
    el.setAttribute("shape-rendering", "crispEdges");
    var back = document.createElementNS(SVG, "rect");
    back.setAttribute("width", size);
    back.setAttribute("height", size);
    back.setAttribute("fill", "#fff");
    var dots = document.createElementNS(SVG, "path");
    dots.setAttribute("d", d);
    dots.setAttribute("fill", "#000");
    el.appendChild(back);
    el.appendChild(dots);
    return el;
  }
  function drawShared() {
    var boxes = document.querySelectorAll(".share-qr[data-link]");
    if (!boxes.length) return;
    library().then(function (qrcode) {
      boxes.forEach(function (box) {
        var link = box.getAttribute("data-link");
        if (!link || box.getAttribute("data-drawn") === link) return;
        var qr = qrcode(0, "M");
        qr.addData(link);
        qr.make();
        box.replaceChildren(svg(qr));
        box.setAttribute("data-drawn", link);
      });
    }, function () { /* offline before the library was stored: no code */ });
  }
  function draw() {
    drawShared();
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
      box.replaceChildren(svg(qr));
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
