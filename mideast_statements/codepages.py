"""Which single-byte code page an undeclared page is in, judged by the letters it turns out.

A statistical detector confuses code pages that share most of their letters: Turkish ISO-8859-9
and Central European cp1250 differ only in ş/ţ, ı/ý, ğ/đ, so "Cumhurbaşkanı" comes out as
"Cumhurbaþkaný" or "Cumhurbaţkaný". The page's function words say which language it is (they are
mostly ASCII, so every candidate reads them alike); the right code page is the one whose high
bytes become that language's letters, and the fewest letters foreign to it.
"""

from __future__ import annotations

import re

from .extract.language import detect_language

__all__ = ["best_code_page"]

# Code pages tried beside the detector's first guess, most common on news sites first.
CANDIDATES = ("cp1252", "cp1254", "cp1251", "koi8-r", "cp1256", "cp1255", "cp1250", "iso-8859-7")

_PUNCTUATION = set("“”‘’‚„–—…«»‹›€£¥°º·•§©®™±¿¡\u00a0\u00ad")
_LATIN = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒ")
_LETTERS: dict[str, set[str]] = {
    "tr": set("çğıöşüâîûÇĞİÖŞÜÂÎÛ"),
    "ru": {chr(c) for c in range(0x0400, 0x0460)},
    "ar": {chr(c) for c in range(0x0600, 0x0700)},
    "fa": {chr(c) for c in range(0x0600, 0x0700)} | set("\u200c"),
    "he": {chr(c) for c in range(0x05B0, 0x05F5)},
    "fr": set("àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ"),
    "de": set("äöüßÄÖÜ"),
    "es": set("áéíóúñüÁÉÍÓÚÑÜ"),
    "en": set(),
}
_ANY = _LATIN.union(*_LETTERS.values())
SAMPLE_BYTES = 200_000  # the choice needs a sample, not the page: bounded whatever its size


def best_code_page(data: bytes, first_guess: str | None) -> str | None:
    """The candidate code page whose text fits its own language best; ``first_guess`` (the
    detector's) wins ties. None when no candidate reads the bytes at all."""
    sample = data[:SAMPLE_BYTES]
    best: tuple[int, str] | None = None
    for codec in dict.fromkeys([*([first_guess] if first_guess else []), *CANDIDATES]):
        try:
            text = sample.decode(codec, errors="replace")
        except LookupError:
            continue
        score = _fit(text)
        if best is None or score > best[0]:
            best = (score, codec)
    return best[1] if best else None


def _fit(text: str) -> int:
    """Letters of the text's language (and common punctuation) minus every other non-ASCII
    character; for a text whose language the words do not tell, a letter of any listed language fits."""
    high = [ch for ch in text if ord(ch) > 0x7F]
    if not high:
        return 0
    language = detect_language(_prose(text))
    fits = _PUNCTUATION | (_LETTERS[language] if language else _ANY)
    good = sum(1 for ch in high if ch in fits)
    return 2 * good - len(high)


_TAG = re.compile(r"<[^<>]{0,4000}>")


def _prose(text: str) -> list[str]:
    """The runs of text between tags that read as prose, not code (scripts, styles, JSON)."""
    return [run for run in _TAG.split(text) if " " in run and not any(c in run for c in "{};=")]
