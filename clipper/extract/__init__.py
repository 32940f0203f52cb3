"""The extract stage: a page's HTML (``html/``) or a text dump (``text/``) -> ``Article``.

``from clipper.extract import extract`` is the library entry point for HTML. It is loaded
on first use, so that importing the light modules beside it (the lexicon, page kinds) does
not load readability and lxml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clipper.extract.html.article import extract

__all__ = ["extract"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        from clipper.extract.html.article import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
