"""Stage 2, render: only what must touch the theme's output (MkDocs + Material + mkdocs-static-i18n).

Calls, event by event and in this order, the plain functions of hooks/lib/sitebuild/render/ (each module's
docstring names its data and its output):

- ``on_config``: Material's lunr index takes no pages (``search_meta``);
- ``on_pre_build``: the theme's own words in this build's language (``interface_language``) (data/readings.yml
  and the search's synonyms are checked with every data file by prepare's ``on_config``);
- ``on_files`` (after mkdocs-static-i18n kept this build's language): the sample's print stylesheet;
- ``on_nav`` (after the plugin translated the menu): the menu's titles escaped (``theme_text``);
- ``on_env``: Material's templates compiled once (``template_cache``);
- ``on_page_content``: ``rel="noopener"`` on links to other sites (``safe_content``);
- ``on_page_context`` (after the plugin's, at 50): the print frame, the downloads, the language links, the
  comment-status banner, the sample's notice, the page's search boost checked, then the theme's text escaped;
- ``on_template_context`` (the 404 page): the sample's notice, the theme's text escaped;
- ``on_post_page``: the feed's head link, then ふりがな, then the Content-Security-Policy with the page's hashes
  (last: it hashes the page as finished);
- ``on_post_template``: the policy in the 404 page; then the English 404 page goes to ``en/404.html``.

Importing ``sitebuild.render.comment_status`` registers the ``<!-- insert: comment-now -->`` part before any
page is filled.
"""

from mkdocs.plugins import CombinedEvent, event_priority

from sitebuild import i18n
from sitebuild.finish import feeds
from sitebuild.render import (
    comment_status,
    csp,
    downloads,
    furigana_page,
    i18n_links,
    interface_language,
    not_found,
    print_frame,
    safe_content,
    sample_notice,
    search_meta,
    template_cache,
    theme_text,
)


def on_config(config, **kwargs):
    search_meta.no_lunr_index(config)
    return config


def on_pre_build(config, **kwargs):
    interface_language.set_words(config)


@event_priority(i18n.AFTER_PAIRING)
def on_files(files, config, **kwargs):
    return sample_notice.add_print_css(files, config)


@event_priority(i18n.AFTER_PLUGIN)  # the plugin's on_nav (at -100) has put this language's names in the menu
def on_nav(nav, config, files, **kwargs):
    theme_text.escape_menu(nav)
    return nav


def on_env(env, config, files, **kwargs):
    template_cache.use_cache(env)
    return env


def on_page_content(html, page, config, **kwargs):
    return safe_content.noopener(html, config)


def on_page_context(context, page, config, nav, **kwargs):
    context["print_frame"] = print_frame.frame(page, config)
    context["print_downloads"] = downloads.box(page, config)
    i18n_links.add_links(context, page, config)
    context["comment_status"] = comment_status.banner(page, config)
    sample_notice.add_notice(context, config)
    search_meta.check_boost(page)
    theme_text.escape_page(context, page)
    return context


def on_template_context(context, template_name, config, **kwargs):
    if template_name == "404.html":
        sample_notice.add_notice(context, config)
    theme_text.escape_template(context)
    return context


def on_post_page(output, page, config, **kwargs):
    output = feeds.with_head_link(output, page, config)
    output = furigana_page.with_furigana(output, page, config)
    return csp.with_policy(output)


def _policy(output_content, template_name, config, **kwargs):
    return csp.with_policy(output_content) if template_name.endswith(".html") else output_content


def _english_404(output_content, template_name, config, **kwargs):
    return not_found.other_language_404(output_content, config) if template_name == "404.html" else output_content


on_post_template = CombinedEvent(_policy, _english_404)
