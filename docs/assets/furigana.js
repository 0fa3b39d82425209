/* ふりがな button (hooks/lib/sitebuild/render/furigana_page.py): pressed, or left on, it loads furigana-ruby.js, which does the rest.
 * It sits in the banner at the top of the page (after the comment status), so it is among the first Tab stops,
 * before the header and the menu; a page without the banner gets it above the article. */
(function () {
  var meta = document.querySelector('meta[name="furigana"]'), article = document.querySelector("article");
  var script = document.currentScript, bar = document.createElement("div"), button = document.createElement("button");
  if (!meta || !article || !window.fetch) return;
  bar.className = "furigana";
  button.type = "button";
  button.className = "furigana__button";
  button.textContent = "ふりがなをつける";
  bar.appendChild(button);
  var banner = document.querySelector(".md-banner__inner");
  if (banner) banner.appendChild(bar);
  else article.parentNode.insertBefore(bar, article);
  function load() {
    button.removeEventListener("click", load);
    var ruby = document.createElement("script");
    ruby.src = new URL("furigana-ruby.js", script.src).href;
    document.head.appendChild(ruby);
  }
  button.addEventListener("click", load);
  try { if (localStorage.getItem("furigana") === "on") load(); } catch { /* storage blocked: stays off */ }
})();
