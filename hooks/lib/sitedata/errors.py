"""Mistakes in data files, explained for the member of staff who made them.

``DataError`` names the file, the line and the fix in Japanese and English; ``explain`` turns one pydantic
validation error into those plain words.
"""

from __future__ import annotations

from typing import Any

from mkdocs.exceptions import PluginError

from .findings import Finding, FindingsError

_FIELD_JA = dict(ja="日本語の文（ja）", en="英語の文（en）")  # the field, named in a Japanese message


class DataError(FindingsError):
    """Mistakes in a data file (or a page: docs/…): ``DataError(findings)``, a FindingsError.

    TRANSITION: the old form ``DataError(file, line, ja, en)`` (a message written by hand, no id) is being
    replaced by findings of the catalogue; tests/test_house.py refuses it once every check is converted."""

    def __init__(self, file, line: int | None = None, ja: str = "", en: str = ""):
        if not isinstance(file, str):  # a Finding or a list of them
            super().__init__([file] if isinstance(file, Finding) else file)
            return
        self.findings, self._legacy = [], (file, line)
        where_ja = f"{file} の {line} 行目" if line else file
        where_en = f"{file}, line {line}" if line else file
        kind_ja, kind_en = (
            ("ページの誤り", "Page error") if file.startswith("docs/") else ("データファイルの誤り", "Data file error")
        )
        PluginError.__init__(self, f"{kind_ja}: {where_ja}: {ja}\n  {kind_en}: {where_en}: {en}")

    @property
    def file(self) -> str:
        return self._legacy[0] if not self.findings else super().file

    @property
    def line(self) -> int | None:
        return self._legacy[1] if not self.findings else super().line


def _path(loc: tuple, tree: Any = None) -> str:
    """kpis[9](p2-m3-exports).name: 1-based positions, with the entry's id where it has one."""
    parts, node = [], tree
    for key in loc:
        try:
            node = node[key] if node is not None else None
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(key, int):
            entry_id = node.get("id") if isinstance(node, dict) else None
            parts.append(f"[{key + 1}]" + (f"(id: {entry_id})" if entry_id is not None else ""))
        else:
            parts.append(f".{key}")
    return "".join(parts).lstrip(".")


