"""Safe pages: every built page is checked against the allowlist in hooks/6_check/allowed_html.yml.

Reads each page as it is written (and the 404 page); hooks/lib/sitebuild/safe_html.py checks the page's
content (its Markdown, the Markdown extensions, the generated parts from data/) and the theme's
markup around it are checked separately against the allowlist: allowed elements and attributes,
no ``on…`` event attribute and no ``style``, links only relative, https:, http:, mailto: or tel:,
and everything a page loads or sends to (images, scripts, styles, frames, forms, meta refresh)
from the site itself. A violation stops the strict build before anything is published (a preview
under ``mkdocs serve`` only warns), naming the Markdown file and line, or the data file and line,
where it comes from, what was found and what to do, in Japanese and English. A printable page
(print-*.md) holds its parts' text, checked on their own pages: only its frame is checked, so nothing is
reported twice or at a file staff cannot find. Nothing is removed silently. Emits nothing. A page whose
bytes passed before, with the same code and rules, is not checked again (the build cache keeps passes only).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import sitedata
from sitebuild import cache, i18n, printdocs
from sitebuild.safe_html import check_fragment, check_page, report

log = logging.getLogger("mkdocs.hooks.output_check")


def _fail(message: str, config) -> None:
    if config.strict:
        raise PluginError(message)
    log.warning(message)


@event_priority(-1000)  # the last look at each page, after every hook that adds to it
def on_post_page(output, page, config, **kwargs):
    content = page.content or ""
    printable = i18n.page_name(page).startswith(printdocs.PRINT_PREFIX)
    digest = cache.passed("output_check", [str(printable), config.site_url or "", content, output])
    if digest is None:  # these very bytes passed this very check before (sitebuild/cache.py)
        return output
    if printable:
        # A printable page's content is its parts' text, checked (and reported at their files) on their
        # own pages: only the frame around it is checked here, so nothing is said twice or of a print-*.md.
        theme = output.replace(content, "", 1) if content and content in output else output
        findings = check_fragment(theme, "theme", config.site_url or "")
    else:
        findings = check_page(output, content, config.site_url or "")
    if findings:
        source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
        _fail(report(findings, page.file.dest_uri, source, sitedata.data_folder(config)), config)
    else:
        cache.remember_pass(digest)
    return output


@event_priority(-1000)
def on_post_template(output_content, template_name, config, **kwargs):
    if template_name.endswith(".html"):
        findings = check_fragment(output_content, "theme", config.site_url or "")
        if findings:
            _fail(report(findings, template_name, None, sitedata.data_folder(config)), config)
    return output_content
