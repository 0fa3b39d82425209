"""One HTML parser for the checks that read built pages (language of parts, safe output, links, CSP).

``parse(html)`` is ``lxml.html.document_fromstring(html)`` without lxml.html's element classes: the same
tree from the same libxml2 parser, but its elements are plain ``lxml.etree`` elements, which lxml makes
without calling back into Python for each one (on a results page of 2,000 rows, a third of a check's time
went to choosing each element's class). The checks use only what plain elements have (``tag``, ``get``,
``attrib``, ``text``, ``tail``, ``iter``, ``xpath``). The checks of stage 3 (hooks/lib/sitebuild/check/) parse
each built page once and give its tree to each check.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

PARSER = etree.HTMLParser()  # lxml.html.HTMLParser() is this parser with a Python lookup of each element's class


def parse(html: str | bytes):
    """The page's root element, as lxml.html.document_fromstring parses it: a new tree, the caller's own."""
    return lxml.html.document_fromstring(html, parser=PARSER)


def fragment(html: str, create_parent: str):
    """A piece of HTML inside a new ``create_parent`` element, as lxml.html.fragment_fromstring parses it."""
    return lxml.html.fragment_fromstring(html, create_parent=create_parent, parser=PARSER)


def text_content(element) -> str:
    """lxml.html's ``element.text_content()`` for a plain element: every text inside it, in order."""
    return element.xpath("string()")
