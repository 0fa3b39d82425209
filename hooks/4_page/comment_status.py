"""The comment-status banner at the top of every page, from data/consultation.yml.

Emits ``comment_status`` in the template context of every page, which overrides/main.html writes
into Material's ``announce`` banner:

- ``start``, ``end``: the comment period as ISO dates (``data-start``/``data-end``), from which
  overrides/partials/comment-status.js (written into the page after the banner) works out in the
  browser, in Japan time, whether comments are not yet open, open (with the days left, today and
  the end date both counted) or closed;
- ``period``: the period in words in the page's language, shown even with JavaScript off;
- ``texts``: the banner's words for each state, in the page's language (data/interface.yml, ``banner``);
- ``href``: the link to the page on how to comment (comment.md), relative to the page;
- ``results_href``: once data/outcome.yml is filled, the link to the results on that page
  (``comment.html#results``), which the closed banner shows instead, and ``published``, the words
  that then replace "closed" (意見募集の結果を公表しました（date）);
- ``script``: the banner's script, overrides/partials/comment-status.js without the comments of the
  source file (residents do not download them), which overrides/main.html writes after the banner.
"""

import posixpath
import re
from pathlib import Path

from markupsafe import Markup

import sitedata
from sitebuild import i18n

COMMENT_PAGE = "comment.md"

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


def on_page_context(context, page, config, **kwargs):
    lang = i18n.page_lang(page)
    data = sitedata.load(config)
    period = data.consultation.period
    published = data.outcome.published is not None
    target = i18n.built_name(COMMENT_PAGE, lang)
    here = posixpath.dirname(page.url) or "."
    context["comment_status"] = {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "period": data.words.html("banner.period", lang, period=sitedata.period_text(period, lang)),
        "texts": data.words.part("banner", lang),
        "href": posixpath.relpath(target, here),
        "results_href": posixpath.relpath(target, here) + "#results" if published else "",
        "published": data.words.html(
            "banner.published", lang, date=sitedata.date_text(data.outcome.published, lang) if published else ""
        ),
        "script": _script["text"],
    }
    return context
