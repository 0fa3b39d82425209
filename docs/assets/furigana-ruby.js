/* ふりがな over the words of a Japanese page, loaded by furigana.js when its button is pressed (or was left on).
 *
 * Fetches the page's readings (hooks/lib/sitebuild/render/furigana_page.py: for each text of the article and of the comment-status
 * banner, whose words of every state are in the page: [start, length, reading] of
 * its kanji words) and puts <ruby>word<rt aria-hidden="true">reading</rt></ruby> over the words, so screen
 * readers read each word once; the button then reads 「ふりがなを消す」 and puts the plain text back. The
 * choice is remembered for the next pages (localStorage "furigana"). If the readings cannot be fetched
 * (e.g. the site opened from a disk), the button goes away and the page stays as it is.
 */
(function () {
  var meta = document.querySelector('meta[name="furigana"]'), article = document.querySelector("article");
  var bar = document.querySelector(".furigana"), button = document.querySelector(".furigana__button");
  var SKIP = "code,pre,kbd,samp,ruby,svg,[lang]:not([lang=ja]),.print-frame", readings = null, shown = [];
  if (!meta || !article || !button) return;

  function remember(on) {
    try {
      if (on) localStorage.setItem("furigana", "on");
      else localStorage.removeItem("furigana");
    } catch { /* storage blocked: the choice holds for this page only */ }
  }
  function label() {
    button.textContent = shown.length ? "ふりがなを消す" : "ふりがなをつける";
  }
  function show() {
    var nodes = [], node;
    [document.querySelector(".md-banner .comment-status"), article].forEach(function (root) {
      if (!root) return;
      var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while ((node = walker.nextNode())) {
        if (readings[node.data] && !node.parentNode.closest(SKIP)) nodes.push(node);
      }
    });
    nodes.forEach(function (text) {
      var span = document.createElement("span"), at = 0;
      span.className = "furigana__text";
      readings[text.data].forEach(function (r) {
        var ruby = document.createElement("ruby"), rt = document.createElement("rt");
        span.append(text.data.slice(at, r[0]));
        ruby.append(text.data.substr(r[0], r[1]));
        rt.textContent = r[2];
        rt.setAttribute("aria-hidden", "true");
        ruby.appendChild(rt);
        span.appendChild(ruby);
        at = r[0] + r[1];
      });
      span.append(text.data.slice(at));
      text.replaceWith(span);
      shown.push([span, text]);
    });
    label();
  }
  function hide() {
    shown.forEach(function (pair) { pair[0].replaceWith(pair[1]); });
    shown = [];
    label();
  }
  button.addEventListener("click", function () {
    if (shown.length) {
      remember(false);
      hide();
    } else {
      remember(true);
      show();
    }
  });
  fetch(meta.content)
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (data) {
      readings = data;
      remember(true);
      show();
    })
    .catch(function () { bar.remove(); });
})();
