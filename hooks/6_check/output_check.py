"""Safe pages: every built page is checked against the allowlist in hooks/6_check/allowed_html.yml.

Reads each page as it is written (and the 404 page); hooks/lib/sitebuild/safe_html.py checks the page's
content (its Markdown, the Markdown extensions, the generated parts from data/) and the theme's
markup around it are checked separately against the allowlist: allowed elements and attributes,
no ``on…`` event attribute and no ``style``, links only relative, https:, http:, mailto: or tel:,
and everything a page loads or sends to (images, scripts, styles, frames, forms, meta refresh)
from the site itself, and none of the theme's own ids (``id="__config"``) in content. Each finding (html.E001…)
names the Markdown file and line, or the data file and line, where it comes from, what was found and what
to do, in Japanese and English; the findings of every page are told together once every language is built
(hooks/lib/sitebuild/verdict.py): they stop the strict build before anything is published (a preview
under ``mkdocs serve`` only warns). A printable page
(print-*.md) holds its parts' text, checked on their own pages: only its frame is checked, so nothing is
reported twice or at a file staff cannot find. Nothing is removed silently. Emits nothing. A page whose
bytes passed before, with the same code and rules, is not checked again (the build cache keeps passes only).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

import sitedata
from sitebuild import cache, i18n, printdocs, verdict
from sitebuild.safe_html import check_fragment, check_page, findings, frame


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
        hits = check_fragment(frame(output, content), "theme", config.site_url or "")
    else:
        hits = sum(check_page(output, content, config.site_url or ""), ())
    if hits:
        source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
        verdict.add(findings(hits, source, sitedata.data_folder(config), page.file.dest_uri))
    else:
        cache.remember_pass(digest)
    return output


@event_priority(-1000)
def on_post_template(output_content, template_name, config, **kwargs):
    if template_name.endswith(".html"):
        hits = check_fragment(output_content, "theme", config.site_url or "")
        built = i18n.localized(template_name, i18n.build_language(config))
        verdict.add(findings(hits, None, sitedata.data_folder(config), built))
    return output_content
