"""URL identity: what is a URL, what is wrong with one, and the canonical form clippings share."""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clipper.errors import UsageError
from clipper.sources.urls import canonical_url, check_url, is_url, registrable_domain, same_site


@pytest.mark.parametrize(
    "s",
    [
        "http://example.com",
        "https://example.com/a?b=c#d",
        "HTTPS://EXAMPLE.COM/",
        "  https://example.com/padded  ",
        "http://127.0.0.1:8080/x",
        "http://[::1]/x",
        "https://bücher.example/straße",
        "https://news.example.co.uk/2024/story.html",
    ],
)
def test_is_url(s: str) -> None:
    assert is_url(s)


@pytest.mark.parametrize(
    "s",
    [
        "",
        "article.html",
        "/home/me/saved/page.html",
        "C:\\Users\\me\\page.html",
        "-",
        "example.com/page",
        "ftp://example.com/file",
        "file:///etc/hosts",
        "javascript:alert(1)",
        "mailto:someone@example.com",
        "http://",
        "http:///path",
        "http://exa mple.com/",
        "http://example.com:99999/",
        "http://example.com:port/",
        "http://example.com:0/",
    ],
)
def test_is_not_url(s: str) -> None:
    assert not is_url(s)


def test_check_url_returns_the_url_stripped() -> None:
    assert check_url("  https://example.com/a  ") == "https://example.com/a"


