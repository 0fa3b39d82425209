"""The sample's notice on every page, from data/interface.yml (``sample.notice``), in a build that shows
the fictional outcome of examples/outcome.yml (mkdocs.example.yml, ``make example``).

Emits ``sample_notice`` in the template context of every page (and of the 404 page): the notice in
Japanese and in English (each marked with its ``lang``), which overrides/main.html writes above the
comment-status banner, on screen and on the first printed sheet; and ``assets/sample-print.css``, which
overrides/main.html links on every page of the sample: the same words in the top margin of every printed
sheet (a page margin box). A build with the prefecture's own data/outcome.yml (``make site``) emits nothing.
"""

from markupsafe import Markup
from mkdocs.plugins import event_priority

import sitedata
from sitebuild import generated, i18n

PRINT_CSS = "assets/sample-print.css"


@event_priority(i18n.AFTER_PAIRING)
def on_files(files, config, **kwargs):
    data = sitedata.load(config)
    if not data.sample:
        return files
    words = " / ".join(data.words.text("sample.notice", lang) for lang in sitedata.LANGS)
    quoted = words.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    css = f'@page {{\n  @top-center {{\n    content: "{quoted}";\n    font-size: 7.5pt;\n  }}\n}}\n'
    return generated.add(files, config, {PRINT_CSS: css})


def on_page_context(context, page, config, **kwargs):
    return _notice(context, config)


def on_template_context(context, template_name, config, **kwargs):
    return _notice(context, config) if template_name == "404.html" else context


def _notice(context, config):
    data = sitedata.load(config)
    if data.sample:
        w = data.words
        context["sample_print_css"] = PRINT_CSS
        context["sample_notice"] = Markup(
            '<p class="sample-notice">'
            + "".join(f'<span lang="{lang}">{w.html("sample.notice", lang)}</span> ' for lang in sitedata.LANGS)
            + "</p>"
        )
    return context
