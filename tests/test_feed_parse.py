"""Feeds and sitemaps read into entries, and hostile ones refused or bounded (pure, no network)."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

import pytest

from clipper.errors import FeedError
from clipper.feeds.discover import feed_links, usual_paths
from clipper.feeds.opml import read_opml, write_opml
from clipper.feeds.parse import MAX_FEED_ENTRIES, NotAFeed, parse
from clipper.models import FeedSource

BASE = "https://news.example/feed.xml"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


def rss_items(*items: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>'
        f"<link>https://news.example/</link>{''.join(items)}</channel></rss>"
    ).encode()


def test_rss_2_entries_with_guid_link_date_author_and_categories() -> None:
    feed = parse(
        rss_items(
            "<item><title>Port reopens</title><link>https://news.example/a</link>"
            "<guid>urn:a</guid><pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate>"
            "<author>jo@example.com (Jo Hart)</author><category>ports</category>"
            "<category>Trade</category></item>"
        ),
        BASE,
        now=NOW,
    )
    assert feed.kind == "rss" and feed.title == "Gazette"
    assert feed.site_url == "https://news.example/"
    [entry] = feed.entries
    assert entry.key == "urn:a" and entry.link == "https://news.example/a"
    assert entry.title == "Port reopens"
    assert entry.published == "2026-11-19T08:00:00+00:00"
    assert entry.categories == ("ports", "Trade")
    assert entry.authors == ("Jo Hart",)


def test_rss_091_with_its_netscape_dtd_and_rss_1_rdf() -> None:
    old = (
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>'
        b"<title>Old</title><item><title>One</title><link>https://old.example/1</link></item>"
        b"</channel></rss>"
    )
    assert [e.link for e in parse(old, BASE).entries] == ["https://old.example/1"]
    rdf = (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        b' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b'<channel rdf:about="https://rdf.example/"><title>RDF</title></channel>'
        b'<item rdf:about="https://rdf.example/1"><title>First</title>'
        b"<link>https://rdf.example/1</link><dc:date>2026-11-18T10:00:00Z</dc:date>"
        b"<dc:creator>Ann Lee</dc:creator></item></rdf:RDF>"
    )
    feed = parse(rdf, BASE, now=NOW)
    assert feed.kind == "rss"
    [entry] = feed.entries
    assert entry.link == "https://rdf.example/1" and entry.authors == ("Ann Lee",)
    assert entry.published == "2026-11-18T10:00:00+00:00"


def test_atom_takes_the_alternate_link_and_the_id_as_key() -> None:
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>'
        b'<link rel="alternate" href="https://atom.example/"/><id>urn:f</id>'
        b"<entry><title>E</title><id>tag:atom.example,2026:1</id>"
        b'<link rel="self" href="https://atom.example/api/1"/>'
        b'<link rel="alternate" href="/posts/1"/>'
        b"<updated>2026-11-18T10:00:00+02:00</updated>"
        b"<author><name>Kim</name></author></entry></feed>"
    )
    feed = parse(atom, "https://atom.example/feed", now=NOW)
    assert feed.kind == "atom"
    [entry] = feed.entries
    assert entry.key == "tag:atom.example,2026:1"
    assert entry.link == "https://atom.example/posts/1"
    assert entry.published == "2026-11-18T08:00:00+00:00"
    assert entry.authors == ("Kim",)


def test_json_feed() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "JF",
            "home_page_url": "https://jf.example/",
            "authors": [{"name": "Desk"}],
            "items": [
                {"id": 7, "url": "https://jf.example/7", "title": "Seven",
                 "date_published": "2026-11-19T09:30:00-05:00", "tags": ["x", 3]},
                {"id": "no-link", "content_text": "a note"},
                "not an object",
            ],
        }
    ).encode()  # fmt: skip
    feed = parse(body, "https://jf.example/feed.json", now=NOW)
    assert feed.kind == "json" and feed.title == "JF"
    [entry] = feed.entries
    assert entry.key == "7" and entry.authors == ("Desk",) and entry.categories == ("x",)
    assert entry.published == "2026-11-19T14:30:00+00:00"
    assert feed.dropped == 1


def test_links_relative_javascript_missing_and_duplicate_guids() -> None:
    feed = parse(
        rss_items(
            "<item><title>rel</title><link>/news/1</link><guid isPermaLink='false'>g1</guid></item>",
            "<item><title>js</title><link>javascript:alert(1)</link><guid>g2</guid></item>",
            "<item><title>none</title><guid isPermaLink='false'>g3</guid></item>",
            "<item><title>mail</title><link>mailto:a@b.example</link></item>",
            "<item><title>dup</title><link>https://news.example/other</link><guid isPermaLink='false'>g1</guid></item>",
            "<item><title>no guid</title><link>https://news.example/2</link></item>",
        ),
        BASE,
    )
    assert [(e.key, e.link) for e in feed.entries] == [
        ("g1", "https://news.example/news/1"),
        ("https://news.example/2", "https://news.example/2"),
    ]
    assert feed.dropped == 4


def test_dates_in_the_year_9999_or_1900_are_no_dates() -> None:
    feed = parse(
        rss_items(
            "<item><link>https://n.example/1</link><pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate></item>",
            "<item><link>https://n.example/2</link><pubDate>Mon, 01 Jan 1900 00:00:00 GMT</pubDate></item>",
            "<item><link>https://n.example/3</link><pubDate>not a date</pubDate></item>",
        ),
        BASE,
        now=NOW,
    )
    assert [e.published for e in feed.entries] == [None, None, None]


def test_titles_lose_control_characters_and_stay_one_line() -> None:
    # C1 controls are valid XML 1.0; a terminal obeys some of them (CSI starts a sequence)
    feed = parse(
        rss_items(
            "<item><title>Bad\u009b2J\n title</title><link>https://n.example/1</link></item>"
        ),
        BASE,
    )
    title = feed.entries[0].title or ""
    assert title.startswith("Bad") and title.endswith("2J title")  # one line
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in title)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>https://evil.example/1</link></item></channel></rss>"""


