"""Safe pages: every built page is checked against the allowlist in hooks/allowed_html.yml.

Reads each page as it is written (and the 404 page), parsed with lxml's HTML parser: the page's
content (its Markdown, the Markdown extensions, the generated parts from data/) and the theme's
markup around it are checked separately against the allowlist: allowed elements and attributes,
no ``on…`` event attribute and no ``style``, links only relative, https:, http:, mailto: or tel:,
and everything a page loads or sends to (images, scripts, styles, frames, forms, meta refresh)
from the site itself. A violation stops the strict build before anything is published (a preview
under ``mkdocs serve`` only warns), naming the Markdown file and line, or the data file and line,
where it comes from, what was found and what to do, in Japanese and English. Nothing is removed
silently. Emits nothing.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from ruamel.yaml import YAML

import sitedata

log = logging.getLogger("mkdocs.hooks.output_check")
ALLOWLIST = Path(__file__).with_name("allowed_html.yml")
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
_REFRESH_URL = re.compile(r"url\s*=", re.I)


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


def _scheme(url: str) -> str:
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


def _allowed_attribute(name: str, allowed: frozenset, rules: Allowlist) -> bool:
    if name in allowed or name in rules.global_attributes:
        return True
    return any(name.startswith(prefix[:-1]) for prefix in rules.global_attributes if prefix.endswith("*"))


def _tag_of(element) -> str:
    attrs = " ".join(f'{k}="{v[:60]}"' for k, v in element.attrib.items())
    return f"<{element.tag}{' ' + attrs if attrs else ''}>"


def check_element(element, zone: str, site_url: str) -> list[Finding]:
    """What is wrong with one element of the content ("content") or of the theme's markup ("theme")."""
    rules = allowlist()
    elements = rules.content if zone == "content" else rules.theme
    tag = element.tag.lower() if isinstance(element.tag, str) else None
    if tag is None:
        return []  # a comment or processing instruction: never shown, never run
    shown = _tag_of(element)
    if tag not in elements:
        if tag in ("iframe", "object", "embed", "frame", "frameset", "applet", "portal"):
            ja, en = (
                "ほかのページの埋め込みは使えません。リンクにしてください。",
                "Embedding other pages is not allowed: link to them instead.",
            )
        elif tag in ("script", "style"):
            ja, en = (
                f"<{tag}> はページの中に書けません。削除してください（見た目は site.css で決めます）。",
                f"<{tag}> is not allowed in a page: remove it (styles live in docs/assets/site.css).",
            )
        elif tag in ("form", "input", "button", "textarea", "select"):
            ja, en = (
                "入力欄・フォームはページの中に書けません。意見の受付はメールと FAX です。",
                "Forms and input fields are not allowed in a page: opinions are sent by email and fax.",
            )
        elif tag in ("base", "meta", "link"):
            ja, en = (
                f"<{tag}> はページの中に書けません。削除してください。",
                f"<{tag}> is not allowed in a page: remove it.",
            )
        else:
            ja, en = (
                f"<{tag}> という要素は使えません。Markdown の書き方（見出し・箇条書き・表・リンク）で書いてください。",
                f"The element <{tag}> is not allowed: use Markdown (headings, lists, tables, links) instead.",
            )
        text = (element.text_content() or "").strip()[:40]
        return [Finding(shown, ja, en, (*[v for v in element.attrib.values() if len(v) > 3], text, f"<{tag}"))]
    found = []
    allowed = elements[tag]
    for name, value in element.attrib.items():
        name = name.lower()
        if name.startswith("on"):
            found.append(
                Finding(
                    shown,
                    "onclick= などのイベント属性は使えません。削除してください。",
                    f"Event attributes such as {name}= are not allowed: remove it.",
                    (value, name),
                )
            )
            continue
        if name == "style":
            found.append(
                Finding(
                    shown,
                    "style= は使えません。見た目は site.css で決めます。削除してください。",
                    "style= is not allowed: styles live in docs/assets/site.css. Remove it.",
                    (value, "style"),
                )
            )
            continue
        if not _allowed_attribute(name, allowed, rules):
            found.append(
                Finding(
                    shown,
                    f"<{tag}> に {name}= は使えません。削除してください。",
                    f"<{tag}> may not carry {name}=: remove it.",
                    (value, name),
                )
            )
            continue
        if (tag, name) in LINK_ATTRS and _scheme(value) not in LINK_SCHEMES:
            found.append(
                Finding(
                    shown,
                    f"リンク先「{value[:60]}」は使えません。"
                    "https:// で始まるアドレスか、サイト内のページへのリンクにしてください。",
                    f'The link "{value[:60]}" is not allowed: link to an https:// address or a page of this site.',
                    (value, f"<{tag}"),
                )
            )
        elif name in RESOURCE_ATTRS or (name == "href" and tag in RESOURCE_HREF_ELEMENTS):
            urls = [u.strip().split(" ")[0] for u in value.split(",")] if name == "srcset" else [value]
            if not all(same_site(u, site_url) for u in urls):
                found.append(
                    Finding(
                        shown,
                        f"ほかのサイトの画像・ファイルなどを読み込むこと（{value[:60]}）はできません。"
                        "読み込まずに、そのページへのリンクにしてください。",
                        f"Loading images or files from another site ({value[:60]}) is not allowed: "
                        "link to the page instead.",
                        (value, f"<{tag}"),
                    )
                )
    if tag == "meta" and "http-equiv" in element.attrib:
        kind = element.attrib["http-equiv"].strip().lower()
        if kind not in rules.meta_http_equiv or _REFRESH_URL.search(element.attrib.get("content", "")):
            found.append(
                Finding(
                    shown,
                    "<meta http-equiv> は使えません（ほかのページへの自動転送など）。削除してください。",
                    "<meta http-equiv> is not allowed (e.g. sending readers to another page): remove it.",
                    (element.attrib.get("content", ""), "http-equiv"),
                )
            )
    if tag == "script" and zone == "theme":
        kind = (element.attrib.get("type") or "").strip().lower()
        inline = (element.text or "").strip()
        if kind and kind not in ("text/javascript", "module") and kind not in rules.script_types:
            found.append(
                Finding(
                    shown, "この種類のスクリプトは使えません。", "This kind of script is not allowed.", ("<script",)
                )
            )
        elif kind not in rules.script_types and inline and not inline.startswith(rules.inline_scripts):
            found.append(
                Finding(
                    f"<script>{inline[:60]}…",
                    "テーマに知らないインラインスクリプトがあります。hooks/allowed_html.yml の inline_scripts に"
                    "確認のうえ載せるか、削除してください。",
                    "The theme writes an inline script that is not listed: review it and add its beginning "
                    "to inline_scripts in hooks/allowed_html.yml, or remove it.",
                    (inline[:40], "<script"),
                )
            )
    return found


