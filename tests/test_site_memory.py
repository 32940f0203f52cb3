"""Lines a site repeats on its other pages are furniture in a text dump too."""

from __future__ import annotations

import json
from pathlib import Path

from clipper.extract.text.dump import REPEATED_CHROME, parse_text_dump, repeated_lines
from helpers import invoke

PLUG = "Support independent local journalism: become a member today."


def dump(n: int, plug: str = PLUG) -> str:
    return f"""The Harbour Times
News | Sport | Opinion

Council approves plan number {n} for the waterfront

By Ana Ruiz
Published 14 February 2025

The city council approved plan number {n} for the waterfront on Tuesday after a long debate about housing, parks and the old ferry terminal that lasted well into the night.

{plug}

Supporters of plan {n} said it would bring hundreds of homes to land that has stood empty for a decade, while opponents worried about traffic on the coast road.

The council will publish the final design for plan {n} in the spring, and building could begin next year if the money is found.

© 2025 The Harbour Times. All rights reserved.
"""


def test_repeated_lines_need_two_pages_and_stay_short() -> None:
    long_line = "word " * 60
    pages = [f"A\n  • Shared line.\n{long_line}", f"shared LINE.\nB\n{long_line}", "C"]
    assert repeated_lines(pages) == frozenset({"shared line."})
    assert repeated_lines(pages, min_pages=3) == frozenset()


def test_a_repeated_sentence_is_stripped_with_its_reason() -> None:
    plain = parse_text_dump(dump(3))
    assert "become a member" in plain.text
    known = repeated_lines([dump(1), dump(2)])
    remembered = parse_text_dump(dump(3), site_lines=known)
    assert "become a member" not in remembered.text
    assert (PLUG, REPEATED_CHROME) in {(s.text, s.reason) for s in remembered.stripped}
    # everything else reads as before: headline, site, byline, the article's own words
    assert remembered.title == plain.title
    assert remembered.site_name == "The Harbour Times"
    assert remembered.authors == ("Ana Ruiz",)
    assert "Supporters of plan 3" in remembered.text


def test_clipping_learns_from_the_sites_earlier_dumps(tmp_path: Path) -> None:
    for n in (1, 2, 3, 4):
        (tmp_path / f"d{n}.txt").write_text(dump(n), encoding="utf-8")
    for n in (1, 2):
        assert invoke("clip", str(tmp_path / f"d{n}.txt"))[0] == 0
    # a dry run shows it, one clip stores it without the plug, a batch too
    code, out, _ = invoke("clip", "--dry-run", str(tmp_path / "d3.txt"))
    assert code == 0 and "repeats on this site" in " ".join(out.split())
    code, out, _ = invoke("clip", "--json", str(tmp_path / "d3.txt"))
    assert "become a member" not in json.loads(out)["text"]
    code, out, _ = invoke(
        "clip", "--json", "--jobs", "1", str(tmp_path / "d4.txt"), str(tmp_path / "d3.txt")
    )
    stored = [json.loads(line) for line in out.splitlines() if line.strip()]
    texts = [item["clipping"]["text"] for item in stored if item.get("clipping")]
    assert texts and all("become a member" not in text for text in texts)


def test_when_what_repeats_is_much_of_the_article_the_first_reading_stands(
    tmp_path: Path,
) -> None:
    """Hard pages lose a little furniture rather than a paragraph of article."""
    shared = (
        "Residents packed the hall, and the mayor promised that every objection would be read "
        "and answered in writing before the final vote, which is now expected in early summer."
    )  # 30 words: a third of the article, on every page of this (odd) site
    for n in (1, 2, 3):
        (tmp_path / f"d{n}.txt").write_text(dump(n, plug=shared), encoding="utf-8")
    for n in (1, 2):
        assert invoke("clip", str(tmp_path / f"d{n}.txt"))[0] == 0
    code, out, _ = invoke("clip", "--json", str(tmp_path / "d3.txt"))
    assert code == 0 and "Residents packed the hall" in json.loads(out)["text"]


def test_reextract_learns_from_dumps_clipped_since(tmp_path: Path) -> None:
    """A dump clipped before its site's furniture was known loses it when re-extracted."""
    for n in (1, 2, 3):
        (tmp_path / f"d{n}.txt").write_text(dump(n), encoding="utf-8")
    code, out, _ = invoke("clip", "--json", str(tmp_path / "d1.txt"))
    first = json.loads(out)
    assert "become a member" in first["text"]  # nothing known about the site yet
    for n in (2, 3):
        assert invoke("clip", str(tmp_path / f"d{n}.txt"))[0] == 0
    assert invoke("reextract", str(first["id"]))[0] == 0
    code, out, _ = invoke("show", str(first["id"]), "--json")
    assert "become a member" not in json.loads(out)["text"]
    assert "Supporters of plan 1" in json.loads(out)["text"]
