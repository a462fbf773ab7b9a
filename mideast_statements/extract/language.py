"""The language a body is written in, read from its most common function words.

A page's ``lang`` attribute and an adapter's default say what the site usually publishes; the words
say what this page is. Only a clear count decides: a short or mixed text gives None, and the
record keeps what the page declared.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

__all__ = ["DETECTABLE", "detect_language"]

# Frequent words that are rare in the other languages listed (no shared spellings across lists).
_FUNCTION_WORDS = {
    "en": "the and of to in is that for on with was said by have from are not this has but",
    "tr": "ve bir bu da de için ile olarak olan çok ama gibi daha kadar sonra göre ise ki değil",
    "ru": "и в не на что с по как это из он к за от но то для его она так же",
    "ar": "في من على أن إلى عن مع التي الذي هذا هذه كان قال بين بعد ما لا",
    "fa": "و در به از که این را با است برای آن یک شد می تا",
    "he": "של את על זה לא עם הוא גם כי אם היא אבל",
    "fr": "le la les et des est une pour dans qui sur pas du au avec ce par",
    "de": "der die und das ist nicht ein eine mit den auch sich von auf für dem",
    "es": "el los las del por una con para que se su al como más pero sus",
}
DETECTABLE = frozenset(_FUNCTION_WORDS)
_WORDS = {word: lang for lang, text in _FUNCTION_WORDS.items() for word in text.split()}
_TOKEN = re.compile(r"\w+", re.UNICODE)
SAMPLE_WORDS = 3000  # enough to tell; bounded, whatever the page's length
MIN_HITS = 8


def detect_language(paragraphs: Sequence[str]) -> str | None:
    """ISO 639-1 code of the body's language, or None when the count is too small or too close."""
    sample: list[str] = []
    for paragraph in paragraphs:
        sample += _TOKEN.findall(paragraph.lower())
        if len(sample) >= SAMPLE_WORDS:
            break
    counts = Counter(lang for lang in map(_WORDS.get, sample[:SAMPLE_WORDS]) if lang)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]
