/* What a reader typed, as the words the search looks for; imported by assets/search-results.js.
 *
 * fold(text) is the form in which a query and a page's text are compared: NFKC, lower case, no spaces,
 * dashes and the minus sign as "-" (as sitedata.search_key), and the variants residents write folded
 * together: 中黒 between katakana (パブリック・コメント = パブリックコメント), a long vowel mark at the end of
 * a katakana word (コンピューター = コンピュータ), ヴ as ブ (ヴィジョン = ビジョン). It keeps, for each
 * folded character, where it came from in the text (to mark the words in the page's own words).
 *
 * terms(query, synonyms) splits the query into the words that must all be on a page: at spaces, and
 * Japanese without spaces as the index splits it (the browser's Intl.Segmenter, as Pagefind does);
 * particles, okurigana pieces and question words (で, は, いつ, どこ) and English function words (where,
 * can, the) are not required. Words written in katakana are kept whole (スマホ, not スマ + ホ). A word,
 * or a run of words, that data/search_synonyms.yml lists (パブコメ, 締め切り, until when) also finds the
 * words it leads to; an English word also finds its plain form (comments → comment), and a word in
 * hiragana of 3 or more letters also finds it in katakana and back (ぱれあ → パレア).
 */

var KANA_SMALL_AFTER_VU = { "ァ": "バ", "ィ": "ビ", "ェ": "ベ", "ォ": "ボ" };
var STOP_EN = new Set(("a an and are as at be by can could do does did for from how i i'm if in into is it " +
  "its me my of on or please the there this to want was what when where which who whom why will with " +
  "would you your").split(" "));
var STOP_JA = new Set(("は が を に で と の も へ や か から まで より など って て し ね よ な だ です ます " +
  "いつ どこ なに なん 何 どう どうやって どの どれ だれ 誰 どんな いくら").split(" "));

function katakana(c) { return c >= "\u30a1" && c <= "\u30fa" || c === "\u30fc"; }
function alnum(c) { return /[a-z0-9]/.test(c); }

function plain(c) {
  return c.normalize("NFKC").toLowerCase().replace(/[\u2010-\u2015\u2212]/g, "-");
}

// The next character after `i` that is not a space, in plain form ("" at the end).
function nextPlain(text, i) {
  for (var j = i + 1; j < text.length; j++) {
    var c = plain(text[j]);
    if (c.trim()) return c[0];
  }
  return "";
}

// text in the compared form: {s, at (index in text of each character of s), start/end (a Latin word
// starts/ends there)}.
export function fold(text) {
  var s = "", at = [], start = [], end = [];
  var word = false;  // inside a Latin word
  for (var i = 0; i < text.length; i++) {
    var f = plain(text[i]);
    for (var k = 0; k < f.length; k++) {
      var c = f[k], last = s[s.length - 1] || "";
      if (!c.trim()) { word = false; continue; }
      if ((c === "\u30fb" || c === "\u00b7") && katakana(last) && katakana(nextPlain(text, i))) continue;
      if (c === "\u30fc" && katakana(last) && last !== "\u30fc" && !katakana(nextPlain(text, i))) continue;
      if (c === "\u30f4") {
        var small = KANA_SMALL_AFTER_VU[nextPlain(text, i)];
        c = small || "ブ";
        if (small) i++;
      }
      var latin = alnum(c);
      if (!latin && word && s.length) end[s.length - 1] = true;
      start.push(latin && !word);
      end.push(false);
      word = latin;
      s += c;
      at.push(i);
    }
    if (!word && s.length && alnum(s[s.length - 1])) end[s.length - 1] = true;
  }
  if (s.length && alnum(s[s.length - 1])) end[s.length - 1] = true;
  return { s: s, at: at, start: start, end: end };
}

export function key(text) { return fold(text).s; }

var SUFFIXES = new Set(["", "s", "es", "'s", "d", "ed", "ing", "er", "ers"]);

