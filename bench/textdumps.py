"""Benchmark clipper's text-dump stage on copied pages: does the article come out clean?

Usage::

    python bench/textdumps.py [--corpus DIR] [--copies DIR] [--web-eval DIR] [--no-html]
                              [--worst N] [--save DIR] [--json]

Three sets of copies, in one run:

1. **Real copies of Mozilla's pages** (``--copies``, default
   ``../shared/corpora/readability-browser-copies``): what Chromium copies from
   each of the 130 pages (Select All + Copy), scored like the imitation below
   (4-gram F1 against ``expected.html``), against keeping the whole copy.
2. **Real copies of the web-eval pages** (``--web-eval``, default
   ``../shared/corpora/web-eval-dev``): Chromium's copy of each of 467 general web
   pages, scored with issue #14's passage metric (``bench/passages.py``:
   pooled P/R/F1 of the annotated ``with``/``without`` passages; a refusal finds
   nothing), with title, authors and date, against keeping the whole copy and
   against ``clipper.extract.extract`` on the same pages' HTML (``--no-html``
   leaves that out), so the gap between the two readers shows in the same run.
3. **Imitated copies** (``--corpus``): below.

Each corpus page is turned into the text a reader gets by selecting the page in
a browser and copying it (``scoring.browser_copy``: menus, share bars, comments
and footers included), and clipper's text-dump stage reads that text. Scored in
the same run against each page's ``expected.html``:

* ``clipper``: the body ``parse_text_dump`` keeps;
* ``whole copy``: the copied text as it is, which is what pasting the page into
  a notes app keeps. The ratio of the two F1 figures is what stripping earns;
* ``article only``: clipper on a copy of the expected article alone, as a
  reader who selects just the article copies it. Its recall is how much of a
  clean copy clipper keeps: nothing should be lost;
* ``with image file names``: the whole-page copy again, with each image's file
  name on a line of its own, as the clipping tool behind the seed page writes.

Title and byline are scored like ``bench/extraction.py`` scores them. ``--save DIR`` writes
each copied page to ``DIR/<page>.txt`` so a bad page can be clipped by hand.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from passages import (  # noqa: E402
    DEFAULT_WEB_EVAL,
    EvalPage,
    Passages,
    authors_ok,
    date_ok,
    half,
    load_pages,
    pooled,
    title_ok,
)
from passages import passages as passage_counts  # noqa: E402
from scoring import (  # noqa: E402
    PRF,
    body_scores,
    browser_copy,
    byline_match,
    load_corpus,
    title_match,
    title_match_loose,
)

from clipper.errors import ClipperError, NotAnArticle  # noqa: E402
from clipper.extract.text.dump import parse_text_dump  # noqa: E402
from clipper.models import Article  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "readability-test-pages"
DEFAULT_COPIES = ROOT.parent / "shared" / "corpora" / "readability-browser-copies"


@dataclass(frozen=True, slots=True)
class PageResult:
    name: str
    token: PRF
    shingle: PRF
    whole_token: PRF
    whole_shingle: PRF
    clean_shingle: PRF
    images_shingle: PRF
    title: bool | None
    title_loose: bool | None
    byline: bool | None
    refused: bool
    seconds: float


@dataclass(frozen=True, slots=True)
class Report:
    pages: int
    token_f1: float
    shingle_precision: float
    shingle_recall: float
    shingle_f1: float
    whole_token_f1: float
    whole_shingle_precision: float
    whole_shingle_recall: float
    whole_shingle_f1: float
    clean_shingle_precision: float
    clean_shingle_recall: float
    clean_shingle_f1: float
    images_shingle_f1: float
    title_exact: float
    title_loose: float
    byline: float
    refused: int
    pages_per_second: float


def _clip(dump: str) -> tuple[str, str | None, str | None, bool]:
    """The body, title and byline clipper keeps from a dump, and whether it refused it."""
    try:
        article = parse_text_dump(dump)
    except NotAnArticle:
        return "", None, None, True
    return article.text, article.title, article.byline, False


def score(
    name: str,
    source: str,
    expected: str,
    title: object,
    expected_html: str = "",
    byline: object = None,
) -> PageResult:
    dump = browser_copy(source)
    started = time.perf_counter()
    text, got_title, got_byline, refused = _clip(dump)
    seconds = time.perf_counter() - started
    token, shingle = body_scores(text, expected)
    whole_token, whole_shingle = body_scores(dump, expected)
    clean_text = _clip(browser_copy(expected_html))[0] if expected_html.strip() else expected
    _, clean_shingle = body_scores(clean_text, expected)
    _, images_shingle = body_scores(_clip(browser_copy(source, image_names=True))[0], expected)
    has_title = isinstance(title, str) and bool(title.strip())
    has_byline = isinstance(byline, str) and bool(byline.strip())
    return PageResult(
        name=name,
        token=token,
        shingle=shingle,
        whole_token=whole_token,
        whole_shingle=whole_shingle,
        clean_shingle=clean_shingle,
        images_shingle=images_shingle,
        title=title_match(got_title, title) if has_title else None,  # type: ignore[arg-type]
        title_loose=title_match_loose(got_title, title) if has_title else None,  # type: ignore[arg-type]
        byline=byline_match(got_byline, byline) if has_byline else None,  # type: ignore[arg-type]
        refused=refused,
        seconds=seconds,
    )


def score_corpus(corpus: Path) -> list[PageResult]:
    """Every page of the corpus, copied, clipped and scored."""
    return [
        score(
            c.name,
            c.source,
            c.expected_text,
            c.meta.get("title"),
            (corpus / c.name / "expected.html").read_text("utf-8", errors="replace"),
            c.meta.get("byline"),
        )
        for c in load_corpus(corpus)
    ]


def summarise(results: list[PageResult]) -> Report:
    titled = [r for r in results if r.title is not None]
    bylined = [r for r in results if r.byline is not None]
    return Report(
        pages=len(results),
        token_f1=statistics.fmean(r.token.f1 for r in results),
        shingle_precision=statistics.fmean(r.shingle.precision for r in results),
        shingle_recall=statistics.fmean(r.shingle.recall for r in results),
        shingle_f1=statistics.fmean(r.shingle.f1 for r in results),
        whole_token_f1=statistics.fmean(r.whole_token.f1 for r in results),
        whole_shingle_precision=statistics.fmean(r.whole_shingle.precision for r in results),
        whole_shingle_recall=statistics.fmean(r.whole_shingle.recall for r in results),
        whole_shingle_f1=statistics.fmean(r.whole_shingle.f1 for r in results),
        clean_shingle_precision=statistics.fmean(r.clean_shingle.precision for r in results),
        clean_shingle_recall=statistics.fmean(r.clean_shingle.recall for r in results),
        clean_shingle_f1=statistics.fmean(r.clean_shingle.f1 for r in results),
        images_shingle_f1=statistics.fmean(r.images_shingle.f1 for r in results),
        title_exact=sum(bool(r.title) for r in titled) / max(len(titled), 1),
        title_loose=sum(bool(r.title_loose) for r in titled) / max(len(titled), 1),
        byline=sum(bool(r.byline) for r in bylined) / max(len(bylined), 1),
        refused=sum(r.refused for r in results),
        pages_per_second=len(results) / max(sum(r.seconds for r in results), 1e-9),
    )


# --- Real browser copies of Mozilla's pages ------------------------------------------


@dataclass(frozen=True, slots=True)
class CopyResult:
    """clipper on Chromium's copy of one Mozilla page, and the whole copy kept."""

    name: str
    token: PRF
    shingle: PRF
    whole_shingle: PRF
    title_loose: bool | None
    byline: bool | None
    refused: bool


