"""Pages that are not articles are recognised, reported, and stored only with --force."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from clipper.cli import app
from clipper.errors import NotAnArticle
from clipper.extract.pagekind import not_an_article
from clipper.models import Article
from conftest import FIXTURES, LocalServer

PROSE = "The council met on Monday to discuss the harbour bridge and its repairs. "

PAGES = {
    "bot-check": "<html><head><title>Just a moment...</title></head><body>"
    "<p>Checking your browser before accessing example.com.</p>"
    "<p>Please enable JavaScript and cookies to continue</p></body></html>",
    "consent-wall": "<html><body><h1>Before you continue to Example</h1><p>We use cookies and "
    "data to deliver our services.</p><button>Accept all</button></body></html>",
    "login-wall": "<html><body><h1>Sign in to continue</h1><form><input name=u>"
    "<input type=password name=p></form></body></html>",
    "paywall": "<html><body><article><h1>Budget talks collapse</h1><p>"
    + PROSE
    + "</p><p>Subscribe to continue reading. Already a subscriber? Log in.</p>"
    "</article></body></html>",
    "needs-javascript": "<html><body><noscript>You need to enable JavaScript to run this app."
    '</noscript><div id="root"></div><script src="/app.js"></script></body></html>',
    "index": "<html><body><ul>"
    + "".join(
        f'<li><a href="/story/{i}">Headline number {i} of the day</a></li>' for i in range(80)
    )
    + "</ul></body></html>",
}


def article(text: str, kind: str = "html") -> Article:
    return Article(text=text, html="", kind=kind)


@pytest.mark.parametrize("label", sorted(PAGES))
def test_each_kind_is_recognised(label: str) -> None:
    from clipper.extract.html.article import extract

    html = PAGES[label]
    try:
        art = extract(html)
    except NotAnArticle:  # some walls hold no text at all: judge the bare page
        art = article("")
    verdict = not_an_article(html, art)
    assert verdict is not None and verdict.label == label


def test_a_real_article_that_mentions_the_words_is_an_article() -> None:
    text = (
        PROSE * 30
    ) + " Readers were asked to subscribe to continue reading and to solve a captcha."
    assert not_an_article("<p>already a subscriber? captcha</p>", article(text)) is None


def test_the_shared_fixture_is_an_article() -> None:
    from clipper.extract.html.article import extract

    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    assert not_an_article(html, extract(html)) is None


def test_cli_refuses_a_bot_check_then_stores_it_with_force(server: LocalServer) -> None:
    url = server.add("/challenge", PAGES["bot-check"] + ("<!-- pad -->" * 10))
    runner = CliRunner()
    refused = runner.invoke(app, ["clip", url])
    assert refused.exit_code == 5
    assert "looks like a bot check" in refused.stderr
    assert "save the page from your browser" in refused.stderr and "--force" in refused.stderr
    listed = runner.invoke(app, ["list", "--json"])
    assert json.loads(listed.stdout) == []

    forced = runner.invoke(app, ["clip", url, "--force", "--json"])
    assert forced.exit_code == 0, forced.stderr
    assert json.loads(forced.stdout)["page_type"] == "bot-check"
    shown = runner.invoke(app, ["show", "1"])
    assert "not an article (bot-check)" in shown.stdout


def test_a_short_article_in_a_real_sites_chrome_is_an_article() -> None:
    from clipper.extract.html.article import extract

    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    nav = "".join(f'<a href="/s{i}">Section {i}</a> ' for i in range(80))
    related = "".join(f'<li><a href="/r{i}">A related story {i}</a></li>' for i in range(12))
    banner = "<div>We value your privacy. Already a subscriber? Sign in.</div>"
    form = '<form><input type="password"><div class="g-recaptcha"></div></form>'
    page = html.replace("<body>", f"<body>{banner}<nav>{nav}</nav>").replace(
        "</body>", f"<ul>{related}</ul>{form}</body>"
    )
    art = extract(page)
    assert art.word_count < 150  # short enough for every rule's ceiling
    assert not_an_article(page, art) is None


def test_an_empty_sign_in_page_says_what_it_is_even_with_force(server: LocalServer) -> None:
    url = server.add("/login", PAGES["login-wall"])
    for args in ([url], [url, "--force"]):
        result = CliRunner().invoke(app, ["clip", *args])
        assert result.exit_code == 5
        assert "looks like a sign-in page" in result.stderr
