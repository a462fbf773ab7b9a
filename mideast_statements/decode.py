"""Bytes to text: BOM, then the declared charset, then UTF-8, then a detector; says which it used.

Bad input is normal input here, so every refusal is a DecodeError / EmptyInput / InputTooLarge
with a message a user can act on.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib

import attrs
from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

from .codepages import best_code_page
from .errors import DecodeError, EmptyInput, InputTooLarge

__all__ = ["DEFAULT_MAX_BYTES", "Decoded", "decode"]

# Article pages weigh 50 kB to 3 MB; 10 MB leaves room for inline scripts and stops a runaway dump.
DEFAULT_MAX_BYTES = 10_000_000

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# control characters no text carries (tab, newline and carriage return are text)
CONTROL_CHARACTERS = "".join(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32)))
# and, for the decoding check, DEL and U+FFFD (what a wrong codec leaves)
_BAD_CHARACTERS = CONTROL_CHARACTERS + "\x7f\ufffd"
_BAD_PATTERN = re.compile("[" + _BAD_CHARACTERS + "]")


def contains_any(text: str, characters: str) -> bool:
    """Whether ``text`` holds any of ``characters``: a C-level search per character
    (str.__contains__), a third of the cost of a regex scan over a page that holds none."""
    return any(c in text for c in characters)


@attrs.frozen(slots=True)
class Decoded:
    text: str
    encoding: str | None  # None when the input was already text
    warnings: tuple[str, ...] = ()


def decode(data: bytes | str, *, max_bytes: int = DEFAULT_MAX_BYTES, charset: str | None = None) -> Decoded:
    """Text of the input. ``charset`` is the one a transport declared (an HTTP Content-Type header,
    as a WARC keeps it): it outranks the page's own <meta> declaration, a byte-order mark outranks it."""
    if isinstance(data, str):
        if len(data) > max_bytes:
            raise InputTooLarge(f"input is {len(data):,} characters; the limit is {max_bytes:,} (max_bytes)")
        _check_text(data, "input")
        return Decoded(data, None)
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    data = bytes(data)
    if len(data) > max_bytes:
        raise InputTooLarge(f"input is {len(data):,} bytes; the limit is {max_bytes:,} (max_bytes)")
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_bytes)
    if not data.strip():
        raise EmptyInput("input is empty")
    text, encoding, warnings = _decode_bytes(data, charset)
    _check_text(text, f"input decoded as {encoding}")
    return Decoded(text, encoding, tuple(warnings))


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
        raise DecodeError(f"gzip data is corrupt: {exc}") from exc
    if len(out) > max_bytes:
        raise InputTooLarge(f"gzip input unpacks to more than {max_bytes:,} bytes (max_bytes)")
    if not inflater.eof:
        raise DecodeError("gzip data is truncated (the stream ends early)")
    return out


