// Starts the app: a file, as the Content Security Policy forbids inline scripts (README).
(function () {
  // A slide (src/present) is this app in a frame with ?projector=1: the projector theme is on
  // before the first paint, keys go to the deck's window, and a slide's #id is scrolled to.
  var projector = /[?&]projector=1(&|$)/.test(location.search);
  if (projector) {
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
          // Once more when the view has settled, unless the presenter steps through this
          // slide (src/present/steps.rs), which then places it itself.
          setTimeout(function () {
            if (!document.documentElement.hasAttribute("data-stepping")) el.scrollIntoView({ block: "start" });
          }, 800);
        } else if (tries++ < 100) setTimeout(seek, 100);
      };
      addEventListener("load", seek);
    }
  }
  firstPaint();
  // Trunk.toml's pattern_script names the hashed JS glue and wasm in <meta name="app-start">.
  // Started once the document is parsed and its first frame is painted: the page's HTML and CSS
  // (and its static first paint) come first, then the main module, the page's chunks and data,
  // all at once (post-build.mjs drops Trunk's own preload of the main module for this).
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var app = document.querySelector('meta[name="app-start"]').dataset;
    var glue;
    var steps = [
      function () { preload(app.wasm); },
      function () { glue = import(app.js); },
    ];
    // Three requests a task: each costs the main thread 1–3 ms here (four times that on the
    // phone Lighthouse emulates), and the dozen a route starts would block it for one long task.
    // The app starts once the last is on its way: a chunk it fetched before its preload was in
    // would be downloaded twice.
    inTurns(steps.concat(routeRequests()), 3, function () {
      glue.then(function (module) {
        return module.default({ module_or_path: app.wasm });
      });
    });
  }
  addEventListener("DOMContentLoaded", function () {
    // A slide has no static first paint to wait for.
    if (projector) return start();
    requestAnimationFrame(function () { setTimeout(start, 0); });
    // A document that is not drawn (a background tab, a hidden frame) gets no animation frame.
    setTimeout(start, 250);
  });
})();

// What the route being opened will download — its page group's wasm chunks and its data files —
// requested now, beside the main module, instead of each only after the one before (HTML → glue
// → main module → chunk loader → chunks → data). The groups' chunk files are written into
// <meta name="app-chunks"> by scripts/post-build.mjs; each route's group and data files come from
// the route table (tests/e2e/preload.spec.ts checks that each main route's view downloads exactly
// what is requested here).
function routeRequests() {
  var chunks = document.querySelector('meta[name="app-chunks"]');
  var route = openedRoute();
  if (!chunks || !route) return [];
  var files = (chunks.getAttribute("data-" + route.group) || "").split(" ").filter(Boolean);
  var data = route.data.filter(function (href) {
    // Not one the first paint already requested (window.mdgEarly): the app reads that one.
    return !(window.mdgEarly && href in window.mdgEarly);
  });
  var loader = function () {
    var link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = chunks.getAttribute("data-loader");
    document.head.appendChild(link);
  };
  return [loader].concat(files.concat(data).map(function (href) {
    return function () { preload(href); };
  }), [function () { groupCss(chunks, route.group); }]);
}

/** Runs `steps` (functions) in order, `perTask` of them per task, then `done`. */
function inTurns(steps, perTask, done) {
  var next = function () {
    steps.splice(0, perTask).forEach(function (step) { step(); });
    if (steps.length) setTimeout(next, 0);
    else done();
  };
  next();
}

