"""The notice on every page of a build that is not the prefecture's published site, from data/interface.yml:
the sample's (``sample.notice``), in a build that shows the fictional outcome of examples/ (mkdocs.example.yml,
``make example``); a pull request's preview's (``preview.notice``), when the build is given the pull request's
number in ``SITE_PREVIEW`` (.github/workflows/site.yml): the notice on every page, and a robots ``noindex``
so that no search engine lists the preview as the prefecture's site.

Emits ``sample_notice`` in the template context of every page (and of the 404 page): the notice in
Japanese and in English (each marked with its ``lang``), which overrides/main.html writes above the
comment-status banner, on screen and on the first printed sheet; and ``assets/sample-print.css``, which
overrides/main.html links on every page of the sample: the same words in the top margin of every printed
sheet (a page margin box). A build with the prefecture's own data (``make site``, ``make publish``) emits
nothing. A ``SITE_PREVIEW`` that is not a number stops the build (build.E002).
"""

import os

from markupsafe import Markup

import sitedata
from sitebuild import generated
from sitedata.findings import FindingsError, finding

PRINT_CSS = "assets/sample-print.css"


def add_print_css(files, config):
    """``assets/sample-print.css`` in the sample's files (from ``on_files`` at ``i18n.AFTER_PAIRING``)."""
    data = sitedata.load(config)
    if not data.sample:
        return files
    words = " / ".join(data.words.text("sample.notice", lang) for lang in sitedata.LANGS)
    quoted = words.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    css = f'@page {{\n  @top-center {{\n    content: "{quoted}";\n    font-size: 7.5pt;\n  }}\n}}\n'
    return generated.add(files, config, {PRINT_CSS: css})


def preview_number() -> str | None:
    """The pull request a preview build is for (SITE_PREVIEW), or None; a value not a number stops the build."""
    number = os.environ.get("SITE_PREVIEW", "").strip()
    if number and not number.isdigit():
        raise FindingsError([finding("build.E002", "SITE_PREVIEW", value=number)])
    return number or None


def add_notice(context, config):
    """The preview's and the sample's notices in the context of a page or of the 404 page."""
    data = sitedata.load(config)
    number = preview_number()
    if number:
        context["preview_notice"] = Markup(
            '<p class="preview-notice">'
            + "".join(
                f'<span lang="{lang}">{data.words.html("preview.notice", lang, number=number)}</span> '
                for lang in sitedata.LANGS
            )
            + "</p>"
        )
    if data.sample:
        w = data.words
        context["sample_print_css"] = PRINT_CSS
        context["sample_notice"] = Markup(
            '<p class="sample-notice">'
            + "".join(f'<span lang="{lang}">{w.html("sample.notice", lang)}</span> ' for lang in sitedata.LANGS)
            + "</p>"
        )
    return context
