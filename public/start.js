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

// Offline use (release builds): registers the service worker that scripts/post-build.mjs
// generates (sw.js), and tells the app when a new deployment is waiting. The app's banner
// (src/ui/update.rs) listens for `mdg:update-ready` on window and answers `mdg:apply-update`; the
// waiting version then takes over and the page reloads once, so old and new files never mix.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) return;
  var applying = false;
  function announce(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) {
      dispatchEvent(new CustomEvent("mdg:update-ready"));
    }
  }
  addEventListener("load", function () {
    var base = document.baseURI;
    navigator.serviceWorker
      .register(new URL("sw.js", base).href, { scope: new URL("./", base).pathname })
      .then(function (registration) {
        announce(registration);
        registration.addEventListener("updatefound", function () {
          var worker = registration.installing;
          if (!worker) return;
          worker.addEventListener("statechange", function () {
            if (worker.state === "installed") announce(registration);
          });
        });
        // A trainer's tab stays open for days: look for a new deployment on return.
        document.addEventListener("visibilitychange", function () {
          if (document.visibilityState === "visible") registration.update().catch(function () {});
        });
      })
      .catch(function () {
        // No service worker here (a debug build has no sw.js, or the browser refuses one):
        // the app works online as before.
      });
  });
  addEventListener("mdg:apply-update", function () {
    navigator.serviceWorker.getRegistration().then(function (registration) {
      if (registration && registration.waiting) {
        applying = true;
        registration.waiting.postMessage({ type: "SKIP_WAITING" });
      }
    });
  });
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    // The first visit's worker also takes control (clientsClaim): only an accepted update reloads.
    if (applying) {
      applying = false;
      location.reload();
      return;
    }
    // The data this first visit loaded before the worker was there: cache it now, through the
    // worker's own data route (Workbox's CACHE_URLS message), so this view opens offline too.
    var data = performance.getEntriesByType("resource").map(function (e) { return e.name; })
      .filter(function (url) { return /\/data\/.+\.json$/.test(url); });
    if (data.length && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: data } });
    }
  });
})();
