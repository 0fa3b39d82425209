"""The CSP's hashes, edge by edge (sitebuild/render/csp.py, in process): which inline scripts a browser would run are
hashed (types, src, repeats, empty ones, entities and comments inside, SVG, template, noscript), in page order, and
the policy put at the top of the head. Each expected value is what the hook gave before it was made faster (issue
20 part 2): a change of behaviour fails here."""

# ruff: noqa: E501  (the expected pages are kept whole)
from __future__ import annotations

import pytest

from sitebuild.render import csp


def _page(body: str) -> str:
    return f"<!doctype html><html><head><title>t</title><script>head()</script></head><body>{body}</body></html>"


CASES = [
    (
        '<script>a()</script><script src="x.js">b()</script><script type="module">c()</script><script type=" Text/JavaScript ">d()</script>',
        [
            "'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='",
            "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='",
            "'sha256-uv6BXxguRKhBqgeOtcyTvppA2Vttceh37dUo7xwS8Ug='",
            "'sha256-4zBr8UBpE9eDnLz2rHNIBoz7HsYVPjh/vsTpDpPSmAA='",
        ],
        "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval' "
        "'sha256-4zBr8UBpE9eDnLz2rHNIBoz7HsYVPjh/vsTpDpPSmAA=' 'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A=' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=' "
        "'sha256-uv6BXxguRKhBqgeOtcyTvppA2Vttceh37dUo7xwS8Ug='; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
        'form-action \'none\'"><meta name="referrer" content="same-origin"><title>t</title><script>head()</script></head><body><script>a()</script><script src="x.js">b()</script><script '
        'type="module">c()</script><script type=" Text/JavaScript ">d()</script></body></html>',
    ),
    (
        '<script type="application/json">{"x": 1}</script><script type="text/plain">e()</script><script type="application/javascript">f()</script>',
        [
            "'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='",
            "'sha256-GcEEE0IkDzIP5EQ6DXZaDPORqT5RTBELX8Fyzyg9yvo='",
        ],
        "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval' "
        "'sha256-GcEEE0IkDzIP5EQ6DXZaDPORqT5RTBELX8Fyzyg9yvo=' 'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'\"><meta name=\"referrer\" content=\"same-origin\"><title>t</title><script>head()</script></head><body><script "
        'type="application/json">{"x": 1}</script><script type="text/plain">e()</script><script type="application/javascript">f()</script></body></html>',
    ),
    (
        "<script>a()</script><script>a()</script><SCRIPT>g()</SCRIPT><script></script><script>  </script>",
        [
            "'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='",
            "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='",
            "'sha256-0MnLMx7X/7BMD5xktSLMF+06cYrjoQUKaUL576/RYPk='",
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
            "'sha256-bBefIeb2K2KQVdirQPRU7QLki2hWORNHO4V9NjjiOyg='",
        ],
        "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval' "
        "'sha256-0MnLMx7X/7BMD5xktSLMF+06cYrjoQUKaUL576/RYPk=' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' 'sha256-bBefIeb2K2KQVdirQPRU7QLki2hWORNHO4V9NjjiOyg=' "
        "'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A=' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'\"><meta name=\"referrer\" "
        'content="same-origin"><title>t</title><script>head()</script></head><body><script>a()</script><script>a()</script><SCRIPT>g()</SCRIPT><script></script><script>  </script></body></html>',
    ),
    (
        "<script>if (a &amp;&amp; b < c) {}</script><script><!-- h() --></script><script>/*<![CDATA[*/i()/*]]>*/</script>",
        [
            "'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='",
            "'sha256-jq8LLuTaHwnOi8ZK4LNiH7W4Lsad40pjZeH7lYgtyJM='",
            "'sha256-Lt43ojYAg2y4aV12ElSrTcjxZYek5Y+J2kDZH5aFS6E='",
            "'sha256-M3A/tC2pimV+KI9bFP7ojAkqLBoscITs9raHwOkbhAo='",
        ],
        "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval' "
        "'sha256-Lt43ojYAg2y4aV12ElSrTcjxZYek5Y+J2kDZH5aFS6E=' 'sha256-M3A/tC2pimV+KI9bFP7ojAkqLBoscITs9raHwOkbhAo=' 'sha256-jq8LLuTaHwnOi8ZK4LNiH7W4Lsad40pjZeH7lYgtyJM=' "
        "'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
        'form-action \'none\'"><meta name="referrer" content="same-origin"><title>t</title><script>head()</script></head><body><script>if (a &amp;&amp; b < c) {}</script><script><!-- h() '
        "--></script><script>/*<![CDATA[*/i()/*]]>*/</script></body></html>",
    ),
    (
        "<svg><script>j()</script></svg><!-- <script>k()</script> --><template><script>l()</script></template>",
        [
            "'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='",
            "'sha256-BXEeYxFQ6uIyxxvKmdXWhPGQL7VVJrckzmKD/cIncs0='",
            "'sha256-6ciIhuZTRjF4A43vIGIgR2/xIPZJPlK59EvbQ1MxwpI='",
        ],
        "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval' "
        "'sha256-6ciIhuZTRjF4A43vIGIgR2/xIPZJPlK59EvbQ1MxwpI=' 'sha256-BXEeYxFQ6uIyxxvKmdXWhPGQL7VVJrckzmKD/cIncs0=' 'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='; style-src 'self'; img-src 'self' "
        "data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'\"><meta name=\"referrer\" "
        'content="same-origin"><title>t</title><script>head()</script></head><body><svg><script>j()</script></svg><!-- <script>k()</script> --><template><script>l()</script></template></body></html>',
    ),
    (
        "<noscript><script>m()</script></noscript><script>熊本()</script>",
        [
            "'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='",
            "'sha256-ZRcerlEd5oXh7oyPxtNBWYVOIBP573H/0mkZtACTtRY='",
            "'sha256-NdMPMkCsNnCs5886M1iX0XkR0LEXKy2kqQz1c89aQRc='",
        ],
        "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval' "
        "'sha256-NdMPMkCsNnCs5886M1iX0XkR0LEXKy2kqQz1c89aQRc=' 'sha256-ZRcerlEd5oXh7oyPxtNBWYVOIBP573H/0mkZtACTtRY=' 'sha256-kprYO0j/spCgj/4pgX0fbZtvq8u8otR0wx0mKx17K8A='; style-src 'self'; img-src 'self' "
        "data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'\"><meta name=\"referrer\" "
        'content="same-origin"><title>t</title><script>head()</script></head><body><noscript><script>m()</script></noscript><script>熊本()</script></body></html>',
    ),
]


