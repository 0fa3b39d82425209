"""In a real browser: the switcher keeps the page, and nothing is requested from another host."""

from urllib.parse import urlsplit


def test_switching_language_keeps_the_page_and_loads_nothing_from_elsewhere(served_site, page):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(served_site.url + "strategy.html")
    assert page.locator("html").get_attribute("lang") == "ja"
    page.eval_on_selector("a.md-select__link[hreflang=en]", "a => a.click()")
    page.wait_for_url(served_site.url + "en/strategy.html")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Strategy" in page.locator("h1").inner_text()
    page.eval_on_selector("a.md-select__link[hreflang=ja]", "a => a.click()")
    page.wait_for_url(served_site.url + "strategy.html")
    page.wait_for_load_state("networkidle")
    own = urlsplit(served_site.url).netloc
    assert all(urlsplit(u).netloc == own for u in requests if u.startswith("http")), requests
    assert errors == []