def check_fragment(html: str, zone: str, site_url: str) -> list[Finding]:
    """Every finding in a piece of HTML (the page's content) or a whole document (zone "theme")."""
    if not html.strip():
        return []
    if zone == "content":
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        elements = list(root.iterdescendants())
    else:
        root = lxml.html.document_fromstring(html)
        elements = list(root.iter())
    found = []
    for element in elements:
        found.extend(check_element(element, zone, site_url))
    return found


# ---------------------------------------------------------------- where it comes from


def _find_line(text: str, needles) -> int | None:
    """The first line holding the first needle found (as written, or with its entities decoded)."""
    lines = [(line.lower(), html.unescape(line).lower()) for line in text.splitlines()]
    for needle in needles:
        n = needle.strip().lower()
        if len(n) < 2:
            continue
        for number, (raw, decoded) in enumerate(lines, 1):
            if n in raw or n in decoded:
                return number
    return None


def source_of(finding: Finding, page_source: Path | None, data_dir: Path) -> tuple[str, int | None]:
    """The file (and line) a finding most likely comes from: the page's Markdown, else a data file."""
    if page_source is not None and page_source.exists():
        line = _find_line(page_source.read_text(encoding="utf-8"), finding.needles)
        if line:
            return _docs_path(page_source), line
    for path in sorted(data_dir.glob("*.yml")):
        line = _find_line(path.read_text(encoding="utf-8"), finding.needles[:1])
        if line:
            return f"data/{path.name}", line
    return "", None


def _docs_path(path: Path) -> str:
    parts = path.as_posix().split("/docs/")
    return "docs/" + parts[-1] if len(parts) > 1 else path.name


def report(findings: list[Finding], where: str, page_source: Path | None, data_dir: Path) -> str:
    lines = []
    for f in findings:
        file, line = source_of(f, page_source, data_dir)
        if file:
            w_ja = f"{file} の {line} 行目" if line else file
            w_en = f"{file}, line {line}" if line else file
        else:
            w_ja = f"{where}（テーマ・overrides/ またはフックが出力）"
            w_en = f"{where} (written by the theme, overrides/ or a hook)"
        lines.append(f"{w_ja}: {f.what} — {f.ja}\n  {w_en} (built as {where}): {f.what} — {f.en}")
    return "安全でない内容があります / Unsafe content:\n" + "\n".join(lines)


def _fail(message: str, config) -> None:
    if config.strict:
        raise PluginError(message)
    log.warning(message)


# ---------------------------------------------------------------- the hook


def check_page(output: str, content: str, site_url: str) -> list[Finding]:
    """The findings of one built page: its content, and the theme's markup around it."""
    if content and content in output:
        theme = output.replace(content, "", 1)
    else:
        theme = output
    return check_fragment(content, "content", site_url) + check_fragment(theme, "theme", site_url)


@event_priority(-1000)  # the last look at each page, after every hook that adds to it
def on_post_page(output, page, config, **kwargs):
    findings = check_page(output, page.content or "", config.site_url or "")
    if findings:
        source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
        _fail(report(findings, page.file.dest_uri, source, sitedata.DATA_DIR), config)
    return output


@event_priority(-1000)
def on_post_template(output_content, template_name, config, **kwargs):
    if template_name.endswith(".html"):
        findings = check_fragment(output_content, "theme", config.site_url or "")
        if findings:
            _fail(report(findings, template_name, None, sitedata.DATA_DIR), config)
    return output_content
