"""What the hooks share besides the data (the data is ``sitedata``): not hooks themselves.

- ``i18n``: the one adapter to mkdocs-static-i18n and the MkDocs run (languages, twins, file names,
  event priorities);
- ``inserts``: the ``<!-- insert: NAME ARGS -->`` markers: generators register here, one hook fills them;
- ``comments``: the “comment on this section” links the generators write beside each section;
- ``printdocs``: the documents a reader prints or downloads whole.
"""
