/* The site search's matching and excerpts, loaded by assets/search.js when the search box is first used.
 *
 * A result is shown only if the page's own text holds the query (compared in NFKC form, without
 * spaces, ignoring case) or one of the words pagefind/synonyms.json gives for it (締切 → ご意見募集の期間,
 * from data/search_synonyms.yml). Its title, excerpt and sections come from the page's own words
 * (Pagefind metadata written by hooks/5_site/search_index.py: title, text, headings), never from the index's
 * normalised text ("第 2 期", half-width brackets).
 */

// The form in which a query and a page's text are compared (as sitedata.search_key): NFKC, lower
// case, no spaces, dashes and the minus sign as "-" (０９６−３３３ finds 096-333).
function key(text) {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "").replace(/[\u2010-\u2015\u2212]/g, "-");
}

function escapeHTML(text) {
  return text.replace(/[&<>"]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
}

// Where `text` (the page's own words) holds one of `keys`, from `from` on: [start, end] in `text`.
function find(text, keys, from, to) {
  var folded = "", at = [];
  for (var i = from; i < to; i++) {
    var f = key(text[i]);
    for (var k = 0; k < f.length; k++) { folded += f[k]; at.push(i); }
  }
  for (var n = 0; n < keys.length; n++) {
    var pos = folded.indexOf(keys[n]);
    if (pos >= 0) return [at[pos], at[pos + keys[n].length - 1] + 1];
  }
  return null;
}

// An excerpt of the page's own words around a hit, the hit marked.
function excerpt(text, hit) {
  var start = Math.max(0, hit[0] - 40), end = Math.min(text.length, hit[1] + 60);
  // not inside a word written with spaces (English): from a space to a space
  if (start > 0 && /\w/.test(text[start - 1])) {
    var space = text.indexOf(" ", start);
    if (space >= 0 && space < hit[0]) start = space + 1;
  }
  if (end < text.length && /\w/.test(text[end])) {
    var last = text.lastIndexOf(" ", end);
    if (last > hit[1]) end = last;
  }
  return (start > 0 ? "… " : "") + escapeHTML(text.slice(start, hit[0])) +
    "<mark>" + escapeHTML(text.slice(hit[0], hit[1])) + "</mark>" +
    escapeHTML(text.slice(hit[1], end)) + (end < text.length ? " …" : "");
}

// The page's result: its own title, an excerpt, and up to three sections that hold the words.
function shown(d, keys) {
  var text = d.meta.text || "", hit = find(text, keys, 0, text.length);
  if (!hit) return null;
  var base = d.url.split("#")[0], sections = [], from = 0, starts = [];
  JSON.parse(d.meta.headings || "[]").forEach(function (h) {
    var at = text.indexOf(h[1], from);
    if (at >= 0) { starts.push([at, h]); from = at + h[1].length; }
  });
  starts.forEach(function (s, i) {
    var end = i + 1 < starts.length ? starts[i + 1][0] : text.length;
    var inside = find(text, keys, s[0], end);  // the heading included
    if (inside && i > 0 && sections.length < 3) {
      sections.push({ url: base + "#" + s[1][0], title: s[1][1], excerpt: excerpt(text, inside) });
    }
  });
  return { url: d.url, title: d.meta.title || d.url, excerpt: excerpt(text, hit), sections: sections };
}

export function results(pf, synonyms, query) {
  // What the page must hold: the query, or a word the synonyms give for it (締切 → ご意見募集の期間).
  var words = [query].concat(synonyms[key(query)] || []);
  var keys = words.map(key);
  // Japanese is split into words when indexed, and a name can be split differently in another
  // sentence (熊本県立図書館 as 熊本/県/立/図/書/館; 新幹線 as 新/幹線, Pagefind issue #1237). So the
  // kanji are also looked up one by one; every page found is kept only if its own text holds
  // the words, whole-word matches first.
  var asked = [];
  words.forEach(function (w) {
    asked.push(pf.search(w));
    var spaced = w.replace(/([\u3400-\u9fff])/g, " $1 ").replace(/\s+/g, " ").trim();
    if (spaced !== w) asked.push(pf.search(spaced));
  });
  return Promise.all(asked).then(function (found) {
    var seen = {}, pages = [];
    found.forEach(function (f) {
      f.results.forEach(function (r) { if (!seen[r.id]) { seen[r.id] = true; pages.push(r); } });
    });
    return Promise.all(pages.slice(0, 30).map(function (r) { return r.data(); }));
  }).then(function (data) {
    return data.map(function (d) { return shown(d, keys); }).filter(Boolean).slice(0, 10);
  });
}
