"""What the news-set gates share (tests/test_news_*_gate.py): one reader over one set's
pages, no page refused, its mean body 4-gram F1 at or above the set's floor."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import news_shapes


def assert_holds(reader: str, pages: Sequence[news_shapes.Page], floor: float) -> None:
    scores = news_shapes.page_scores(news_shapes.READERS[reader], list(pages))
    refused = [name for name, s in scores.items() if s is None]
    assert not refused, f"{reader} refused {refused}"
    summary = news_shapes.summarise(reader, scores, worst=5)
    assert summary.f1 >= floor, (summary.f1, summary.worst)
