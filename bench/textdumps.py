"""Benchmark clipper's text-dump stage on copied pages: does the article come out clean?

Usage::

    python bench/textdumps.py [--corpus DIR] [--worst N] [--save DIR] [--json]

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

from scoring import (  # noqa: E402
    PRF,
    body_scores,
    browser_copy,
    byline_match,
    load_corpus,
    title_match,
    title_match_loose,
)

from clipper.errors import NotAnArticle  # noqa: E402
from clipper.extract.text.dump import parse_text_dump  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "readability-test-pages"


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory")
    parser.add_argument("--worst", type=int, default=10, help="list the N worst pages")
    parser.add_argument("--save", type=Path, help="write each copied page to DIR/<page>.txt")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"No corpus at {args.corpus}; pass --corpus DIR.", file=sys.stderr)
        return 2
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for case in load_corpus(args.corpus):
            (args.save / f"{case.name}.txt").write_text(browser_copy(case.source), "utf-8")
    results = score_corpus(args.corpus)
    report = summarise(results)
    if args.json:
        print(json.dumps(asdict(report), indent=2))
        return 0
    print(f"corpus: {args.corpus} ({report.pages} pages, copied as a browser would copy them)\n")
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
    print(f"\nworst {args.worst} pages for clipper (by 4-gram F1):")
    for r in sorted(results, key=lambda r: r.shingle.f1)[: args.worst]:
        print(
            f"  {r.name:<38} 4g F1 {r.shingle.f1:.3f}  P {r.shingle.precision:.3f}"
            f"  R {r.shingle.recall:.3f}  (whole copy {r.whole_shingle.f1:.3f},"
            f" article only R {r.clean_shingle.recall:.3f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
