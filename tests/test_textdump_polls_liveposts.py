"""Reader polls and live-blog post headers in a browser copy (invented text)."""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump

_PARA = (
    "The harbour board met on Thursday to settle the future of the old ferry pier, "
    "which has been closed to walkers since the winter storms damaged its deck."
)
_PARA2 = (
    "Board members said repairs would start in the spring and that the pier would "
    "reopen before the summer season, when the island boats run every hour."
)


def _copy(*middle: str) -> str:
    return "\n\n".join(
        ("Harbour board settles pier repairs", "By Tom Reed", _PARA, *middle, _PARA2)
    )


def test_results_line_under_a_question_is_kept() -> None:
    text = parse_text_dump(
        _copy("Who won the seat?", "Board results: Blue 1,310 votes, Red 877 votes")
    ).text
    assert "Board results: Blue 1,310 votes, Red 877 votes" in text
    assert "Who won the seat?" in text


def test_poll_with_buttons_and_votes_still_goes() -> None:
    text = parse_text_dump(_copy("Should the pier reopen?", "YesNoNot sure", "2,045 votes")).text
    assert "votes" not in text
    assert "Should the pier reopen?" not in text


_POSTS = (
    "Flood live: river rises in the valley",
    "Our reporters follow the river as it rises through the valley towns this afternoon.",
    "16:20 Ola Berg",
    "Bridge closed",
    "Police closed the old stone bridge to traffic after water reached the arches, "
    "the county said in a short statement.",
    "Share",
    "15:55 · Ola Berg",
    "Sandbags were handed out at the fire station until early afternoon, and more are "
    "on their way from the depot on the coast road.",
    "Share",
    "15:31 Kim Sato",
    "15:31 The train line to the coast is running again after a morning of delays, "
    "the operator told our reporter at the station.",
    "Share",
    "15:02 Ola Berg",
    "The weather service expects the rain to ease by the evening, with the river peaking overnight.",
    "Share",
)


def test_live_post_headers_go_and_a_post_opening_with_a_time_stays() -> None:
    text = parse_text_dump("\n\n".join(_POSTS)).text
    assert "Ola Berg" not in text
    assert "Kim Sato" not in text
    assert "15:31 The train line to the coast is running again" in text
    assert "Police closed the old stone bridge" in text


def test_timetable_lines_that_do_not_repeat_a_name_stay() -> None:
    text = parse_text_dump(
        _copy("The day's programme:", "09:00 Registration", "10:30 Harbour Walk", "12:00 Lunch")
    ).text
    assert "10:30 Harbour Walk" in text
