"""What the hooks share besides the data (the data is ``sitedata``): not hooks themselves.

- ``i18n``: the one adapter to mkdocs-static-i18n and the MkDocs run (languages, twins, file names,
  event priorities);
- ``inserts``: the ``<!-- insert: NAME ARGS -->`` markers: generators register here, one hook fills them;
- ``comments``: the “comment on this section” links the generators write beside each section (once the
  results are published, the section's counts linking to its rows);
- ``results``, ``results_page`` and ``redline``: the results pages (which page and section each row is
  on, the counts), their Markdown, and each change as a word-level redline; ``results.schema.json``
  describes the results' open data;
- ``printdocs``: the documents a reader prints or downloads whole;
- ``translations``: which English pages are missing or out of date;
- ``staffcheck`` (all of them at once), ``pagecheck``, ``pagebody``, ``retired``, ``menucheck``: the checks of
  the pages, the pages the build needs and the menu (findings ``page.E…``, ``menu.E…``); ``configcheck``:
  mkdocs.yml's own slips, before MkDocs runs;
- ``furigana``: the readings of a Japanese text; ``search``: the Pagefind index and its synonyms;
- ``allowlist`` and ``safe_html``: what a built page may contain, and the check of a page against it;
  ``sources``: where a finding of a built page comes from (the Markdown line of that very occurrence);
  ``verdict``: the output checks' findings gathered over the run and told once, at its end;
- ``check``: stage 3's checks over the built folder (the allowlist, the links, the language of parts), also a
  command: ``python -m sitebuild.check SITE_DIR``.
"""
