"""Make HTML from elsewhere safe to store and show: nothing active left in it (pure)."""

from __future__ import annotations

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
