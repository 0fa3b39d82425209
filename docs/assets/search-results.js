/* The site search's matching, ranking and excerpts, loaded by assets/search.js when the search box is first used.
 *
 * The query is split into words (assets/search-query.js: terms). A page is shown only if its own text holds
 * every word (anywhere on the page, in the compared form of search-query.js: fold), or for a word one of
 * its variants or the words pagefind/synonyms.json gives for it (締切 → ご意見募集の期間, from
 * data/search_synonyms.yml). Pagefind, asked for each word, gives the pages that may hold them; each is
 * then checked against its own words. Pages whose title or headings hold the words, or that hold the
 * query as one phrase, come first; then Pagefind's order, with a page's boost (front matter
 * `search: {boost: 0.5}`, hooks/lib/sitebuild/finish/search_index.py). Its title, excerpt and sections come from the
 * page's own words (Pagefind metadata written by hooks/lib/sitebuild/finish/search_index.py: title, text, headings),
 * never from the index's normalised text ("第 2 期", half-width brackets); the excerpt marks every word
 * found. A section is shown when it holds every word.
 */

import { fold, key, findIn, wordEnd, terms } from "./search-query.js";

function escapeHTML(text) {
  return text.replace(/[&<>"]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
}

// Every place where the folded text holds one of the word's forms, between from and to (folded
// indexes), as [start, end] in the page's own text, in order; an English word marked with its ending.
function places(t, word, from, to) {
  var out = [];
  word.alts.forEach(function (alt) {
    for (var p = findIn(t, alt, from); p >= 0 && p + alt.length <= to; p = findIn(t, alt, p + 1)) {
      var e = wordEnd(t, alt, p);
      out.push([t.at[p], t.at[e - 1] + 1]);
    }
  });
  return out.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
}

// One piece of the page's own words, [a, b) in the text, every hit inside it marked.
function piece(text, a, b, hits) {
  var html = "", at = a;
  hits.forEach(function (h) {
    if (h[0] < at || h[1] > b) return;  // outside, or overlaps the one before
    html += escapeHTML(text.slice(at, h[0])) + "<mark>" + escapeHTML(text.slice(h[0], h[1])) + "</mark>";
    at = h[1];
  });
  return html + escapeHTML(text.slice(at, b));
}

// [start, end] widened or narrowed to spaces, so as not to cut a word written with spaces (English),
// keeping [keepFrom, keepTo].
function edges(text, start, end, keepFrom, keepTo) {
  if (start > 0 && /\w/.test(text[start - 1])) {
    var space = text.indexOf(" ", start);
    if (space >= 0 && space < keepFrom) start = space + 1;
  }
  if (end < text.length && /\w/.test(text[end])) {
    var last = text.lastIndexOf(" ", end);
    end = last >= keepTo ? last : (text.indexOf(" ", end) + 1 || text.length + 1) - 1;
  }
  return [start, end];
}

// An excerpt of the page's own words between from and to (folded indexes): the part that holds the
// most of the words, and a part for each word still missing (at most 3 parts), every word marked.
function excerpt(text, t, words, from, to) {
  var found = words.map(function (w) { return places(t, w, from, to); });
  var hits = [].concat.apply([], found).sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
  if (!hits.length) return "";
  var best = null;
  hits.forEach(function (h) {
    var near = found.map(function (list) {
      return list.filter(function (g) { return g[0] >= h[0] && g[1] <= h[0] + 80; })[0];
    }).filter(Boolean);
    if (!best || near.length > best.near.length) best = { h: h, near: near };
  });
  var parts = [[best.h[0], Math.max.apply(null, best.near.map(function (g) { return g[1]; }))]];
  found.forEach(function (list) {
    var inside = list.some(function (g) { return g[0] >= parts[0][0] && g[1] <= parts[0][1]; });
    if (list.length && !inside && parts.length < 3) parts.push([list[0][0], list[0][1]]);
  });
  parts.sort(function (a, b) { return a[0] - b[0]; });
  var html = "", shownTo = 0;
  parts.forEach(function (p, i) {
    var room = parts.length > 1 ? 25 : 40;
    var span = edges(text, Math.max(p[0] - room, shownTo), Math.min(text.length, p[1] + room + 20), p[0], p[1]);
    hits.forEach(function (h) { if (h[0] < span[1] && h[1] > span[1]) span[1] = h[1]; });  // not half a word
    if (span[1] <= shownTo) return;
    html += (span[0] > shownTo || (i === 0 && span[0] > 0) ? "… " : "") + piece(text, span[0], span[1], hits) + " ";
    shownTo = span[1];
  });
  return html.trim() + (shownTo < text.length ? " …" : "");
}

// Does the folded text hold every word between from and to?
function holds(t, words, from, to) {
  return words.every(function (w) { return places(t, w, from, to).length > 0; });
}

// The page's result, or null if its text does not hold every word: its own title, an excerpt, up to
// three sections that hold every word, and its rank (higher first).
function shown(d, words, phrase) {
  var text = d.meta.text || "", t = fold(text);
  if (!holds(t, words, 0, t.s.length)) return null;
  var base = d.url.split("#")[0], title = fold(d.meta.title || ""), sections = [], from = 0, starts = [];
  JSON.parse(d.meta.headings || "[]").forEach(function (h) {
    var at = text.indexOf(h[1], from);
    if (at >= 0) { starts.push([at, h]); from = at + h[1].length; }
  });
  var folded = function (i) { var k = t.at.findIndex(function (a) { return a >= i; }); return k < 0 ? t.s.length : k; };
  var score = 0, headed = 0;
  words.forEach(function (w) {
    var inTitle = holds(title, [w], 0, title.s.length);
    var inHeading = starts.some(function (s) { var h = fold(s[1][1]); return holds(h, [w], 0, h.s.length); });
    score += inTitle ? 4 : inHeading ? 2 : 0;
    headed += inTitle || inHeading;
  });
  if (headed === words.length) score += 6;
  if (phrase && findIn(t, phrase, 0) >= 0) score += findIn(title, phrase, 0) >= 0 ? 20 : 10;
  var together = false;  // one section holds every word
  starts.forEach(function (s, i) {
    var a = folded(s[0]), b = i + 1 < starts.length ? folded(starts[i + 1][0]) : t.s.length;
    if (!holds(t, words, a, b)) return;  // the heading included
    together = true;
    if (i > 0 && sections.length < 3) {
      sections.push({ url: base + "#" + s[1][0], title: s[1][1], excerpt: excerpt(text, t, words, a, b) });
    }
  });
  if (together && words.length > 1) score += 3;
  // A results page's rows (番号 4): the rows that hold every word come first, each leading to its row.
  var rows = [];
  from = 0;
  JSON.parse(d.meta.rows || "[]").forEach(function (r) {
    var at = text.indexOf(r[2], from);
    if (at < 0) return;
    from = at + r[2].length;
    var a = folded(at), b = folded(from);
    if (rows.length < 3 && holds(t, words, a, b)) {
      rows.push({ url: base + "#" + r[0], title: r[1], excerpt: excerpt(text, t, words, a, b) });
    }
  });
  sections = rows.concat(sections).slice(0, 3);
  return {
    url: d.url, title: d.meta.title || d.url, excerpt: excerpt(text, t, words, 0, t.s.length),
    sections: sections, score: score,
  };
}

// The synonyms table with its words in the folded form (pagefind/synonyms.json has them in
// sitedata.search_key form).
var folded = new WeakMap();
function table(synonyms) {
  if (!folded.has(synonyms)) {
    var out = {};
    Object.keys(synonyms).forEach(function (k) { out[key(k)] = (out[key(k)] || []).concat(synonyms[k]); });
    folded.set(synonyms, out);
  }
  return folded.get(synonyms);
}

// Japanese is split into words when indexed, and a name can be split differently in another sentence
// (熊本県立図書館 as 熊本/県/立/図/書/館; 新幹線 as 新/幹線, Pagefind issue #1237). So each form is also
// looked up with its kanji one by one; the pages found for a word are those found for any of its forms.
function candidates(pf, word) {
  var asked = [];
  word.alts.concat([word.text]).forEach(function (w) {
    asked.push(pf.search(w));
    var spaced = w.replace(/([\u3400-\u9fff])/g, " $1 ").replace(/\s+/g, " ").trim();
    if (spaced !== w) asked.push(pf.search(spaced));
  });
  return Promise.all(asked).then(function (found) {
    var pages = new Map();
    found.forEach(function (f) {
      (f && f.results || []).forEach(function (r) {
        var had = pages.get(r.id);
        if (!had || had.score < r.score) pages.set(r.id, r);
      });
    });
    return pages;
  });
}

export function results(pf, synonyms, query) {
  var words = terms(query, table(synonyms));
  if (!words.length) return Promise.resolve([]);
  var phrase = words.length > 1 ? key(query.replace(/[^\p{L}\p{N}\s'.-]/gu, "")) : null;
  var pages = [];
  return Promise.all(words.map(function (w) { return candidates(pf, w); })).then(function (found) {
    // a page found for every word, by Pagefind's scores together
    found[0].forEach(function (r, id) {
      if (found.every(function (f) { return f.has(id); })) {
        pages.push({ r: r, score: found.reduce(function (sum, f) { return sum + f.get(id).score; }, 0) });
      }
    });
    pages.sort(function (a, b) { return b.score - a.score; });
    pages = pages.slice(0, 30);
    return Promise.all(pages.map(function (p) { return p.r.data(); }));
  }).then(function (data) {
    var list = data.map(function (d, i) {
      var s = shown(d, words, phrase);
      // then Pagefind's score, times the page's boost (its front matter: search: {boost: 0.5})
      if (s) s.weight = pages[i].score * (Number(d.meta.boost) || 1);
      return s;
    }).filter(Boolean);
    list.sort(function (a, b) { return b.score - a.score || b.weight - a.weight; });
    return list.slice(0, 10);
  });
}

// For a query that finds nothing: other queries that find something, at most three. Each word alone
// (for a query of several words); for a word that finds nothing alone, the words data/search_synonyms.yml
// gives for the synonyms that hold it or that it holds (締め → ご意見募集の期間).
export function suggestions(pf, synonyms, query) {
  var all = table(synonyms), words = terms(query, all);
  var alone = words.length > 1 ? words.map(function (w) { return results(pf, synonyms, w.text); }) : [];
  return Promise.all(alone).then(function (found) {
    var tried = [];
    words.forEach(function (w, i) {
      if (found[i] && found[i].length) return tried.push(w.text);
      var k = key(w.text);
      Object.keys(all).forEach(function (s) {
        if (k.length >= 2 && s !== k && (s.indexOf(k) >= 0 || k.indexOf(s) >= 0 && s.length >= 2)) {
          all[s].forEach(function (f) { tried.push(f); });
        }
      });
    });
    tried = tried.filter(function (q, i) { return tried.indexOf(q) === i && key(q) !== key(query); });
    return Promise.all(tried.map(function (q) { return results(pf, synonyms, q); })).then(function (shown) {
      return tried.filter(function (q, i) { return shown[i].length; }).slice(0, 3);
    });
  });
}
