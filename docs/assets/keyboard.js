/* Keyboard access to the menu and search buttons that Material shows on narrow screens.
 *
 * Material draws them as <label for="__drawer"> and <label for="__search">, which a mouse or a
 * finger can press but the Tab key cannot reach. Here each becomes a real <button> (same look;
 * site.css shows it at the widths where Material shows the label), named after the menu or the
 * search box it opens, with aria-expanded telling whether that is open. Opening moves the focus
 * into the menu or the search box; Escape closes the menu and gives the focus back. While closed,
 * the off-screen menu and search box are hidden (site.css), so Tab does not reach links nobody sees.
 *
 * The Escape key has two handlers that never depend on each other's order: the menu's, here, and the
 * search box's, in search.js. When the search box closes (by Escape or otherwise: the change event of
 * its checkbox), the focus goes back to the search button here if it was in the box or nowhere.
 */
(function () {
  function asButton(label, name, onOpen) {
    var box = document.getElementById(label.htmlFor);
    if (!box) return null;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.setAttribute("data-toggle", label.htmlFor);
    if (name) button.setAttribute("aria-label", name);
    while (label.firstChild) button.appendChild(label.firstChild);
    label.replaceWith(button);
    function sync() {
      button.setAttribute("aria-expanded", box.checked ? "true" : "false");
    }
    sync();
    box.addEventListener("change", sync);
    button.addEventListener("click", function () {
      box.click();  // toggles the checkbox and tells Material through its change event
      sync();
      if (box.checked && onOpen) onOpen();
    });
    return button;
  }

  var nav = document.querySelector(".md-nav--primary");
  var drawerLabel = document.querySelector('.md-header label.md-header__button[for="__drawer"]');
  if (drawerLabel && nav) {
    var drawer = asButton(drawerLabel, nav.getAttribute("aria-label"), function () {
      // the first link the open menu shows (not the table of contents folded inside it: site.css)
      var links = document.querySelectorAll(".md-sidebar--primary a[href]");
      for (var i = 0; i < links.length; i++) {
        if (links[i].checkVisibility ? links[i].checkVisibility({ visibilityProperty: true }) : links[i].offsetWidth) {
          links[i].focus();
          return;
        }
      }
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && drawer && document.getElementById("__drawer").checked) {
        drawer.click();
        drawer.focus();
      }
    });
    // The open menu covers the page behind its overlay: when the focus leaves it (Tab after its last link,
    // Shift+Tab before its first), the menu closes, so the focus is never on something out of sight.
    var sidebar = document.querySelector(".md-sidebar--primary");
    document.addEventListener("focusin", function (ev) {
      var box = document.getElementById("__drawer");
      if (drawer && box.checked && sidebar && !sidebar.contains(ev.target) && ev.target !== drawer) drawer.click();
    });
  }

  // Material's result area is a Tab stop of its own, reached just as the search box folds it
  // away (site.css hides it while the box is closed); the result links in it are Tab stops.
  var results = document.querySelector('.md-search__scrollwrap[tabindex="0"]');
  if (results) results.tabIndex = -1;

  var input = document.querySelector(".md-search__input");
  var searchLabel = document.querySelector('.md-header label.md-header__button[for="__search"]');
  if (searchLabel && input) {
    var search = asButton(searchLabel, input.getAttribute("aria-label"), function () {
      input.focus();
    });
    // When the search box closes (search.js closes it on Escape), give the focus back to the button
    // that opened it, if the focus was in the search box or nowhere and the button is shown.
    var searchBox = document.getElementById("__search");
    var searchArea = input.closest(".md-search") || input;
    searchBox.addEventListener("change", function () {
      var here = document.activeElement;
      var lost = !here || here === document.body || searchArea.contains(here);
      if (search && !searchBox.checked && lost && search.offsetWidth > 0) search.focus();
    });
  }
})();

/* The colour-scheme toggle button (overrides/partials/palette.html): pressed, the high-contrast scheme; not
 * pressed, the usual one. The choice is kept where Material keeps it (__md_set("__palette"), its local
 * storage under the site's address), so Material's own script in the header opens every page in it. */
(function () {
  var button = document.querySelector(".site-palette");
  if (!button || !window.__md_set) return;
  function scheme(which) {
    var p = button.getAttribute(which).split(" ");
    return { media: "", scheme: p[0], primary: p[1], accent: p[2] };
  }
  var off = scheme("data-off"), on = scheme("data-on");
  function pressed() {
    return document.body.getAttribute("data-md-color-scheme") === on.scheme;
  }
  function show() {
    button.setAttribute("aria-pressed", pressed() ? "true" : "false");
  }
  button.addEventListener("click", function () {
    var chosen = pressed() ? off : on;
    ["scheme", "primary", "accent"].forEach(function (key) {
      document.body.setAttribute("data-md-color-" + key, chosen[key]);
    });
    window.__md_set("__palette", { index: chosen === on ? 1 : 0, color: chosen });
    show();
  });
  show();
  button.hidden = false;
})();

/* The language menu (overrides/partials/alternate.html): Material opens it while the focus is inside it or the
 * pointer is over it; its button says so (aria-expanded, beside aria-haspopup in the template). Going to the
 * other language keeps the section being read: its link gets the id of the last heading scrolled past (the
 * pages and their twins share the ids of their sections: pillar-1, kpi-1-2 …); a page without that id
 * opens at its top, as before. */
(function () {
  var select = document.querySelector(".md-header .md-select");
  var button = select && select.querySelector("button");
  if (!button) return;
  function expanded(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }
  expanded(false);
  select.addEventListener("focusin", function () { expanded(true); });
  select.addEventListener("focusout", function (ev) { expanded(select.contains(ev.relatedTarget) || select.matches(":hover")); });
  select.addEventListener("mouseenter", function () { expanded(true); });
  select.addEventListener("mouseleave", function () { expanded(select.contains(document.activeElement)); });

  // the section at the top of the window: the last heading (or the element of the address's #fragment) above it
  function section() {
    var header = document.querySelector(".md-header"), top = (header ? header.offsetHeight : 0) + 16;
    var marks = Array.prototype.slice.call(document.querySelectorAll("article h2[id], article h3[id], article h4[id]"));
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) marks.push(target);
    var best = null, bestTop = -Infinity;
    marks.forEach(function (mark) {
      var y = mark.getBoundingClientRect().top;
      if (y <= top && y > bestTop) {
        best = mark;
        bestTop = y;
      }
    });
    return best ? best.id : "";
  }
  // Kept as the reader scrolls, but not while the focus is in the banner or the header at the top of the
  // page: Tab from there to this menu scrolls the page up, away from the section being read.
  var current = section();
  window.addEventListener("scroll", function () {
    var here = document.activeElement;
    if (!(here && here.closest && here.closest(".md-banner, .md-header, [data-md-component=skip]"))) current = section();
  }, { passive: true });
  var links = select.querySelectorAll("a.md-select__link[hreflang]:not(.md-select__link--easy)");
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener("click", function (ev) {
      var id = current, link = ev.currentTarget;
      if (id && !link.hasAttribute("aria-current")) link.href = link.href.split("#")[0] + "#" + encodeURIComponent(id);
    });
  }
})();
