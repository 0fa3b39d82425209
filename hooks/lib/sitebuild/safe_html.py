"""What a built page may contain: the rules of hooks/6_check/allowed_html.yml applied to HTML.

``check_page(output, content, site_url)`` parses a page with lxml's HTML parser and checks its content
(its Markdown, the Markdown extensions, the generated parts) and the theme's markup around it against
the allowlist: allowed elements and attributes, no ``on…`` event attribute and no ``style``, links only
relative, https:, http:, mailto: or tel:, and everything a page loads or sends to (images, scripts,
styles, frames, forms, meta refresh) from the site itself. ``report`` says, for each finding, where it
comes from (the Markdown file and line, or the data file and line), what was found and what to do, in
Japanese and English. Used by hooks/6_check/output_check.py.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

from sitedata.textfile import read_text

from . import htmltree
from .allowlist import (
    LINK_ATTRS,
    LINK_SCHEMES,
    REFRESH_URL,
    RESOURCE_ATTRS,
    RESOURCE_HREF_ELEMENTS,
    Finding,
    allowed_attribute,
    allowed_by_names,
    allowlist,
    plain_names,
    same_site,
    scheme,
)


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
        text = (htmltree.text_content(element) or "").strip()[:40]
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
        if not allowed_attribute(name, allowed, rules):
            found.append(
                Finding(
                    shown,
                    f"<{tag}> に {name}= は使えません。削除してください。",
                    f"<{tag}> may not carry {name}=: remove it.",
                    (value, name),
                )
            )
            continue
        if (tag, name) in LINK_ATTRS and scheme(value) not in LINK_SCHEMES:
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
        if kind not in rules.meta_http_equiv or REFRESH_URL.search(element.attrib.get("content", "")):
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
                    "テーマに知らないインラインスクリプトがあります。"
                    "hooks/6_check/allowed_html.yml の inline_scripts に"
                    "確認のうえ載せるか、削除してください。",
                    "The theme writes an inline script that is not listed: review it and add its beginning "
                    "to inline_scripts in hooks/6_check/allowed_html.yml, or remove it.",
                    (inline[:40], "<script"),
                )
            )
    return found


@lru_cache(maxsize=256)  # a page built again unchanged (a rebuild of the preview) is not checked again
def check_fragment(html: str, zone: str, site_url: str) -> tuple[Finding, ...]:
    """Every finding in a piece of HTML (the page's content) or a whole document (zone "theme"). Each element
    whose tag and attribute names alone show it is allowed is passed over; the others get check_element."""
    if not html.strip():
        return ()
    if zone == "content":
        elements = htmltree.fragment(html, create_parent="div").iterdescendants()
    else:
        elements = htmltree.document(html).iter()
    found, plain = [], plain_names(zone)
    for element in elements:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        tag, names = tag.lower(), element.keys()
        known = plain.get(tag)
        if (known is None or not known.issuperset(names)) and not allowed_by_names(zone, tag, names):
            found.extend(check_element(element, zone, site_url))
    return tuple(found)


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
        line = _find_line(read_text(page_source), finding.needles)
        if line:
            return _docs_path(page_source), line
    for path in sorted(data_dir.glob("*.yml")):
        line = _find_line(read_text(path), finding.needles[:1])
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


def check_page(output: str, content: str, site_url: str) -> tuple[Finding, ...]:
    """The findings of one built page: its content, and the theme's markup around it."""
    if content and content in output:
        theme = output.replace(content, "", 1)
    else:
        theme = output
    return check_fragment(content, "content", site_url) + check_fragment(theme, "theme", site_url)
