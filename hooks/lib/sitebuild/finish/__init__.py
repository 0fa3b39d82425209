"""Stage 3, finish: the site's own files, written over the built site folder once every language is built.

One module per file: ``sitemaps`` (en/sitemap.xml), ``feeds`` (feed.xml, en/feed.xml), ``search_index``
(Pagefind's pagefind/), ``csp_nginx`` (.csp-nginx.conf) and ``sbom`` (sbom.cdx.json, a file of each language's
build). hooks/finish.py calls them. Each module's docstring names its data and its output.
"""