/** The page being opened's row of the route table: its page group and data files, or null. */
function openedRoute() {
  var base = new URL(document.baseURI).pathname;
  var path = location.pathname.indexOf(base) === 0 ? "/" + location.pathname.slice(base.length) : location.pathname;
  path = path.replace(/\/+$/, "") || "/";
  // Generated from the route table (src/routes.rs, test `start_js_has_the_route_table`): per route,
  // [path after the base, page group, data files ("indicator" is the query's or the default,
  // "$1" the path's parameter)].
  var routes = [
    [/^\/$/, "home-page", []],
    [/^\/project$/, "strategy-pages", ["strategy"]],
    [/^\/project\/([^/]+)$/, "strategy-pages", ["framework", "strategy"]],
    [/^\/campaign$/, "strategy-pages", ["strategy"]],
    [/^\/country-level$/, "strategy-pages", ["strategy"]],
    [/^\/monitoring$/, "strategy-pages", ["strategy", "mdgr", "countries", "availability", "framework"]],
    [/^\/goals$/, "strategy-pages", ["framework", "framework-2008"]],
    [/^\/goals\/([^/]+)$/, "strategy-pages", ["framework", "strategy", "framework-2008"]],
    [/^\/timeline$/, "strategy-pages", ["strategy"]],
    [/^\/financing$/, "strategy-pages", ["strategy"]],
    [/^\/glossary$/, "strategy-pages", ["strategy"]],
    [/^\/source$/, "strategy-pages", ["paper"]],
    [/^\/decent-work$/, "strategy-pages", ["lens", "strategy", "framework"]],
    [/^\/checklist$/, "strategy-pages", ["lens", "strategy"]],
    [/^\/about$/, "strategy-pages", ["manifest"]],
    [/^\/countries$/, "progress-pages", ["countries", "framework", "world"]],
    [/^\/countries\/([^/]+)$/, "progress-pages", ["countries", "framework", "country/$1"]],
    [/^\/countries\/([^/]+)\/reports$/, "progress-pages", ["countries", "framework", "country/$1"]],
    [/^\/explore$/, "progress-pages", ["countries", "framework", "indicator", "manifest"]],
    [/^\/progress$/, "progress-pages", ["countries", "framework"]],
    [/^\/methodology$/, "progress-pages", ["framework", "countries", "country/IND"]],
    [/^\/map$/, "map-page", ["countries", "framework", "world", "indicator"]],
    [/^\/present$/, "present-pages", ["countries"]],
    [/^\/present\/show$/, "present-pages", []],
    [/^\/present\/speaker$/, "present-pages", []],
    [/^\/present\/edit$/, "present-pages", []],
    [/^\/present\/print$/, "present-pages", ["manifest", "framework", "strategy"]],
  ];
  var defaultIndicator = "sh_dyn_mort";
  // End of the table generated from src/routes.rs.
  var indicator = new URLSearchParams(location.search).get("indicator") || defaultIndicator;
  for (var i = 0; i < routes.length; i++) {
    var match = routes[i][0].exec(path);
    if (!match) continue;
    // A file of the table (lower case, digits, hyphens), then at most a code or series id from
    // the address: nothing from the address can reach another path.
    var data = routes[i][2].map(function (name) {
      name = name === "indicator" ? "indicator/" + indicator : name.replace("$1", match[1]);
      return "data/" + name + ".json";
    }).filter(function (href) { return /^data\/[a-z][a-z0-9-]*(\/[A-Za-z0-9_]+)?\.json$/.test(href); });
    return { group: routes[i][1], data: data };
  }
  return null;
}

/**
 * Links the stylesheet of page group `group`, if it has one (post-build names it in
 * <meta name="app-chunks" data-css-<group>>); the app waits for it before drawing a page of the
 * group, and links the others' as it opens them (src/ui/group_css.rs).
 */
function groupCss(chunks, group) {
  var href = chunks.getAttribute("data-css-" + group);
  // Groups drawn with the same stylesheet share one link.
  if (!href || document.querySelector('link[data-group-css][href="' + href + '"]')) return;
  var link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  link.setAttribute("data-group-css", group);
  document.head.appendChild(link);
}

/** Starts downloading a file the app will fetch (a wasm module or a data file). */
function preload(href) {
  var link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  if (/\.wasm$/.test(href)) link.type = "application/wasm";
  link.href = href;
  document.head.appendChild(link);
}

