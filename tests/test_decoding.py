"""Decoding trusts bytes over labels: UTF-8 with a cut last character or a stray bad byte stays
UTF-8, a single-byte label on UTF-8 bytes does not turn them into mojibake, a label that is no text
encoding is ignored, and real single-byte pages still decode in their own code page. The texts are
written for this test."""

from __future__ import annotations

import pytest

from mideast_statements.decode import decode

ENGLISH = "“We are ready to talk,” the mediator’s spokesman said in Port Selan — twice."
RUSSIAN = "Представитель министерства заявил, что переговоры продолжатся в четверг."
ARABIC = "قال المتحدث باسم الوزارة إن المحادثات ستستمر يوم الخميس."
TURKISH = "Cumhurbaşkanlığı sözcüsü görüşmelerin perşembe günü süreceğini söyledi."


def page(text: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>t</title></head><body><p>{text}</p><p>{text}</p></body></html>"


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN, ARABIC, TURKISH])
@pytest.mark.parametrize("label", [None, "utf-8", "iso-8859-1", "windows-1252", "cp1256", "iso-8859-9"])
def test_utf8_bytes_are_read_as_utf8_whatever_the_label(text: str, label: str | None) -> None:
    decoded = decode(page(text, label).encode("utf-8"))
    assert text in decoded.text and decoded.encoding == "utf-8"


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN, ARABIC, TURKISH])
def test_a_page_cut_inside_a_character_stays_utf8(text: str) -> None:
    data = page(text, "utf-8").encode("utf-8")
    cut = data[: data.rindex(text[-5].encode("utf-8")) - 1]  # somewhere near the end
    for end in range(len(cut) - 4, len(cut)):
        decoded = decode(cut[:end])
        assert text in decoded.text and decoded.encoding == "utf-8"


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN, ARABIC, TURKISH])
def test_one_bad_byte_is_replaced_not_a_reason_to_change_the_code_page(text: str) -> None:
    data = page(text, "utf-8").encode("utf-8")
    broken = data.replace(b"<p>", b"<p>\xff", 1)
    decoded = decode(broken)
    assert text in decoded.text and decoded.encoding == "utf-8"
    assert any("replaced" in w for w in decoded.warnings)


@pytest.mark.parametrize(
    ("text", "codec"),
    [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8-r"), (ARABIC, "cp1256"), (TURKISH, "iso-8859-9"), (TURKISH, "cp1254")],
)
def test_single_byte_pages_decode_in_their_own_code_page(text: str, codec: str) -> None:
    decoded = decode(page(text, codec).encode(codec))
    assert text in decoded.text


@pytest.mark.parametrize("label", ["base64", "rot13", "hex", "zlib", "bz2", "uu", "undefined", "punycode", "nonsense"])
def test_a_label_that_is_no_text_encoding_is_ignored(label: str) -> None:
    decoded = decode(page(TURKISH, label).encode("utf-8"))
    assert TURKISH in decoded.text and decoded.encoding == "utf-8"
    decoded = decode(page("plain ascii words only", label).encode("ascii"))
    assert "plain ascii words only" in decoded.text


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN, ARABIC, TURKISH])
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_and_utf16_without_one(text: str, codec: str) -> None:
    decoded = decode(page(text, None).encode(codec))
    assert text in decoded.text


@pytest.mark.parametrize(
    ("text", "codec"),
    [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8-r"), (ARABIC, "cp1256"), (TURKISH, "iso-8859-9"), (TURKISH, "cp1254")],
)
def test_undeclared_single_byte_pages_are_detected(text: str, codec: str) -> None:
    longer = " ".join([text] * 3)
    decoded = decode(page(longer, None).encode(codec))
    assert text in decoded.text


# Turkish prose with its function words (ve, bir, için, ile …), as a news page would have it
TURKISH_PROSE = (
    "Dışişleri Bakanlığı sözcüsü, Port Selan'daki görüşmelerin bu hafta da süreceğini ve iki "
    "tarafın bir uzlaşma için çalıştığını söyledi. Sözcü, heyetin perşembe günü başkente "
    "döneceğini, ancak müzakerelerin daha uzun sürebileceğini ifade etti. Görüşmeler ile ilgili "
    "açıklama, bakanlığın internet sitesinde de yayımlandı ve kısa sürede çok ilgi gördü."
)


@pytest.mark.parametrize("codec", ["iso-8859-9", "cp1254"])
def test_undeclared_turkish_prose_is_not_read_as_central_european(codec: str) -> None:
    decoded = decode(page(TURKISH_PROSE, None).encode(codec))
    assert TURKISH_PROSE in decoded.text and "þ" not in decoded.text and "ţ" not in decoded.text
