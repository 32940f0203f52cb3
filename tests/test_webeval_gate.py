"""Regression gate: extract() over the web-eval dev corpus (issue #14's scoring).

Runs the benchmark's own runner and scoring (``bench/extraction.py``'s
``web_clipper`` and ``bench/webeval.py``) on the 467 pages of
``../shared/corpora/web-eval-dev`` and fails when passage precision, recall or F1,
title, authors or published-date accuracy fall below the level reached when the
gate was set, or when more pages are refused. Skips when ``../shared`` is absent,
as on a fresh clone. No timing assertions: CI machines vary.
"""

from __future__ import annotations

import sys

import pytest

from helpers import ROOT
from helpers import WEB_EVAL as CORPUS

if not (CORPUS / "evaldata.json").is_file():
    pytest.skip(f"corpus not found at {CORPUS}", allow_module_level=True)

sys.path.insert(0, str(ROOT / "bench"))
import webeval
from extraction import web_clipper

# Measured on 2026-12-01 with `python bench/extraction.py` on clipper 0.5.0 (passage
# P 0.934, R 0.951, F1 0.942, title 0.859, authors 0.755, date 0.906, no page refused; see
# the README's "Quality and speed") minus half a point. Raise them as extraction
# improves; never lower them to let a change pass. (P and F1 were set from 0.941 and
# 0.946 earlier the same day, before the body rules that matched one dev page's
# wording were dropped: the held-out sets judge the rules, so that gain was tuning.)
# Metadata floors raised the same day from the metadata rules' run (title 0.881, authors
# 0.786, date 0.915) less half a point; F1 from clipper 0.6.0's run (P 0.934, R 0.951,
# F1 0.943) less half a point. clipper 0.7.0 gives authors 0.782: it no longer falls back
# on trafilatura's byline rules (1 page right, 6 wrong); the floor stays where it was.
# Body floors raised on 2026-12-01 (second session) from the body rules' run (P 0.939,
# R 0.966, F1 0.952; halves 0.952 and 0.952) less half a point.
# Precision raised with clipper 0.11.0's body-edge rules (P 0.940, F1 0.952) less half a point.
# clipper 0.15.0 (P 0.949, R 0.964, F1 0.957, title 0.894, authors 0.805, date 0.918) less
# half a point; recall stays where it was (0.964 less half a point is under it).
MIN_PRECISION = 0.944
MIN_RECALL = 0.961
MIN_F1 = 0.952
MIN_TITLE = 0.889
MIN_AUTHORS = 0.800
MIN_DATE = 0.913
MAX_REFUSED = 0


@pytest.fixture(scope="module")
def report() -> webeval.WebReport:
    cases = webeval.load_webeval(CORPUS)
    return webeval.summarise("clipper", cases, [web_clipper(c) for c in cases])


def test_body_passages(report: webeval.WebReport) -> None:
    assert report.precision >= MIN_PRECISION, report
    assert report.recall >= MIN_RECALL, report
    assert report.f1 >= MIN_F1, report


def test_title(report: webeval.WebReport) -> None:
    assert report.title is not None and report.title >= MIN_TITLE, report


def test_authors(report: webeval.WebReport) -> None:
    assert report.authors is not None and report.authors >= MIN_AUTHORS, report


def test_published_date(report: webeval.WebReport) -> None:
    assert report.date is not None and report.date >= MIN_DATE, report


def test_refusals(report: webeval.WebReport) -> None:
    assert report.refused <= MAX_REFUSED, report