@dataclass(frozen=True, slots=True)
class CopyReport:
    pages: int
    token_f1: float
    shingle_precision: float
    shingle_recall: float
    shingle_f1: float
    whole_shingle_precision: float
    whole_shingle_recall: float
    whole_shingle_f1: float
    title_loose: float
    byline: float
    refused: int


def score_real_copies(corpus: Path, copies: Path) -> list[CopyResult]:
    """Every Mozilla page that has a real copy in ``copies``, clipped and scored."""
    results: list[CopyResult] = []
    for case in load_corpus(corpus):
        path = copies / f"{case.name}.txt"
        if not path.exists():
            continue
        dump = path.read_text("utf-8", errors="replace")
        text, got_title, got_byline, refused = _clip(dump)
        token, shingle = body_scores(text, case.expected_text)
        title, byline = case.meta.get("title"), case.meta.get("byline")
        results.append(
            CopyResult(
                name=case.name,
                token=token,
                shingle=shingle,
                whole_shingle=body_scores(dump, case.expected_text)[1],
                title_loose=title_match_loose(got_title, title)
                if isinstance(title, str) and title.strip()
                else None,
                byline=byline_match(got_byline, byline)
                if isinstance(byline, str) and byline.strip()
                else None,
                refused=refused,
            )
        )
    return results


