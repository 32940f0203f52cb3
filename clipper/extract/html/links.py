"""Where a page's links lead: to a place on the page, another page of its site, or another site.

A heading that is a link reads differently by where it leads: to another page of
the same site it is a teaser for another story; to another site (a product, a
game, an app, a source) or to a place on the page (a section's anchor) it is the
article's own heading. The site is told from the host, without a public-suffix
list: the last two labels of the host, three under a country code whose
second-level label is short (``news.example.co.uk`` and ``example.co.uk`` are
``example.co.uk``; ``finance.example.com`` is ``example.com``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules


def site(host: str) -> str:
    """The site a host belongs to (lower-cased, without port): ``www.a.b.com`` -> ``b.com``."""
    parts = host.lower().rsplit("@", 1)[-1].split(":", 1)[0].strip(".").split(".")
    country = len(parts) >= 3 and len(parts[-1]) == 2 and len(parts[-2]) <= 3
    return ".".join(parts[-3:] if country else parts[-2:])


def page_sites(*urls: str | None) -> frozenset[str]:
    """The sites of a page's own addresses (its URL, its canonical URL)."""
    found = set()
    for url in urls:
        try:
            host = urlsplit(url or "").hostname
        except ValueError:
            continue
        if host:
            found.add(site(host))
    return frozenset(found)


def leads_off_site(el: HtmlElement, sites: frozenset[str]) -> bool:
    """Whether every link in ``el`` leads to another site or to a place on this page.

    A relative link, or an absolute one to one of ``sites``, leads to another
    page of this site; an anchor without ``href`` is no link at all.
    """
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#") or href.lower().startswith(rules.NOT_A_PAGE_SCHEMES):
            continue
        try:
            host = urlsplit(href).hostname
        except ValueError:
            continue
        if not host or site(host) in sites:
            return False
    return True


def section_heading(heading: HtmlElement, sites: frozenset[str]) -> bool:
    """Whether a linked heading is the article's own: its links lead off the site or to a
    place on the page, not one named as furniture ("#comments", "#share")."""
    from clipper.extract.html.clean import names_furniture  # clean reads this module

    if not leads_off_site(heading, sites):
        return False
    return not any(
        names_furniture(href[1:].lower())
        for href in (a.get("href", "").strip() for a in heading.iter("a"))
        if href.startswith("#") and len(href) > 1
    )
