/* Comment-status banner: is the comment period upcoming, open or closed today?
 *
 * The period comes from the page (data-start, data-end: ISO dates written by
 * hooks/4_page/comment_status.py from data/consultation.yml), so the static site is right on any day
 * without a rebuild. "Today" is the date in Japan (window.todayInJapan, below; also used by
 * docs/assets/comment-links.js). Both the first and the last day are inside the period; the days
 * left count today and the last day. Without JavaScript the banner still states the period. Once
 * the outcome is published (data-results-href), the closed banner says so with its date
 * (data-text-published) and links to the results instead of "how to comment".
 *
 * overrides/main.html writes this script into every page right after the banner, so the state is
 * filled in before the page is first drawn and nothing moves afterwards; its comments are left out
 * there (hooks/4_page/comment_status.py, strip_js_comments).
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

  var today = dayNumber(window.todayInJapan());
  var banners = document.querySelectorAll(".comment-status[data-start][data-end]");
  for (var i = 0; i < banners.length; i++) {
    var banner = banners[i];
    var start = dayNumber(banner.getAttribute("data-start"));
    var end = dayNumber(banner.getAttribute("data-end"));
    var state, text;
    if (today < start) {
      state = "upcoming";
      text = banner.getAttribute("data-text-upcoming");
    } else if (today > end) {
      state = "closed";
      text = banner.getAttribute("data-text-closed");
      var results = banner.getAttribute("data-results-href");
      var link = banner.querySelector(".comment-status__link");
      // the outcome is published (data/outcome.yml): point to it
      if (results && link) {
        link.setAttribute("href", results);
        link.textContent = banner.getAttribute("data-text-results");
        text = banner.getAttribute("data-text-published") || text;  // "results published (date)"
      }
    } else if (today === end) {
      state = "open";
      text = banner.getAttribute("data-text-last");
    } else {
      state = "open";
      text = banner.getAttribute("data-text-open").replace("{n}", String(end - today + 1));
    }
    var label = banner.querySelector(".comment-status__state");
    label.textContent = text;
    label.hidden = false;
    banner.setAttribute("data-state", state);
  }
})();
