"""FirstChar answers exactly as the joined pattern does, asking fewer alternatives."""

from __future__ import annotations

import itertools
import re

import pytest

from clipper.extract.firstchar import FirstChar

PARTS = (
    r"(?:advertisement|ads?)",
    r"(?:share( this)?( on)?:?)",
    r"(?:\d{1,3} ?min(ute)?s? read)",
    r"(?:\W*(next|previous) (page|story))",
    r"(?:(?-i:SKIP) to content)",
    r"(?:[«‹<]+ ?back)",
    r"(?:.{0,20}all rights reserved)",
    r"(?:(?=stra)strasse)",
    r"(?:\bkelvin\b.{0,5})",
    r"(?:(more|related)?)",  # can match nothing at all
    r"(?:[a-c]{2}x)",
    r"(?:(?:ίσως|ΣΧΕΤΙΚΑ) άρθρα)",
    r"(?:istanbul)",
    r"(?:µ-law)",
)

FIRSTS = "aAáSsſKkK5٣ -«<‹.bBcCxXiIİıΣσςΊίµμΜ\n\t"
TAILS = (
    "",
    "dvertisement",
    "DS",
    "hare this on:",
    " min read",
    "2 min read",
    "ext page",
    "KIP to content",
    "kip to content",
    " back",
    "tra all rights reserved",
    "trasse",
    "elvin 12",
    "ore",
    "elated",
    "bx",
    "ax",
    "ΧΕΤΙΚΑ άρθρα",
    "ίσως άρθρα",
    "stanbul",
    "-law",
    "dvertisement\n",
)


def _texts() -> list[str]:
    texts = [first + tail for first, tail in itertools.product(FIRSTS, TAILS)]
    return ["", "\n", *texts, *(t.upper() for t in texts), *(t.lower() for t in texts)]


@pytest.mark.parametrize("flags", [0, re.I])
def test_fullmatch_answers_as_the_joined_pattern(flags: int) -> None:
    any_of = FirstChar(PARTS, flags)
    whole = re.compile("|".join(PARTS), flags)
    assert any_of.whole.pattern == whole.pattern
    for text in _texts():
        assert any_of.fullmatch(text) == (whole.fullmatch(text) is not None), text
        assert any_of.fullmatch(text) == (whole.fullmatch(text) is not None), text  # remembered


@pytest.mark.parametrize("flags", [0, re.I])
def test_an_anchored_match_answers_as_the_joined_pattern(flags: int) -> None:
    any_of = FirstChar(PARTS, flags, prefix="^(?:", suffix=")$")
    whole = re.compile("^(?:" + "|".join(PARTS) + ")$", flags)
    for text in _texts():
        assert any_of.match(text) == (whole.match(text) is not None), text


def test_each_part_with_its_own_case_rule() -> None:
    parts = ("(?i:newsletter)", "(?:Cookies)", "(?i:ſtop)")
    any_of = FirstChar(parts)
    whole = re.compile("|".join(parts))
    for text in ("NEWSLETTER", "newsletter", "cookies", "Cookies", "STOP", "stop", "ſtop", "ſTOP"):
        assert any_of.fullmatch(text) == (whole.fullmatch(text) is not None), text


def test_a_text_is_asked_only_of_the_parts_its_first_character_can_start() -> None:
    any_of = FirstChar(("(?:apple)", "(?:banana)", "(?:.?cherry)", "(?:\\d+ dates)"), re.I)
    assert any_of.fullmatch("Banana")
    chosen = any_of._for("banana").pattern
    assert "banana" in chosen and "apple" not in chosen and "cherry" in chosen
    assert "dates" not in chosen
    assert "dates" in any_of._for("12 dates").pattern
    # an empty text is asked only of the parts that may match nothing
    assert any_of._for("").pattern == "(?:.?cherry)"
    assert not any_of.match("") and FirstChar(("(?:x?)",)).fullmatch("")


def test_no_part_can_start_the_text() -> None:
    any_of = FirstChar(("(?:apple)", "(?:banana)"))
    assert not any_of.fullmatch("zebra")
    assert not FirstChar(()).fullmatch("anything")


