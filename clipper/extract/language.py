"""The language of an article's text, for pages and dumps that don't declare it.

One small function for both extract stages (HTML and text dumps): py3langid, a
maintained fork of langid.py whose model ships inside the package (no download),
classifies a bounded sample of the text. Short or ambiguous text gets ``None``
rather than a guess.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Below this many characters a language guess is mostly noise ("OK", a name).
MIN_CHARS = 40
# The classifier's time grows with the text; this much of it is plenty.
SAMPLE_CHARS = 5000
# The normalised probability under which the answer is "don't know".
MIN_CONFIDENCE = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # loading the model takes most of a second: once per process, on first use
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, min_confidence: float = MIN_CONFIDENCE) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or ``None``.

    >>> detect_language("Der Hafen bleibt wegen der Bauarbeiten bis Ende Mai geschlossen.")
    'de'
    """
    sample = " ".join(text[: SAMPLE_CHARS * 2].split())[:SAMPLE_CHARS]
    if len(sample) < MIN_CHARS:
        return None
    lang, probability = _identifier().classify(sample)
    return str(lang) if probability >= min_confidence else None
