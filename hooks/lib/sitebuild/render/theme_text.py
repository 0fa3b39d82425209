"""Text staff write that the theme prints, escaped once so that it shows as typed.

Reads mkdocs.yml (``site_name``, ``site_description``, ``site_author``, ``copyright``, also each
language's own in the i18n plugin's ``languages:``, and the menu titles with their translations)
and each page's front matter (``title``, ``description``). Material's templates print these without
escaping, some inside attributes: a ``"`` in the English site name used to end the logo link's
``aria-label`` early. Each is HTML-escaped just before the page is rendered and marked as escaped
(MarkupSafe), so ``"``, ``<``, ``>`` and ``&`` are shown as typed wherever the theme puts them,
and templates that escape (``| e``) do not escape twice: ``escape_menu`` once per language's menu
(hooks/render.py's ``on_nav``, after mkdocs-static-i18n has translated it), ``escape_page`` and
``escape_template`` for each page and template (after the plugin set this language's names). Emits
nothing else.
"""

from __future__ import annotations

from markupsafe import Markup, escape

CONFIG_KEYS = ("site_name", "site_description", "site_author", "copyright")
META_KEYS = ("title", "description")


def escaped(value):
    """The value escaped and marked as such; values already marked, and non-text, as they are."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return Markup(escape(value))
    return value


class EscapedConfig:
    """The MkDocs configuration as the templates see it: the texts in CONFIG_KEYS escaped.

    A view, not a change: mkdocs-static-i18n compares the configuration's own values by type when
    it sets the next language's names, so those stay plain strings."""

    def __init__(self, config):
        self._config = config

    def __getattr__(self, name):
        value = getattr(self._config, name)
        return escaped(value) if name in CONFIG_KEYS else value

    def __getitem__(self, key):
        value = self._config[key]
        return escaped(value) if key in CONFIG_KEYS else value

    def __contains__(self, key):
        return key in self._config

    def get(self, key, default=None):
        return self[key] if key in self._config else default


def _escape_config(context) -> None:
    if "config" in context and not isinstance(context["config"], EscapedConfig):
        context["config"] = EscapedConfig(context["config"])


def _escape_nav(items) -> None:
    """Section and link titles. A page's own title is left as it is: Material prints it through
    ``striptags`` in <title>, which would undo the escaping; any markup in it is caught by
    hooks/lib/sitebuild/check/safe_output.py instead."""
    for item in items or []:
        if not getattr(item, "is_page", False) and isinstance(getattr(item, "title", None), str):
            item.title = escaped(item.title)
        _escape_nav(getattr(item, "children", None))


def escape_menu(nav) -> None:
    """The menu's titles, once for each language's menu: each build makes its menu once, before its pages,
    and every page shares it (walked again for each page, a menu of 1,000 pages took seconds over 2,000
    pages)."""
    _escape_nav(getattr(nav, "items", None))


def escape_page(context, page) -> None:
    """The configuration's texts as the page's template sees them, and the page's title and description."""
    _escape_config(context)
    for key in META_KEYS:
        if key in page.meta:
            page.meta[key] = escaped(page.meta[key])


def escape_template(context) -> None:
    """The configuration's texts as a template without a page (404.html) sees them."""
    _escape_config(context)
