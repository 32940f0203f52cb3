"""One of many anchored patterns, asked only of the ones a text's first character can start.

A rule list joined into one pattern (``^(?:a|b|c…)$``) is one regex call per text, but
the regex engine still tries every alternative at the text's first position: with
hundreds of phrases in forty languages, about 20 µs a text, and more with every phrase
added. Most alternatives can start with only a few characters ("advertisement" with
an ``a``), so :class:`FirstChar` works out, once per pattern, which characters each
alternative can start with, and for a text joins only the alternatives its first
character allows (compiled once per set of alternatives, remembered per character).

The answer is exactly the joined pattern's: an anchored match of ``a|b|c`` is a match
of one of them, and an alternative is left out only when it can't match a text
starting with that character (case-insensitive as the regex engine compares: each
character's simple lower case, and the few characters it treats as one). Whatever the
analysis can't read (``.``, ``[^…]``, a backreference, an alternative that can match
nothing at all) keeps its alternative in every set; without the regex engine's tables
(another Python) every text gets the joined pattern.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any


def _engine() -> tuple[Any, Any, Any, Any] | None:
    """The regex engine's own tables (CPython's ``re`` internals), or None."""
    try:
        tolower = importlib.import_module("_sre").unicode_tolower
        try:  # Python 3.11+
            constants = importlib.import_module("re._constants")
            parser = importlib.import_module("re._parser")
            folds = importlib.import_module("re._casefix")._EXTRA_CASES
        except ImportError:  # Python 3.10
            constants = importlib.import_module("sre_constants")
            parser = importlib.import_module("sre_parse")
            folds = importlib.import_module("sre_compile")._ignorecase_fixes
    except (ImportError, AttributeError):  # pragma: no cover - not CPython
        return None
    return tolower, constants, parser, folds


_ENGINE = _engine()
_tolower: Any
_c: Any
_parse: Any
_FOLDS: Any
_tolower, _c, _parse, _FOLDS = _ENGINE if _ENGINE is not None else (None, None, None, {})

# more characters in one set than this: not read, the alternative is always tried
_MAX_RANGE = 1024
# characters remembered per pattern before the memo starts afresh
_MAX_REMEMBERED = 8192


class _Unread(Exception):
    """A part of a pattern the first-character analysis doesn't read."""


class FirstChar:
    """``prefix + "|".join(parts) + suffix``, compiled with ``flags``, asked only of the
    parts a text's first character can start (see the module's docstring).

    ``match`` and ``fullmatch`` answer whether the joined pattern matches (a bool).
    """

    def __init__(
        self, parts: Sequence[str], flags: int = 0, prefix: str = "", suffix: str = ""
    ) -> None:
        self._parts = tuple(parts)
        self._flags = flags
        self._prefix, self._suffix = prefix, suffix
        self.whole = self._compile(range(len(self._parts)))
        starts = [_starts(part, flags) for part in self._parts]
        self._starts: list[tuple[frozenset[int], Callable[[str], bool] | None] | None] = starts
        self._by_char: dict[str, re.Pattern[str]] = {}
        self._by_parts: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._dispatch = _tolower is not None and not flags & (re.ASCII | re.LOCALE)

    def match(self, text: str) -> bool:
        return self._for(text).match(text) is not None

    def fullmatch(self, text: str) -> bool:
        return self._for(text).fullmatch(text) is not None

    def _for(self, text: str) -> re.Pattern[str]:
        if not text or not self._dispatch:
            return self.whole
        first = text[0]
        found = self._by_char.get(first)
        if found is None:
            found = self._pattern_for(first)
        return found

    def _pattern_for(self, first: str) -> re.Pattern[str]:
        assert _tolower is not None
        low = _tolower(ord(first))
        lowered = chr(low)
        chosen = tuple(
            i
            for i, start in enumerate(self._starts)
            if start is None
            or low in start[0]
            or (start[1] is not None and (start[1](first) or start[1](lowered)))
        )
        found = self._by_parts.get(chosen)
        if found is None:
            found = self._by_parts[chosen] = self._compile(chosen)
        if len(self._by_char) >= _MAX_REMEMBERED:
            self._by_char.clear()
        self._by_char[first] = found
        return found

    def _compile(self, chosen: Sequence[int]) -> re.Pattern[str]:
        body = "|".join(self._parts[i] for i in chosen) or "(?!)"
        return re.compile(self._prefix + body + self._suffix, self._flags)


