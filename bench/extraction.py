"""Benchmark clipper's extract() against readability-lxml (and trafilatura) on a corpus.

Usage::

    python bench/extraction.py [--corpus DIR] [--web-corpus DIR] [--worst N] [--json]

Two corpora in one run. On Mozilla's readability test pages (``--corpus``):
body precision/recall/F1 (tokens and 4-gram shingles, macro-averaged over
pages), title / byline / excerpt / site-name / published exact-match rates,
pages per second, and the time ratio clipper / readability-lxml. On the web-eval
corpus (``--web-corpus``, issue #14's scoring, see ``bench/webeval.py``):
passage precision/recall/F1 pooled over pages, title, authors, published date,
refusals, the worst pages, and the time ratio of clipper's ``extract()`` to
``trafilatura.extract()`` on the same pages. trafilatura (a dependency since it
became clipper's second body candidate) is scored beside it; readability-lxml alone is the baseline.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import webeval  # noqa: E402
from scoring import (  # noqa: E402
    Case,
    body_scores,
    byline_match,
    byline_names_match,
    date_match,
    html_to_text,
    load_corpus,
    norm,
    page_url,
    title_match,
    title_match_loose,
)

sys.path.insert(0, str(ROOT / "tests"))
from helpers import CORPUS as DEFAULT_CORPUS  # noqa: E402
from helpers import WEB_EVAL as DEFAULT_WEB_CORPUS  # noqa: E402


@dataclass(frozen=True, slots=True)
class Output:
    """What one extractor produced for one page."""

    text: str = ""
    title: str | None = None
    byline: str | None = None
    excerpt: str | None = None
    site_name: str | None = None
    published: str | None = None
    seconds: float = 0.0
    error: str | None = None
    captions: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()


@dataclass(slots=True)
class PageScore:
    name: str
    token_p: float
    token_r: float
    token_f1: float
    shingle_p: float
    shingle_r: float
    shingle_f1: float
    title_ok: bool | None
    title_loose_ok: bool | None
    byline_ok: bool | None
    byline_names_ok: bool | None
    excerpt_ok: bool | None
    site_ok: bool | None
    published_ok: bool | None
    error: str | None = None


@dataclass(slots=True)
class Report:
    extractor: str
    pages: int
    token_p: float
    token_r: float
    token_f1: float
    shingle_p: float
    shingle_r: float
    shingle_f1: float
    title: float | None
    title_loose: float | None
    byline: float | None
    byline_names: float | None
    excerpt: float | None
    site_name: float | None
    published: float | None
    seconds: float
    pages_per_second: float
    errors: int
    worst: list[dict[str, object]] = field(default_factory=list)


def run_clipper(case: Case) -> Output:
    from clipper.errors import NotAnArticle
    from clipper.extract.html.article import extract

    start = time.perf_counter()
    try:
        art = extract(case.source, url=page_url(case))
    except NotAnArticle as exc:
        return Output(seconds=time.perf_counter() - start, error=str(exc))
    return Output(
        text=art.text,
        title=art.title,
        byline=art.byline,
        excerpt=art.excerpt,
        site_name=art.site_name,
        published=art.published,
        seconds=time.perf_counter() - start,
        captions=art.captions,
        authors=art.authors,
    )


def with_captions(out: Output) -> Output:
    """clipper's text plus its captions: the content readability's summary holds."""
    return replace(out, text="\n\n".join([out.text, *out.captions]))


def run_readability(case: Case) -> Output:
    from readability import Document

    start = time.perf_counter()
    # exactly what the issue compares with: Document(html).summary()
    summary = Document(case.source).summary()
    elapsed = time.perf_counter() - start
    # title and author are read outside the timed part: clipper's timing is
    # compared with summary() alone, as the issue asks
    title = Document(case.source).short_title()
    author = Document(case.source).author()
    return Output(
        text=html_to_text(summary),
        title=title,
        byline=None if author == "[no-author]" else author,
        authors=() if author == "[no-author]" else (author,),
        seconds=elapsed,
    )


def run_trafilatura(case: Case) -> Output:
    import trafilatura  # type: ignore[import-not-found]

    start = time.perf_counter()
    text = trafilatura.extract(case.source, url=page_url(case)) or ""
    elapsed = time.perf_counter() - start
    meta = trafilatura.extract_metadata(case.source)
    return Output(
        text=text,
        title=getattr(meta, "title", None),
        byline=getattr(meta, "author", None),
        excerpt=getattr(meta, "description", None),
        site_name=getattr(meta, "sitename", None),
        published=getattr(meta, "date", None),
        seconds=elapsed,
    )


def web_clipper(case: webeval.WebCase) -> webeval.WebOutput:
    """clipper's extract() on the page's bytes, as ``clipper clip`` gives them to it."""
    from clipper.errors import NotAnArticle
    from clipper.extract import extract

    start = time.perf_counter()
    try:
        art = extract(case.html, url=case.url)
    except NotAnArticle as exc:
        return webeval.WebOutput(seconds=time.perf_counter() - start, error=str(exc))
    return webeval.WebOutput(
        text=art.text,
        title=art.title,
        authors=art.authors,
        date=art.published,
        seconds=time.perf_counter() - start,
    )


def web_trafilatura(case: webeval.WebCase) -> webeval.WebOutput:
    """trafilatura.extract() with its defaults (timed); its metadata read apart (not timed)."""
    import trafilatura  # type: ignore[import-not-found]

    start = time.perf_counter()
    try:
        text = trafilatura.extract(case.html, url=case.url) or ""
    except Exception as exc:  # noqa: BLE001 - a crash scores as nothing found
        return webeval.WebOutput(seconds=time.perf_counter() - start, error=repr(exc))
    elapsed = time.perf_counter() - start
    meta = trafilatura.extract_metadata(case.html, default_url=case.url)
    author = getattr(meta, "author", None) or ""
    return webeval.WebOutput(
        text=text,
        title=getattr(meta, "title", None),
        authors=tuple(a for a in author.split(";") if a.strip()),
        date=getattr(meta, "date", None),
        seconds=elapsed,
        error=None if text else "nothing extracted",
    )


def web_readability(case: webeval.WebCase) -> webeval.WebOutput:
    """readability-lxml alone: Document(page).summary(), body only."""
    from readability import Document

    start = time.perf_counter()
    try:
        summary = Document(case.html).summary()
    except Exception as exc:  # noqa: BLE001 - a crash scores as nothing found
        return webeval.WebOutput(
            seconds=time.perf_counter() - start, error=repr(exc), has_metadata=False
        )
    elapsed = time.perf_counter() - start
    # lxml refuses control characters some pages carry; the text is scored without them
    summary = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", summary)
    return webeval.WebOutput(text=html_to_text(summary), seconds=elapsed, has_metadata=False)


def collect_web(
    runners: list[tuple[str, Callable[[webeval.WebCase], webeval.WebOutput]]],
    cases: list[webeval.WebCase],
    repeat: int,
) -> dict[str, list[webeval.WebOutput]]:
    """Every extractor on every page, interleaved page by page, best of ``repeat`` times."""
    outputs: dict[str, list[webeval.WebOutput]] = {name: [] for name, _ in runners}
    for case in cases:
        for name, run in runners:
            out = run(case)
            best = min([out.seconds, *(run(case).seconds for _ in range(repeat - 1))])
            outputs[name].append(replace(out, seconds=best))
    return outputs


def print_web_table(reports: list[webeval.WebReport]) -> None:
    cols = [
        ("P", "precision"),
        ("R", "recall"),
        ("F1", "f1"),
        ("title", "title"),
        ("authors", "authors"),
        ("date", "date"),
    ]
    print(f"{'extractor':<14}" + "".join(f"{c:>8}" for c, _ in cols) + f"{'refused':>9}{'s':>8}")
    for r in reports:
        row = "".join(f"{_fmt(getattr(r, attr)):>8}" for _, attr in cols)
        print(f"{r.extractor:<14}{row}{r.refused:9d}{r.seconds:8.1f}")


def run_web(args: argparse.Namespace, names: set[str]) -> dict[str, object]:
    """Score the web-eval corpus; print the table unless ``--json``; return the figures."""
    cases = webeval.load_webeval(args.web_corpus)
    if args.limit:
        cases = cases[: args.limit]
    runners: list[tuple[str, Callable[[webeval.WebCase], webeval.WebOutput]]] = [
        ("clipper", web_clipper),
        ("readability", web_readability),
    ]
    if _have_trafilatura():
        runners.append(("trafilatura", web_trafilatura))
    runners = [r for r in runners if r[0] in names]
    for _, run in runners:
        run(cases[0])
    outputs = collect_web(runners, cases, args.repeat)
    reports = [webeval.summarise(n, cases, outputs[n], args.worst) for n, _ in runners]
    by_name = {r.extractor: r for r in reports}
    ratio = None
    if "clipper" in by_name and "trafilatura" in by_name:
        ratio = by_name["clipper"].seconds / by_name["trafilatura"].seconds
    if not args.json:
        print(f"corpus: {args.web_corpus} ({len(cases)} pages)\n")
        print_web_table(reports)
        if ratio is not None:
            print(f"\ntime ratio clipper extract() / trafilatura.extract(): {ratio:.2f}")
        print(
            "P/R/F1: 'with' passages found / 'without' passages found, pooled over pages\n"
            "(whitespace-normalised substrings); title: case-folded equal; authors: same set\n"
            "of names; date: first 10 characters equal; refused: refusals and crashes,\n"
            "which find nothing. Metadata over the pages annotated for it."
        )
        if args.worst and "clipper" in by_name:
            print(f"\nworst {args.worst} pages for clipper (passages missed + leaked):")
            for w in by_name["clipper"].worst:
                err = f"  [{w['error']}]" if w["error"] else ""
                print(f"  {w['page']}{err}")
                for p in w["missed"]:  # type: ignore[attr-defined]
                    print(f"      missed: {p[:90]}")
                for p in w["leaked"]:  # type: ignore[attr-defined]
                    print(f"      leaked: {p[:90]}")
    return {
        "corpus": str(args.web_corpus),
        "time_ratio_trafilatura": ratio,
        "reports": [asdict(r) for r in reports],
    }


def _have_trafilatura() -> bool:
    try:
        import trafilatura  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


def _opt(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def score_page(case: Case, out: Output) -> PageScore:
    tok, shi = body_scores(out.text, case.expected_text)
    meta = case.meta
    exp_title, exp_byline = _opt(meta.get("title")), _opt(meta.get("byline"))
    exp_excerpt, exp_site = _opt(meta.get("excerpt")), _opt(meta.get("siteName"))
    exp_published = _opt(meta.get("publishedTime"))
    return PageScore(
        name=case.name,
        token_p=tok.precision,
        token_r=tok.recall,
        token_f1=tok.f1,
        shingle_p=shi.precision,
        shingle_r=shi.recall,
        shingle_f1=shi.f1,
        title_ok=title_match(out.title, exp_title) if exp_title else None,
        title_loose_ok=title_match_loose(out.title, exp_title) if exp_title else None,
        byline_ok=byline_match(out.byline, exp_byline) if exp_byline else None,
        byline_names_ok=byline_names_match(out.authors, exp_byline) if exp_byline else None,
        excerpt_ok=norm(out.excerpt) == norm(exp_excerpt) if exp_excerpt else None,
        site_ok=norm(out.site_name) == norm(exp_site) if exp_site else None,
        published_ok=date_match(out.published, exp_published) if exp_published else None,
        error=out.error,
    )


def _rate(values: list[bool | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def collect(
    runners: list[tuple[str, Callable[[Case], Output]]], cases: list[Case], repeat: int
) -> dict[str, list[Output]]:
    """Run every extractor on every page, interleaved page by page so that a
    slow patch of the machine's time hits all extractors alike; each page's
    time is the best of ``repeat`` runs."""
    outputs: dict[str, list[Output]] = {name: [] for name, _ in runners}
    for case in cases:
        for name, run in runners:
            out = run(case)
            best = min([out.seconds, *(run(case).seconds for _ in range(repeat - 1))])
            outputs[name].append(replace(out, seconds=best))
    return outputs


def summarise(name: str, cases: list[Case], outputs: list[Output], worst: int) -> Report:
    scores = [score_page(case, out) for case, out in zip(cases, outputs, strict=True)]
    seconds = sum(out.seconds for out in outputs)
    mean = statistics.fmean
    ranked = sorted(scores, key=lambda s: s.shingle_f1)[:worst]
    return Report(
        extractor=name,
        pages=len(scores),
        token_p=mean(s.token_p for s in scores),
        token_r=mean(s.token_r for s in scores),
        token_f1=mean(s.token_f1 for s in scores),
        shingle_p=mean(s.shingle_p for s in scores),
        shingle_r=mean(s.shingle_r for s in scores),
        shingle_f1=mean(s.shingle_f1 for s in scores),
        title=_rate([s.title_ok for s in scores]),
        title_loose=_rate([s.title_loose_ok for s in scores]),
        byline=_rate([s.byline_ok for s in scores]),
        byline_names=_rate([s.byline_names_ok for s in scores]),
        excerpt=_rate([s.excerpt_ok for s in scores]),
        site_name=_rate([s.site_ok for s in scores]),
        published=_rate([s.published_ok for s in scores]),
        seconds=seconds,
        pages_per_second=len(scores) / seconds if seconds else 0.0,
        errors=sum(1 for s in scores if s.error),
        worst=[
            {"page": s.name, "token_f1": s.token_f1, "shingle_f1": s.shingle_f1, "error": s.error}
            for s in ranked
        ],
    )


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def print_table(reports: list[Report]) -> None:
    cols = [
        ("tok P", "token_p"),
        ("tok R", "token_r"),
        ("tok F1", "token_f1"),
        ("4g P", "shingle_p"),
        ("4g R", "shingle_r"),
        ("4g F1", "shingle_f1"),
        ("title", "title"),
        ("title~", "title_loose"),
        ("byline", "byline"),
        ("names", "byline_names"),
        ("excerpt", "excerpt"),
        ("site", "site_name"),
        ("pubd", "published"),
    ]
    print(f"{'extractor':<14}" + "".join(f"{c:>8}" for c, _ in cols) + f"{'pages/s':>9}")
    for r in reports:
        row = "".join(f"{_fmt(getattr(r, attr)):>8}" for _, attr in cols)
        print(f"{r.extractor:<14}{row}{r.pages_per_second:9.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="Mozilla corpus directory"
    )
    parser.add_argument(
        "--web-corpus", type=Path, default=DEFAULT_WEB_CORPUS, help="web-eval corpus directory"
    )
    parser.add_argument(
        "--only", choices=("mozilla", "web"), help="score one corpus instead of both"
    )
    parser.add_argument(
        "--extractors",
        default="clipper,readability,trafilatura",
        help="comma-separated extractors to run (default: all installed)",
    )
    parser.add_argument("--limit", type=int, default=0, help="web-eval: only the first N pages")
    parser.add_argument("--worst", type=int, default=10, help="list the N worst pages")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--repeat", type=int, default=3, help="time each page N times and keep the best"
    )
    args = parser.parse_args(argv)
    names = set(args.extractors.split(","))
    result: dict[str, object] = {}
    if args.only != "web":
        if not args.corpus.is_dir():
            print(f"No corpus at {args.corpus}; pass --corpus DIR.", file=sys.stderr)
            return 2
        result["mozilla"] = run_mozilla(args, names)
    if args.only != "mozilla":
        if not (args.web_corpus / "evaldata.json").is_file():
            print(
                f"No web-eval corpus at {args.web_corpus}; pass --web-corpus DIR.", file=sys.stderr
            )
            return 2
        if not args.json and "mozilla" in result:
            print("\n" + "=" * 78 + "\n")
        result["web"] = run_web(args, names)
    if args.json:
        print(json.dumps(result, indent=2))
    return 0


def run_mozilla(args: argparse.Namespace, names: set[str]) -> dict[str, object]:
    """Score Mozilla's readability test pages; print the table unless ``--json``."""
    cases = load_corpus(args.corpus)
    runners: list[tuple[str, Callable[[Case], Output]]] = [
        ("clipper", run_clipper),
        ("readability", run_readability),
    ]
    if _have_trafilatura():
        runners.append(("trafilatura", run_trafilatura))
    runners = [r for r in runners if r[0] in names]
    # warm up imports and caches so the first page's timing is not skewed
    for _, run in runners:
        run(cases[0])
    outputs = collect(runners, cases, args.repeat)
    reports = [summarise(name, cases, outputs[name], args.worst) for name, _ in runners]
    if "clipper" in outputs:
        reports.insert(
            1,
            summarise("clipper+capt", cases, [with_captions(o) for o in outputs["clipper"]], 0),
        )
    by_name = {r.extractor: r for r in reports}
    ratio = None
    if "clipper" in by_name and "readability" in by_name:
        ratio = by_name["clipper"].seconds / by_name["readability"].seconds
    if args.json:
        return {
            "corpus": str(args.corpus),
            "time_ratio": ratio,
            "reports": [asdict(r) for r in reports],
        }
    print(f"corpus: {args.corpus} ({len(cases)} pages)\n")
    print_table(reports)
    if ratio is not None:
        print(f"\ntime ratio clipper / readability-lxml summary(): {ratio:.2f}")
    print(
        "tok/4g: body token and 4-gram shingle precision, recall, F1 (mean over pages);\n"
        "title: exact after whitespace normalisation; title~: the same headline with the\n"
        "site part the expected title keeps ('… | eHow') set aside; byline: exact, ignoring a\n"
        "leading 'By'; names: every author clipper names is in the expected byline;\n"
        "clipper+capt: clipper's text with its captions, which it keeps apart."
    )
    for r in reports:
        if r.errors:
            print(f"{r.extractor}: {r.errors} page(s) raised")
    if args.worst and "clipper" in by_name:
        print(f"\nworst {args.worst} pages for clipper (by 4-gram F1):")
        for w in by_name["clipper"].worst:
            err = f"  [{w['error']}]" if w["error"] else ""
            print(f"  {w['page']:<40} tok F1 {w['token_f1']:.3f}  4g F1 {w['shingle_f1']:.3f}{err}")
    return {
        "corpus": str(args.corpus),
        "time_ratio": ratio,
        "reports": [asdict(r) for r in reports],
    }


if __name__ == "__main__":
    raise SystemExit(main())
