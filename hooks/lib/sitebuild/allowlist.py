"""The allowlist of what a built page may contain (hooks/6_check/allowed_html.yml), and the address rules.

``allowlist()`` reads the file once; ``same_site(url, site_url)`` tells an address of the site itself from
one of another host; ``Finding`` is one thing a page holds that the allowlist does not allow. The checks
themselves are in hooks/lib/sitebuild/safe_html.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ruamel.yaml import YAML

import sitedata

ALLOWLIST = sitedata.ROOT / "hooks" / "6_check" / "allowed_html.yml"  # beside the hook that applies it
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


@lru_cache(maxsize=1)
def allowlist() -> Allowlist:
    raw = YAML(typ="safe").load(ALLOWLIST.read_text(encoding="utf-8"))
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
    )


@dataclass(frozen=True)
class Finding:
    """One thing a page may not carry: what it is (shown), the fix, and what to look for in the
    sources to find where it was written (best first)."""

    what: str
    ja: str
    en: str
    needles: tuple = ()


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