function latin(alt) { return /^[a-z0-9][a-z0-9'.-]*$/.test(alt); }

// Where, in the folded text `t` (fold()), the word `alt` found at p ends: a Latin word with its ending.
export function wordEnd(t, alt, p) {
  var q = p + alt.length - 1;
  if (!latin(alt)) return q + 1;
  while (q < t.s.length - 1 && !t.end[q]) q++;
  return q + 1;
}

// Where the folded text `t` (fold()) holds `alt` from `from` on: the index in t.s, or -1. A Latin word
// must stand as a word (read is not found in readjustment), with an ending at most (comment → comments).
export function findIn(t, alt, from) {
  for (var p = t.s.indexOf(alt, from || 0); p >= 0; p = t.s.indexOf(alt, p + 1)) {
    if (!latin(alt)) return p;
    if (t.start[p] && SUFFIXES.has(t.s.slice(p + alt.length, wordEnd(t, alt, p)))) return p;
  }
  return -1;
}

function script(c) {
  if (/[\u3041-\u309f]/.test(c)) return "hiragana";
  if (/[\u30a0-\u30ff\uff66-\uff9f]/.test(c)) return "katakana";
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(c)) return "kanji";
  if (/[A-Za-z0-9]/.test(c)) return "latin";
  return "other";
}

function only(text, kind) { return text.length > 0 && Array.from(text).every(function (c) { return script(c) === kind; }); }

// One space-separated part of the query as words: English as is, Japanese by Intl.Segmenter, a katakana
// word in one piece, a number with its counters in one piece (2020年, 12月25日, 柱2).
function pieces(part) {
  if (!/[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/.test(part)) {
    var bare = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    return bare ? [{ text: bare, word: true }] : [];
  }
  if (only(part, "hiragana")) return [{ text: part, word: true }];  // かんせんしょう stays one word
  var out = [];
  var segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("ja", { granularity: "word" }) : null;
  var segments = segmenter ? Array.from(segmenter.segment(part)) : [{ segment: part, isWordLike: true }];
  segments.forEach(function (g) {
    var prev = out[out.length - 1], text = g.segment;
    var joins = prev && only(prev.text.replace(/[\u30fb\uff65]/g, ""), "katakana") &&
      (only(text, "katakana") || /^[\u30fb\uff65]$/.test(text));
    // a number with the kanji before it and its counters: 2020年12月25日, 第2期, 令和3年, 柱2: one word
    var count = /^[\u3400-\u9fff]{0,2}([0-9][0-9.,]*[\u3400-\u9fff\u30a0-\u30ff]{0,2})+$/;
    var lead = prev && (/^[\u3400-\u9fff]{1,2}$/.test(prev.text) || count.test(prev.text));
    if (lead && /^[0-9]/.test(text) !== /^[0-9]/.test(prev.text.slice(-1)) && count.test(prev.text + text)) joins = true;
    if (prev && /^[A-Za-z]+$/.test(prev.text) && only(text, "katakana")) joins = true;  // UIターン
    if (joins) prev.text += text;
    else out.push({ text: text, word: (g.isWordLike !== false || only(text, "katakana")) && !only(text, "hiragana") });
  });
  return out;
}

function other(text) {  // hiragana ↔ katakana
  return Array.from(text).map(function (c) {
    var code = c.charCodeAt(0);
    if (code >= 0x3041 && code <= 0x3096) return String.fromCharCode(code + 0x60);
    if (code >= 0x30a1 && code <= 0x30f6) return String.fromCharCode(code - 0x60);
    return c;
  }).join("");
}

function stem(word) {
  if (!/^[a-z]+$/.test(word)) return null;
  if (word.length > 4 && /ies$/.test(word)) return word.slice(0, -3) + "y";
  if (word.length > 5 && /ing$/.test(word)) return word.slice(0, -3);
  if (word.length > 4 && /ed$/.test(word)) return word.slice(0, -2);
  if (word.length > 4 && /[^s]s$/.test(word)) return word.slice(0, -1);
  return null;
}

// A word of the query: what it is written as, and the folded forms any of which a page must hold.
function term(text, finds) {
  var k = key(text), alts = [k];
  (finds || []).forEach(function (f) { alts.push(key(f)); });
  var s = stem(k);
  if (s) alts.push(s);
  if (k.length >= 3 && (only(k, "hiragana") || only(k, "katakana"))) alts.push(key(other(k)));
  return { text: text, alts: alts.filter(function (a, i) { return a && alts.indexOf(a) === i; }) };
}

// The words that must all be on a page, for `query` (in NFKC form); `synonyms`: folded word → [finds].
export function terms(query, synonyms) {
  var list = [];
  query.split(/\s+/).filter(Boolean).forEach(function (part) {
    pieces(part).forEach(function (p) { list.push(p); });
  });
  var out = [];
  for (var i = 0; i < list.length;) {
    var found = 0;
    for (var j = Math.min(list.length, i + 5); j > i && !found; j--) {
      var joined = list.slice(i, j).map(function (p) { return p.text; }).join("");
      if (synonyms[key(joined)]) {
        out.push({ term: term(joined, synonyms[key(joined)]), stop: false });
        found = j - i;
      }
    }
    if (found) { i += found; continue; }
    var p = list[i++], k = key(p.text);
    if (!k || !/[\p{L}\p{N}]/u.test(k)) continue;
    var stop = !p.word || STOP_EN.has(k) || STOP_JA.has(k);
    out.push({ term: term(p.text), stop: stop });
  }
  var needed = out.filter(function (t) { return !t.stop; });
  return (needed.length ? needed : out).map(function (t) { return t.term; });
}
