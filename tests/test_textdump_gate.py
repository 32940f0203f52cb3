"""Regression gate: the text-dump stage over Mozilla's readability test pages, copied.

Each page is turned into the text a browser copies when the whole page is
selected (``bench/scoring.browser_copy``), and into a copy of the expected
article alone. Fails when the body kept from the page copies, the share of a
clean article copy kept, or the headline or byline rate fall below the level reached when
the gate was set (see ``bench/textdumps.py`` for the full benchmark). Skips
when ``../shared`` is absent, as on a fresh clone. No timing assertions.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "readability-test-pages"

if not CORPUS.is_dir():
    pytest.skip(f"corpus not found at {CORPUS}", allow_module_level=True)

sys.path.insert(0, str(ROOT / "bench"))
from scoring import load_corpus  # noqa: E402
from textdumps import score  # noqa: E402

# Measured on 2026-11-28 with bench/textdumps.py minus about 0.005. Raise them
# as the text-dump stage improves; never lower them to let a change pass.
MIN_SHINGLE_F1 = 0.884
MIN_ARTICLE_ONLY_RECALL = 0.891
MIN_TITLE_LOOSE = 0.389
MIN_BYLINE = 0.377
MIN_WITH_IMAGE_NAMES_F1 = 0.882
MAX_REFUSED = 4


@pytest.fixture(scope="module")
def results() -> dict[str, float]:
    pages = [
        score(
            case.name,
            case.source,
            case.expected_text,
            case.meta.get("title"),
            (CORPUS / case.name / "expected.html").read_text("utf-8", errors="replace"),
            case.meta.get("byline"),
        )
        for case in load_corpus(CORPUS)
    ]
    titled = [p for p in pages if p.title_loose is not None]
    bylined = [p for p in pages if p.byline is not None]
    return {
        "shingle_f1": statistics.fmean(p.shingle.f1 for p in pages),
        "whole_copy_f1": statistics.fmean(p.whole_shingle.f1 for p in pages),
        "article_only_recall": statistics.fmean(p.clean_shingle.recall for p in pages),
        "with_image_names_f1": statistics.fmean(p.images_shingle.f1 for p in pages),
        "title_loose": sum(bool(p.title_loose) for p in titled) / len(titled),
        "byline": sum(bool(p.byline) for p in bylined) / len(bylined),
        "refused": sum(p.refused for p in pages),
    }


def test_body_from_page_copies(results: dict[str, float]) -> None:
    assert results["shingle_f1"] >= MIN_SHINGLE_F1, results
    assert results["shingle_f1"] > results["whole_copy_f1"], results


def test_body_from_page_copies_with_image_file_names(results: dict[str, float]) -> None:
    assert results["with_image_names_f1"] >= MIN_WITH_IMAGE_NAMES_F1, results


def test_a_copy_of_the_article_alone_keeps_it(results: dict[str, float]) -> None:
    assert results["article_only_recall"] >= MIN_ARTICLE_ONLY_RECALL, results


def test_headline_from_page_copies(results: dict[str, float]) -> None:
    assert results["title_loose"] >= MIN_TITLE_LOOSE, results


def test_byline_from_page_copies(results: dict[str, float]) -> None:
    assert results["byline"] >= MIN_BYLINE, results


def test_refusals(results: dict[str, float]) -> None:
    assert results["refused"] <= MAX_REFUSED, results
