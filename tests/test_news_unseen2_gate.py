"""The third set of invented news pages (tests/fixtures/news_unseen2/): written on 2026-12-02
by a helper who wrote no extraction rules, and kept private until the end of that session,
so the figures say how clipper does on news pages its rules were not fitted to (24 pages,
17 languages; see the folder's README).

A guard against a large drop, not a target: the floors are main's figures when the set was
added, less 0.005 (please don't tune rules to these pages).
``python bench/news_shapes.py --set unseen2`` prints the same figures with readability-lxml
and trafilatura beside them.
"""

from __future__ import annotations

import sys

import pytest
from news_gate import assert_holds

from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import news_shapes

PAGES = news_shapes.load_pages(news_shapes.UNSEEN2_DIR)
# body 4-gram F1, mean over the pages, on main (89b071a) when the set was added, less 0.005;
# HTML raised with clipper 0.11.0's rules, written without seeing the set (0.983), less 0.005;
# both with clipper 0.12.0's (HTML 0.990, copies 0.958; part of the copies' gain was written
# from two of these pages' failures, see the README), less 0.005
# and with clipper 0.13.0's (HTML 0.991, copies 0.975), less 0.005
HTML_FLOOR = 0.986
COPY_FLOOR = 0.970


def test_every_unseen2_page_has_its_body_and_copy() -> None:
    assert len(PAGES) >= 24
    for page in PAGES:
        assert page.expected.strip() and page.copy.strip(), page.name


@pytest.mark.parametrize(
    ("reader", "floor"),
    [("clipper", HTML_FLOOR), ("clipper copy", COPY_FLOOR)],
)
def test_clipper_holds_its_figure_on_the_unseen2_news_pages(reader: str, floor: float) -> None:
    assert_holds(reader, PAGES, floor)


def test_the_benchmark_reads_the_unseen2_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert news_shapes.main(["--set", "unseen2", "--only", "clipper copy"]) == 0
    assert "news_unseen2/" in capsys.readouterr().out


def test_the_benchmark_names_each_set_and_takes_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert news_shapes.SETS["unseen"] == news_shapes.UNSEEN_DIR
    assert news_shapes.main(["--set", "unseen", "--only", "clipper copy"]) == 0
    assert "news_unseen/" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        news_shapes.main(["--set", "unseen2", "--unseen"])
