"""The sample's notice on every page, from data/interface.yml (``sample.notice``), in a build that shows
the fictional outcome of examples/outcome.yml (mkdocs.example.yml, ``make example``).

Emits ``sample_notice`` in the template context of every page (and of the 404 page): the notice in
Japanese and in English (each marked with its ``lang``), which overrides/main.html writes above the
comment-status banner, on screen and in print. A build with the prefecture's own data/outcome.yml
(``make site``) emits nothing.
"""

from markupsafe import Markup

import sitedata


def on_page_context(context, page, config, **kwargs):
    return _notice(context, config)


def on_template_context(context, template_name, config, **kwargs):
    return _notice(context, config) if template_name == "404.html" else context


def _notice(context, config):
    data = sitedata.load(config)
    if data.sample:
        w = data.words
        context["sample_notice"] = Markup(
            '<p class="sample-notice">'
            + "".join(f'<span lang="{lang}">{w.html("sample.notice", lang)}</span> ' for lang in sitedata.LANGS)
            + "</p>"
        )
    return context