// The static first paint (release builds, scripts/first-paint.mjs): the page's header and heading
// as the app draws them in English — a country's profile down to its status heading, with the
// country's name and facts from countries.json — shown until the app has drawn its own. Not for a
// slide (projector), nor for a reader whose language is another: the app's own choice, stored or
// from the browser's languages (src/ui/locale.rs), is worked out the same way here.
function firstPaint() {
  if (/[?&]projector=1(&|$)/.test(location.search)) return;
  // The URL's language wins (a shared link), then the one kept in this browser, then the browser's.
  var language = (/[?&]lang=(en|fr|es)(&|$)/.exec(location.search) || [])[1] || null;
  try { language = language || localStorage.getItem("mdg-explorer.locale"); } catch (e) { /* storage off */ }
  if (!language) {
    var offered = navigator.languages || [navigator.language || "en"];
    for (var i = 0; i < offered.length && !language; i++) {
      var code = String(offered[i]).toLowerCase().split("-")[0];
      if (code === "en" || code === "fr" || code === "es") language = code;
    }
  }
  if (language && language !== "en") return;
  var base = new URL(document.baseURI).pathname;
  var path = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : "";
  var html = document.documentElement;
  var page = path.replace(/\/+$/, "") || "home";
  var finished = false;
  var done = function () {
    finished = true;
    observer.disconnect();
    html.removeAttribute("data-first-paint");
    document.querySelectorAll(".first-paint").forEach(function (el) { el.remove(); });
  };
  // The app's header and heading are drawn, and what the copy shows below it (data-until) or its
  // view has finished loading (an error, say); whatever happens, after 15 s the app shows itself.
  var observer = new MutationObserver(function () {
    if (!document.querySelector("#main h1") || !document.querySelector("header.site-header")) return;
    var host = document.querySelector('.first-paint[data-page="' + page + '"]');
    var until = host && host.getAttribute("data-until");
    if (!until || document.querySelector("#main " + until) || !document.querySelector("#main .loading")) done();
  });
  observer.observe(html, { childList: true, subtree: true });
  setTimeout(done, 15000);
  var country = /^countries\/([A-Z]{3})$/.exec(page);
  if (!country) {
    html.setAttribute("data-first-paint", page);
    return;
  }
  // A country's profile as it first opens (no year, indicator or method in the URL): its name and
  // facts come from countries.json, requested now and handed to the app (window.mdgEarly, read
  // once by src/store.rs), so it is downloaded once; the copy shows once they are in.
  var query = new URLSearchParams(location.search);
  query.delete("lang");
  if (query.toString()) return;
  // Its page group's stylesheet too, which the copy uses: both at once, not one after the other.
  var chunks = document.querySelector('meta[name="app-chunks"]');
  var route = openedRoute();
  if (chunks && route) groupCss(chunks, route.group);
  var file = "data/countries.json";
  var response = fetch(new URL(file, document.baseURI).href, { credentials: "same-origin" });
  window.mdgEarly = {};
  // A failed request is no error here: the app, finding no response, asks for the file itself.
  window.mdgEarly[file] = response.then(function (r) { return r.clone(); }, function () { return null; });
  response
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (data) {
      var found = data && data.countries.filter(function (c) { return c.iso3 === country[1]; })[0];
      if (!found) return;
      var group = function (id) {
        var g = data.groups.filter(function (g) { return g.id === id; })[0];
        return g ? g.name.en : id;
      };
      whenParsed(function () {
        var host = document.querySelector('.first-paint[data-page="country"]');
        var template = host && host.querySelector("template");
        if (finished || !template) return;
        var words = { name: found.name.en, region: group(found.mdg_region), income: group(found.income_group), ldc: host.getAttribute(found.ldc ? "data-yes" : "data-no") };
        Object.keys(words).forEach(function (slot) {
          var el = host.querySelector('[slot="' + slot + '"]');
          if (el) el.textContent = words[slot];
        });
        // Its copy is attached here, not by the parser, and styled with copies of the page's own
        // stylesheets once they are in (its group's too): no stylesheet requested twice, none on
        // the pages that do not show it.
        var links = [].slice.call(document.querySelectorAll('head link[rel="stylesheet"]'));
        Promise.all(links.map(function (link) {
          return link.sheet ? null : new Promise(function (loaded) {
            link.addEventListener("load", loaded);
            link.addEventListener("error", loaded);
          });
        })).then(function () {
          if (finished) return;
          var shadow = host.attachShadow({ mode: "closed" });
          shadow.adoptedStyleSheets = links.filter(function (link) { return link.sheet; }).map(function (link) {
            var copy = new CSSStyleSheet();
            copy.replaceSync([].map.call(link.sheet.cssRules, function (rule) { return rule.cssText; }).join("\n"));
            return copy;
          });
          shadow.appendChild(template.content.cloneNode(true));
          html.setAttribute("data-first-paint", "country");
        });
      });
    })
    .catch(function () { /* the app will say what went wrong */ });
}

/** Runs `then` once the document is parsed (at once if it is). */
function whenParsed(then) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then);
  else then();
}

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
