"""Scoring for the extraction benchmark and the CI corpus gate.

Body text is scored as bags of tokens (word-level precision/recall/F1) and
as bags of 4-token shingles (the measure the Zyte article-extraction
benchmark uses). Tokens are lower-cased ``\\w+`` runs, except that CJK and
kana characters count one token each, so Chinese and Japanese pages are
scored fairly. Metadata strings are compared after whitespace normalisation.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from lxml import html as lxml_html

_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|\w+")
# Leading words Readability.js leaves in a byline ("By Ana Sandoiu"); clipper
# strips them, so both sides are compared without them.
_BYLINE_PREFIX = re.compile(r"^(?:by|par|von|por|written by)\s*:?\s+", re.I)


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class Case:
    """One corpus page: its source and what the article is expected to be."""

    name: str
    source: str
    expected_text: str
    meta: dict[str, object]


def tokens(text: str) -> list[str]:
    """The tokens of ``text`` for scoring."""
    return _TOKEN.findall(text.lower())


def shingles(toks: list[str], n: int = 4) -> list[tuple[str, ...]]:
    """The ``n``-token shingles of a token list (the whole list if shorter)."""
    if len(toks) < n:
        return [tuple(toks)] if toks else []
    return [tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)]


def prf(predicted: list[object], expected: list[object]) -> PRF:
    """Bag-of-items precision, recall and F1. Two empty bags score 1.0."""
    if not predicted and not expected:
        return PRF(1.0, 1.0, 1.0)
    if not predicted or not expected:
        return PRF(0.0 if predicted else 1.0, 0.0 if expected else 1.0, 0.0)
    common = sum((Counter(predicted) & Counter(expected)).values())
    p = common / len(predicted)
    r = common / len(expected)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f)


def body_scores(predicted: str, expected: str) -> tuple[PRF, PRF]:
    """Token and 4-gram shingle scores of a predicted body against the expected one."""
    pt, et = tokens(predicted), tokens(expected)
    return prf(pt, et), prf(shingles(pt), shingles(et))


def norm(text: str | None) -> str:
    """Whitespace-normalised text; ``""`` for ``None``."""
    return " ".join((text or "").split())


def title_match(predicted: str | None, expected: str | None) -> bool:
    return norm(predicted) == norm(expected)


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " : ", " :: ", " / ", " » ", " · ", "_", " [")


def title_match_loose(predicted: str | None, expected: str | None) -> bool:
    """Exact, or the same headline where the expected one keeps a site part.

    Readability.js (which wrote the corpus' expected titles) keeps
    ``og:title`` verbatim, site name included ("How to Build a Terrarium |
    eHow"); clipper strips the site part on purpose. This measure accepts
    ``expected == predicted + separator + tail`` (or ``head + separator +
    predicted``) with a tail of at most six words; the exact rate is reported
    next to it.
    """
    p, e = norm(predicted), norm(expected)
    if p == e:
        return True
    if not p:
        return False
    for sep in _TITLE_SEPARATORS:
        if e.startswith(p + sep) and len(e[len(p) :].split()) <= 7:
            return True
        if e.endswith(sep + p) and len(e[: -len(p)].split()) <= 7:
            return True
    return False


def byline_match(predicted: str | None, expected: str | None) -> bool:
    """Same byline after whitespace normalisation, ignoring a leading "By"."""
    a = _BYLINE_PREFIX.sub("", norm(predicted))
    b = _BYLINE_PREFIX.sub("", norm(expected))
    return a.casefold() == b.casefold()


def byline_names_match(authors: tuple[str, ...] | list[str], expected: str | None) -> bool:
    """Every name clipper found appears in the expected byline (and there is one).

    Readability.js' bylines carry dates and job titles ("By Nathan Willis
    March 25, 2015"); this asks only whether clipper named the same people.
    """
    wanted = norm(expected).casefold()
    return bool(authors) and all(norm(a).casefold() in wanted for a in authors)


def date_match(predicted: str | None, expected: str | None) -> bool:
    """The same instant (or the same day, when either side has no time)."""
    pa, pb = _parse_date(predicted), _parse_date(expected)
    if pa is None or pb is None:
        return pa is None and pb is None and not norm(expected)
    if isinstance(pa, datetime) and isinstance(pb, datetime):
        if (pa.tzinfo is None) != (pb.tzinfo is None):
            return pa.replace(tzinfo=None) == pb.replace(tzinfo=None)
        return pa == pb
    da = pa.date() if isinstance(pa, datetime) else pa
    db = pb.date() if isinstance(pb, datetime) else pb
    return da == db


def _parse_date(value: str | None) -> datetime | date | None:
    if not value:
        return None
    text = value.strip()
    text = re.sub(r"^(\d{4}-\d{2}-\d{2}) ", r"\1T", text)
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    text = re.sub(r"[Zz]$", "+00:00", text)
    text = re.sub(r"\.(\d+)", lambda m: "." + (m.group(1) + "000000")[:6], text, count=1)
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text)
    except ValueError:
        return None


_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "header",
        "footer",
        "main",
        "aside",
        "br",
        "hr",
    ]
)


def html_to_text(fragment: str) -> str:
    """The text of an HTML page or fragment, with block boundaries kept as newlines.

    (lxml's ``text_content()`` alone would glue ``<p>a</p><p>b</p>`` into "ab".)
    """
    if not fragment.strip():
        return ""
    root = lxml_html.document_fromstring(fragment)
    for el in list(root.iter("script", "style")):
        el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return root.text_content()


# What a browser leaves out when the page is selected and copied.
_NOT_COPIED = (
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "iframe",
    "svg",
    "select",
    "button",
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"\s+")


_IMAGE_NAME = re.compile(r"[^/?#]+\.(?:jpe?g|png|gif|webp)$", re.I)


def browser_copy(page: str, *, image_names: bool = False) -> str:
    """A page's visible text as a reader gets it by selecting the page and copying it.

    Roughly what a browser puts on the clipboard: hidden elements, scripts and
    form controls left out; runs of white space in the source collapsed to one
    space (outside ``<pre>``); one line per block element, one blank line
    between runs of lines. This is the input of clipper's text-dump stage.
    With ``image_names``, each image leaves its file name on a line of its own,
    as some clipping tools write them (the seed page has one).
    """
    root = lxml_html.document_fromstring(page)
    if image_names:
        for img in list(root.iter("img")):
            src = (img.get("src") or img.get("data-src") or "").split("?")[0].rstrip("/")
            name = _IMAGE_NAME.search(src)
            if name:
                line = lxml_html.Element("p")
                line.text = name.group()
                img.addprevious(line)
    for el in list(root.iter(*_NOT_COPIED)):
        el.drop_tree()
    for el in list(root.iter()):
        if isinstance(el.tag, str) and (
            el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or "")
        ):
            el.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        in_pre = el.tag == "pre" or any(a.tag == "pre" for a in el.iterancestors())
        if el.text and not in_pre:
            el.text = _SPACES.sub(" ", el.text)
        if el.tail and not (in_pre and el.tag != "pre"):
            el.tail = _SPACES.sub(" ", el.tail)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    body = root.find("body")
    lines = [
        " ".join(line.split())
        for line in (body if body is not None else root).text_content().splitlines()
    ]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def expected_text(expected_html: str) -> str:
    """The text of a corpus page's expected.html."""
    return html_to_text(expected_html)


def load_corpus(corpus: Path) -> list[Case]:
    """Every page of a readability-test-pages style corpus, sorted by name."""
    cases: list[Case] = []
    for page in sorted(p for p in corpus.iterdir() if p.is_dir()):
        source, expected = page / "source.html", page / "expected.html"
        if not source.exists() or not expected.exists():
            continue
        meta_path = page / "expected-metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        cases.append(
            Case(
                name=page.name,
                source=source.read_text(encoding="utf-8", errors="replace"),
                expected_text=expected_text(expected.read_text(encoding="utf-8", errors="replace")),
                meta=meta,
            )
        )
    return cases


def page_url(case: Case) -> str:
    """The URL the corpus pages were saved from, as Readability.js' tests use it."""
    return "http://fakehost/test/page.html"