def explain(err: dict, tree: Any = None) -> tuple[str, str]:
    """Plain Japanese and English words for one pydantic error."""
    kind, loc = err["type"], tuple(k for k in err["loc"] if k not in ("function-after",))
    field = str(loc[-1]) if loc else ""
    path = _path(loc, tree)
    parent = _path(loc[:-1], tree)
    if kind == "missing":
        if field in _FIELD_JA:
            return (
                f"「{parent}」に{_FIELD_JA[field]}がありません。{field}: の行を足して文を書いてください。",
                f'"{parent}" has no {"English" if field == "en" else "Japanese"} text. '
                f'Add a line "{field}: ..." with the text.',
            )
        return (
            f"「{parent or '先頭'}」に必要な項目 {field}: がありません。書き足してください。",
            f'"{parent or "the top level"}" is missing the required field "{field}:". Add it.',
        )
    if kind in ("string_too_short", "string_type") and field in _FIELD_JA:
        return (
            f"「{path}」の{_FIELD_JA[field]}が空です。文を書いてください（翻訳がまだなら翻訳を依頼してください）。",
            f'"{path}": the {"English" if field == "en" else "Japanese"} text is empty. Write it '
            "(ask for a translation if it is not ready).",
        )
    if kind == "extra_forbidden":
        return (
            f"「{path}」は使えない項目名です。つづりを確かめてください（全角の「：」を使っていないかも確認）。",
            f'"{path}" is not a known field. Check the spelling (and that the colon is not a full-width "：").',
        )
    if kind == "literal_error":
        allowed = err.get("ctx", {}).get("expected", "")
        return (
            f"「{path}」の値が正しくありません。使える値: {allowed}",
            f'"{path}" has a value that is not allowed. Allowed values: {allowed}',
        )
    if kind.startswith("date") or kind.startswith("datetime"):
        return (
            f"「{path}」の日付が読めません。2020-12-25 のように 年-月-日 で書いてください。",
            f'"{path}" is not a valid date. Write it as YYYY-MM-DD, e.g. 2020-12-25.',
        )
    if kind == "value_error":
        msg = str(err.get("ctx", {}).get("error", ""))
        if "END_BEFORE_START" in msg:
            return (
                f"「{path}」の終了日（end）が開始日（start）より前です。日付を確かめてください。",
                f'In "{path}" the end date is before the start date. Check both dates.',
            )
        if msg.endswith("PHONE"):
            return (
                f"「{path}」の「{err.get('input')}」は日本の電話番号・FAX番号として正しくありません。"
                "市外局番から 096-333-2019 のように数字とハイフンで書いてください"
                "（固定電話は10けた、携帯電話・IP電話（070・080・090・050で始まる番号）は11けた）。",
                f'"{path}": "{err.get("input")}" is not a Japanese telephone or fax number. '
                "Write it from the area code, in digits and hyphens, e.g. 096-333-2019 "
                "(10 digits; 11 for mobile and IP numbers starting "
                "070, 080, 090 or 050).",
            )
        if msg.endswith("EXTENSION"):
            return (
                f'「{path}」の内線番号「{err.get("input")}」は数字だけで書いてください（例 "3627"）。',
                f'"{path}": write the extension "{err.get("input")}" in digits only (e.g. "3627").',
            )
        if msg.endswith("FIGURE"):
            return (
                f"「{path}」は数字だけで書いてください（今の値: {err.get('input')!r}）。"
                "カンマ・単位・引用符は付けません（例 1234、12.5）。",
                f'"{path}" must be a plain number (it is {err.get("input")!r}): no commas, units or quotes '
                "(e.g. 1234 or 12.5).",
            )
        if msg.startswith("SET_NEEDS:"):
            need = msg.split(":", 1)[1]
            return (
                f"「{path}」は status: set ですが {need} がありません。数値を書くか status: pending に戻してください。",
                f'"{path}" has status: set but lacks {need}. Add the figures or set status: pending.',
            )
    if kind in ("model_type", "dict_type") and isinstance(err.get("input"), str) and "：" in err["input"]:
        return (
            f"「{path}」で全角のコロン「：」が使われています。半角の「:」に直してください（例 ja: 文）。",
            f'"{path}" uses a full-width colon "：". Use a half-width ":" (e.g. "ja: text").',
        )
    if kind in ("model_type", "dict_type"):
        return (
            f"「{path}」の形が正しくありません。項目: 値 の組を字下げして書いてください。",
            f'"{path}" has the wrong shape: it should hold "field: value" lines, indented below it.',
        )
    if kind in ("list_type",):
        return (
            f"「{path}」は「- 」で始まる一覧で書いてください。",
            f'"{path}" should be a list whose items start with "- ".',
        )
    if kind in ("too_short",):
        return (f"「{path}」に項目が1つもありません。", f'"{path}" has no entries.')
    if kind.startswith(("int", "float", "decimal")):
        return (
            f"「{path}」は数で書いてください（今の値: {err.get('input')!r}）。",
            f'"{path}" must be a number (it is {err.get("input")!r}).',
        )
    if kind == "string_pattern_mismatch":
        return (
            f"「{path}」の書き方が正しくありません（今の値: {err.get('input')!r}）。"
            "id は英小文字・数字・ハイフン、URL は https:// で始め、ページは strategy.md のように書きます。",
            f'"{path}" is not written in the expected form (it is {err.get("input")!r}). '
            "Ids use lower-case letters, digits and hyphens; URLs start with https://; "
            "pages are written like strategy.md.",
        )
    if kind == "greater_than_equal":
        return (
            f"「{path}」の値が小さすぎます（今の値: {err.get('input')!r}）。",
            f'"{path}" is too small (it is {err.get("input")!r}).',
        )
    return (f"「{path}」が正しくありません（{err['msg']}）。", f'"{path}" is not valid ({err["msg"]}).')
