"""The “comment on this draft” link a page asks for, from data/consultation.yml and data/strategy.yml.

Makes ``<!-- insert: comment-link ID -->`` (e.g. ``pv`` on the population vision's page): the link of
hooks/lib/sitebuild/comments.py in a paragraph. An id that is not a section (``sitedata.sections``) stops
the build, naming the page. The links beside pillars, measures and cross-cutting items are written by the
generators of those parts (policy_sections.py, kpi_tables.py).
"""

from mkdocs.exceptions import PluginError

from sitebuild import comments, inserts


@inserts.part("comment-link")
def comment_link(where, section_id):
    if section_id not in where.data.sections:
        src = f"docs/{where.page.file.src_uri}"
        raise PluginError(
            f"{src}: 意見を送る項目「{section_id}」はありません。\n"
            f'  {src}: there is no section "{section_id}" to comment on.'
        )
    return f"<p>{comments.link(where.data, section_id, where.lang)}</p>"
