"""Stage 1, prepare: read and check the data and the pages, and make what the site is made of, as plain
functions over files (the MkDocs hook hooks/prepare.py calls them; ``python -m sitebuild.prepare`` writes a
plain docs folder with them).

- ``sources``: the checks of the sources (the data files; the pages, the menu and the translations;
  ``glossary``: the agreed English terms);
- ``parts``: the generated parts of pages, registered with ``sitebuild.inserts`` when the package is imported;
- ``pages``: the pages added (``print_pages``: one printable page per document; ``results_pages``: the results
  pages and their section of the menu) and each page's Markdown with its parts filled in;
- ``open_data``, ``open_data_results``: the open data files;
- ``site_files``: the added pages and files handed to MkDocs' ``Files``;
- ``command`` (``__main__``): the plain docs folder of one language, for a renderer without hooks.
"""
