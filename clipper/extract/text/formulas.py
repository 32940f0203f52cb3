"""Formulas a browser copied one symbol per line, joined again (before step 1 of ``dump.py``).

A page's MathML, copied without the script or style that lays it out, comes out
one symbol per line: "a", "x", "2", "+", "b", ... "=", "0", with the sentence
around it split where the formula stood (" , there are two solutions to ").
Read line by line, none of it is prose, so an article of formulas loses all
but its last paragraph. A run of lines (no blank between) that holds such a
formula (``rules.FORMULA_MIN_SYMBOLS`` symbols or more, one of them an
operator) is joined again: each symbol, and each line that goes on the
sentence (it opens with a space, as text after an inline element does), to the
line above it.
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.extract.text import rules as rules


def join_formulas(raw_lines: Sequence[str]) -> list[str]:
    """``raw_lines`` with each formula copied one symbol per line on one line again."""
    if not any(_symbol(raw) and rules.FORMULA_OPERATOR.search(raw) for raw in raw_lines):
        return list(raw_lines)  # most dumps: no operator alone on a line
    joined: list[str] = []
    start = 0
    for end in range(len(raw_lines) + 1):
        # A tab alone is no blank: it parts a matrix's cells inside a formula.
        if end < len(raw_lines) and raw_lines[end].strip(" "):
            continue
        joined.extend(_join_run(raw_lines[start:end]))
        if end < len(raw_lines):
            joined.append(raw_lines[end])
        start = end + 1
    return joined


def _symbol(raw: str) -> bool:
    """A line of one symbol: a variable, a number, an operator or a bracket."""
    text = raw.strip()
    return 0 < len(text) <= rules.FORMULA_SYMBOL_MAX_CHARS and not any(c.isspace() for c in text)


def _join_run(run: Sequence[str]) -> list[str]:
    """A run of lines with no blank between, its formulas on one line each."""
    if not _holds_formula(run):
        return list(run)
    lines: list[list[str]] = []
    for raw in run:
        if not raw.strip(" \t"):
            continue  # the tab between a matrix's cells
        goes_on = _symbol(raw) or rules.FORMULA_GOING_ON.match(raw) is not None
        if goes_on and lines:
            lines[-1].append(raw.strip())
        else:
            lines.append([raw.strip()])
    return [" ".join(pieces) for pieces in lines]


def _holds_formula(run: Sequence[str]) -> bool:
    """Whether ``FORMULA_MIN_SYMBOLS`` symbol lines in a row, one an operator, stand in ``run``."""
    symbols = 0
    operator = False
    for raw in run:
        if not raw.strip(" \t"):
            continue
        if _symbol(raw):
            symbols += 1
            operator = operator or rules.FORMULA_OPERATOR.search(raw) is not None
            if symbols >= rules.FORMULA_MIN_SYMBOLS and operator:
                return True
        else:
            symbols, operator = 0, False
    return False
