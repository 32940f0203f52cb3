"""The web-eval corpus (``../shared/corpora/web-eval-dev``) and issue #14's passage metric.

Each page is annotated with up to six passages that must be in the article
(``with``) and up to six that must not (``without``). Both sides are
whitespace-normalised (every run of white space to one space, stripped); a
passage is found when it is a substring of the extracted text. Counts are
pooled over all pages: tp = ``with`` found, fn = ``with`` missing, fp =
``without`` found. A refusal or a crash finds nothing.

Metadata, on the pages that annotate it with a non-empty value: title
case-folded and whitespace-normalised, equal; authors the same set of names,
case-folded, splitting on ``;``, ``,``, ``&``, ``and``, ``und``; date the first
ten characters equal.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_WEB_EVAL = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "web-eval-dev"

_NAME_SPLIT = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b)\s*", re.I)


@dataclass(frozen=True, slots=True)
class EvalPage:
    """One annotated page of the web-eval corpus."""

    key: str  # its URL, or "hard::<name>"
    html_path: Path
    copy_path: Path
    with_: tuple[str, ...]
    without: tuple[str, ...]
    title: str | None
    author: str | None
    date: str | None

    @property
    def url(self) -> str | None:
        return None if self.key.startswith("hard::") else self.key

    def html(self) -> bytes:
        return gzip.decompress(self.html_path.read_bytes())

    def copy(self) -> str:
        return self.copy_path.read_text("utf-8", errors="replace")


@dataclass(frozen=True, slots=True)
class Passages:
    """Pooled passage counts, and the rates they give."""

    tp: int
    fn: int
    fp: int
    negatives: int  # ``without`` passages in all: fp's denominator

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else 0.0

    def __add__(self, other: Passages) -> Passages:
        return Passages(
            self.tp + other.tp,
            self.fn + other.fn,
            self.fp + other.fp,
            self.negatives + other.negatives,
        )


NOTHING = Passages(0, 0, 0, 0)


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def load_pages(corpus: Path = DEFAULT_WEB_EVAL) -> list[EvalPage]:
    """Every page of ``evaldata.json``, in its order."""
    data = json.loads((corpus / "evaldata.json").read_text("utf-8"))
    return [
        EvalPage(
            key=key,
            html_path=corpus / "html" / entry["file"],
            copy_path=corpus / "copies" / entry["copy"],
            with_=tuple(entry.get("with") or ()),
            without=tuple(entry.get("without") or ()),
            title=_text(entry.get("title")),
            author=_text(entry.get("author")),
            date=_text(entry.get("date")),
        )
        for key, entry in data.items()
    ]


def norm(text: str | None) -> str:
    """Every run of white space to one space, stripped."""
    return " ".join((text or "").split())


def passages(text: str, page: EvalPage) -> Passages:
    """The page's counts for an extracted ``text`` (``""`` for a refusal)."""
    have = norm(text)
    found = sum(1 for p in page.with_ if norm(p) in have)
    wrong = sum(1 for p in page.without if norm(p) in have)
    return Passages(found, len(page.with_) - found, wrong, len(page.without))


def pooled(counts: Iterable[Passages]) -> Passages:
    total = NOTHING
    for c in counts:
        total = total + c
    return total


def title_ok(got: str | None, page: EvalPage) -> bool | None:
    if page.title is None:
        return None
    return norm(got).casefold() == norm(page.title).casefold()


def names(value: str | Sequence[str] | None) -> frozenset[str]:
    """A set of case-folded names from an annotation or a list of authors."""
    parts = [value] if isinstance(value, str) else list(value or ())
    return frozenset(
        norm(name).casefold() for part in parts for name in _NAME_SPLIT.split(part) if norm(name)
    )


def authors_ok(got: Sequence[str], page: EvalPage) -> bool | None:
    if page.author is None:
        return None
    return names(got) == names(page.author)


def date_ok(got: str | None, page: EvalPage) -> bool | None:
    if page.date is None:
        return None
    return bool(got) and got[:10] == page.date[:10]


def half(page: EvalPage) -> int:
    """0 or 1: a split of the pages that doesn't depend on their order (for tuning on one
    half and checking on the other)."""
    import hashlib

    return hashlib.sha1(page.key.encode()).digest()[0] & 1
