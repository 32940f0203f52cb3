"""What storing works out from an article's text, made where the article was made."""

from __future__ import annotations

from dataclasses import dataclass

from clipper.cjk import index_terms
from clipper.models import Article
from clipper.similar import sketch
from clipper.store.clippings import content_hash


@dataclass(frozen=True, slots=True)
class Derived:
    """What storing works out from an article's text: its hash, sketch, CJK index terms, words.

    A batch works it out in the extraction process (:func:`derive`), so that
    the process storing every clipping doesn't.
    """

    text_hash: str
    text_sketch: tuple[int, ...]
    title_cjk: str
    text_cjk: str
    word_count: int


def derive(article: Article) -> Derived:
    return Derived(
        text_hash=content_hash(article.text),
        text_sketch=sketch(article.text),
        title_cjk=index_terms(article.title),
        text_cjk=index_terms(article.text),
        word_count=article.word_count,
    )
