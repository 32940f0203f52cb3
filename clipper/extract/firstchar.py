"""One of many anchored patterns, asked only of the ones a text's first character can start.

A rule list joined into one pattern (``^(?:a|b|c…)$``) is one regex call per text, but
the regex engine still tries every alternative at the text's first position: with
hundreds of phrases in forty languages, about 20 µs a text, and more with every phrase
added. Most alternatives can start with only a few characters ("advertisement" with
an ``a``), so :class:`FirstChar` works out, once per pattern, which characters each
alternative can start with, and for a text joins only the alternatives its first
character allows (compiled once per set of alternatives, remembered per character).

Each part is split into its top-level alternatives first (``(?:apple|banana)`` is two),
so that a character's set holds only the phrases that character can start, not every
part holding one of them: the sets compile in a millisecond or two instead of the
whole list's 20 to 30 ms, which a process paid for each new first character it met
(a single ``clipper clip`` several times). Nothing is compiled or analysed before the
first text is asked about.

The answer is exactly the joined pattern's: an anchored match of ``a|b|c`` is a match
of one of them, and an alternative is left out only when it can't match a text
starting with that character (case-insensitive as the regex engine compares: each
character's simple lower case, and the few characters it treats as one). Whatever the
analysis can't read (``.``, ``[^…]``, a backreference, an alternative that can match
nothing at all) keeps its alternative in every set; without the regex engine's tables
(another Python) every text gets the joined pattern.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterator, Sequence
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
        self._branches: tuple[str, ...] | None = None  # the parts' alternatives, when first asked
        self._starts: list[tuple[frozenset[int], Callable[[str], bool] | None] | None] = []
        self._by_char: dict[str, re.Pattern[str]] = {}
        self._by_parts: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._dispatch = _tolower is not None and not flags & (re.ASCII | re.LOCALE)

    @functools.cached_property
    def whole(self) -> re.Pattern[str]:
        """The joined pattern itself, compiled (when first asked for)."""
        body = "|".join(self._parts) if self._parts else "(?!)"  # [""] matches ""
        return re.compile(self._prefix + body + self._suffix, self._flags)

    def match(self, text: str) -> bool:
        return self._for(text).match(text) is not None

    def fullmatch(self, text: str) -> bool:
        return self._for(text).fullmatch(text) is not None

    def _for(self, text: str) -> re.Pattern[str]:
        if not self._dispatch:
            return self.whole
        first = text[:1]  # "": the alternatives that may match nothing
        found = self._by_char.get(first)
        if found is None:
            found = self._pattern_for(first)
        return found

    def _pattern_for(self, first: str) -> re.Pattern[str]:
        assert _tolower is not None
        if self._branches is None:  # the first text asked about
            whole = not _splittable(self._flags, self._prefix + self._suffix)
            pairs = [
                pair
                for part in self._parts
                for pair in ([(part, part)] if whole else _alternatives(part))
            ]
            branches = tuple(branch for branch, _ in pairs)
            self._starts = [
                _starts(head, self._flags) or (_starts(b, self._flags) if head != b else None)
                for b, head in pairs
            ]
            self._branches = branches  # last: another thread then sees both
        if not first:
            chosen = tuple(i for i, start in enumerate(self._starts) if start is None)
        else:
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
        assert self._branches is not None
        body = "|".join(self._branches[i] for i in chosen) if chosen else "(?!)"
        return re.compile(self._prefix + body + self._suffix, self._flags)


def _alternatives(part: str, depth: int = 0, head: str | None = None) -> list[tuple[str, str]]:
    """``part``'s alternatives, each a group of its own, as far as they can be told apart
    by the text alone: the top-level ones (``(?:a|b(c|d))`` is ``(?:a)`` and
    ``(?:b(c|d))``), and those of a leading group, each with what follows it
    (``(?:a|b) c`` is ``(?:(?:a) c)`` and ``(?:(?:b) c)``); ``part`` itself when it has
    one, or refers to a group by number or name (splitting changes their numbers).

    Asking whether any of them matches is asking whether ``part`` does: an anchored
    match of ``a|b`` is a match of ``a`` or of ``b``, whatever their order.

    Each comes with its head, the pattern its first character is read from: ``(?:a)``
    for ``(?:a) c``, so that what follows a group is not read once per alternative
    (:func:`_starts` reads the whole alternative when the head may match nothing).
    """
    head = head or part
    if depth > _MAX_DEPTH or _BACKREFERENCE.search(part) or not _splittable(0, part):
        return [(part, head)]
    inner = part
    while _one_group(inner):
        inner = inner[3:-1]
    branches = _top_level_split(inner)
    if len(branches) > 1:
        return [found for b in branches for found in _alternatives(f"(?:{b})", depth + 1)]
    distributed = _distributed(inner)
    if len(distributed) < 2:
        return [(part, head)]
    return [
        found
        for b, first in distributed
        for found in _alternatives(f"(?:{b})", depth + 1, f"(?:{first})")
    ]


# how deep alternatives are looked for inside alternatives, and how many characters of
# what follows a leading group may be written out again for its alternatives
_MAX_DEPTH = 3
# \1 to \99, (?P=name), or a conditional (?(1)...): a part that refers to its groups
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
# verbose mode set inside a pattern ("(?x)", "(?ix:"): white space and "#" comments then
# mean nothing, which the reading of a pattern's structure below doesn't know
_INLINE_VERBOSE = re.compile(r"\(\?[aiLmsux]*x[aiLmsux]*(?:-[imsx]+)?[:)]")


def _splittable(flags: int, pattern: str) -> bool:
    """Whether alternatives can be told apart in ``pattern`` by its text: not in verbose
    mode, not where a "(?#…)" comment may hide a bracket, not in a prefix or suffix that
    refers to a part's groups (splitting renumbers them)."""
    if flags & re.VERBOSE or _INLINE_VERBOSE.search(pattern) or "(?#" in pattern:
        return False
    return _BACKREFERENCE.search(pattern) is None


