/* "Comment on this section" links: outside the comment period (browser clock, Japan time),
   replace each mail link with a notice. Without JavaScript the links stay as built. */
(function () {
  function todayInJapan() {
    // en-CA formats as YYYY-MM-DD, comparable with the ISO dates in the page.
    return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
  }
  function update() {
    var today = todayInJapan();
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
