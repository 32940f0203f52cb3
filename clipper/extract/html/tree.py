"""Small tree helpers the HTML modules share: the parser, fragments, words, spaces."""

from __future__ import annotations

import re
import threading

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

_LOCAL = threading.local()  # lxml parsers must not be shared between threads
WORD = re.compile(r"\w+")
SPACE = re.compile(r"\s+")
# the words of a class or id: "author-bio_box video" -> author, bio, box, video
NAME_WORDS = re.compile(r"[\s_-]+")
# a camelCase name's word breaks ("audioPlayer", "podcastCredits"), read as "-" before
# the name is lower-cased: :func:`camel_words`
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


# the elements below one with a class or an id, in document order
NAMED = etree.XPath(".//*[@class or @id]")


def name_parts(tokens: frozenset[str]) -> re.Pattern[str]:
    """A pattern found in every name holding one of ``tokens`` as a word (and in some
    others): each token that holds no shorter one, as plain text. A quick test before
    a name is split into its words."""
    parts = sorted(t for t in tokens if not any(o != t and o in t for o in tokens))
    return re.compile("|".join(map(re.escape, parts)))


def camel_words(name: str) -> str:
    """A class or id name with its camelCase words parted by ``-`` ("podcastCredits" ->
    "podcast-Credits"), so that the rules reading ``-`` parts read them too."""
    return _CAMEL_BREAK.sub("-", name)


def html_parser() -> lxml_html.HTMLParser:
    """This thread's HTML parser (comments and processing instructions dropped).

    Its elements are all plain ``HtmlElement``: lxml.html's own parser asks a
    Python function which class each element gets (a form, an input, a label
    have their own) every time an element is touched from Python, over a
    million calls on a hundred pages. clipper and the libraries it hands the
    tree to use none of those form classes' extras, so lxml's C lookup does.
    """
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True)
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=lxml_html.HtmlElement,
                comment=lxml_html.HtmlComment,
                pi=lxml_html.HtmlProcessingInstruction,
                entity=lxml_html.HtmlEntity,
            )
        )
    return parser


def new_element(tag: str) -> HtmlElement:
    """A new element of this thread's parser (its children get the same cheap class lookup)."""
    return html_parser().makeelement(tag)


def collapse(text: str) -> str:
    """Every run of whitespace as one space, as ``SPACE.sub(" ", text)`` gives it.

    Nothing to collapse in printable text without two spaces in a row (it has no
    whitespace but the space); else ``str.split`` finds the runs (the characters
    SPACE matches) quicker than the regex replaces them.
    """
    if "  " not in text and text.isprintable():
        return text
    words = text.split()
    if not words:
        return " " if text else ""
    return f"{' ' if text[0].isspace() else ''}{' '.join(words)}{' ' if text[-1].isspace() else ''}"


def parse_fragment(html: str) -> HtmlElement | None:
    """A block of HTML as the ``<body>`` lxml puts it in (None when there is nothing)."""
    if not html.strip():
        return None
    try:
        # None for a frameset, or nothing at all
        return lxml_html.document_fromstring(html, parser=html_parser()).find("body")
    except (etree.ParserError, ValueError):
        return None


def norm(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def norm_prefix(text: str, chars: int) -> str:
    """``norm(text)[:chars]``, normalising no more of a long text than it takes.

    The words of a prefix of ``text`` are the first words of ``text`` (the last
    perhaps cut short), so joined they are a prefix of ``norm(text)``: once a
    prefix gives ``chars`` characters, the rest of the text can't change them.
    """
    window = 4 * chars
    head = norm(text[:window])
    if len(head) >= chars or len(text) <= window:
        return head[:chars]
    return norm(text)[:chars]