@pytest.mark.parametrize(
    "body",
    [
        BILLION_LAUGHS,
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&x;</title><link>https://e.example/</link></item></channel></rss>",
        b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'
        b"<urlset><url><loc>https://e.example/</loc></url></urlset>",
        # an attribute default holding "]>" doesn't hide the declaration after it
        b'<?xml version="1.0"?><!DOCTYPE feed [<!ATTLIST a b CDATA "]>"><!ENTITY e "x">]>'
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id></entry></feed>',
    ],
    ids=["billion-laughs", "external-entity", "parameter-entity", "hidden-after-attlist"],
)
def test_entity_declarations_refuse_the_whole_document(body: bytes) -> None:
    with pytest.raises(FeedError, match="declares XML entities"):
        parse(body, BASE)


def test_entities_in_utf16_are_refused_too() -> None:
    body = BILLION_LAUGHS.decode().replace('version="1.0"', 'version="1.0" encoding="utf-16"')
    with pytest.raises(FeedError, match="declares XML entities"):
        parse(body.encode("utf-16"), BASE)


def test_a_hundred_thousand_entries_are_refused_without_parsing_them() -> None:
    items = b"".join(b"<item><link>https://n.example/%d</link></item>" % i for i in range(100_000))
    with pytest.raises(FeedError, match=f"more than {MAX_FEED_ENTRIES:,} entries"):
        parse(rss_items(items.decode()), BASE)


def test_html_entities_xml_lacks_are_read_as_html_does() -> None:
    feed = parse(
        rss_items(
            "<item><title>Caf&eacute;&nbsp;news</title><link>https://n.example/1</link></item>"
        ),
        BASE,
    )
    assert feed.entries[0].title == "Café news"


def test_broken_xml_html_and_garbage() -> None:
    with pytest.raises(FeedError, match="broken feed"):
        parse(rss_items("<item><link>https://n.example/1</link>")[:-20], BASE)
    with pytest.raises(NotAFeed):
        parse(
            b"<!DOCTYPE html><html><head><title>x</title></head><body><p>hi<br></body></html>", BASE
        )
    with pytest.raises(NotAFeed):
        parse(b"<html><body><p>unclosed <b>tags</p></body></html>", BASE)
    with pytest.raises(FeedError, match="not well-formed"):
        parse(b"\x89PNG\r\n\x1a\n binary", BASE)
    with pytest.raises(FeedError, match="empty"):
        parse(b"  \n", BASE)
    with pytest.raises(FeedError, match="not a JSON Feed"):
        parse(b'{"version": "1", "items": []}', BASE)
    with pytest.raises(FeedError, match="broken JSON"):
        parse(b"[" * 100_000, BASE)
    with pytest.raises(FeedError, match="not a feed or sitemap"):
        parse(b"<?xml version='1.0'?><svg/>", BASE)


