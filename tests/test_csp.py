"""The Content-Security-Policy in a real browser (Chromium).

Every page, both languages, raises no `securitypolicyviolation` event: served by nginx with
deploy/nginx.conf (the policy as a header and as the page's <meta>) and by a plain server that sends no
header (the <meta> alone, as on a static host). What residents use still works under the policy: the
banner, the comment links, the language switcher, search, the print link and the phone menu. A script
injected into a built page does not run, and does run once the policy is removed (so the test can fail).
"""

from __future__ import annotations

import re
import shutil

import pytest

import search_box
from conftest import free_port, serve

pytestmark = [pytest.mark.browser, pytest.mark.nginx, pytest.mark.xdist_group("nginx")]  # one worker: one nginx

WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ''}`.trim()));
"""


@pytest.fixture
def watched(browser):
    """A new browser tab that records every CSP violation in window.__csp (and the console's reports)."""
    contexts = []

    def open_tab(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        context.add_init_script(WATCH)
        tab = context.new_page()
        tab.console_reports, tab.errors = [], []
        tab.on("pageerror", lambda e: tab.errors.append(str(e)))
        tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
        tab.on("console", lambda m: tab.console_reports.append(m.text) if "Content Security Policy" in m.text else None)
        return tab

    yield open_tab
    for context in contexts:
        context.close()


def violations(tab) -> list[str]:
    return tab.evaluate("window.__csp") + tab.console_reports


@pytest.mark.parametrize("server", ["nginx", "meta only"])
def test_no_page_violates_the_policy(request, served_site, watched, server):
    url, built = request.getfixturevalue("nginx") if server == "nginx" else (served_site.url, served_site.build)
    pages = built.pages() + ["404.html", "en/404.html"]
    assert "en/strategy.html" in pages and "print-strategy.html" in pages
    tab = watched()
    found = {}
    for rel in pages:
        tab.goto(url + rel, wait_until="networkidle")
        if problems := violations(tab):
            found[rel] = problems
    assert not found, found


def test_the_policy_is_in_force(nginx, watched):
    """A control: the policy is there and the browser applies it (an outside image is refused)."""
    url, _ = nginx
    tab = watched()
    tab.goto(url + "index.html", wait_until="networkidle")
    tab.evaluate(
        "() => { const i = new Image(); i.src = 'https://example.invalid/pixel.png'; document.body.append(i); }"
    )
    tab.wait_for_function("window.__csp.length > 0")
    assert any(v.startswith("img-src https://example.invalid") for v in violations(tab))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_what_residents_use_works_under_the_policy(nginx, watched, lang):
    url, built = nginx
    root = url + ("en/" if lang == "en" else "")
    tab = watched()
    tab.goto(root + "strategy.html", wait_until="networkidle")

    # The banner's inline script ran (it marks the day it worked out): its state is shown, one of the
    # states the page carries.
    banner = tab.locator(".md-banner .comment-status")
    state = banner.locator(".comment-status__state")
    assert state.is_visible() and state.inner_text().strip()
    assert banner.get_attribute("data-today")
    assert state.locator("[data-when]:visible").count() == 1

    # The comment links' script ran: each link either stays a mail link or became the notice for today.
    boxes = tab.locator(".comment-link[data-start][data-end]")
    assert boxes.count() > 0
    today = tab.evaluate("new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Tokyo'}).format(new Date())")
    first = boxes.first
    if today > first.get_attribute("data-end"):
        assert first.locator(".comment-link__closed").inner_text() == first.get_attribute("data-closed-text")
    elif today >= first.get_attribute("data-start"):
        assert first.locator("a.comment-link__mail").get_attribute("href").startswith("mailto:")

    # Search (Pagefind's WebAssembly included).
    query = "熊本城" if lang == "ja" else "Kumamoto Castle"
    search_box.open_page(tab, root + "strategy.html")
    tab.bring_to_front()  # Chromium slows down tabs in the background
    answer = search_box.search(tab, query, root)
    assert "strategy.html" in answer.pages, (answer, violations(tab), tab.errors)
    tab.keyboard.press("Escape")

    # The print link.
    tab.locator("ul.print-downloads a").first.click()
    tab.wait_for_url(re.compile(r"print-strategy\.html$"))
    tab.wait_for_load_state("networkidle")
    assert tab.locator("article h1").count() >= 1

    # The language switcher keeps the page.
    other = "en" if lang == "ja" else "ja"
    tab.goto(root + "strategy.html", wait_until="networkidle")
    tab.eval_on_selector(f"a.md-select__link[hreflang={other}]", "a => a.click()")
    tab.wait_for_url(url + ("en/" if other == "en" else "") + "strategy.html")
    assert tab.locator("html").get_attribute("lang") == other
    assert violations(tab) == []

    # The phone menu opens.
    phone = watched(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    phone.goto(root + "strategy.html", wait_until="networkidle")
    phone.locator('.md-header button.md-header__button[data-toggle="__drawer"]').click()
    drawer = phone.locator("nav.md-nav--primary")
    drawer.wait_for(state="visible")
    assert phone.evaluate("document.getElementById('__drawer').checked")
    assert violations(phone) == []


def test_an_injected_script_does_not_run(site, watched, tmp_path):
    """An inline script, an event attribute and a javascript: link put into a built page are refused by
    the page's <meta> policy (no header: a plain server); without the policy the same page runs them."""
    injected = (
        '<script>document.title += "|script";</script>'
        '<img src="missing.png" onerror="document.title += \'|attribute\'">'
        '<a id="injected-link" href="javascript:void(document.title += \'|link\')">x</a>'
    )
    guarded = tmp_path / "guarded"
    shutil.copytree(site.site, guarded)
    page = guarded / "strategy.html"
    html = page.read_text(encoding="utf-8")
    assert html.count("</body>") == 1
    page.write_text(html.replace("</body>", injected + "</body>"), encoding="utf-8")
    bare = tmp_path / "bare"
    shutil.copytree(guarded, bare)
    without = re.sub(
        r'<meta http-equiv="Content-Security-Policy" content="[^"]+">',
        "",
        (bare / "strategy.html").read_text(encoding="utf-8"),
    )
    (bare / "strategy.html").write_text(without, encoding="utf-8")

    for folder, runs in ((guarded, False), (bare, True)):
        port = free_port()
        server = serve(folder, port)
        try:
            tab = watched()
            tab.goto(f"http://127.0.0.1:{port}/strategy.html", wait_until="networkidle")
            tab.locator("#injected-link").click()
            tab.wait_for_timeout(300)
            title = tab.title()
            ran = [part for part in ("|script", "|attribute", "|link") if part in title]
            if runs:
                assert ran == ["|script", "|attribute", "|link"], title
            else:
                assert ran == [], title
                directives = " ".join(violations(tab))
                assert "script-src-elem" in directives and "script-src-attr" in directives, directives
        finally:
            server.shutdown()
