"""The values that flow between the stages.

Every result is a frozen dataclass; its field names are the JSON field names.

Defining a frozen dataclass costs about half a millisecond (the standard
library writes and compiles its methods), and there are twenty of them: a
reading command needs two or three. So each class lives in the submodule of
its kind and is looked up there on first use (PEP 562): ``from clipper.models
import Article`` works as it always has, and gives the same class, but
``clipper search`` never defines Article. A new class goes in a submodule and
in :data:`_HOME`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clipper.models.clipping import Clipping
    from clipper.models.extracted import (
        Article,
        Decoded,
        Fallbacks,
        Page,
        SaveResult,
        StoredPage,
        Stripped,
    )
    from clipper.models.feeds import FeedSource
    from clipper.models.filters import Filters
    from clipper.models.highlights import Highlight, HighlightHit
    from clipper.models.hits import SearchHit
    from clipper.models.images import ImageFile, ImageInfo
    from clipper.models.stats import Stats

# Control characters that mark the start and end of each match in a search
# snippet; they never occur in stored text (printable() removes them).
HIGHLIGHT = ("\x02", "\x03")

# Each class, and the submodule that defines it.
_HOME = {
    "Article": "extracted",
    "Clipping": "clipping",
    "Decoded": "extracted",
    "Fallbacks": "extracted",
    "FeedSource": "feeds",
    "Filters": "filters",
    "Highlight": "highlights",
    "HighlightHit": "highlights",
    "ImageFile": "images",
    "ImageInfo": "images",
    "Page": "extracted",
    "SaveResult": "extracted",
    "SearchHit": "hits",
    "Stats": "stats",
    "StoredPage": "extracted",
    "Stripped": "extracted",
}

__all__ = [
    "HIGHLIGHT",
    "Article",
    "Clipping",
    "Decoded",
    "Fallbacks",
    "FeedSource",
    "Filters",
    "Highlight",
    "HighlightHit",
    "ImageFile",
    "ImageInfo",
    "Page",
    "SaveResult",
    "SearchHit",
    "Stats",
    "StoredPage",
    "Stripped",
    "count_words",
    "plain_snippet",
]


def count_words(text: str) -> int:
    """Words as a reader counts them: each CJK character is one, as word processors do."""
    from clipper.cjk import cjk_run

    runs = cjk_run()
    cjk = sum(len(run) for run in runs.findall(text))
    return len(runs.sub(" ", text).split()) + cjk


def plain_snippet(snippet: str) -> str:
    """A snippet for JSON: its matches wrapped in ** as in Markdown, control characters out."""
    from clipper.untrusted import printable

    start, end = HIGHLIGHT
    return printable(snippet.replace(start, "**").replace(end, "**"))


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"clipper.models.{home}"), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})
