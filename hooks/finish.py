"""Stage 3, finish: the site's own files, over the built site/ folder once every language is built.

Calls the plain functions of hooks/lib/sitebuild/finish/ (each module's docstring names its data and its
output), in this order:

- ``on_config``: the software bill of materials' tool started beside the build (``sbom``);
- ``on_files`` (after mkdocs-static-i18n kept this build's language): sbom.cdx.json, a file of each
  language's build like the open data, so that the open data page's link to it resolves;
- ``on_post_build`` at ``i18n.ALL_BUILT``, in the last language's build: en/sitemap.xml (``sitemaps``), the
  feeds (``feeds``), Pagefind's index (``search_index``), .csp-nginx.conf (``csp_nginx``); and at
  ``i18n.AFTER_PLUGIN``, after each language's build, Material's lunr index removed.
"""

from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

from sitebuild import i18n
from sitebuild.finish import csp_nginx, feeds, sbom, search_index, sitemaps


def on_config(config, **kwargs):
    sbom.start(config)
    return config


@event_priority(i18n.AFTER_PAIRING)
def on_files(files, config, **kwargs):
    return sbom.add_sbom(files, config)


@event_priority(i18n.ALL_BUILT)
def _site_files(config, **kwargs):
    if not i18n.all_languages_built(config):
        return
    sitemaps.write_sitemaps(config)
    feeds.write_feeds(config)
    search_index.index_site(config)
    csp_nginx.write_nginx_policy(Path(config.site_dir))


@event_priority(i18n.AFTER_PLUGIN)  # mkdocs-static-i18n writes Material's lunr index again as its last step
def _drop_lunr_index(config, **kwargs):
    search_index.drop_lunr_index(Path(config.site_dir))


on_post_build = CombinedEvent(_site_files, _drop_lunr_index)
