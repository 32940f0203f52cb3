"""Every set of invented news pages (tests/fixtures/news_*/) holds its figures: clipper's
body from each page's HTML and from its real Chromium copy, body 4-gram F1 as the mean over
the set's pages, no page refused. ``python bench/news_shapes.py --set NAME`` prints the same
figures with readability-lxml and trafilatura beside them.

``shapes`` was written for this check and its floors are what clipper reached, less half a
point. Each later set was written by a helper who wrote no extraction rules, and kept private
until the end of its session, so its figures say how clipper does on news pages its rules
were not fitted to (see each folder's README; please don't tune rules to these pages). Their
floors guard against a large drop, not a target: main's figure when the set was added, less
0.005, raised since only to a release's figure, less 0.005.

Where each floor came from (HTML, copies):

* shapes: 0.977 and 0.935 when the news rules of branches nhtml and ncopies reached main;
  HTML 0.987 with nhtml2's, 0.996 with nhtml3's chrome rules, 0.998 with 0.11.0's body-edge
  rules; copies 0.945 once the consent framework's notice was furniture, 0.955 with ncopies2's
  small box of links inside the article, 0.973 with 0.13.0's; 0.14.0: 0.998 and 0.977;
  0.15.0: 0.998 and 0.978.
* unseen (30 pages, ten languages): copies 0.884 on main when added, once Dutch dates were
  read; 0.980 and 0.936 on the 2026-12-02 afternoon (the copy rules written from these
  pages); 0.12.0: 0.989 and 0.939; 0.13.0: 0.990 and 0.947; 0.14.0: 0.991 and 0.955;
  0.15.0: 0.991 and 0.956.
* unseen2 (24 pages, 17 languages): 89b071a's when added; HTML 0.983 with 0.11.0's rules
  (written without seeing the set); 0.12.0: 0.990 and 0.958 (part of the copies' gain was
  written from two of these pages' failures); 0.13.0: 0.991 and 0.975; 0.14.0: 0.996 and
  0.977; 0.15.0: 0.996 and 0.978.
* unseen3 (30 pages, 23 languages): HTML 0.979 on e53155d when added; copies 0.950 on 535148e
  (its Thai copy's failure read once the set was public; 0.922 before); 0.13.0: 0.989 and
  0.968 (its weakest pages' failures read once the set was public); 0.14.0: 0.994 and 0.981
  (copies: failures of its pages read again).
* unseen4 (30 pages, 14 languages, written by a helper who had read no extraction code
  either): 0.8928 and 0.9091 on d4ab5a0 when frozen; 0.13.0: 0.902 and 0.917 (none of its
  rules written from the set); 0.14.0: 0.994 and 0.967, its rules written from this set's
  failures once it was public (so no longer unseen).
* unseen5 (30 pages, 21 languages, written like unseen4): 0.978 and 0.940 on fab3b9c when
  frozen, scored before anyone else read it; 0.14.0: 0.977 and 0.943 (its rules written
  without seeing the set).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import news_shapes


@dataclass(frozen=True)
class Gate:
    name: str  # the set's name in news_shapes.SETS
    pages: int  # at least this many pages
    html: float  # floor for clipper's body from the HTML
    copy: float  # floor for clipper's body from the Chromium copy


GATES = (
    Gate("shapes", 34, html=0.993, copy=0.973),
    Gate("unseen", 30, html=0.986, copy=0.951),
    Gate("unseen2", 24, html=0.991, copy=0.973),
    Gate("unseen3", 30, html=0.988, copy=0.976),
    Gate("unseen4", 30, html=0.989, copy=0.961),
    Gate("unseen5", 30, html=0.972, copy=0.938),
)
_BY_NAME = {gate.name: gate for gate in GATES}


def assert_holds(reader: str, pages: Sequence[news_shapes.Page], floor: float) -> None:
    scores = news_shapes.page_scores(news_shapes.READERS[reader], list(pages))
    refused = [name for name, s in scores.items() if s is None]
    assert not refused, f"{reader} refused {refused}"
    summary = news_shapes.summarise(reader, scores, worst=5)
    assert summary.f1 >= floor, (summary.f1, summary.worst)


def _pages(gate: Gate) -> list[news_shapes.Page]:
    return news_shapes.load_pages(news_shapes.SETS[gate.name])


def test_every_set_the_benchmark_names_has_a_gate() -> None:
    assert sorted(_BY_NAME) == sorted(news_shapes.SETS)


@pytest.mark.parametrize("gate", GATES, ids=lambda gate: gate.name)
def test_every_page_has_its_body_and_copy(gate: Gate) -> None:
    pages = _pages(gate)
    assert len(pages) >= gate.pages
    for page in pages:
        assert page.expected.strip() and page.copy.strip(), page.name


@pytest.mark.parametrize(
    ("gate", "reader"),
    [(gate, reader) for gate in GATES for reader in ("clipper", "clipper copy")],
    ids=lambda value: value.name if isinstance(value, Gate) else value.replace(" ", "-"),
)
def test_clipper_holds_its_figure(gate: Gate, reader: str) -> None:
    floor = gate.html if reader == "clipper" else gate.copy
    assert_holds(reader, _pages(gate), floor)


@pytest.mark.parametrize("name", sorted(news_shapes.SETS))
def test_the_benchmark_reads_each_named_set(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert news_shapes.main(["--set", name, "--only", "clipper copy"]) == 0
    folder: Path = news_shapes.SETS[name]
    assert f"{folder.name}/" in capsys.readouterr().out


def test_the_benchmark_still_takes_the_old_unseen_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert news_shapes.main(["--unseen", "--only", "clipper copy"]) == 0
    assert "news_unseen/" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        news_shapes.main(["--set", "unseen2", "--unseen"])


def test_the_benchmark_lists_one_pages_added_and_missed_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = _pages(_BY_NAME["shapes"])[0].name
    assert news_shapes.main(["--show", first, "--only", "clipper copy"]) == 0
    assert f"== clipper copy on {first}" in capsys.readouterr().out
    assert news_shapes.main(["--show", "no-such-page"]) == 1
