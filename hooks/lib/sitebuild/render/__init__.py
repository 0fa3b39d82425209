"""Stage 2, render: what must touch the theme's output, as plain functions hooks/render.py calls.

One module per thing the pages get: the frame around the text (``print_frame``, ``downloads``,
``i18n_links``, ``comment_status``, ``sample_notice``), the theme's words (``interface_language``,
``theme_text``), safe links (``safe_content``), ふりがな (``furigana_page``), the policy in each page
(``csp``), the English 404 page (``not_found``), what the theme's search is told (``search_meta``) and
Material's compiled templates (``template_cache``). Each module's docstring names its data and its output.
"""