def _starts(part: str, flags: int) -> tuple[frozenset[int], Callable[[str], bool] | None] | None:
    """The characters (simple lower case) ``part`` can start a match with, and a test for
    the classes (``\\w``, ``\\d``…) it can start with; None: any character, as far as
    the analysis can tell."""
    if _tolower is None:
        return None
    keys: set[int] = set()
    classes: set[str] = set()
    try:
        if _sequence(_parse.parse(part, flags), keys, classes):
            return None  # it can match nothing: then any text's first character is fine
    except (_Unread, re.error, RecursionError):
        return None
    test = re.compile("|".join(sorted(classes))).match if classes else None
    return frozenset(keys), (None if test is None else lambda ch: test(ch) is not None)


def _sequence(items: Any, keys: set[int], classes: set[str]) -> bool:
    """Add what can start ``items`` to ``keys`` and ``classes``; whether they can match nothing."""
    return all(_item(op, av, keys, classes) for op, av in items)


def _item(op: Any, av: Any, keys: set[int], classes: set[str]) -> bool:
    if op is _c.LITERAL:
        _add(av, keys)
        return False
    if op is _c.IN:
        for sub_op, sub_av in av:
            if sub_op is _c.LITERAL:
                _add(sub_av, keys)
            elif sub_op is _c.RANGE and sub_av[1] - sub_av[0] <= _MAX_RANGE:
                for code in range(sub_av[0], sub_av[1] + 1):
                    _add(code, keys)
            elif sub_op is _c.CATEGORY and sub_av in _CLASSES:
                classes.add(_CLASSES[sub_av])
            else:
                raise _Unread  # [^…], a wide range
        return False
    if op is _c.BRANCH:
        empty = False
        for branch in av[1]:
            empty = _sequence(branch, keys, classes) or empty
        return empty
    if op is _c.SUBPATTERN:
        return _sequence(av[3], keys, classes)
    if op in _REPEATS:
        return _sequence(av[2], keys, classes) or av[0] == 0
    if op is _ATOMIC:
        return _sequence(av, keys, classes)
    if op in _ZERO_WIDTH:
        return True  # ^, \b, a lookahead: they consume nothing, what follows starts
    raise _Unread  # ., [^x], a backreference, a conditional


def _add(code: int, keys: set[int]) -> None:
    """A character as the regex engine compares it without case: its simple lower case,
    and the characters it treats as the same (``s`` and ``ſ``)."""
    assert _tolower is not None
    low = _tolower(code)
    keys.add(low)
    keys.update(_FOLDS.get(low, ()))


_REPEATS: tuple[Any, ...] = ()
_ZERO_WIDTH: tuple[Any, ...] = ()
_ATOMIC: Any = object()
_CLASSES: dict[Any, str] = {}
if _c is not None:
    _REPEATS = tuple(
        getattr(_c, name)
        for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")  # the last: 3.11+
        if hasattr(_c, name)
    )
    _ATOMIC = getattr(_c, "ATOMIC_GROUP", _ATOMIC)  # 3.11+
    _ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
    _CLASSES = {
        _c.CATEGORY_DIGIT: r"\d",
        _c.CATEGORY_NOT_DIGIT: r"\D",
        _c.CATEGORY_SPACE: r"\s",
        _c.CATEGORY_NOT_SPACE: r"\S",
        _c.CATEGORY_WORD: r"\w",
        _c.CATEGORY_NOT_WORD: r"\W",
        _c.CATEGORY_UNI_DIGIT: r"\d",
        _c.CATEGORY_UNI_NOT_DIGIT: r"\D",
        _c.CATEGORY_UNI_SPACE: r"\s",
        _c.CATEGORY_UNI_NOT_SPACE: r"\S",
        _c.CATEGORY_UNI_WORD: r"\w",
        _c.CATEGORY_UNI_NOT_WORD: r"\W",
    }
