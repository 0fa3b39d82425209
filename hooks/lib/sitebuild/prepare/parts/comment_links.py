"""The “comment on this draft” link a page asks for, from data/consultation.yml and data/strategy.yml.

Makes ``<!-- insert: comment-link ID -->`` (e.g. ``pv`` on the population vision's page): the link of
hooks/lib/sitebuild/comments.py in a paragraph. An id that is not a section (``sitedata.sections``) stops
the build, naming the page. The links beside pillars, measures and cross-cutting items are written by the
generators of those parts (policy_sections.py, kpi_tables.py).
"""

import re

from sitebuild import comments, inserts
from sitedata.findings import FindingsError, finding


@inserts.part("comment-link")
def comment_link(where, section_id):
    if section_id not in where.data.sections:
        src, text = f"docs/{where.name}", where.source
        at = re.search(r"comment-link\s+" + re.escape(section_id), text)
        line = text.count("\n", 0, at.start()) + 1 if at else None
        known = ", ".join(where.data.sections)
        raise FindingsError([finding("page.E031", src, line, section=section_id, known=known)])
    return f"<p>{comments.link(where.data, section_id, where.lang)}</p>"
