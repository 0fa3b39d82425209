"""The allowlist of what a built page may contain (hooks/lib/sitebuild/check/allowed_html.yml), and the address rules.

``allowlist()`` reads the file once (``sitedata.yamlread``, libyaml); ``same_site(url, site_url)``
tells an address of the site itself from one of another host; ``allowed_by_names(zone, tag, names)`` passes over
an element whose tag and attribute names alone show it is allowed. The checks themselves are in
hooks/lib/sitebuild/safe_html.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import sitedata
from sitedata.yamlfile import plain
from sitedata.yamlread import parse

ALLOWLIST = Path(__file__).parent / "check" / "allowed_html.yml"  # beside the checks that apply it
LINK_SCHEMES = {"", "http", "https", "mailto", "tel"}

# Attributes holding an address the reader follows (a link) ...
LINK_ATTRS = {("a", "href"), ("area", "href"), ("blockquote", "cite"), ("q", "cite"), ("del", "cite"), ("ins", "cite")}
# ... and attributes holding an address the browser loads or sends to by itself.
RESOURCE_ATTRS = {
    "src",
    "srcset",
    "poster",
    "data",
    "action",
    "formaction",
    "background",
    "xlink:href",
    "manifest",
    "ping",
    "longdesc",
    "usemap",
    "codebase",
    "archive",
    "lowsrc",
    "dynsrc",
}
RESOURCE_HREF_ELEMENTS = {"link", "base", "image", "use", "feimage", "script"}

_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
REFRESH_URL = re.compile(r"url\s*=", re.I)


@dataclass(frozen=True)
class Allowlist:
    global_attributes: frozenset
    content: dict
    theme: dict
    meta_http_equiv: frozenset
    script_types: frozenset
    inline_scripts: tuple
    theme_ids: tuple  # patterns (fnmatch) of the ids the theme keeps for itself: refused in content


def _raw() -> dict:
    """The file as plain values (read as YAML 1.2, like the data files)."""
    return plain(parse(ALLOWLIST.read_text(encoding="utf-8"), sitedata.shown(ALLOWLIST)))


@lru_cache(maxsize=1)
def allowlist() -> Allowlist:
    raw = _raw()
    content = {tag: frozenset(attrs) for tag, attrs in raw["content"]["elements"].items()}
    theme = dict(content)
    theme.update({tag: frozenset(attrs) for tag, attrs in raw["theme"]["elements"].items()})
    return Allowlist(
        frozenset(raw["global_attributes"]),
        content,
        theme,
        frozenset(raw["theme"]["meta_http_equiv"]),
        frozenset(raw["theme"]["script_types"]),
        tuple(raw["theme"]["inline_scripts"]),
        tuple(raw["content"]["theme_ids"]),
    )


def scheme(url: str) -> str:
    """The scheme a browser would see: tabs, newlines and spaces inside it are ignored (jav\tascript:)."""
    match = _SCHEME.match(_CONTROL.sub("", url))
    return match.group(1).lower() if match else ""


def same_site(url: str, site_url: str) -> bool:
    """A relative address, or one under the site's own address."""
    clean = _CONTROL.sub("", url)
    if clean.startswith(("\\", "/\\")):
        return False  # \\host is another host for some browsers
    parts = urlsplit(clean)
    if not parts.scheme and not parts.netloc:
        return True
    own = site_url.rstrip("/") + "/"
    return bool(site_url) and (clean == own.rstrip("/") or clean.startswith(own))


def allowed_attribute(name: str, allowed: frozenset, rules: Allowlist) -> bool:
    if name in allowed or name in rules.global_attributes:
        return True
    return any(name.startswith(prefix[:-1]) for prefix in rules.global_attributes if prefix.endswith("*"))


@cache
def plain_names(zone: str) -> dict[str, set[str]]:
    """For each allowed tag but meta and script, the attribute names judged plain so far (filled by
    allowed_by_names): an element whose names are all there has nothing to find."""
    return {}


def allowed_by_names(zone: str, tag: str, names: list[str]) -> bool:
    """True when an element's tag and attribute names alone show there is nothing to find in it (zone "content"
    or "theme"): an allowed tag, not a meta or script (their values are read), and only attributes it may carry
    whatever their value (allowed, and neither an event, style, nor an address)."""
    rules = allowlist()
    elements = rules.content if zone == "content" else rules.theme
    if tag not in elements or tag in ("meta", "script"):
        return False
    plain = plain_names(zone).setdefault(tag, set())
    for name in names:
        if name in plain:
            continue
        low = name.lower()
        if (
            low.startswith("on")
            or low == "style"
            or not allowed_attribute(low, elements[tag], rules)
            or (tag, low) in LINK_ATTRS
            or low in RESOURCE_ATTRS
            or (low == "href" and tag in RESOURCE_HREF_ELEMENTS)
        ):
            return False
        plain.add(name)
    return True