def summarise_copies(results: list[CopyResult]) -> CopyReport:
    titled = [r for r in results if r.title_loose is not None]
    bylined = [r for r in results if r.byline is not None]
    return CopyReport(
        pages=len(results),
        token_f1=statistics.fmean(r.token.f1 for r in results),
        shingle_precision=statistics.fmean(r.shingle.precision for r in results),
        shingle_recall=statistics.fmean(r.shingle.recall for r in results),
        shingle_f1=statistics.fmean(r.shingle.f1 for r in results),
        whole_shingle_precision=statistics.fmean(r.whole_shingle.precision for r in results),
        whole_shingle_recall=statistics.fmean(r.whole_shingle.recall for r in results),
        whole_shingle_f1=statistics.fmean(r.whole_shingle.f1 for r in results),
        title_loose=sum(bool(r.title_loose) for r in titled) / max(len(titled), 1),
        byline=sum(bool(r.byline) for r in bylined) / max(len(bylined), 1),
        refused=sum(r.refused for r in results),
    )


# --- Real browser copies of the web-eval pages ------------------------------------------


@dataclass(frozen=True, slots=True)
class Reading:
    """What one reader (clipper on the copy, on the HTML, or the whole copy) got from a page."""

    passages: Passages
    title: bool | None = None
    authors: bool | None = None
    date: bool | None = None
    refused: bool = False
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class EvalResult:
    key: str
    half: int
    copy: Reading  # clipper's text-dump stage on Chromium's copy
    whole: Reading  # the whole copy kept
    html: Reading | None  # clipper.extract on the page's HTML


@dataclass(frozen=True, slots=True)
class ReaderFigures:
    pages: int
    precision: float
    recall: float
    f1: float
    title: float
    authors: float
    date: float
    refused: int
    pages_per_second: float


def _reading(article: Article | None, page: EvalPage, seconds: float) -> Reading:
    if article is None:
        return Reading(
            passage_counts("", page),
            title_ok(None, page),
            authors_ok((), page),
            date_ok(None, page),
            refused=True,
            seconds=seconds,
        )
    return Reading(
        passage_counts(article.text, page),
        title_ok(article.title, page),
        authors_ok(article.authors, page),
        date_ok(article.published, page),
        seconds=seconds,
    )


def _timed(read: object, data: object) -> tuple[Article | None, float]:
    started = time.perf_counter()
    try:
        article = read(data)  # type: ignore[operator]
    except ClipperError:
        article = None
    except RecursionError:  # as the pipeline turns it into a refusal
        article = None
    return article, time.perf_counter() - started


def score_web_eval(corpus: Path, *, html: bool = True) -> list[EvalResult]:
    """Every web-eval page's copy clipped and scored, with its HTML extracted when ``html``."""
    from clipper.extract import extract

    results: list[EvalResult] = []
    for page in load_pages(corpus):
        dump = page.copy()
        article, seconds = _timed(parse_text_dump, dump)
        from_html: Reading | None = None
        if html:
            got, took = _timed(lambda data, url=page.url: extract(data, url=url), page.html())
            from_html = _reading(got, page, took)
        results.append(
            EvalResult(
                key=page.key,
                half=half(page),
                copy=_reading(article, page, seconds),
                whole=Reading(passage_counts(dump, page)),
                html=from_html,
            )
        )
    return results