@pytest.mark.parametrize(
    ("s", "message"),
    [
        ("ftp://example.com/a", "clipper fetches only http:// and https:// URLs, not ftp:"),
        ("javascript:alert(1)", "clipper fetches only http:// and https:// URLs, not javascript:"),
        ("mailto:a@example.com", "not mailto:"),
        ("data:text/html,<p>x</p>", "not data:"),
        (
            "file:///etc/hosts",
            "clipper doesn't fetch file: URLs (file:///etc/hosts). Give the file's path",
        ),
        ("example.com/page", "is not a full URL. Add the scheme, e.g. https://example.com/page"),
        ("example.com:8080/page", "Add the scheme, e.g. https://example.com:8080/page"),
        ("//example.com/page", "Add the scheme, e.g. https://example.com/page"),
        ("http://", "http:// has no host name"),
        ("https://exa mple.com/", "has no valid host name"),
        ("https://example.com:99999/", "has an invalid port"),
        ("https://example.com:0/", "has an invalid port"),
    ],
)
def test_check_url_explains_what_is_wrong(s: str, message: str) -> None:
    with pytest.raises(UsageError) as info:
        check_url(s)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        # scheme and host lower-cased, path and query untouched
        ("HTTPS://News.Example.COM/Story/ABC?Id=7", "https://news.example.com/Story/ABC?Id=7"),
        # default ports dropped, others kept
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com:443/a", "http://example.com:443/a"),
        # empty path becomes "/"
        ("https://example.com", "https://example.com/"),
        ("https://example.com?x=1", "https://example.com/?x=1"),
        # fragment dropped
        ("https://example.com/a#comments", "https://example.com/a"),
        # tracking parameters dropped, the rest kept in order and encoding
        (
            "https://example.com/a?utm_source=tw&id=3&UTM_Medium=social&page=2&fbclid=abc",
            "https://example.com/a?id=3&page=2",
        ),
        (
            "https://example.com/a?gclid=1&dclid=2&msclkid=3&mc_cid=4&mc_eid=5&igshid=6"
            "&_ga=7&yclid=8&ref_src=twsrc&q=caf%C3%A9+au+lait",
            "https://example.com/a?q=caf%C3%A9+au+lait",
        ),
        ("https://example.com/a?utm_campaign=x", "https://example.com/a"),
        ("https://example.com/a?", "https://example.com/a"),
        ("https://example.com/a?ref=home&b=&b=2", "https://example.com/a?ref=home&b=&b=2"),
        # credentials are not identity, and must not be stored
        ("https://user:secret@example.com/a", "https://example.com/a"),
        # trailing dot of a fully-qualified host, IPv6 literals
        ("https://example.com./a", "https://example.com/a"),
        ("http://[::1]:80/a", "http://[::1]/a"),
        # surrounding whitespace
        ("  https://example.com/a  ", "https://example.com/a"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_canonical_url_is_idempotent() -> None:
    once = canonical_url("HTTPS://www.Example.com:443/a?utm_source=x&b=1#top")
    assert canonical_url(once) == once == "https://www.example.com/a?b=1"


@pytest.mark.parametrize(
    ("url", "page_canonical", "expected"),
    [
        # the page's own canonical, absolute or relative, cleaned like any URL
        (
            "https://example.com/a?utm_source=x",
            "https://example.com/story/1#top",
            "https://example.com/story/1",
        ),
        ("https://example.com/a/b?x=1", "/story/1", "https://example.com/story/1"),
        ("https://example.com/a/b", "../c", "https://example.com/c"),
        # same site, ignoring www. and subdomains, across schemes
        ("https://www.example.com/a", "https://example.com/a", "https://example.com/a"),
        ("https://example.com/a", "http://www.example.com/a", "http://www.example.com/a"),
        ("https://m.example.com/a", "https://www.example.com/a", "https://www.example.com/a"),
        (
            "https://news.bbc.co.uk/1",
            "https://www.bbc.co.uk/news/1",
            "https://www.bbc.co.uk/news/1",
        ),
        # another site's canonical (syndication, spam) is ignored
        ("https://example.com/a", "https://other.com/a", "https://example.com/a"),
        ("https://a.co.uk/a", "https://b.co.uk/a", "https://a.co.uk/a"),
        ("https://example.com/a", "https://example.com.evil.net/a", "https://example.com/a"),
        (
            "https://alice.substack.com/p/x",
            "https://bob.substack.com/p/x",
            "https://alice.substack.com/p/x",
        ),
        # unusable canonicals are ignored
        ("https://example.com/a", "javascript:void(0)", "https://example.com/a"),
        ("https://example.com/a", "http://[::1", "https://example.com/a"),
        ("https://example.com/a", "https://example.com:99999/b", "https://example.com/a"),
        ("https://example.com/a", "", "https://example.com/a"),
        ("https://example.com/a", "   ", "https://example.com/a"),
        ("https://example.com/a", None, "https://example.com/a"),
    ],
)
def test_canonical_url_uses_the_pages_own_canonical_on_the_same_site(
    url: str, page_canonical: str | None, expected: str
) -> None:
    assert canonical_url(url, page_canonical) == expected


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("example.com", "example.com"),
        ("www.example.com", "example.com"),
        ("a.b.example.com", "example.com"),
        ("WWW.Example.COM.", "example.com"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("www.abc.net.au", "abc.net.au"),
        ("www.asahi.co.jp", "asahi.co.jp"),
        ("alice.substack.com", "alice.substack.com"),
        ("www.alice.github.io", "alice.github.io"),
        ("substack.com", "substack.com"),
        ("localhost", "localhost"),
        ("127.0.0.1", "127.0.0.1"),
    ],
)
def test_registrable_domain(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


def test_same_site() -> None:
    assert same_site("https://www.example.com/a", "http://example.com/b")
    assert not same_site("https://example.com/a", "https://example.org/a")
    assert not same_site("https://127.0.0.1/a", "https://127.0.0.2/a")
    assert not same_site("not a url", "https://example.com/")


# --- properties ---------------------------------------------------------------------

_label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
_param = st.tuples(
    st.sampled_from(["id", "page", "q", "utm_source", "UTM_Medium", "fbclid", "gclid", "ref"]),
    st.from_regex(r"[A-Za-z0-9%._~-]{0,8}", fullmatch=True),
)
_urls = st.builds(
    lambda scheme, host, port, path, params, fragment: (
        f"{scheme}://{host}{port}{path}"
        + ("?" + "&".join(f"{k}={v}" for k, v in params) if params else "")
        + fragment
    ),
    st.sampled_from(["http", "https", "HTTP", "Https"]),
    st.lists(_label, min_size=1, max_size=4).map(".".join),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.sampled_from(["", "/", "/a", "/A/b.html", "/x%20y/"]),
    st.lists(_param, max_size=5),
    st.sampled_from(["", "#", "#top"]),
)


@given(url=_urls)
def test_canonical_url_properties(url: str) -> None:
    canonical = canonical_url(url)
    assert canonical_url(canonical) == canonical  # idempotent
    assert is_url(canonical)
    parts = urlsplit(canonical)
    assert parts.fragment == "" and "#" not in canonical
    assert parts.path.startswith("/")
    assert parts.scheme == parts.scheme.lower() and parts.netloc == parts.netloc.lower()
    names = [pair.partition("=")[0].lower() for pair in parts.query.split("&") if pair]
    assert not [n for n in names if n.startswith("utm_") or n in {"fbclid", "gclid"}]
    kept = [
        p.partition("=")[0]
        for p in urlsplit(url).query.split("&")
        if p.partition("=")[0] in {"id", "page", "q", "ref"}
    ]
    assert names == [k.lower() for k in kept]  # the rest are kept, in order


_junk = st.builds(
    str.__add__,
    st.sampled_from(["", "http://", "https://", "//", "ftp:", "http://[", "https://a.b:"]),
    st.text(max_size=40),
)


@given(url=_junk, page_canonical=st.none() | _junk)
def test_url_functions_never_raise_on_junk(url: str, page_canonical: str | None) -> None:
    canonical_url(url, page_canonical)
    canonical_url("https://example.com/a", page_canonical)
    is_url(url)
    with contextlib.suppress(UsageError):
        check_url(url)
