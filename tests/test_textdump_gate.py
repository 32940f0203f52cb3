"""Regression gate: the text-dump stage over Mozilla's readability test pages, copied.

Each page is turned into the text a browser copies when the whole page is
selected (``bench/scoring.browser_copy``), and into a copy of the expected
article alone. Fails when the body kept from the page copies, the share of a
clean article copy kept, or the headline or byline rate fall below the level reached when
the gate was set (see ``bench/textdumps.py`` for the full benchmark). Skips
when ``../shared`` is absent, as on a fresh clone. No timing assertions.
"""

from __future__ import annotations

import sys

import pytest

from helpers import CORPUS, ROOT

if not CORPUS.is_dir():
    pytest.skip(f"corpus not found at {CORPUS}", allow_module_level=True)

sys.path.insert(0, str(ROOT / "bench"))
from textdumps import Report, score_corpus, summarise

# Measured on 2026-11-28 with bench/textdumps.py minus about 0.005. Raise them
# as the text-dump stage improves; never lower them to let a change pass.
MIN_SHINGLE_F1 = 0.884
MIN_ARTICLE_ONLY_RECALL = 0.891
MIN_TITLE_LOOSE = 0.389
MIN_BYLINE = 0.377
MIN_WITH_IMAGE_NAMES_F1 = 0.882
MAX_REFUSED = 4


@pytest.fixture(scope="module")
def results() -> Report:
    return summarise(score_corpus(CORPUS))


def test_body_from_page_copies(results: Report) -> None:
    assert results.shingle_f1 >= MIN_SHINGLE_F1, results
    assert results.shingle_f1 > results.whole_shingle_f1, results


def test_body_from_page_copies_with_image_file_names(results: Report) -> None:
    assert results.images_shingle_f1 >= MIN_WITH_IMAGE_NAMES_F1, results


def test_a_copy_of_the_article_alone_keeps_it(results: Report) -> None:
    assert results.clean_shingle_recall >= MIN_ARTICLE_ONLY_RECALL, results


def test_headline_from_page_copies(results: Report) -> None:
    assert results.title_loose >= MIN_TITLE_LOOSE, results


def test_byline_from_page_copies(results: Report) -> None:
    assert results.byline >= MIN_BYLINE, results


def test_refusals(results: Report) -> None:
    assert results.refused <= MAX_REFUSED, results