def summarise_readings(readings: list[Reading]) -> ReaderFigures:
    counts = pooled(r.passages for r in readings)

    def rate(values: list[bool | None]) -> float:
        known = [v for v in values if v is not None]
        return sum(known) / max(len(known), 1)

    return ReaderFigures(
        pages=len(readings),
        precision=counts.precision,
        recall=counts.recall,
        f1=counts.f1,
        title=rate([r.title for r in readings]),
        authors=rate([r.authors for r in readings]),
        date=rate([r.date for r in readings]),
        refused=sum(r.refused for r in readings),
        pages_per_second=len(readings) / max(sum(r.seconds for r in readings), 1e-9),
    )


def _page_f1(reading: Reading) -> float:
    p = reading.passages
    return p.f1 if p.tp + p.fn + p.fp else 1.0


def _print_web_eval(results: list[EvalResult], worst: int) -> None:
    print("\n== Chromium's copies of the web-eval pages (passages, pooled) ==")
    print(
        f"{'':<22}{'pages':>6}{'P':>7}{'R':>7}{'F1':>7}{'title':>7}{'author':>7}"
        f"{'date':>7}{'refused':>8}{'pages/s':>9}"
    )
    rows: list[tuple[str, list[Reading]]] = [
        ("clipper, copy", [r.copy for r in results]),
        ("whole copy kept", [r.whole for r in results]),
    ]
    if all(r.html is not None for r in results):
        rows.append(("clipper, HTML", [r.html for r in results if r.html is not None]))
    for h in (0, 1):
        rows.append((f"clipper, copy, half {h}", [r.copy for r in results if r.half == h]))
        if all(r.html is not None for r in results):
            rows.append(
                (f"clipper, HTML, half {h}", [r.html for r in results if r.half == h and r.html])
            )
    figures = {}
    for label, readings in rows:
        f = summarise_readings(readings)
        figures[label] = f
        meta = (
            f"{f.title:7.3f}{f.authors:7.3f}{f.date:7.3f}{f.refused:8d}{f.pages_per_second:9.0f}"
            if label != "whole copy kept"
            else ""
        )
        print(f"{label:<22}{f.pages:6d}{f.precision:7.3f}{f.recall:7.3f}{f.f1:7.3f}{meta}")
    if "clipper, HTML" in figures:
        gap = figures["clipper, HTML"].f1 - figures["clipper, copy"].f1
        print(f"\ngap, HTML minus copy (passage F1): {gap:+.3f}")
    print(f"\nworst {worst} copies for clipper (by passage F1, then missed passages):")
    ranked = sorted(
        results, key=lambda r: (_page_f1(r.copy), -(r.copy.passages.fn + r.copy.passages.fp))
    )
    for r in ranked[:worst]:
        c = r.copy.passages
        h = f"  HTML F1 {_page_f1(r.html):.2f}" if r.html is not None else ""
        print(
            f"  {r.key[:70]:<70} F1 {_page_f1(r.copy):.2f} missed {c.fn} wrong {c.fp}"
            f"{' refused' if r.copy.refused else ''}{h}"
        )


