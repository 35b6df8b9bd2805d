// PainPath embed helper for clinic websites: resizes the PainPath frame to its
// content. It accepts only {type: "painpath:height", height: number} from the
// PainPath origin this script came from, and only for that frame. Nothing else
// crosses between the page and PainPath.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "painpath:height" || typeof data.height !== "number" || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(300, Math.min(20000, Math.round(data.height))) + "px";
      }
    }
  });
})();
