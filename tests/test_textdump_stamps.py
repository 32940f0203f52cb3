"""A live blog copied from the browser (issue #14's news copies): each post under its
time ("15:30 Uhr", "10:42 p.m.Sara Lind") and over its share buttons. The posts and
their headings are the article; the stamps and the repeated share rows are chrome
(``stamps.py``). A key event's "16:52 Power back" line, or a lone time, stays.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_POSTS = [
    (
        "Ferry services resume",
        "The first ferry of the afternoon left the harbour at half past three, after the"
        " wind dropped below the limit the operator sets for the crossing.",
    ),
    (
        "Schools to open tomorrow",
        "The county says every school in the valley will open as usual tomorrow, except"
        " the two on the coast road, which stays closed until the debris is cleared.",
    ),
    (
        "Power cut in the old town",
        "Around four hundred homes in the old town lost power shortly after noon when a"
        " falling tree brought down a line near the station, the network said.",
    ),
    (
        "Storm warning in force",
        "The weather service has raised its warning to the second level for the whole"
        " coast, with gusts of up to a hundred kilometres an hour expected by noon.",
    ),
]


_MORE = (
    "Our reporters on the coast will keep this page updated through the evening, and the"
    " council has asked residents to stay away from the seafront until the morning."
)


def _blog(stamps: list[str], share: str | None) -> str:
    parts: list[str | list[str]] = [
        ["News", "Weather", "Sport"],
        "Storm live: ferries resume as the wind drops",
    ]
    for stamp, (heading, post) in zip(stamps, _POSTS, strict=True):
        parts += [stamp, heading, post, _MORE]
        if share:
            parts.append(share)
    return text_dump(*parts, ["About us", "Contact"])


@pytest.mark.parametrize(
    ("stamps", "share"),
    [
        (["15:30 Uhr", "14:10 Uhr", "13:25 Uhr", "12:05 Uhr"], None),
        (
            [
                "3:30 p.m.Sara Lind",
                "2:10 p.m.Sara Lind",
                "1:25 p.m.Sara Lind",
                "12:05 p.m.Sara Lind",
            ],
            "ShareCopy link",
        ),
        (
            ["15:30 Nadia Holm", "14:10 Nadia Holm", "13:25 Nadia Holm", "12:05 Nadia Holm"],
            "Share Copy link",
        ),
        (["11:42 hrs", "11:05 hrs", "10:31 hrs", "10:12 hrs"], None),
    ],
)
def test_a_live_blogs_stamps_and_share_rows_are_chrome(
    stamps: list[str], share: str | None
) -> None:
    article = parse_text_dump(_blog(stamps, share))

    assert all(post in article.text for _, post in _POSTS)
    assert all(heading in article.text for heading, _ in _POSTS[1:])
    assert all(stamp not in article.text for stamp in stamps)
    assert share is None or share not in article.text


def test_key_events_and_a_lone_time_stay() -> None:
    # headlines after their times name no author twice: a key events list, the page's text
    events = [
        "16:52 Power back for most homes",
        "16:20 Rail line reopens",
        "15:34 Rest centre opens",
    ]
    lone = "At 14:10 the harbour master closed the port for the rest of the day."
    dump = text_dump(
        ["News", "Weather", "Sport"],
        "Storm live: ferries resume as the wind drops",
        _POSTS[0][1],
        events,
        _POSTS[1][1],
        lone,
        _POSTS[2][1],
    )
    article = parse_text_dump(dump)

    assert lone in article.text
    assert all(post in article.text for _, post in _POSTS[:3])


def test_a_programmes_times_each_over_a_short_line_stay() -> None:
    from clipper.extract.text.dump import parse_text_dump
    from helpers import text_dump

    intro = (
        "The village marks its eight hundredth year on Saturday with a day of events on the"
        " green, and the organisers expect several thousand visitors from across the county."
    )
    more = (
        "Parking will be available in the school field, and the main road will be closed to"
        " traffic from nine in the morning until late in the evening, the council said."
    )
    programme = [
        "11:30",
        "Opening by the mayor",
        "13:00",
        "Children's fancy dress parade",
        "15:30",
        "Brass band on the green",
        "18:00",
        "Fireworks over the pond",
    ]
    dump = text_dump(
        ["Home", "News"], "Village celebrates 800 years", intro, "The timetable:", *programme, more
    )
    text = parse_text_dump(dump).text
    assert "13:00" in text and "15:30" in text and more in text


def test_a_greek_direction_is_no_follow_us_line() -> None:
    from clipper.extract.text.lines import CHROME, classify

    assert classify("Ακολουθήστε το protothema.gr στο Google News").kind == CHROME
    assert classify("Ακολουθήστε το καλντερίμι μέχρι τη γέφυρα και στρίψτε αριστερά").kind != CHROME
