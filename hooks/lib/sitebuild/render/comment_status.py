"""The comment-status banner at the top of every page, and the comment page's opening status, from
data/consultation.yml and data/outcome.yml.

Emits ``comment_status`` in the template context of every page, which overrides/main.html writes
into Material's ``announce`` banner: ``banner`` (the banner's HTML) and ``script``
(overrides/partials/comment-status.js without the comments of the source file, which residents do not
download). Makes ``<!-- insert: comment-now -->`` (the comment page, under its title): the same status
for the page itself, linking within it.

A status (``status_html``) holds the words of every state, each in an element marked with the states it
is shown in (``data-when``) and the others ``hidden``: not yet open (``upcoming``), open (``ongoing``: "open
until …", the words of the page as built; ``open``: with the days left, today and the end date both
counted; ``last``: the last day), ``closed`` (with what the notice says comes next and a link to the comment
page's 今後の予定) and, once data/outcome.yml is filled, ``published`` (with its date and a link to the
results). The state shown in the HTML is that of the day of the build (in Japan: SOURCE_DATE_EPOCH, set by
sitebuild/startup.py, else today), so a reader without JavaScript is told the period is over;
comment-status.js shows the state of the browser's day (in Japan time) instead. All the words are in the
HTML, so the ふりがな of the page (sitebuild/render/furigana_page.py) reads them too; the script writes only
the number of days left. hooks/render.py imports this module, which registers the part, before any page is
filled.
"""

import datetime as dt
import os
import posixpath
import re
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

import sitedata
from sitebuild import i18n, inserts

COMMENT_PAGE = "comment.md"
JAPAN = dt.timezone(dt.timedelta(hours=9))  # no daylight saving time

# /* block */ comments and whole-line // comments. Only for the site's own scripts, which write no
# "/*" in a string and no "//" at the start of a line inside one.
_JS_COMMENT = re.compile(r"/\*.*?\*/|^[ \t]*//[^\n]*$", re.S | re.M)


def strip_js_comments(source: str) -> Markup:
    """A script of the site as shipped: its comments and the lines they leave blank taken out."""
    code = _JS_COMMENT.sub("", str(source))
    return Markup("\n".join(line for line in code.splitlines() if line.strip()))


def build_day() -> dt.date:
    """The day of the build in Japan: SOURCE_DATE_EPOCH (the last commit's time), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return (dt.datetime.fromtimestamp(int(epoch), JAPAN) if epoch.isdigit() else dt.datetime.now(JAPAN)).date()


def state_on(day: dt.date, period, published: bool) -> str:
    """The state of the comment period on ``day``, as the HTML shows it (the script works out its own)."""
    if day < period.start:
        return "upcoming"
    if day > period.end:
        return "published" if published else "closed"
    return "ongoing"


def status_html(data, lang: str, links: dict[str, str], day: dt.date, page: bool = False) -> Markup:
    """One status: the words of every state, those of ``day``'s state shown. ``links``: state → href (a
    state without one has no link). ``page``: the comment page's own (no period line: the page gives it)."""
    period, w = data.consultation.period, data.words
    published = data.outcome.published is not None
    state = state_on(day, period, published)
    n = Markup('<span class="comment-status__n"></span>')
    words = {
        "upcoming": w.html("banner.upcoming", lang),
        "ongoing": w.html("banner.ongoing", lang, end=sitedata.date_text(period.end, lang)),
        "open": w.html("banner.open", lang, n=n),
        "last": w.html("banner.last", lang),
        "closed": w.html("banner.closed", lang),
        "published": w.html(
            "banner.published", lang, date=sitedata.date_text(data.outcome.published, lang) if published else ""
        ),
    }
    del words["closed" if published else "published"]  # after the period: one or the other

    def shown(when: str) -> Markup:
        return Markup(' data-when="{}"{}').format(when, "" if state in when.split() else Markup(" hidden"))

    parts = [Markup("<span{}>{}</span>").format(shown(key), text) for key, text in words.items()]
    html = [Markup('<strong class="comment-status__state">{}</strong>').format(Markup("").join(parts))]
    if not page:
        html.append(
            Markup('<span class="comment-status__period">{}</span>').format(
                w.html("banner.period", lang, period=sitedata.period_text(period, lang))
            )
        )
    if not published:
        next_words = w.html("banner.next", lang)
        html.append(Markup('<span class="comment-status__next"{}>{}</span>').format(shown("closed"), next_words))
    texts = {"open": w.html("banner.link", lang), "closed": w.html("banner.next_link", lang)}
    texts["published"] = w.html("banner.results", lang)
    for key, when in (("open", "upcoming ongoing open last"), ("closed", "closed"), ("published", "published")):
        if links.get(key) and key != ("closed" if published else "published"):
            html.append(
                Markup('<a class="comment-status__link" href="{}"{}>{}</a>').format(links[key], shown(when), texts[key])
            )
    # the comment page's own is in its text: not indexed for the search (it holds the words of every state)
    own = Markup(' comment-status--page" data-pagefind-ignore="all') if page else ""
    return Markup('<p class="comment-status{}" data-start="{}" data-end="{}" data-state="{}"{}>{}</p>').format(
        own,
        period.start.isoformat(),
        period.end.isoformat(),
        {"ongoing": "open", "published": "closed"}.get(state, state),
        Markup(" data-published") if published else "",
        Markup(" ").join(html),
    )


def script(config) -> Markup:
    """The banner's script as shipped (overrides/partials/comment-status.js without its comments): read and
    stripped once while the file is unchanged, not for every page (its modification time and size are the key,
    so a preview picks up an edit)."""
    source = Path(config.theme.custom_dir) / "partials" / "comment-status.js"
    stat = source.stat()
    return _shipped(str(source), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _shipped(source: str, mtime_ns: int, size: int) -> Markup:
    return strip_js_comments(Path(source).read_text(encoding="utf-8"))


def banner(page, config) -> dict:
    """The page's ``comment_status``: the banner's HTML (its links lead to the comment page) and its script."""
    lang = i18n.page_lang(page)
    data = sitedata.load(config)
    target = posixpath.relpath(i18n.built_name(COMMENT_PAGE, lang), posixpath.dirname(page.url) or ".")
    links = {"open": target, "closed": target + "#next-steps", "published": target + "#results"}
    return {"banner": status_html(data, lang, links, build_day()), "script": script(config)}


@inserts.part("comment-now")
def comment_now(where) -> str:
    """The comment page's own status, under its title: its links lead within the page."""
    links = {"closed": "#next-steps", "published": "#results"}
    return status_html(where.data, where.lang, links, build_day(), page=True)
