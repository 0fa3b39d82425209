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
      var first = document.querySelector(".md-sidebar--primary a[href]");
      if (first) first.focus();
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && drawer && document.getElementById("__drawer").checked) {
        drawer.click();
        drawer.focus();
      }
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
