// Starts the app: a file, as the Content Security Policy forbids inline scripts (README).
(function () {
  // A slide (src/present) is this app in a frame with ?projector=1: the projector theme is on
  // before the first paint, keys go to the deck's window, and a slide's #id is scrolled to.
  if (/[?&]projector=1(&|$)/.test(location.search)) {
    document.documentElement.classList.add("projector");
    if (window.parent !== window) {
      addEventListener("keydown", function (e) {
        var t = e.target;
        if (e.ctrlKey || e.altKey || e.metaKey) return;
        if (t && t.closest && t.closest("input, textarea, select, [contenteditable]")) return;
        var copy = new KeyboardEvent("keydown", { key: e.key, bubbles: true, cancelable: true });
        parent.dispatchEvent(copy);
        if (copy.defaultPrevented) e.preventDefault();
      });
    }
    if (location.hash.length > 1) {
      var target = decodeURIComponent(location.hash.slice(1)), tries = 0;
      var seek = function () {
        var el = document.getElementById(target);
        if (el) {
          el.scrollIntoView({ block: "start" });
          setTimeout(function () { el.scrollIntoView({ block: "start" }); }, 800);
        } else if (tries++ < 100) setTimeout(seek, 100);
      };
      addEventListener("load", seek);
    }
  }
  // Trunk.toml's pattern_script names the hashed JS glue and wasm in <meta name="app-start">.
  // Loaded once the document is parsed, as Trunk's own (deferred) module script would be.
  addEventListener("DOMContentLoaded", function () {
    var app = document.querySelector('meta[name="app-start"]').dataset;
    import(app.js).then(function (glue) {
      return glue.default({ module_or_path: app.wasm });
    });
  });
})();
