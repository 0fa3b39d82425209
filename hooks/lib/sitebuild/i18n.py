"""The one adapter to mkdocs-static-i18n (and to the MkDocs run): no other module reads the plugin.

mkdocs-static-i18n builds the site once per language with the same configuration: Japanese first
(the default language, at the site's root), then English (under ``en/``), from its own
``on_post_build`` (priority -100) in the Japanese build. Pages are ``x.md`` (Japanese) and ``x.en.md``
(English), built at ``x.html`` and ``en/x.html``.

What the hooks ask, answered here from what the plugin publishes (its configuration, the theme's
``language`` it sets for each build, and each file's ``locale``, ``locale_alternate_of`` and
``norm_src_uri``), never from its private state:

- which language is this build? (``build_language``), is it the first one (``first_build``), is every
  language built (``all_languages_built``), is this a preview (``serving``);
- which language is this page in, what is its twin (``page_lang``, ``twin_urls``);
- the menu's names in the other languages (``nav_translations``, and where mkdocs.yml gives them);
- the names: ``japanese_name`` (x.en.md -> x.md), ``source_name`` (x.md -> x.en.md), ``built_name``
  (x.md -> en/x.html), ``source_of`` (en/x.html -> docs/x.en.md), ``localized`` (feed.xml -> en/feed.xml),
  ``source_lang`` and ``built_lang`` (the language of a source file or of a built page).

The event priorities that depend on the plugin's are the named constants below; ARCHITECTURE.md has
the whole order.
"""

from __future__ import annotations

from typing import Any

LANGS = ("ja", "en")
DEFAULT = "ja"

# ------------------------------------------------- the only event priorities: where a hook must run around the plugin
# (the plugin's on_config, on_files, on_nav, on_post_page and on_post_build run at -100; every other hook of this site
# runs at the default 0, in the order of mkdocs.yml's hooks: and of the calls in each hook)
AFTER_PAIRING = -110  # on_files: after it has kept this build's language (it makes new File objects)
ALL_BUILT = -50  # on_post_build: work on the whole built site, with all_languages_built() (see there)
AFTER_PLUGIN = -200  # on_post_build: after the plugin's own last step (it rewrites Material's search index);
# on_nav: after the plugin's (it puts this language's names in the menu)


def languages(config: Any) -> list[str]:
    """The languages in the order they are built: the default first, then the others as configured."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return [DEFAULT]
    built = [lang.locale for lang in i18n.config.languages if lang.build]
    default = next((lang.locale for lang in i18n.config.languages if lang.default), built[0])
    return [default] + [lang for lang in built if lang != default]


def language_names(config: Any) -> dict[str, str]:
    """Each language's own name (日本語, English), as mkdocs.yml gives it to the plugin."""
    i18n = config.plugins.get("i18n")
    return {lang.locale: lang.name for lang in i18n.config.languages} if i18n else {DEFAULT: DEFAULT}


