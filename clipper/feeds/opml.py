"""OPML, the file feed readers exchange subscriptions in: read one, write one (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime

from clipper.errors import FeedError
from clipper.models import FeedSource

MAX_OUTLINES = 10_000


@dataclass(frozen=True, slots=True)
class Subscription:
    """One feed listed in an OPML file, with the folders above it as tags."""

    url: str
    title: str | None
    site_url: str | None
    tags: tuple[str, ...]


def read_opml(body: bytes, name: str) -> list[Subscription]:
    """The feeds an OPML file lists, in order, each once; FeedError if it isn't OPML."""
    from lxml import etree

    from clipper.feeds.parse import absolute_link, one_line, root_element

    if not body.strip():
        raise FeedError(
            f"{name} isn't an OPML file: there is nothing in it. Export your subscriptions "
            "from your feed reader as OPML and import that file."
        )
    if root_element(body, name, kind="an OPML file") != "opml":
        raise FeedError(f"{name} isn't an OPML file (its root element isn't <opml>).")
    parser = etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as error:
        raise FeedError(
            f"{name} is a broken OPML file ({' '.join(str(error).split())[:160]})."
        ) from None
    found: list[Subscription] = []
    seen: set[str] = set()
    outlines = 0

    def walk(element: etree._Element, folders: tuple[str, ...]) -> None:
        nonlocal outlines
        for child in element.iterchildren(etree.Element):  # elements only, no comments or PIs
            if etree.QName(child).localname != "outline":
                continue
            outlines += 1
            if outlines > MAX_OUTLINES:
                raise FeedError(f"{name} lists more than {MAX_OUTLINES:,} outlines; split it up.")
            label = one_line(child.get("title")) or one_line(child.get("text"))
            url = absolute_link(child.get("xmlUrl") or child.get("xmlurl"), "http://invalid/")
            if url is not None and url.startswith("http://invalid/"):
                url = None  # a relative address means nothing in a file
            if url:
                if url not in seen:
                    seen.add(url)
                    categories = [
                        part.strip().strip("/") for part in (child.get("category") or "").split(",")
                    ]
                    tags = [*folders, *(c.split("/")[-1] for c in categories if c)]
                    found.append(
                        Subscription(
                            url=url,
                            title=label,
                            site_url=absolute_link(child.get("htmlUrl"), url),
                            tags=tuple(dict.fromkeys(t for t in tags if t)),
                        )
                    )
            else:
                walk(child, (*folders, label) if label else folders)

    body_element = next(
        (c for c in root if isinstance(c.tag, str) and etree.QName(c).localname == "body"), root
    )
    walk(body_element, ())
    return found


def write_opml(sources: list[FeedSource], *, now: datetime | None = None) -> str:
    """An OPML 2.0 document listing the sources, tags as each outline's categories."""
    from lxml import etree

    opml = etree.Element("opml", version="2.0")
    head = etree.SubElement(opml, "head")
    etree.SubElement(head, "title").text = "clipper feeds"
    stamp = format_datetime(now or datetime.now(timezone.utc), usegmt=True)
    etree.SubElement(head, "dateCreated").text = stamp
    body = etree.SubElement(opml, "body")
    from clipper.untrusted import xml_safe

    for source in sources:
        attributes = {
            "type": "rss",
            "text": xml_safe(source.title or source.name),
            "title": xml_safe(source.title or source.name),
            "xmlUrl": xml_safe(source.url),
        }
        if source.site_url:
            attributes["htmlUrl"] = xml_safe(source.site_url)
        if source.tags:
            attributes["category"] = ",".join(xml_safe(t) for t in source.tags)
        etree.SubElement(body, "outline", attributes)
    text = etree.tostring(opml, pretty_print=True, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text
