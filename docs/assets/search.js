/* The site search box (overrides/partials/search.html), searched with Pagefind.
 *
 * hooks/lib/sitebuild/finish/search_index.py writes one Pagefind index per language; Pagefind picks the one of this
 * page's <html lang>, so a Japanese page finds Japanese pages and an English page English ones.
 * The query is put in Unicode NFKC form, as the index text is (ＵＩターン = UIターン, CO₂ = CO2);
 * which pages are shown, and their titles and excerpts in the page's own words, is worked out by
 * assets/search-results.js, loaded with Pagefind when the box is first used. When nothing is found,
 * a hint under the count says what to try (fewer words, other words: pagefind/search-words.json, from
 * data/interface.yml) and offers the queries that do find something.
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
  var lang = document.documentElement.lang === "en" ? "en" : "ja";
  var synonyms = null, matching = null, hints = null;
  var here = document.currentScript.src;  // .../assets/search.js

  // Pagefind, the synonyms and the matching (assets/search-results.js) are loaded when the box is
  // first used, not with the page.
  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", bundle).href).then(function (pf) {
        pf.init();
        return pf;
      });
      synonyms = fetch(new URL("synonyms.json", bundle)).then(function (r) { return r.json(); })
        .then(function (all) { return all[lang] || {}; }, function () { return {}; });
      hints = fetch(new URL("search-words.json", bundle)).then(function (r) { return r.json(); })
        .then(function (all) { return all[lang] || {}; }, function () { return {}; });
      matching = import(new URL("search-results.js", here).href);
    }
    return Promise.all([pagefind, synonyms, matching, hints]);
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
    p.innerHTML = excerpt;  // the page's own words, escaped, with <mark> around the hit
    body.append(head, p);
    a.append(body);
    return a;
  }

  // Under an empty result: what to try (fewer words, other words), in the page's language, with
  // the queries that do find something (assets/search-results.js: suggestions) as buttons.
  var hint = document.createElement("div");
  hint.className = "site-search__hint md-typeset";
  hint.hidden = true;
  meta.after(hint);

  function showHint(words, tries) {
    hint.replaceChildren();
    hint.hidden = !words.fewer;
    hint.style.padding = getComputedStyle(meta).padding;  // in line with the count above
    if (!words.fewer) return;
    var p = document.createElement("p");
    p.textContent = words.fewer;
    hint.append(p);
    if (!tries.length) return;
    var line = document.createElement("p");
    line.append(words.try + " ");
    tries.forEach(function (q, i) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "md-button site-search__try";
      b.textContent = q;
      b.addEventListener("click", function () { input.value = q; search(); input.focus(); });
      line.append(b);
      if (i + 1 < tries.length) line.append(" ");
    });
    hint.append(line);
  }

  function show(results, query) {
    if (results.length || !query) showHint({}, []);
    list.replaceChildren.apply(list, results.map(function (d) {
      var li = document.createElement("li");
      li.className = "md-search-result__item";
      li.append(link(d.url, d.title, d.excerpt, false));
      d.sections.forEach(function (s) { li.append(link(s.url, s.title, s.excerpt, true)); });
      return li;
    }));
    meta.textContent = query ? count(results.length) : text.textPlaceholder;
  }

  function search() {
    var query = input.value.normalize("NFKC").trim();
    var mine = ++latest;
    if (!query) return show([], "");
    load().then(function (loaded) {
      return loaded[2].results(loaded[0], loaded[1], query).then(function (results) {
        if (mine !== latest) return;
        show(results, query);
        if (!results.length) {
          return loaded[2].suggestions(loaded[0], loaded[1], query).then(function (tries) {
            if (mine === latest) showHint(loaded[3], tries);
          });
        }
      });
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