def nav_translations(config: Any) -> dict[str, dict[str, str]]:
    """Each further language's menu names (mkdocs.yml's ``nav_translations``): {"en": {"ホーム": "Home", …}}."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return {}
    first = languages(config)[0]
    return {
        lang.locale: dict(lang.nav_translations or {})
        for lang in i18n.config.languages
        if lang.build and lang.locale != first
    }


def nav_translations_node(tree: Any, lang: str) -> tuple[Any, Any]:
    """In mkdocs.yml read with its line numbers (ruamel.yaml): the plugin's entry for ``lang`` under
    ``languages:`` and its ``nav_translations`` map (None where absent)."""
    for plugin in tree.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("i18n"), dict):
            for entry in plugin["i18n"].get("languages") or []:
                if isinstance(entry, dict) and entry.get("locale") == lang:
                    return entry, entry.get("nav_translations")
    return None, None


def build_language(config: Any) -> str:
    """The language whose pages this build writes: the theme's language, which the plugin sets in its
    ``on_config`` (at ``PLUGIN``) for each build, so this is right from ``on_pre_build`` on (not in an
    ``on_config`` that runs before the plugin's)."""
    return config.theme["language"]


def first_build(config: Any) -> bool:
    """True in the default language's build, the first of a run (asked from ``on_pre_build`` on): the
    checks of the sources run there, once."""
    return build_language(config) == languages(config)[0]


def all_languages_built(config: Any) -> bool:
    """True once per run in ``on_post_build`` at priority ``ALL_BUILT``: in the last language's build, when
    every language's pages are written. The plugin starts the other languages' builds from the default
    build's on_post_build (at ``PLUGIN``, after ``ALL_BUILT``), so there this is still false; and in the last
    language's build, MkDocs' own count of warnings has not yet stopped the build, so a check here reports
    first."""
    return build_language(config) == languages(config)[-1]


# ---------------------------------------------------------------- the MkDocs command of this run

_run = {"command": "build"}


def record_command(command: str) -> None:
    """Called once per run, from ``on_startup`` (hooks/run.py)."""
    _run["command"] = command


def serving() -> bool:
    """True under ``mkdocs serve``: a preview, never published."""
    return _run["command"] == "serve"


# ---------------------------------------------------------------- pages and names


def page_lang(page: Any) -> str:
    """The language of a page: the language of the build that writes it, recorded on its file by the plugin."""
    file = page.file
    return getattr(file, "locale_alternate_of", None) or getattr(file, "locale", None) or DEFAULT


def source_lang(src_uri: str) -> str:
    """The language a source file is written in: x.en.md -> en, x.md -> ja."""
    return next((lang for lang in LANGS if lang != DEFAULT and src_uri.endswith(f".{lang}.md")), DEFAULT)


def japanese_name(src_uri: str) -> str:
    """x.en.md -> x.md (the name the Japanese page and the data files use); x.md stays x.md."""
    return src_uri[: -len(".en.md")] + ".md" if src_uri.endswith(".en.md") else src_uri


def page_name(page: Any) -> str:
    """The Japanese source name of a page in either language (the plugin's ``norm_src_uri``)."""
    return getattr(page.file, "norm_src_uri", None) or japanese_name(page.file.src_uri)


def source_name(name: str, lang: str) -> str:
    """x.md -> x.md (Japanese) or x.en.md (English)."""
    name = japanese_name(name)
    return name if lang == DEFAULT else name[: -len(".md")] + f".{lang}.md"


def localized(path: str, lang: str) -> str:
    """A file of the built site in a language's folder: feed.xml (Japanese) or en/feed.xml (English)."""
    return path if lang == DEFAULT else f"{lang}/{path}"


def built_name(name: str, lang: str) -> str:
    """x.md (or x.en.md) -> x.html (Japanese) or en/x.html (English), relative to the site's root."""
    return localized(japanese_name(name)[: -len(".md")] + ".html", lang)


def built_lang(html_rel: str) -> str:
    """The language of a built page from its address: en/x.html -> en, x.html -> ja."""
    return next((lang for lang in LANGS if lang != DEFAULT and html_rel.startswith(f"{lang}/")), DEFAULT)


def source_of(html_rel: str) -> str:
    """The docs/ path of the page a built file comes from: en/x.html -> docs/x.en.md, x.html -> docs/x.md."""
    for lang in LANGS:
        if lang != DEFAULT and html_rel.startswith(f"{lang}/"):
            return "docs/" + source_name(html_rel[len(lang) + 1 : -len(".html")] + ".md", lang)
    return "docs/" + html_rel[: -len(".html")] + ".md"


def twin_urls(page_url: str, lang: str) -> dict[str, str]:
    """The address of a page in every language, from its address in ``lang``: ja x.html, en en/x.html."""
    base = page_url[len(lang) + 1 :] if lang != DEFAULT else page_url
    return {code: localized(base, code) for code in LANGS}
