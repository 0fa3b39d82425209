/* The results pages' filter (hooks/lib/sitebuild/results_page.py): two lists, response category and
   section, built from the tables' own rows, that hide the rows not chosen and say how many are shown.
   Without JavaScript the filter stays hidden and every row is shown. Each section is its own table in a
   .results-group that the browser lays out only near the screen (content-visibility, site.css): a
   change writes only the attributes that change and reads no layout, so its cost is the rows in view. */
(function () {
  function option(value, text) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    return o;
  }

  function select(box, id, label, all, entries) {
    var p = document.createElement("p");
    var l = document.createElement("label");
    l.htmlFor = id;
    l.textContent = label;
    var s = document.createElement("select");
    s.id = id;
    s.appendChild(option("", all));
    entries.forEach(function (e) { s.appendChild(option(e[0], e[1])); });
    p.appendChild(l);
    p.appendChild(document.createTextNode(" "));
    p.appendChild(s);
    box.appendChild(p);
    return s;
  }

  // Until a section's table has been shown, its height is guessed from its number of rows (site.css).
  function guessHeights() {
    document.querySelectorAll(".results-group").forEach(function (group) {
      group.style.setProperty("--rows", group.querySelectorAll("tr[data-category]").length);
    });
  }

  function setUp() {
    guessHeights();
    var box = document.querySelector(".results-filter");
    var table = document.querySelector(".results-rows");
    if (!box || !table || box.dataset.ready) return;
    box.dataset.ready = "1";
    var words = JSON.parse(box.dataset.words);
    var rows = Array.prototype.slice.call(table.querySelectorAll("tr[data-category]"));
    var categories = [], seen = {};
    rows.forEach(function (row) {
      var code = row.dataset.category;
      if (seen[code]) return;
      seen[code] = true;
      categories.push([code, row.querySelector(".results__category").textContent]);
    });
    var sections = Array.prototype.map.call(table.querySelectorAll(".results-group"), function (group) {
      return [group.dataset.section, group.querySelector("caption").textContent];
    });
    var byCategory = select(box, "filter-category", words.category, words.all, categories);
    var bySection = select(box, "filter-section", words.section, words.all, sections);
    var status = document.createElement("p");
    status.className = "results-filter__status";
    status.setAttribute("role", "status");
    box.appendChild(status);

    // Each section's group and its rows, read once; only what changes is written back.
    var groups = Array.prototype.map.call(table.querySelectorAll(".results-group"), function (group) {
      return { element: group, rows: Array.prototype.slice.call(group.querySelectorAll("tr[data-category]")) };
    });

    function apply() {
      var shown = 0;
      var category = byCategory.value, section = bySection.value;
      groups.forEach(function (group) {
        var any = false;
        var inSection = !section || group.element.dataset.section === section;
        group.rows.forEach(function (row) {
          var visible = inSection && (!category || row.dataset.category === category);
          if (row.hidden === visible) row.hidden = !visible;
          if (visible) { shown += 1; any = true; }
        });
        if (group.element.hidden === any) group.element.hidden = !any;
      });
      status.textContent = words.shown.replace("{shown}", shown).replace("{total}", rows.length);
    }
    byCategory.addEventListener("change", apply);
    bySection.addEventListener("change", apply);
    box.hidden = false;
    apply();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