def _print_real_copies(results: list[CopyResult], worst: int) -> None:
    report = summarise_copies(results)
    print(f"== Chromium's copies of Mozilla's pages ({report.pages} pages, 4-grams) ==")
    print(f"{'':<12}{'tok F1':>8}{'4g P':>8}{'4g R':>8}{'4g F1':>8}{'title~':>8}{'byline':>8}")
    print(
        f"{'clipper':<12}{report.token_f1:8.3f}{report.shingle_precision:8.3f}"
        f"{report.shingle_recall:8.3f}{report.shingle_f1:8.3f}"
        f"{report.title_loose:8.3f}{report.byline:8.3f}"
    )
    print(
        f"{'whole copy':<12}{'':>8}{report.whole_shingle_precision:8.3f}"
        f"{report.whole_shingle_recall:8.3f}{report.whole_shingle_f1:8.3f}"
    )
    print(f"pages refused as not an article: {report.refused}")
    print(f"worst {worst} copies for clipper (by 4-gram F1):")
    for r in sorted(results, key=lambda r: r.shingle.f1)[:worst]:
        print(
            f"  {r.name:<38} 4g F1 {r.shingle.f1:.3f}  P {r.shingle.precision:.3f}"
            f"  R {r.shingle.recall:.3f}  (whole copy {r.whole_shingle.f1:.3f})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory")
    parser.add_argument(
        "--copies", type=Path, default=DEFAULT_COPIES, help="real copies of the corpus' pages"
    )
    parser.add_argument(
        "--web-eval", type=Path, default=DEFAULT_WEB_EVAL, help="the web-eval corpus directory"
    )
    parser.add_argument(
        "--no-html", action="store_true", help="don't extract the web-eval pages' HTML too"
    )
    parser.add_argument("--worst", type=int, default=10, help="list the N worst pages")
    parser.add_argument("--save", type=Path, help="write each imitated copy to DIR/<page>.txt")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"No corpus at {args.corpus}; pass --corpus DIR.", file=sys.stderr)
        return 2
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for case in load_corpus(args.corpus):
            (args.save / f"{case.name}.txt").write_text(browser_copy(case.source), "utf-8")
    real = score_real_copies(args.corpus, args.copies) if args.copies.is_dir() else []
    web = (
        score_web_eval(args.web_eval, html=not args.no_html)
        if (args.web_eval / "evaldata.json").exists()
        else []
    )
    results = score_corpus(args.corpus)
    report = summarise(results)
    if args.json:
        out: dict[str, object] = {"imitated": asdict(report)}
        if real:
            out["real_copies"] = asdict(summarise_copies(real))
        if web:
            out["web_eval"] = {
                "copy": asdict(summarise_readings([r.copy for r in web])),
                "whole": asdict(summarise_readings([r.whole for r in web])),
            }
            if not args.no_html:
                htmls = [r.html for r in web if r.html is not None]
                out["web_eval"]["html"] = asdict(summarise_readings(htmls))  # type: ignore[index]
        print(json.dumps(out, indent=2))
        return 0
    if real:
        _print_real_copies(real, args.worst)
    else:
        print(f"(no real copies at {args.copies})")
    if web:
        _print_web_eval(web, args.worst)
    else:
        print(f"(no web-eval corpus at {args.web_eval})")
    print(
        f"\n== Imitated copies of Mozilla's pages ({report.pages} pages, "
        "copied as bench/scoring.browser_copy imitates a browser) ==\n"
    )
    print(
        f"{'':<12}{'tok F1':>8}{'4g P':>8}{'4g R':>8}{'4g F1':>8}"
        f"{'title':>8}{'title~':>8}{'byline':>8}"
    )
    print(
        f"{'clipper':<12}{report.token_f1:8.3f}{report.shingle_precision:8.3f}"
        f"{report.shingle_recall:8.3f}{report.shingle_f1:8.3f}"
        f"{report.title_exact:8.3f}{report.title_loose:8.3f}{report.byline:8.3f}"
    )
    print(
        f"{'whole copy':<12}{report.whole_token_f1:8.3f}{report.whole_shingle_precision:8.3f}"
        f"{report.whole_shingle_recall:8.3f}{report.whole_shingle_f1:8.3f}"
    )
    print(
        f"{'article only':<12}{'':>8}{report.clean_shingle_precision:8.3f}"
        f"{report.clean_shingle_recall:8.3f}{report.clean_shingle_f1:8.3f}"
    )
    print(
        f"\n4-gram F1 ratio clipper / whole copy: {report.shingle_f1 / report.whole_shingle_f1:.3f}; "
        f"pages refused as not an article: {report.refused}; "
        f"{report.pages_per_second:.0f} pages/s"
    )
    print(
        f"\nwith image file names on their own lines (as the seed page has them): "
        f"4-gram F1 {report.images_shingle_f1:.3f}"
    )
    print(
        "whole copy: the copied page kept as it is; article only: clipper on a copy of the\n"
        "expected article alone (its recall is how much of a clean copy clipper keeps)."
    )
    print(f"\nworst {args.worst} imitated pages for clipper (by 4-gram F1):")
    for r in sorted(results, key=lambda r: r.shingle.f1)[: args.worst]:
        print(
            f"  {r.name:<38} 4g F1 {r.shingle.f1:.3f}  P {r.shingle.precision:.3f}"
            f"  R {r.shingle.recall:.3f}  (whole copy {r.whole_shingle.f1:.3f},"
            f" article only R {r.clean_shingle.recall:.3f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