_MAX_REPEATED = 2000
# a group a leading group may open with: (, (?: or scoped flags such as (?-i:
_OPENER = re.compile(r"\((?:\?[aiLmsux]*(?:-[imsx]+)?:)?")


def _distributed(text: str) -> list[tuple[str, str]]:
    """``(?:a|b)rest`` as ``(?:a)rest`` and ``(?:b)rest``, each with its group alone:
    the alternatives of the group ``text`` starts with (not one with a quantifier after
    it, nor a lookaround), each followed by the rest; none when there is no such group."""
    opener = _OPENER.match(text)
    if opener is None or text.startswith(("(?=", "(?!", "(?<", "(?>", "(?P", "(?#")):
        return []
    close = _closing(text)
    if close is None:
        return []
    rest = text[close + 1 :]
    if rest[:1] in ("?", "*", "+", "{") or "(?P<" in rest:
        return []  # a group that may be skipped; a named group the copies would repeat
    alternatives = _top_level_split(text[opener.end() : close])
    if len(alternatives) < 2 or len(rest) * (len(alternatives) - 1) > _MAX_REPEATED:
        return []
    scoped = opener.group() if opener.group() not in ("(", "(?:") else "(?:"
    return [(f"{scoped}{a}){rest}", f"{scoped}{a})") for a in alternatives]


def _closing(text: str) -> int | None:
    """Where the group that opens ``text`` closes."""
    depth = 0
    for i, kind in _structure(text):
        if kind == "(":
            depth += 1
        elif kind == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _one_group(text: str) -> bool:
    """Whether ``text`` is one non-capturing group, ``(?:…)``, with nothing after it."""
    return text.startswith("(?:") and _closing(text) == len(text) - 1


def _top_level_split(text: str) -> list[str]:
    """``text`` split at the ``|`` outside any group and character class."""
    depth, start, parts = 0, 0, []
    for i, kind in _structure(text):
        if kind == "(":
            depth += 1
        elif kind == ")":
            depth -= 1
        elif depth == 0:  # "|"
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _structure(text: str) -> Iterator[tuple[int, str]]:
    """The positions of the ``(``, ``)`` and ``|`` that structure a pattern: not escaped
    (``\\(``) and not inside a character class (``[(|)]``, ``[]|]``, ``[^]]``)."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and text[i] == "^":
                i += 1
            if i < n and text[i] == "]":
                i += 1  # a "]" first in a class is a character of it
            while i < n and text[i] != "]":
                i += 2 if text[i] == "\\" else 1
            i += 1
            continue
        if ch in "()|":
            yield i, ch
        i += 1


def _starts(part: str, flags: int) -> tuple[frozenset[int], Callable[[str], bool] | None] | None:
    """The characters (simple lower case) ``part`` can start a match with, and a test for
    the classes (``\\w``, ``\\d``…) it can start with; None: any character, as far as
    the analysis can tell."""
    if _tolower is None:
        return None
    if "(?a" in part:
        return None  # ASCII classes (\\W matches "é"), which the analysis reads as Unicode's
    keys: set[int] = set()
    if _splittable(flags, part) and (first := _plain_first(part)) is not None:
        _add(ord(first), keys)
        return frozenset(keys), None
    classes: set[str] = set()
    try:
        if _sequence(_parse.parse(part, flags), keys, classes):
            return None  # it can match nothing: then any text's first character is fine
    except (_Unread, re.error, RecursionError):
        return None
    test = re.compile("|".join(sorted(classes))).match if classes else None
    return frozenset(keys), (None if test is None else lambda ch: test(ch) is not None)


def _plain_first(part: str) -> str | None:
    """The character ``part`` must start with, when it says so plainly: after its opening
    groups, a letter that is no regex syntax and has no quantifier that may skip it, in
    a part with no alternatives at all (``(?:(?:la) suite)``: ``l``); else None, and
    the regex parser reads it."""
    if "|" in part:
        return None
    i = 0
    while (opener := _OPENER.match(part, i)) is not None and opener.end() > i:
        if part.startswith(("(?=", "(?!", "(?<", "(?>", "(?P", "(?#"), i):
            return None
        close = _closing(part[i:])
        if close is None or part[i + close + 1 : i + close + 2] in ("?", "*", "{"):
            return None  # a group that may be skipped
        i = opener.end()
    if i + 1 >= len(part) or part[i] in _SYNTAX or part[i + 1] in "?*{":
        return None
    return part[i]


_SYNTAX = frozenset("\\[](){}.*+?^$|")


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