def _decode_bytes(data: bytes, charset: str | None = None) -> tuple[str, str, list[str]]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", ""), []
            except UnicodeDecodeError as exc:
                raise DecodeError(f"byte-order mark says {codec} but the bytes are not: {exc}") from exc
    if b"\x00" in data[:4096]:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16, "utf-16", ["no byte-order mark; the NUL bytes between characters say UTF-16"]
        raise DecodeError("input is binary (NUL bytes), not an HTML page or a text dump")
    warnings: list[str] = []
    declared = charset or EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared:
        declared = declared.lower()
        if not _text_encoding(declared):
            warnings.append(f"declared charset {declared!r} is no text encoding; detected the encoding instead")
            declared = None
    # bytes over labels: UTF-8 (a cut last character or a few bad bytes replaced) wins over a
    # single-byte declaration, which would turn every multi-byte character into mojibake
    if declared is None or (declared not in _UTF8_NAMES and _single_byte(declared)):
        utf8 = _as_utf8(data)
        if utf8 is not None:
            text, replaced = utf8
            if declared or replaced:
                said = f"declared charset {declared!r} but " if declared else ""
                fixed = f" ({replaced} bad or cut byte sequences replaced)" if replaced else ""
                warnings.append(f"{said}the bytes are UTF-8; read as UTF-8{fixed}")
            return text, "utf-8", warnings
    if declared:
        try:
            return data.decode(declared), declared, warnings
        except UnicodeError:
            utf8 = _as_utf8(data) if declared in _UTF8_NAMES else None  # only now: most pages decode above
            if utf8 is not None:
                text, replaced = utf8
                warnings.append(f"{replaced} bad or cut UTF-8 byte sequences replaced")
                return text, "utf-8", warnings
            warnings.append(f"bytes do not match the declared charset {declared!r}; detected the encoding instead")
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("cannot tell the text encoding of the input (binary data, or mixed encodings)")
    if not _single_byte(best.encoding):
        warnings.append(f"no usable charset declared; detected {best.encoding}")
        return str(best), best.encoding, warnings
    codec = best_code_page(data, best.encoding) or best.encoding
    why = "" if codec == best.encoding else f" (the detector guessed {best.encoding}; the letters say {codec})"
    warnings.append(f"no usable charset declared; detected {codec}{why}")
    return data.decode(codec, errors="replace"), codec, warnings


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text written without a byte-order mark: ASCII markup puts a NUL in every other byte
    (the odd ones little-endian, the even ones big-endian). None when that pattern is absent."""
    head = data[:4096]
    for codec, zeros, other in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        # the markup's ASCII leaves NULs on one side only (Cyrillic or Arabic text fills them in part)
        if len(zeros) > 16 and zeros.count(0) > 0.3 * len(zeros) and other.count(0) < 0.05 * len(other):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _text_encoding(name: str) -> bool:
    """Is ``name`` a codec that turns bytes into text? "base64", "rot13", "zlib" are codecs Python
    knows that are no text encodings; "undefined" refuses everything."""
    try:
        info = codecs.lookup(name)
        b"ascii text".decode(name)
    except (LookupError, UnicodeError, ValueError, TypeError):
        return False
    return bool(getattr(info, "_is_text_encoding", True))


def _single_byte(name: str) -> bool:
    """A codec with one byte per character (latin-1, cp1256, ISO-8859-9, KOI8-R …)."""
    try:
        return len(bytes(range(0x80, 0x100)).decode(name, errors="replace")) == 0x80
    except (LookupError, UnicodeError, ValueError, TypeError):
        return False


_UTF8_NAMES = {"utf-8", "utf8", "utf_8", "u8"}
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _as_utf8(data: bytes) -> tuple[str, int] | None:
    """The text, if the bytes are UTF-8 with multi-byte characters, allowing a few bad or cut
    sequences (replaced, and counted); None when they are no UTF-8 text of that kind. A page in a
    single-byte code page has high bytes that almost never pair up the way UTF-8 does."""
    body, cut = _cut_tail(data)
    try:
        text = body.decode("utf-8")  # the common case, at C speed: no pattern count needed
    except UnicodeDecodeError:
        pass
    else:
        return None if body.isascii() and not cut else (text + "\ufffd" * cut, cut)
    multibyte = len(_UTF8_MULTIBYTE.findall(body))
    if not multibyte and not cut:
        return None
    text = body.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - body.count("\ufffd".encode())
    if replaced and (replaced > max(8, multibyte // 50) or replaced * 4 > multibyte):
        return None  # more bad sequences than a cut or a stray byte explains
    return text + "\ufffd" * cut, replaced + cut


def _cut_tail(data: bytes) -> tuple[bytes, int]:
    """The bytes without a multi-byte character cut off at their end, and 1 when there was one."""
    for back in (1, 2, 3):
        if len(data) < back:
            break
        byte = data[-back]
        if byte < 0x80:
            break
        if byte >= 0xC0:  # a lead byte: how many bytes its character needs
            need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return (data[:-back], 1) if need > back else (data, 0)
    return data, 0


def _check_text(text: str, what: str) -> None:
    if not text.strip():
        raise EmptyInput("input is empty")
    sample = text[:65536]
    # the counting regex only when a character is there at all: a Python loop here cost a fifth of a parse
    bad = len(_BAD_PATTERN.findall(sample)) if contains_any(sample, _BAD_CHARACTERS) else 0
    if bad > max(8, len(sample) // 100):
        raise DecodeError(f"{what} is mostly control or replacement characters: binary or mis-encoded data")
