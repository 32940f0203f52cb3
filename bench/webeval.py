"""Scoring on the web-eval corpus (../shared/corpora/web-eval-dev), as issue #14 defines it.

Each page comes with up to six passages that must be in the article (``with``)
and up to six that must not (``without``). Both sides are whitespace-normalised
(every run of white space to one space, stripped); a passage is found when it is
a substring of the extracted text. Counts are pooled over all pages: tp = ``with``
found, fn = ``with`` missing, fp = ``without`` found. A refusal or a crash finds
nothing. Metadata, over the pages annotated with a value (as the issue's figures
were measured; an empty annotation is left out):

- title: case-folded, whitespace-normalised, equal;
- authors: the sets of names equal, case-folded, each side split on ``;``, ``,``,
  ``&``, ``and`` and ``und``;
- published date: the first ten characters equal.

This is the scoring trafilatura's own evaluation uses for the same pages
(tests/eval_common.py), with metadata added; bench/extraction.py prints it and
tests/test_webeval_gate.py holds it.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_NAME_SPLIT = re.compile(r"\s*(?:[;,&]|\band\b|\bund\b)\s*")


@dataclass(frozen=True, slots=True)
class WebCase:
    """One annotated page of the web-eval corpus."""

    key: str  # the page's URL, or ``hard::<name>`` when the URL was not kept
    html: bytes
    with_: tuple[str, ...]
    without: tuple[str, ...]
    title: str | None  # None: not annotated (or annotated empty)
    authors: str | None
    date: str | None

    @property
    def url(self) -> str | None:
        return None if self.key.startswith("hard::") else self.key


@dataclass(frozen=True, slots=True)
class WebOutput:
    """What one extractor gave for one page (empty when it refused or crashed)."""

    text: str = ""
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    seconds: float = 0.0
    error: str | None = None
    has_metadata: bool = True  # False for a body-only baseline: no metadata rates


@dataclass(frozen=True, slots=True)
class WebPageScore:
    key: str
    tp: int
    fn: int
    fp: int
    title_ok: bool | None
    authors_ok: bool | None
    date_ok: bool | None
    error: str | None
    missed: tuple[str, ...] = ()
    leaked: tuple[str, ...] = ()


@dataclass(slots=True)
class WebReport:
    extractor: str
    pages: int
    precision: float
    recall: float
    f1: float
    title: float | None
    authors: float | None
    date: float | None
    refused: int
    seconds: float
    worst: list[dict[str, object]] = field(default_factory=list)


def norm(text: str | None) -> str:
    """Every run of white space to one space, stripped."""
    return " ".join((text or "").split())


def load_webeval(corpus: Path) -> list[WebCase]:
    """Every page of the corpus, in the order of ``evaldata.json``."""
    data = json.loads((corpus / "evaldata.json").read_text(encoding="utf-8"))
    cases: list[WebCase] = []
    for key, entry in data.items():
        author = entry.get("author")
        if isinstance(author, list):
            author = "; ".join(author)
        cases.append(
            WebCase(
                key=key,
                html=gzip.decompress((corpus / "html" / entry["file"]).read_bytes()),
                with_=tuple(entry.get("with") or ()),
                without=tuple(entry.get("without") or ()),
                title=entry.get("title") or None,
                authors=author or None,
                date=entry.get("date") or None,
            )
        )
    return cases


def author_set(names: Iterable[str]) -> frozenset[str]:
    """The set of names, case-folded, each split on ; , & and und."""
    out: set[str] = set()
    for raw in names:
        for part in _NAME_SPLIT.split(norm(raw).casefold()):
            if part:
                out.add(part)
    return frozenset(out)


def score_page(case: WebCase, out: WebOutput) -> WebPageScore:
    """Passage counts and metadata verdicts for one page."""
    text = norm(out.text)
    missed = tuple(p for p in case.with_ if norm(p) not in text)
    leaked = tuple(p for p in case.without if norm(p) in text)
    title_ok = authors_ok = date_ok = None
    if out.has_metadata:
        if case.title is not None:
            title_ok = norm(out.title).casefold() == norm(case.title).casefold()
        if case.authors is not None:
            authors_ok = author_set(out.authors) == author_set([case.authors])
        if case.date is not None:
            date_ok = (out.date or "")[:10] == case.date[:10]
    return WebPageScore(
        key=case.key,
        tp=len(case.with_) - len(missed),
        fn=len(missed),
        fp=len(leaked),
        title_ok=title_ok,
        authors_ok=authors_ok,
        date_ok=date_ok,
        error=out.error,
        missed=missed,
        leaked=leaked,
    )


def _rate(values: list[bool | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def summarise(
    name: str, cases: list[WebCase], outputs: list[WebOutput], worst: int = 0
) -> WebReport:
    """Pooled precision, recall and F1, metadata rates, refusals and the worst pages."""
    scores = [score_page(c, o) for c, o in zip(cases, outputs, strict=True)]
    tp = sum(s.tp for s in scores)
    fn = sum(s.fn for s in scores)
    fp = sum(s.fp for s in scores)
    ranked = sorted(scores, key=lambda s: -(s.fn + s.fp))[:worst]
    return WebReport(
        extractor=name,
        pages=len(scores),
        precision=tp / (tp + fp) if tp + fp else 0.0,
        recall=tp / (tp + fn) if tp + fn else 0.0,
        f1=2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
        title=_rate([s.title_ok for s in scores]),
        authors=_rate([s.authors_ok for s in scores]),
        date=_rate([s.date_ok for s in scores]),
        refused=sum(1 for s in scores if s.error),
        seconds=sum(o.seconds for o in outputs),
        worst=[
            {
                "page": s.key,
                "missed": list(s.missed),
                "leaked": list(s.leaked),
                "error": s.error,
            }
            for s in ranked
            if s.fn + s.fp
        ],
    )
