"""What a built page may contain: the rules of hooks/lib/sitebuild/check/allowed_html.yml applied to HTML.

``check_page(output, content, site_url)`` parses a page with lxml's HTML parser and checks its content
(its Markdown, the Markdown extensions, the generated parts) and the theme's markup around it against
the allowlist: allowed elements and attributes, no ``on…`` event attribute and no ``style``, links only
relative, https:, http:, mailto: or tel:, everything a page loads or sends to (images, scripts, styles,
frames, forms, meta refresh) from the site itself, and in the content none of the theme's own ids
(``id="__config"`` …) and ``data-md-*`` attributes. Each finding is a ``sources.Hit`` (catalogue ids
html.E001…, hooks/lib/sitedata/catalogue/html.yml) that ``findings`` places at the Markdown file and line
(or data file and line) it comes from. ``check_theme(root, site_url, lines)`` checks a page already parsed
under the theme's rules, but for the lines of its content. Used by hooks/lib/sitebuild/check/safe_output.py.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

from lxml import etree

from sitedata.findings import Finding

from . import htmltree
from .allowlist import (
    LINK_ATTRS,
    LINK_SCHEMES,
    REFRESH_URL,
    RESOURCE_ATTRS,
    RESOURCE_HREF_ELEMENTS,
    allowed_attribute,
    allowed_by_names,
    allowlist,
    plain_names,
    same_site,
    scheme,
)
from .sources import Hit, element_offset, occurrences_before, place


def _tag_of(element) -> str:
    attrs = " ".join(f'{k}="{v[:60]}"' for k, v in element.attrib.items())
    return f"<{element.tag}{' ' + attrs if attrs else ''}>"


_EMBEDS = ("iframe", "object", "embed", "frame", "frameset", "applet", "portal")
_FORMS = ("form", "input", "button", "textarea", "select")


def _element_id(tag: str) -> str:
    if tag in _EMBEDS:
        return "html.E001"
    if tag in ("script", "style"):
        return "html.E002"
    if tag in _FORMS:
        return "html.E003"
    if tag in ("base", "meta", "link"):
        return "html.E004"
    return "html.E005"


def check_element(element, zone: str, site_url: str) -> list[Hit]:
    """What is wrong with one element of the content ("content") or of the theme's markup ("theme"): the
    hits, each with what to look for in the sources (best first), not yet placed at their lines."""
    rules = allowlist()
    elements = rules.content if zone == "content" else rules.theme
    tag = element.tag.lower() if isinstance(element.tag, str) else None
    if tag is None:
        return []  # a comment or processing instruction: never shown, never run
    shown = _tag_of(element)

    def hit(id_: str, needles: tuple, **params: str) -> Hit:
        return Hit(id_, (("element", shown), *params.items()), element.sourceline, needles)

    if tag not in elements:
        text = (htmltree.text_content(element) or "").strip()[:40]
        needles = (*[v for v in element.attrib.values() if len(v) > 3], text, f"<{tag}")
        return [hit(_element_id(tag), needles, tag=tag)]
    found = []
    allowed = elements[tag]
    for name, value in element.attrib.items():
        name = name.lower()
        if name.startswith("on"):
            found.append(hit("html.E006", (value, name), name=name))
        elif name == "style":
            found.append(hit("html.E007", (value, "style")))
        elif not allowed_attribute(name, allowed, rules):
            found.append(hit("html.E008", (value, name), tag=tag, name=name))
        elif (tag, name) in LINK_ATTRS and scheme(value) not in LINK_SCHEMES:
            found.append(hit("html.E009", (value, f"<{tag}"), value=value[:60]))
        elif name in RESOURCE_ATTRS or (name == "href" and tag in RESOURCE_HREF_ELEMENTS):
            urls = [u.strip().split(" ")[0] for u in value.split(",")] if name == "srcset" else [value]
            if not all(same_site(u, site_url) for u in urls):
                found.append(hit("html.E010", (value, f"<{tag}"), value=value[:60]))
    if tag == "meta" and "http-equiv" in element.attrib:
        kind = element.attrib["http-equiv"].strip().lower()
        if kind not in rules.meta_http_equiv or REFRESH_URL.search(element.attrib.get("content", "")):
            found.append(hit("html.E011", (element.attrib.get("content", ""), "http-equiv")))
    if tag == "script" and zone == "theme":
        kind = (element.attrib.get("type") or "").strip().lower()
        inline = (element.text or "").strip()
        if kind and kind not in ("text/javascript", "module") and kind not in rules.script_types:
            found.append(hit("html.E012", ("<script",)))
        elif kind not in rules.script_types and inline and not inline.startswith(rules.inline_scripts):
            shown = f"<script>{inline[:60]}…"
            found.append(Hit("html.E013", (("element", shown),), element.sourceline, (inline[:40], "<script")))
    return found


def _theme_names(root) -> list[tuple[object, Hit]]:
    """The content's ids and data-md-* attributes that are the theme's own (Material reads its configuration
    from the first element with id="__config", and finds its parts by their ids and data-md-* attributes)."""
    found = []
    for element in _THEME_NAMES(root):
        shown = _tag_of(element)
        value = element.get("id") or ""
        if any(fnmatch.fnmatchcase(value, pattern) for pattern in allowlist().theme_ids):
            hit = Hit("html.E014", (("element", shown), ("value", value)), element.sourceline, (f'id="{value}"', value))
            found.append((element, hit))
        for name in element.keys():
            if name.lower().startswith("data-md-"):
                params = (("element", shown), ("name", name.lower()))
                found.append((element, Hit("html.E015", params, element.sourceline, (name, shown))))
    return found


_THEME_NAMES = etree.XPath("//*[starts-with(@id, '_') or @*[starts-with(name(), 'data-md-')]]")


def check_fragment(html: str, zone: str, site_url: str) -> tuple[Hit, ...]:
    """Every finding in a piece of HTML (the page's content) or a whole document (zone "theme"). Each element
    whose tag and attribute names alone show it is allowed is passed over; the others get check_element.
    A content's hit counts the occurrences of its needles before it (placed at the same occurrence)."""
    if not html.strip():
        return ()
    if zone != "content":
        return check_theme(htmltree.parse(html), site_url)
    root = htmltree.fragment(html, create_parent="div")
    found = _checked(root.iterdescendants(), zone, site_url)
    found.extend(_theme_names(root))
    order = {element: number for number, element in enumerate(root.iter())} if found else {}
    found.sort(key=lambda pair: order[pair[0]])  # stable: an element's hits stay in their order
    return tuple(_counted(html, root, element, hit) for element, hit in found)


def check_theme(root, site_url: str, lines: range = range(0)) -> tuple[Hit, ...]:
    """Every finding of a parsed document under the theme's rules, but in the elements on ``lines`` (the page's
    content, checked under its own rules)."""
    elements = (e for e in root.iter() if e.sourceline is None or e.sourceline not in lines)
    return tuple(hit for _, hit in _checked(elements, "theme", site_url))


def _checked(elements, zone: str, site_url: str) -> list[tuple[object, Hit]]:
    found, plain = [], plain_names(zone)
    for element in elements:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        tag, names = tag.lower(), element.keys()
        known = plain.get(tag)
        if (known is None or not known.issuperset(names)) and not allowed_by_names(zone, tag, names):
            found.extend((element, hit) for hit in check_element(element, zone, site_url))
    return found


def _counted(html: str, root, element, hit: Hit) -> Hit:
    offset = element_offset(html, element, root)
    return Hit(hit.id, hit.params, hit.line, hit.needles, occurrences_before(html, offset, hit.needles))


def frame(output: str, content: str) -> str:
    """The page without its content: the theme's markup, the content's lines kept as empty lines (so that
    a line of the frame is its line in the built page)."""
    if content and content in output:
        return output.replace(content, "\n" * content.count("\n"), 1)
    return output


def check_page(output: str, content: str, site_url: str) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
    """The hits of one built page: (its content's, the theme's markup around it)."""
    return check_fragment(content, "content", site_url), check_fragment(frame(output, content), "theme", site_url)


def findings(hits, page_source: Path | None, data_dir: Path, built: str) -> list[Finding]:
    """The hits placed at the file and line they come from (hooks/lib/sitebuild/sources.py)."""
    return [place(hit, page_source, data_dir, built) for hit in hits]
