"""The third review's probes (``fixtures/dumps/review3/``, invented pages): articles
whose last section was cut by a text-dump rule that read ordinary article text as
furniture. A blog's closing section in the first person ("I started this blog
..."), an interview's answer that names the speaker's newsletter, a "More
information" section, a review's verdict behind a colon, a listicle item over a
line about newsletters, a profile's last fact box, an all-capitals "TAGSÜBER"
subheading: each line of each page stays, only the headline leaves the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.extract.text.dump import parse_text_dump

PROBES = sorted((Path(__file__).parent / "fixtures" / "dumps" / "review3").glob("*.txt"))
# Already lost before the rules the review named: a listicle item's one-line description.
EARLIER = {"listicle_tools.txt": {"A simple newsletter tool for one-person newsrooms"}}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p.stem)
def test_every_line_of_the_article_stays(probe: Path) -> None:
    source = probe.read_text("utf-8")
    article = parse_text_dump(source)
    lines = [line.strip() for line in source.splitlines() if len(line.split()) >= 2]
    lost = [
        line
        for line in lines
        if line not in article.text
        and line != article.title
        and line not in EARLIER.get(probe.name, set())
    ]
    assert lost == [], probe.name


def test_the_probes_are_there() -> None:
    assert len(PROBES) >= 14
