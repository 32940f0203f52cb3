"""HTML pages whose shape once cost extract() time in the square of their length.

How the time grows is bench/scaling.py's to measure (n against 4n); here each
page is read to the end, with its article.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import scaling

from clipper.extract import extract


@pytest.mark.parametrize(
    ("make", "n"), scaling.HTML_SHAPES, ids=[m.__name__ for m, _ in scaling.HTML_SHAPES]
)
def test_a_page_of_a_once_quadratic_shape_is_read_to_the_end(make: Any, n: int) -> None:
    article = extract(make(n))
    assert "The city council voted on Tuesday to close the harbour bridge" in article.text
