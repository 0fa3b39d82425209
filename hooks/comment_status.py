"""The comment-status banner at the top of every page, from data/consultation.yml.

Emits ``comment_status`` in the template context of every page, which overrides/main.html writes
into Material's ``announce`` banner:

- ``start``, ``end``: the comment period as ISO dates (``data-start``/``data-end``), from which
  overrides/partials/comment-status.js (written into the page after the banner) works out in the
  browser, in Japan time, whether comments are not yet open, open (with the days left, today and
  the end date both counted) or closed;
- ``period``: the period in words in the page's language, shown even with JavaScript off;
- ``texts``: the banner's words for each state, in the page's language;
- ``href``: the link to the page on how to comment (comment.md), relative to the page;
- ``results_href``: once data/outcome.yml is filled, the link to the results on that page
  (``comment.html#results``), which the closed banner shows instead;
- ``script``: the banner's script, overrides/partials/comment-status.js without the comments of the
  source file (residents do not download them), which overrides/main.html writes after the banner.
"""

import posixpath
import re
from pathlib import Path

from markupsafe import Markup

import sitedata

COMMENT_PAGE = "comment.html"

# /* block */ comments and whole-line // comments. Only for the site's own scripts, which write no
# "/*" in a string and no "//" at the start of a line inside one.
_JS_COMMENT = re.compile(r"/\*.*?\*/|^[ \t]*//[^\n]*$", re.S | re.M)


def strip_js_comments(source: str) -> Markup:
    """A script of the site as shipped: its comments and the lines they leave blank taken out."""
    code = _JS_COMMENT.sub("", str(source))
    return Markup("\n".join(line for line in code.splitlines() if line.strip()))


_script: dict = {}  # the banner's script as shipped, read once per build (on_pre_build)


def on_pre_build(config, **kwargs):
    source = Path(config.theme.custom_dir) / "partials" / "comment-status.js"
    _script["text"] = strip_js_comments(source.read_text(encoding="utf-8"))


TEXTS = {
    "ja": {
        "period": "ご意見募集の期間：",
        "link": "意見の送り方",
        "upcoming": "意見募集の開始前です",
        "open": "意見募集中（本日を含めあと{n}日）",
        "last": "意見募集中（本日が最終日です）",
        "closed": "意見募集は終了しました",
        "results": "意見募集の結果",
    },
    "en": {
        "period": "Comment period: ",
        "link": "How to comment",
        "upcoming": "Not yet open for comment",
        "open": "Open for comment: {n} days left, including today",
        "last": "Open for comment: today is the last day",
        "closed": "The comment period has closed",
        "results": "Results",
    },
}


def on_page_context(context, page, config, **kwargs):
    lang = sitedata.page_lang(page)
    data = sitedata.load()
    period = data.consultation.period
    published = sitedata.load_outcome(data).published is not None
    target = COMMENT_PAGE if lang == "ja" else "en/" + COMMENT_PAGE
    here = posixpath.dirname(page.url) or "."
    context["comment_status"] = {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "period": sitedata.period_text(period, lang),
        "texts": TEXTS[lang],
        "href": posixpath.relpath(target, here),
        "results_href": posixpath.relpath(target, here) + "#results" if published else "",
        "script": _script["text"],
    }
    return context
