"""Bytes to text: BOM, then the declared charset, then UTF-8, then a detector; says which it used.

Bad input is normal input here, so every refusal is a DecodeError / EmptyInput / InputTooLarge
with a message a user can act on.
"""

from __future__ import annotations

import codecs
import gzip
import zlib

import attrs
from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

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
_LATIN_FAMILY = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "ascii", "us-ascii"}
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}


@attrs.frozen(slots=True)
class Decoded:
    text: str
    encoding: str | None  # None when the input was already text
    warnings: tuple[str, ...] = ()


def decode(data: bytes | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
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
    text, encoding, warnings = _decode_bytes(data)
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


def _decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", ""), []
            except UnicodeDecodeError as exc:
                raise DecodeError(f"byte-order mark says {codec} but the bytes are not: {exc}") from exc
    if b"\x00" in data[:4096]:
        raise DecodeError("input is binary (NUL bytes), not an HTML page or a text dump")
    warnings: list[str] = []
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared:
        declared = declared.lower()
        try:
            codecs.lookup(declared)
        except LookupError:
            warnings.append(f"declared charset {declared!r} is unknown; detected the encoding instead")
            declared = None
    if declared:
        if declared in _LATIN_FAMILY and _is_utf8_with_multibyte(data):
            warnings.append(f"declared charset {declared!r} but the bytes are UTF-8; read as UTF-8")
            return data.decode("utf-8"), "utf-8", warnings
        try:
            return data.decode(declared), declared, warnings
        except UnicodeDecodeError:
            warnings.append(f"bytes do not match the declared charset {declared!r}; detected the encoding instead")
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("cannot tell the text encoding of the input (binary data, or mixed encodings)")
    warnings.append(f"no usable charset declared; detected {best.encoding}")
    return str(best), best.encoding, warnings


def _is_utf8_with_multibyte(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data)


def _check_text(text: str, what: str) -> None:
    if not text.strip():
        raise EmptyInput("input is empty")
    sample = text[:65536]
    bad = sum(1 for ch in sample if ch == "\ufffd" or ord(ch) in _CONTROL)
    if bad > max(8, len(sample) // 100):
        raise DecodeError(f"{what} is mostly control or replacement characters: binary or mis-encoded data")