def test_news_sitemap_plain_sitemap_gzip_and_index() -> None:
    news = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        b' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
        b' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
        b"<url><loc>https://s.example/a</loc><image:image><image:loc>https://s.example/i.jpg"
        b"</image:loc></image:image><news:news><news:publication><news:name>Tide Times"
        b"</news:name></news:publication><news:publication_date>2026-11-19T10:00:00Z"
        b"</news:publication_date><news:title>Tide turns</news:title>"
        b"<news:keywords>tides, weather</news:keywords></news:news></url>"
        b"<url><loc>javascript:void(0)</loc></url></urlset>"
    )
    feed = parse(news, "https://s.example/news.xml", now=NOW)
    assert feed.kind == "news-sitemap" and feed.title == "Tide Times"
    [entry] = feed.entries
    assert (entry.link, entry.title) == ("https://s.example/a", "Tide turns")
    assert (
        entry.categories == ("tides", "weather") and entry.published == "2026-11-19T10:00:00+00:00"
    )
    assert feed.dropped == 1
    plain = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://s.example/b'
        b"</loc><lastmod>2026-11-01</lastmod></url></urlset>"
    )
    feed = parse(gzip.compress(plain), "https://s.example/sitemap.xml.gz", now=NOW)
    assert feed.kind == "sitemap" and feed.entries[0].published == "2026-11-01T00:00:00+00:00"
    index = (
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>'
        b"/s1.xml</loc><lastmod>2026-11-19</lastmod></sitemap></sitemapindex>"
    )
    feed = parse(index, "https://s.example/index.xml", now=NOW)
    assert feed.kind == "sitemap-index" and feed.sitemaps[0].url == "https://s.example/s1.xml"


def test_a_gzip_bomb_stops_at_the_page_limit() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 50_000_000)
    with pytest.raises(FeedError, match="inflates to more than"):
        parse(bomb, BASE)


def test_a_sitemap_over_the_protocols_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("clipper.feeds.parse.MAX_SITEMAP_URLS", 1_000)  # the same code, sooner
    urls = b"".join(b"<url><loc>https://s.example/%d</loc></url>" % i for i in range(1_001))
    with pytest.raises(FeedError, match="1,000 addresses"):
        parse(b"<urlset>" + urls + b"</urlset>", BASE)


def test_feed_links_on_a_page_and_the_usual_paths() -> None:
    html = (
        "<html><head><link rel='stylesheet' href='/s.css'>"
        "<link rel='alternate' type='application/rss+xml' href='/feed.xml'>"
        "<link rel='Alternate' type='application/atom+xml; charset=utf-8' href='https://x.example/atom'>"
        "<link rel='alternate' type='text/html' href='/fr/'>"
        "<link rel='alternate' type='application/rss+xml' href='javascript:x'>"
        "</head><body></body></html>"
    )
    assert feed_links(html, "https://x.example/news/") == [
        "https://x.example/feed.xml",
        "https://x.example/atom",
    ]
    assert usual_paths("https://x.example/a/b?c")[0] == "https://x.example/feed"


def test_opml_folders_become_tags_and_export_reads_back() -> None:
    opml = b"""<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
      <outline text="Energy"><outline text="Grid" type="rss" xmlUrl="https://g.example/feed"
        htmlUrl="https://g.example/" category="/power,/uk/north"/>
        <outline text="Dup" type="rss" xmlUrl="https://g.example/feed"/></outline>
      <outline text="Top" type="rss" xmlUrl="https://t.example/rss"/>
      <outline text="Bad" type="rss" xmlUrl="javascript:alert(1)"/>
      <outline text="Relative" type="rss" xmlUrl="/feed"/>
    </body></opml>"""
    subs = read_opml(opml, "mine.opml")
    assert [(s.url, s.tags) for s in subs] == [
        ("https://g.example/feed", ("Energy", "power", "north")),
        ("https://t.example/rss", ()),
    ]
    source = FeedSource(
        1, "grid", "https://g.example/feed", "rss", "Grid & <co>", "https://g.example/",
        ["energy", "power"], False, "2026-01-01", None, None, None,
    )  # fmt: skip
    again = read_opml(write_opml([source]).encode(), "out.opml")
    assert [(s.url, s.title, s.tags) for s in again] == [
        ("https://g.example/feed", "Grid & <co>", ("energy", "power"))
    ]
    with pytest.raises(FeedError, match="declares XML entities"):
        read_opml(BILLION_LAUGHS.replace(b"<rss", b"<opml").replace(b"rss>", b"opml>"), "x.opml")
    with pytest.raises(FeedError, match="isn't an OPML file"):
        read_opml(rss_items(), "feed.xml")
