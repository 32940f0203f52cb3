"""Reader polls in a text dump, read as the chrome they are (after step 1 of ``dump.py``).

A poll set in an article copies as its question, its answers run together on
one line (the buttons have no space between them: "YesNoAlready have one",
"Ja NeinAbstimmen"), and a vote count or a vote button ("1,204 votes"); a label
("Poll", "Umfrage") may stand over it. The question reads as a sentence of
the article; with the answers under it, it is the page's widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, CHROME, PROSE, SENTENCE, SHORT, Line


def mark_polls(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each poll (label, question, answers, votes) read as chrome. One pass."""
    marked = list(lines)
    shown = [i for i, line in enumerate(lines) if line.kind != BLANK]
    for n, i in enumerate(shown[:-1]):
        question, answers = lines[i], lines[shown[n + 1]]
        if not (
            question.kind in (SENTENCE, PROSE)
            and question.words <= rules.POLL_QUESTION_MAX_WORDS
            and question.text.rstrip().endswith(rules.QUESTION_MARKS)
            and answers.kind == SHORT
            and answers.words <= rules.POLL_ANSWERS_MAX_WORDS
            and rules.RUN_TOGETHER.search(answers.text)
        ):
            # the answers run together, always: a bare count under a question ("42 votes",
            # "Asked by Maria · 12 votes") is a Q&A's or a forum's score, the page's text
            continue
        poll = [i, shown[n + 1]]
        if n + 2 < len(shown) and rules.POLL_VOTE.fullmatch(lines[shown[n + 2]].text):
            poll.append(shown[n + 2])
        elif not rules.POLL_VOTE.search(answers.text):
            continue  # answers run together but no vote: a glued caption, not a poll
        if n > 0 and rules.POLL_LABEL.fullmatch(lines[shown[n - 1]].text):
            poll.append(shown[n - 1])
        for k in poll:
            marked[k] = replace(lines[k], kind=CHROME, reason=rules.POLL_REASON)
    return tuple(marked)
