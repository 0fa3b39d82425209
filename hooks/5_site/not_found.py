"""The "page not found" page in both languages: ``404.html`` (Japanese) and ``en/404.html`` (English).

Reads no data file; the page is ``overrides/404.html``. MkDocs renders the theme's 404 page in every
language's build to the same ``site/404.html``, and mkdocs-static-i18n builds Japanese first, so the
English one would replace it. This hook keeps the Japanese page at the root and writes the English one
to ``en/404.html`` (deploy/nginx.conf serves each under its own language's addresses).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from sitebuild import i18n

_japanese: dict[str, str] = {}


@event_priority(-1100)  # the finished page: after hooks/5_site/csp.py (-900) and hooks/6_check/output_check.py (-1000)
def on_post_template(output_content, template_name, config, **kwargs):
    if template_name != "404.html":
        return output_content
    lang = i18n.build_language(config)
    if lang == i18n.DEFAULT:
        _japanese["page"] = output_content
        return output_content
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output_content, encoding="utf-8")
    return _japanese.get("page", output_content)