@pytest.mark.parametrize("body, hashes, with_policy", CASES)
def test_inline_scripts_are_hashed_as_before(body, hashes, with_policy):
    assert csp.inline_script_hashes(_page(body)) == hashes
    assert csp.with_policy(_page(body)) == with_policy


# ---------------------------------------------------------------- the whole site's policy, read back from the pages


@pytest.mark.parametrize("body, hashes, with_policy", CASES)
def test_the_hashes_a_page_policy_names_are_read_back_from_it(body, hashes, with_policy):
    assert csp.page_hashes(csp.with_policy(_page(body))) == sorted(hashes)


def test_the_nginx_policy_names_every_page_hash_once(tmp_path):
    from sitebuild.finish import csp_nginx

    pages = {"index.html": "<script>a()</script>", "en/404.html": "<script>b()</script><script>a()</script>"}
    for name, body in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(csp.with_policy(_page(body)), encoding="utf-8")
    (tmp_path / "plain.html").write_text("<p>no policy: a file copied from docs/</p>", encoding="utf-8")
    csp_nginx.write_nginx_policy(tmp_path)
    every = sorted({*csp.inline_script_hashes(_page(pages["en/404.html"]))})
    assert (tmp_path / ".csp-nginx.conf").read_text(encoding="utf-8") == f'set $site_csp "{csp.policy(every)}";\n'


def test_a_page_built_again_unchanged_takes_its_hashes_from_the_build_cache(tmp_path, monkeypatch):
    from sitebuild import cache, htmltree

    monkeypatch.setattr(cache, "folder", lambda kind: tmp_path)
    page = _page("<script>a()</script>")
    first = csp.with_policy(page)
    parsed = []
    monkeypatch.setattr(htmltree, "parse", lambda html: parsed.append(html))
    assert csp.with_policy(page) == first and parsed == []  # the same bytes: not parsed again
    with pytest.raises(AttributeError):  # other bytes are parsed (the stand-in parser gives no tree)
        csp.with_policy(_page("<script>b()</script>"))
    assert len(parsed) == 1