# parts whose alternatives are split apart: top-level ones, those of a leading group
# (plain, capturing, with scoped flags), nested, and the shapes that must stay whole
SPLIT_PARTS = (
    r"(?:advertisement|ads?|sponsored( content)?)",
    r"(?:(story|article) continues (below|after)|skip (ad|advertisement))",
    r"(?:(?:read|see) (also|more)\s*:?)",
    r"(?:(?-i:SKIP|JUMP) to content)",
    r"(?:(?:la|le) (suite|fin)|(?:à|a) lire)",
    r"(?:(?:mehr|weitere)? (artikel|beiträge))",  # a group that may be skipped
    r"(?:(?:x|y)*z)",
    r"(?:(?=ab)(?:ab|cd)c)",  # a lookahead first
    r"(?:[|(]+ (?:left|right) [)|])",  # brackets and bars inside classes
    r"(?:(?:\(|\)|\|) more)",  # escaped syntax
)
SPLIT_TEXTS = (
    "",
    "ads",
    "Advertisement",
    "sponsored content",
    "story continues below",
    "Skip ad",
    "skip advertisement",
    "read also:",
    "See more",
    "SKIP to content",
    "skip to content",
    "JUMP to content",
    "la suite",
    "Le fin",
    "à lire",
    "a lire",
    " artikel",
    "mehr beiträge",
    "weitere artikel",
    "xyxz",
    "z",
    "abc",
    "cdc",
    "|| left |",
    "( right )",
    "( more",
    "| more",
    ") more",
    "aa",
    "ab",
    "bb",
    "more",
    "x",
)


@pytest.mark.parametrize("flags", [0, re.I])
def test_alternatives_split_apart_answer_as_the_joined_pattern(flags: int) -> None:
    whole = re.compile("^(?:" + "|".join(SPLIT_PARTS) + ")$", flags)
    any_of = FirstChar(SPLIT_PARTS, flags, prefix="^(?:", suffix=")$")
    for text in (*SPLIT_TEXTS, *(t.upper() for t in SPLIT_TEXTS)):
        assert any_of.match(text) == (whole.match(text) is not None), text


def test_a_text_is_asked_only_of_the_phrases_its_first_character_can_start() -> None:
    any_of = FirstChar(SPLIT_PARTS, re.I, prefix="^(?:", suffix=")$")
    chosen = any_of._for("advertisement").pattern
    assert "advertisement" in chosen and "story" not in chosen and "sponsored" not in chosen
    assert "suite" not in chosen and "(?:a) lire" in chosen and "à" not in chosen


def test_a_part_that_refers_to_its_groups_is_kept_whole() -> None:
    from clipper.extract.firstchar import _alternatives

    for part in (r"(?:(a|b)\1|c)", r"(?:(?P<x>a|b)(?P=x)|c)", r"(?:(a)?(?(1)b|c)|d)"):
        assert _alternatives(part) == [(part, part)]
    assert len(_alternatives(r"(?:(a|b)c|d)")) == 3


# shapes a reviewer found the splitting misread: each answers as the joined pattern does
@pytest.mark.parametrize(
    ("parts", "flags", "text", "prefix", "suffix"),
    [
        (["(?:a|ab)(?P<n>c)"], 0, "ac", "^(?:", ")$"),  # a named group after the group
        (["(?:a|b) *c"], re.X, "abc", "^(?:", ")$"),  # verbose: the space is nothing
        (["(?x: a)"], 0, "a", "^(?:", ")$"),  # verbose inside the part
        (["a # x|y\n"], re.X, "a", "^(?:", ")$"),  # a verbose comment holding a bar
        (["(?:x(?#[)|y)"], 0, "y", "^(?:", ")$"),  # a (?#...) comment holding a bracket
        (["(a|b)c"], 0, "aca", "^(?:", ")\\1$"),  # the suffix refers to a part's group
        (["(?:(?a:\\W)y|sz)"], re.I, "ſy", "^(?:", ")$"),  # ASCII classes
        ([""], 0, "", "^(?:", ")$"),  # an empty part matches nothing at all
        ([""], 0, "x", "", ""),
    ],
)
def test_shapes_the_splitting_must_leave_whole(
    parts: list[str], flags: int, text: str, prefix: str, suffix: str
) -> None:
    whole = re.compile(prefix + "|".join(parts) + suffix, flags)
    any_of = FirstChar(parts, flags, prefix=prefix, suffix=suffix)
    assert any_of.match(text) == (whole.match(text) is not None)
