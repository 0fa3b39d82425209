"""The places where the printed draft can be viewed, from data/places.yml.

Makes ``<!-- insert: places -->`` (hooks/lib/sitebuild/inserts.py): an ordered list of the places in
the data file's order (the order of the prefecture's notice), each with its floor or building
details, in the page's language; an entry with ``count`` says how many offices it stands for. On
English pages each place that can be visited also gives its Japanese name and details, marked
``lang="ja"`` (the name on the building's signs; hooks/lib/sitebuild/check/language.py).
"""

from markupsafe import escape

import sitedata
from sitebuild import inserts


@inserts.part("places")
def places(where):
    return places_html(where.data, where.lang)


def places_html(data, lang):
    items = []
    for place in data.places.places:
        name = escape(place.name[lang])
        if place.url:
            name = f'<a href="{escape(place.url)}">{name}</a>'
        details = []
        if place.detail:
            details.append(escape(place.detail[lang]))
        if place.count:
            details.append(data.words.html("consultation.places_count", lang, n=place.count))
        if place.url:
            details.append(f'<span class="places__url">{escape(place.url)}</span>')
        elif lang != sitedata.LANGS[0]:  # English: the Japanese name too
            japanese = " ".join(escape(t.ja) for t in (place.name, place.detail) if t)
            details.append(f'<span class="places__ja" lang="ja">{japanese}</span>')
        detail = f'<span class="places__detail">{" / ".join(details)}</span>' if details else ""
        # A space between name and details (shown on lines of their own): the search index reads them as
        # separate words ("Library" and 熊本県立図書館, not "Library熊本県立図書館").
        items.append(f'<li id="place-{place.id}"><span class="places__name">{name}</span> {detail}</li>')
    return f'<ol class="places">{"".join(items)}</ol>'
