"""The words both extract stages share: month and day names, the words that join authors."""

from __future__ import annotations

import pytest

from clipper.extract.html import rules as htmlrules
from clipper.extract.lexicon import (
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    HEADLINE_MONTHS,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)
from clipper.extract.text import rules as textrules
from clipper.extract.text.lines import read_names
from helpers import FIXTURES


@pytest.mark.parametrize("language", sorted(MONTH_NAMES))
def test_every_language_names_twelve_months(language: str) -> None:
    months = MONTH_NAMES[language].split(",")

    assert len(months) == 12
    # at most one month left out, for a clash its comment names
    assert sum(1 for forms in months if forms.split()) >= 11


def test_a_name_means_the_same_month_in_every_language() -> None:
    numbers: dict[str, set[int]] = {}
    for row in MONTH_NAMES.values():
        for number, forms in enumerate(row.split(","), start=1):
            for name in forms.split():
                numbers.setdefault(name, set()).add(number)

    assert {name: found for name, found in numbers.items() if len(found) > 1} == {}


def test_names_are_lower_case_without_a_final_dot() -> None:
    assert all(name == name.lower() and not name.endswith(".") for name in MONTHS)


@pytest.mark.parametrize(
    ("name", "number"),
    [("january", 1), ("sept", 9), ("märz", 3), ("juil", 7), ("setiembre", 9), ("января", 1)],
)
def test_month_numbers(name: str, number: int) -> None:
    assert MONTHS[name] == number


def test_html_pages_read_english_month_names_and_text_dumps_every_language() -> None:
    assert htmlrules.MONTHS == ENGLISH_MONTHS
    assert textrules.MONTHS == MONTHS
    assert ENGLISH_MONTHS.items() <= MONTHS.items()
    assert "mai" in MONTHS
    assert "mai" not in ENGLISH_MONTHS


def test_the_html_stage_reads_headline_dates_in_the_languages_it_was_checked_on() -> None:
    assert htmlrules.WRITTEN_MONTHS == HEADLINE_MONTHS
    assert HEADLINE_MONTHS.items() <= MONTHS.items()
    assert "prosince" in MONTHS and "prosince" not in HEADLINE_MONTHS


@pytest.mark.parametrize("joiner", [",", ";", "&", "and", "AND", "und", "et", "y", "e", "и", "、"])
def test_both_stages_split_authors_on_the_lexicons_joiners(joiner: str) -> None:
    byline = f"Ann Lee {joiner} Bo Chen"

    assert htmlrules.BYLINE_AND.split(byline) == ["Ann Lee", "Bo Chen"]
    assert textrules.AUTHOR_SEPARATOR.split(byline) == ["Ann Lee", "Bo Chen"]


@pytest.mark.parametrize(
    ("byline", "html_splits", "text_splits"),
    [
        ("Ann Lee・Bo Chen", False, True),
        ("ジョン・スミス", False, False),  # one katakana name, not two authors
        ("Ann Lee | Bo Chen", False, True),
    ],
)
def test_where_the_stages_split_authors_differently(
    byline: str, html_splits: bool, text_splits: bool
) -> None:
    assert (len(htmlrules.BYLINE_AND.split(byline)) == 2) is html_splits
    assert (len(textrules.AUTHOR_SEPARATOR.split(byline)) == 2) is text_splits


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Brenda Goodman, MA", ("Brenda Goodman",)),
        ("Jane Roe, M.D.", ("Jane Roe",)),
        ("ジョン・スミス", ("ジョン・スミス",)),
        ("山田太郎・佐藤花子", ("山田太郎", "佐藤花子")),
        ("Luca Rossi e Marco Bianchi", ("Luca Rossi", "Marco Bianchi")),
        ("Notizie e commenti", ()),
        ("John E Smith", ("John E Smith",)),  # a middle initial, not "e"
        ("Mary E Jones and Tom Y Lee", ("Mary E Jones", "Tom Y Lee")),
    ],
)
def test_text_dump_bylines_read_names_as_people_write_them(
    line: str, authors: tuple[str, ...]
) -> None:
    assert read_names(line)[0] == authors


@pytest.mark.parametrize("language", sorted(WEEKDAY_NAMES))
def test_every_language_names_seven_days_and_both_stages_take_them_from_here(
    language: str,
) -> None:
    days = WEEKDAY_NAMES[language].split(",")
    assert len(days) == 7
    assert {d.split()[0] for d in days} <= WEEKDAYS
    assert textrules.WEEKDAYS is WEEKDAYS
    assert ENGLISH_WEEKDAYS <= htmlrules.BYLINE_JUNK_WORDS
    assert "mon" not in htmlrules.BYLINE_JUNK_WORDS  # full names only in HTML bylines


def test_each_rule_list_as_one_pattern_matches_what_one_of_its_rules_matches() -> None:
    """text rules' ANY_*: a line of the dump fixtures (and its upper and lower case) matches
    the joined pattern exactly when it matches a rule of the list, case rules kept."""
    lists = (
        (textrules.ANY_HARD_END_MARKER, [p for _, p in textrules.HARD_END_MARKERS]),
        (textrules.ANY_SOFT_END_MARKER, [p for _, p in textrules.SOFT_END_MARKERS]),
        (textrules.ANY_CHROME_RULE, [p for _, p in textrules.CHROME_RULES]),
        (
            textrules.ANY_PROSE_CHROME_RULE,
            [p for r, p in textrules.CHROME_RULES if r in textrules.PROSE_CHROME_REASONS],
        ),
    )
    lines = {
        text
        for path in (FIXTURES / "dumps").glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        for text in (line.strip(), line.strip().upper(), line.strip().lower())
    }
    matched = 0
    for joined, patterns in lists:
        for text in lines:
            one = any(p.fullmatch(text) for p in patterns)
            assert (joined.fullmatch(text) is not None) == one, text
            matched += one
    assert matched > 50  # the fixtures hold chrome and markers to compare
