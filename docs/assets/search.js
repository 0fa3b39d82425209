/* The site search box (overrides/partials/search.html), searched with Pagefind.
 *
 * hooks/search_index.py writes one Pagefind index per language; Pagefind picks the one of this
 * page's <html lang>, so a Japanese page finds Japanese pages and an English page English ones.
 * The query is put in Unicode NFKC form, as the index text is (ＵＩターン = UIターン, CO₂ = CO2).
 * Every key stroke searches at once (no waiting time); an answer that comes after a newer query
 * was typed is dropped. Nothing is loaded from another host: Pagefind's files are part of the site.
 *
 * Keys, as in Material's own search: "/" or "s" (outside a text field) goes to the box; Enter
 * opens the first result; the arrow keys move between the box and the results; Escape closes.
 */
(function () {
  var root = document.querySelector("[data-site-search]");
  if (!root) return;
  var text = root.dataset;
  var form = root.querySelector("form");
  var input = root.querySelector(".md-search__input");
  var meta = root.querySelector(".md-search-result__meta");
  var list = root.querySelector(".md-search-result__list");
  var toggle = document.getElementById("__search");
  var bundle = new URL(text.bundle, location.href);  // .../pagefind/
  var pagefind = null;
  var latest = 0;  // number of the newest query; older answers are dropped

  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", bundle).href).then(function (pf) {
        return pf.options({ excerptLength: 24 }).then(function () { return pf; });
      });
      pagefind.then(function (pf) { pf.init(); }, function () {});
    }
    return pagefind;
  }

  function setOpen(open) {
    if (toggle && toggle.checked !== open) {
      toggle.checked = open;
      toggle.dispatchEvent(new Event("change"));
    }
  }

  function count(n) {
    if (n === 0) return text.textNone;
    return (n === 1 ? text.textOne : text.textOther).replace("#", n);
  }

  function link(url, title, excerpt, section) {
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = new URL(url, location.href).href;  // Pagefind's address from the server root, sub-path included
    var body = document.createElement("div");
    body.className = "md-search-result__article md-typeset";
    var head = document.createElement("span");
    head.className = "site-search__title" + (section ? " site-search__title--section" : "");
    head.textContent = title;
    var p = document.createElement("p");
    p.innerHTML = excerpt;  // Pagefind's excerpt: the page's text, escaped, with <mark> around the hits
    body.append(head, p);
    a.append(body);
    return a;
  }

  function show(results, query) {
    list.replaceChildren.apply(list, results.map(function (d) {
      var li = document.createElement("li");
      li.className = "md-search-result__item";
      li.append(link(d.url, d.meta.title || d.url, d.excerpt, false));
      (d.sub_results || []).filter(function (s) { return s.url.indexOf("#") > 0; }).slice(0, 3)
        .forEach(function (s) { li.append(link(s.url, s.title, s.excerpt, true)); });
      return li;
    }));
    meta.textContent = query ? count(results.length) : text.textPlaceholder;
  }

  function search() {
    var query = input.value.normalize("NFKC").trim();
    var mine = ++latest;
    if (!query) return show([], "");
    load().then(function (pf) {
      // Japanese is split into words when indexed, and a name can be split differently in
      // another sentence (熊本県立図書館 as 熊本/県/立/図/書/館). So the kanji are also looked up one
      // by one; a page found that way is kept only if its text holds the query as written, and
      // follows the pages found by whole words.
      var spaced = query.replace(/([\u3400-\u9fff])/g, " $1 ").replace(/\s+/g, " ").trim();
      return Promise.all([pf.search(query), spaced !== query ? pf.search(spaced) : null]);
    }).then(function (found) {
      var whole = found[0].results.slice(0, 10), ids = {};
      whole.forEach(function (r) { ids[r.id] = true; });
      var extra = found[1] ? found[1].results.filter(function (r) { return !ids[r.id]; }).slice(0, 10) : [];
      var compact = query.replace(/\s+/g, "");
      return Promise.all(whole.map(function (r) { return r.data(); })).then(function (first) {
        return Promise.all(extra.map(function (r) { return r.data(); })).then(function (more) {
          var kept = more.filter(function (d) {
            return (d.content || "").replace(/[\s\u200b]+/g, "").indexOf(compact) >= 0;
          });
          return first.concat(kept).slice(0, 10);
        });
      });
    }).then(function (results) {
      if (mine === latest) show(results, query);
    }).catch(function () {
      if (mine === latest) show([], query);  // e.g. the search files cannot be loaded (opened from a disk)
    });
  }

  input.addEventListener("input", function (ev) {
    if (!ev.isComposing) search();  // while an IME is composing, wait for the converted text
  });
  input.addEventListener("compositionend", search);
  input.addEventListener("focus", function () { setOpen(true); load(); });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var first = list.querySelector("a[href]");
    if (first) first.click();
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { search(); input.focus(); }, 0);
  });
  root.querySelectorAll('label[for="__search"]').forEach(function (label) {
    label.addEventListener("click", function () { input.focus(); });
  });

  // Escape closes the box. The only other Escape handler (keyboard.js, the phone menu) acts on the
  // menu alone; where the focus goes after closing is decided on the checkbox's change event
  // (keyboard.js), so the order in which the handlers run does not matter.
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && toggle && toggle.checked) {
      if (root.contains(document.activeElement)) document.activeElement.blur();
      setOpen(false);
    }
  });
  document.addEventListener("keydown", function (ev) {
    var here = document.activeElement;
    var typing = here && (here.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(here.tagName));
    if (!typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey && (ev.key === "/" || ev.key === "s")) {
      ev.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if ((ev.key === "ArrowDown" || ev.key === "ArrowUp") && root.contains(here)) {
      var stops = [input].concat(Array.prototype.slice.call(list.querySelectorAll("a[href]")));
      var i = stops.indexOf(here);
      if (i < 0) return;
      ev.preventDefault();
      stops[(i + (ev.key === "ArrowDown" ? 1 : stops.length - 1)) % stops.length].focus();
    }
  });
})();
