"""Code blocks in a text dump: the lines of a page's ``<pre>`` read as code (after step 1 of ``dump.py``).

A browser copies a code listing or a console's output line by line, indented as
the page showed it, with no blank line between; alone, its lines look like
anything: "SELECT" and "FROM" like menu items, a log row with a date like a
byline, "</head>" like a link to the previous entry, "});" like stray
punctuation. Read as such, they end the article or part it in two. A run of
lines that reads as code as a whole (``rules.CODE_INDENT``,
``rules.CODE_SYNTAX``) is code, line by line: short lines with the reason
``rules.CODE_REASON``, which weigh nothing between two paragraphs and stay in
the body as ``<pre>``. Sentences and paragraphs in it keep their kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, PROSE, SENTENCE, SHORT, Line


def mark_code(raw_lines: Sequence[str], lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each line of a code run read as code.

    ``raw_lines`` are the lines as copied (their indentation kept), one for
    each of ``lines``. One pass over the runs.
    """
    marked = list(lines)
    shown = [i for i, line in enumerate(lines) if line.kind != BLANK]
    indented = {i for i in shown if rules.CODE_INDENT.match(raw_lines[i])}
    if len(indented) > len(shown) * rules.CODE_INDENT_MAX_SHARE:
        # Indented throughout: the page keeps its source's spacing everywhere
        # (or is one long <pre>), so indentation tells no code from prose.
        indented = set()
    start = 0
    for end in range(len(lines) + 1):
        # A paragraph or a sentence ends a run as a blank line does: code
        # stands between them, and furniture after the last is not its.
        if end < len(lines) and lines[end].kind not in (BLANK, PROSE, SENTENCE):
            continue
        run = range(start, end)
        start = end + 1
        syntax = sum(1 for i in run if _in_syntax(lines[i].text))
        spaced = sum(1 for i in run if i in indented and not _in_syntax(lines[i].text))
        if (
            syntax >= 1
            and syntax + spaced >= rules.CODE_RUN_MIN_LINES
            and syntax + spaced >= len(run) * rules.CODE_RUN_SHARE
        ):
            for i in run:
                marked[i] = _as_code(lines[i])
    return tuple(marked)


def _in_syntax(text: str) -> bool:
    # Not ``rules.CODE_LINE``: a list's items end in ";" too.
    return rules.CODE_SYNTAX.search(text) is not None


def _as_code(line: Line) -> Line:
    return replace(
        line,
        kind=SHORT,
        reason=rules.CODE_REASON,
        bullet=False,
        headline_like=False,
        name_like=False,
        meta=None,
    )


def is_code(line: Line) -> bool:
    """Whether ``line`` stands in a code run (``mark_code``)."""
    return line.kind == SHORT and line.reason == rules.CODE_REASON
