"""Every page exists in Japanese and in English.

Reads the Markdown files in docs/: each Japanese page ``x.md`` needs its English twin
``x.en.md`` and each English page needs its Japanese original. A missing one stops the strict build
(``mkdocs build --strict``) before anything is written, naming the file to create; a preview
(``mkdocs serve``) only warns, so a page can be drafted before its translation.
Emits nothing.
"""

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.translations")


def missing_twins(docs_dir: Path) -> list[str]:
    problems = []
    for path in sorted(docs_dir.rglob("*.md")):
        rel = path.relative_to(docs_dir).as_posix()
        if any(part.startswith("_") for part in Path(rel).parts):
            continue
        if rel.endswith(".en.md"):
            original = rel[: -len(".en.md")] + ".md"
            if not (docs_dir / original).exists():
                problems.append(
                    f"docs/{rel} に対応する日本語のページ docs/{original} がありません。日本語のページを作るか、"
                    f"英語のページを削除してください。\n  docs/{rel} has no Japanese original: create docs/{original} "
                    "or remove the English page."
                )
        else:
            twin = rel[: -len(".md")] + ".en.md"
            if not (docs_dir / twin).exists():
                problems.append(
                    f"docs/{rel} の英語版 docs/{twin} がありません。翻訳を作成してください"
                    f"（英語版がないとサイトを公開できません）。\n  docs/{rel} has no English translation: "
                    f"create docs/{twin}."
                )
    return problems


def on_pre_build(config, **kwargs):
    if config.theme.get("language") != "ja":  # check once, in the Japanese (default) build
        return
    problems = missing_twins(Path(config.docs_dir))
    if problems and config.strict:
        # Stop before anything is written, so no half-translated site is left to publish.
        raise PluginError("\n".join(problems))
    for problem in problems:
        log.warning(problem)
