"""The generated parts of pages, one module per part or family of parts: importing this package registers
every one of them with ``sitebuild.inserts`` (``@inserts.part``), which fills the ``<!-- insert: NAME -->``
markers of the pages with them.

Each part is a function of ``inserts.Where`` (the build's data, the page's language, its source name and text,
the docs folder) and the marker's words, returning Markdown or HTML:

- ``consultation``: period, plan-period, contact, drafts; ``easy_japanese``: easy-date;
- ``policy_sections``: principle, pillars, pillar-list, cross-cutting; ``kpi_tables``: kpi-tables;
- ``places``: places; ``comment_links``: comment-link; ``opinion_form``: opinion-form;
- ``outcome``: next-steps, outcome; ``open_data``: opendata-files, opendata-columns, opendata-results;
- ``translation_status``: translation-status; ``findings_reference``: findings-reference.

(``comment-now``, the comment page's status, is made with the banner of every page:
hooks/lib/sitebuild/render/comment_status.py.)
"""

from . import (  # noqa: F401  (imported for their registrations)
    comment_links,
    consultation,
    easy_japanese,
    findings_reference,
    kpi_tables,
    open_data,
    opinion_form,
    outcome,
    places,
    policy_sections,
    translation_status,
)
