"""Make HTML from elsewhere safe to store and show: nothing active left in it (pure)."""

from __future__ import annotations

from html import escape

from clipper.untrusted import printable


def safe_html(html: str) -> str:
    """The HTML without scripts, styles, event handlers, frames, forms or javascript: links."""
    from lxml.html.clean import Cleaner

    if not html.strip():
        return ""
    cleaner = Cleaner(
        scripts=True,
        javascript=True,
        comments=True,
        style=True,
        inline_style=True,
        links=True,
        meta=True,
        page_structure=True,
        processing_instructions=True,
        embedded=True,
        frames=True,
        forms=True,
        annoying_tags=True,
        safe_attrs_only=True,
    )
    return printable(cleaner.clean_html(f"<div>{html}</div>"))


# What may still load something from elsewhere once safe_html is done: media
# and their sources. A page shown by `clipper serve` makes no request at all.
_LOADING_TAGS = ("img", "picture", "source", "video", "audio", "track", "svg", "math", "image")
_LOADING_ATTRIBUTES = ("src", "srcset", "poster", "background", "lowsrc", "dynsrc", "longdesc")
_LINK_SCHEMES = ("http://", "https://", "mailto:", "#")


def display_html(html: str) -> str:
    """safe_html, and nothing that loads from elsewhere: for showing in the browser.

    Images that are data: URLs stay (they load nothing); others leave their
    alt text in brackets. Links keep only http(s), mailto and in-page targets,
    and never tell the site where the reader came from.
    """
    from lxml import etree
    from lxml import html as lxml_html

    clean = safe_html(html)
    if not clean:
        return ""
    try:
        root = lxml_html.fragment_fromstring(clean, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in list(root.iter(*_LOADING_TAGS)):
        if el.tag == "img" and (el.get("src") or "").lower().startswith("data:image/"):
            for name in _LOADING_ATTRIBUTES[1:]:
                el.attrib.pop(name, None)
            continue
        alt = (el.get("alt") or "").strip() if el.tag == "img" else ""
        if alt:
            el.tail = f"[{alt}]" + (el.tail or "")
        el.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag == "img":  # images are done above
            continue
        for name in _LOADING_ATTRIBUTES:
            el.attrib.pop(name, None)
        if el.tag == "a":
            href = (el.get("href") or "").strip()
            if not href.lower().startswith(_LINK_SCHEMES):
                el.attrib.pop("href", None)
            else:
                el.set("rel", "noopener noreferrer")
    return escape(root.text or "") + "".join(
        lxml_html.tostring(child, encoding="unicode", method="html") for child in root
    )
