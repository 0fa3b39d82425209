/* Comment-status banner: is the comment period upcoming, open or closed today?
 *
 * The period comes from the page (data-start, data-end: ISO dates written by
 * hooks/lib/sitebuild/render/comment_status.py from data/consultation.yml), so the static site is right on any day
 * without a rebuild. "Today" is the date in Japan (window.todayInJapan, below; also used by
 * docs/assets/comment-links.js). Both the first and the last day are inside the period; the days
 * left count today and the last day.
 *
 * The page already holds the words of every state, each element marked with the states it belongs to
 * (data-when="closed", "upcoming ongoing open last" …), those of the day of the build shown and the
 * others hidden: without JavaScript the reader gets the build day's state. Here each element is shown
 * or hidden for today's state instead (published: data-published, once data/outcome.yml is filled, after
 * the period), and the number of days left is written in. No other text is written, so the page's
 * ふりがな (docs/assets/furigana-ruby.js) reads these words too.
 *
 * overrides/main.html writes this script into every page right after the banner, so the banner's state is
 * set before the page is first drawn and nothing moves afterwards; the comment page's own status (further
 * down, <!-- insert: comment-now -->) is set once the page is read. Its comments are left out there
 * (hooks/lib/sitebuild/render/comment_status.py, strip_js_comments).
 */

// Today's date in Japan as YYYY-MM-DD, whatever the reader's time zone: Japan is UTC+9 all year
// (no daylight saving time). The one definition for the whole site.
window.todayInJapan = function () {
  return new Date(Date.now() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
};

(function () {
  var DAY = 24 * 60 * 60 * 1000;

  // days since 1970-01-01 for a YYYY-MM-DD date
  function dayNumber(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY;
  }

  function update() {
    var today = dayNumber(window.todayInJapan());
    var statuses = document.querySelectorAll(".comment-status[data-start][data-end]:not([data-today])");
    for (var i = 0; i < statuses.length; i++) {
      var status = statuses[i];
      var start = dayNumber(status.getAttribute("data-start"));
      var end = dayNumber(status.getAttribute("data-end"));
      var state = "open";
      if (today < start) state = "upcoming";
      else if (today > end) state = status.hasAttribute("data-published") ? "published" : "closed";
      else if (today === end) state = "last";
      var parts = status.querySelectorAll("[data-when]");
      for (var j = 0; j < parts.length; j++) {
        parts[j].hidden = parts[j].getAttribute("data-when").split(" ").indexOf(state) < 0;
      }
      var n = status.querySelector(".comment-status__n");
      if (n) n.textContent = String(end - today + 1);
      // data-state: upcoming, open or closed (for the style sheet and the tests)
      status.setAttribute("data-state", { last: "open", published: "closed" }[state] || state);
      status.setAttribute("data-today", window.todayInJapan());
    }
  }

  update();  // the banner, above this script
  document.addEventListener("DOMContentLoaded", update);  // the comment page's own status
})();
