// PainPath embed helper for clinic websites. Served under a name with a
// hash of its content and loaded with its integrity, so the snippet a
// clinic pastes runs exactly this file or nothing.
// It resizes each PainPath frame to the height PainPath sends, accepting
// only {type: "painpath:height", height: number} from the PainPath origin
// this script came from, and only for that frame. And it tells each frame
// when the frame's sandbox would block the emergency call button (without
// allow-popups or allow-top-navigation-to-custom-protocols), so PainPath
// shows the number as text instead. Nothing else crosses.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  function painpath(frame) {
    try { return new URL(frame.src, location.href).origin === origin; } catch (e) { return false; }
  }
  function callBlocked(frame) {
    var flags = frame.sandbox;
    return frame.hasAttribute("sandbox") && !flags.contains("allow-popups")
      && !flags.contains("allow-top-navigation-to-custom-protocols") && !flags.contains("allow-top-navigation");
  }
  function tell(frame) {
    if (painpath(frame) && callBlocked(frame) && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: "painpath:tel-blocked" }, origin);
    }
  }
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    tell(frames[i]);
    frames[i].addEventListener("load", tell.bind(null, frames[i]));
  }
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "painpath:height" || typeof data.height !== "number" || !isFinite(data.height)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(300, Math.min(20000, Math.round(data.height))) + "px";
      }
    }
  });
})();
