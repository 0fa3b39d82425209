/* "Comment on this section" links: outside the comment period (browser clock, the date in Japan
   from window.todayInJapan, defined by the banner's script in overrides/partials/comment-status.js),
   replace each mail link with a notice. Without JavaScript the links stay as built. */
(function () {
  function update() {
    if (typeof window.todayInJapan !== "function") return;  // a page without the banner: links stay
    var today = window.todayInJapan();  // YYYY-MM-DD, comparable with the ISO dates in the page
    document.querySelectorAll(".comment-link[data-start][data-end]").forEach(function (box) {
      var link = box.querySelector("a.comment-link__mail");
      if (!link) return;
      var text = null;
      if (today > box.dataset.end) text = box.dataset.closedText;
      else if (today < box.dataset.start) text = box.dataset.upcomingText;
      if (text === null) return;
      var notice = document.createElement("span");
      notice.className = "comment-link__closed";
      notice.textContent = text;
      link.replaceWith(notice);
    });
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(update);  // Material's page-load stream (also after instant loading)
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", update);
  } else {
    update();
  }
})();
