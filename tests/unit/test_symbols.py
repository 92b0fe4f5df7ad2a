"""A card's barcode and QR code modules: right patterns, read back by a real decoder, bad numbers refused."""

from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.api.models import CardFormat
from kiosk.domain.errors import InputError
from kiosk.domain.identifiers import with_check_digit
from kiosk.cli_text import say
from kiosk.domain.errors import Why
from kiosk.domain.symbols import BarcodeModules, QrModules, barcode_modules, qr_modules

DEMO_CARDS = ["2000000000015", "2000000000022", "2000000000039", "2000000000046", "2000000000053"]
PRINTABLE_ASCII = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=30)


def barcode_image(symbol: BarcodeModules, *, scale: int = 2, height: int = 40) -> memoryview:
    """The bars as a grayscale picture, quiet zones included, two pixels per module."""
    light = [False] * symbol.quiet_zone
    row = b"".join((b"\x00" if dark else b"\xff") * scale for dark in [*light, *symbol.modules, *light])
    return memoryview(row * height).cast("B", (height, len(row)))


def qr_image(symbol: QrModules, *, scale: int = 4) -> memoryview:
    light = (False,) * symbol.quiet_zone
    blank = (False,) * symbol.width
    rows = [blank] * symbol.quiet_zone + [light + row + light for row in symbol.rows] + [blank] * symbol.quiet_zone
    pixels = b"".join(
        b"".join((b"\x00" if dark else b"\xff") * scale for dark in row) * scale for row in rows
    )
    side = symbol.width * scale
    return memoryview(pixels).cast("B", (side, side))


def read(image: memoryview) -> list[tuple[str, str]]:
    return [(found.text, found.format.name) for found in zxingcpp.read_barcodes(image, try_invert=False)]


def as_text(modules: tuple[bool, ...]) -> str:
    return "".join("1" if dark else "0" for dark in modules)


@pytest.mark.parametrize("card", DEMO_CARDS)
def test_ean13_has_95_modules_between_guards_and_scans_as_the_card(card):
    symbol = barcode_modules(card, "EAN13")
    bars = as_text(symbol.modules)
    assert len(bars) == 95
    assert bars.startswith("101") and bars.endswith("101")
    assert bars[45:50] == "01010", "the centre guard sits between the two halves"
    assert symbol.quiet_zone >= 11
    assert symbol.text == card
    assert read(barcode_image(symbol)) == [(card, "EAN13")]


def test_the_campaign_card_format_is_accepted_as_it_comes_from_the_api():
    assert barcode_modules("2000000000015", CardFormat.EAN13) == barcode_modules("2000000000015", "EAN13")
    assert barcode_modules("2000000000015", CardFormat.CODE128) == barcode_modules("2000000000015", "CODE128")


@pytest.mark.parametrize("text", ["2000000000015", "A", "ABC-123 xyz", "card #42/7 {~}", "0123456789012345678901234"])
def test_code128_reads_back_as_the_same_text(text):
    symbol = barcode_modules(text, "CODE128")
    bars = as_text(symbol.modules)
    # Start, data and check characters are 11 modules each; the stop is 13.
    assert (len(bars) - 13) % 11 == 0
    assert bars.endswith("1100011101011")
    assert symbol.quiet_zone >= 10
    assert read(barcode_image(symbol)) == [(text, "Code128")]


@pytest.mark.parametrize("text", ["99", "9912345678", "9999", "999", "99AB", "0099"])
def test_a_number_starting_with_99_reads_back_as_itself_not_another_card(text):
    # python-barcode 0.16.1 alone draws "9912345678" as a barcode reading "12345678".
    assert read(barcode_image(barcode_modules(text, "CODE128"))) == [(text, "Code128")]


@settings(max_examples=60, deadline=None)
@given(PRINTABLE_ASCII)
def test_any_printable_text_reads_back_from_its_code128(text):
    assert read(barcode_image(barcode_modules(text, "CODE128"))) == [(text, "Code128")]


@pytest.mark.parametrize("card", DEMO_CARDS)
def test_qr_code_is_square_with_finders_and_reads_back_as_the_card(card):
    symbol = qr_modules(card)
    assert symbol.quiet_zone == 4
    assert all(len(row) == symbol.size for row in symbol.rows)
    assert symbol.size == 21, "a card number fits the smallest QR code"
    for top, left in [(0, 0), (0, symbol.size - 7), (symbol.size - 7, 0)]:
        finder_edge = symbol.rows[top][left : left + 7]
        assert all(finder_edge), "each corner but one holds a finder pattern"
    assert read(qr_image(symbol)) == [(card, "QRCode")]


@given(PRINTABLE_ASCII)
@settings(max_examples=30, deadline=None)
def test_any_printable_text_reads_back_from_its_qr_code(text):
    assert read(qr_image(qr_modules(text))) == [(text, "QRCode")]


@pytest.mark.parametrize(
    "text",
    ["2000000000016", "200000000001", "20000000000150", "20000000000A5", "", " 2000000000015"],
)
def test_ean13_refuses_anything_but_13_digits_with_the_right_check_digit(text):
    with pytest.raises(InputError) as refused:
        barcode_modules(text, "EAN13")
    assert refused.value.what is Why.CARD_NOT_EAN13 and refused.value.params == {"card": text}
    assert "check the card number" in say(refused.value)
    assert refused.value.field == "card"


def test_every_wrong_check_digit_is_refused_not_silently_corrected():
    first12 = "400638133393"
    right = with_check_digit(first12)
    for digit in "0123456789":
        if first12 + digit != right:
            with pytest.raises(InputError):
                barcode_modules(first12 + digit, "EAN13")


@pytest.mark.parametrize("text", ["", "café", "tab\there", "line\n", "x" * 49])
def test_code128_refuses_what_it_cannot_carry_plainly(text):
    with pytest.raises(InputError) as refused:
        barcode_modules(text, "CODE128")
    assert refused.value.what is Why.CARD_NOT_CODE128 and "Code 128" in say(refused.value)


def test_an_unknown_card_format_is_refused():
    with pytest.raises(InputError) as refused:
        barcode_modules("2000000000015", "UPCA")
    assert refused.value.what is Why.CARD_FORMAT_UNKNOWN and "card format" in say(refused.value)


@pytest.mark.parametrize("text", ["", "x" * 3000])
def test_qr_refuses_no_text_and_too_much_text(text):
    with pytest.raises(InputError):
        qr_modules(text)
