"""Reading what a scanner or a cashier typed: cards, e-mails, phones."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cli_text import say
from kiosk.domain.errors import InputError, Why
from kiosk.domain.identifiers import (
    LookupKind,
    check_card,
    clean_scan,
    is_valid_ean13,
    normalise_email,
    parse_lookup,
    with_check_digit,
)
from tests.helpers import raises_saying

FULL_WIDTH_CARD = "".join(chr(0xFF10 + int(d)) for d in "2000000000015")  # as an input method types it


def test_known_ean13_numbers():
    assert is_valid_ean13("4006381333931")
    assert is_valid_ean13("5901234123457")
    assert not is_valid_ean13("5901234123458")
    assert with_check_digit("200000000001") == "2000000000015"


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_every_completed_number_is_valid_and_any_other_last_digit_is_not(first12):
    code = with_check_digit(first12)
    assert is_valid_ean13(code)
    for digit in "0123456789":
        if digit != code[-1]:
            assert not is_valid_ean13(first12 + digit)


@pytest.mark.parametrize(
    "burst",
    ["\x022000000000015\r\n", "]E02000000000015\n", "  2000000000015\t", "\x1b2000000000015\x03"],
)
def test_scanner_noise_is_stripped(burst):
    assert clean_scan(burst) == "2000000000015"
    lookup = parse_lookup(burst)
    assert lookup.kind is LookupKind.CARD and lookup.value == "2000000000015"


def test_a_wrong_check_digit_is_refused_with_a_clear_message():
    with raises_saying(InputError, "wrong check digit"):
        parse_lookup("2000000000016")


def test_email_and_phone_are_normalised():
    assert parse_lookup("  Giulia.Rossi@Example.COM ").value == "giulia.rossi@example.com"
    phone = parse_lookup("333 123 4567", default_region="IT")
    assert phone.kind is LookupKind.MOBILE and phone.value == "+393331234567"
    assert parse_lookup("0039 333 1234567").value == "+393331234567"
    assert parse_lookup("+44 20 7946 0958").value == "+442079460958"


def test_an_internationalised_email_is_an_email():
    assert normalise_email(" Zoë@Bücher.de ") == "zoë@bücher.de"


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("giulia@example", "should have a period"),
        ("giulia rossi@example.com", "invalid characters"),
        ("giulia@@example.com", "invalid characters"),
        ("giulia@example.test", "special-use or reserved name"),
    ],
)
def test_an_email_that_breaks_the_rules_is_refused_as_one(typed, why):
    # The library's own reason (`why`) is English a screen cannot translate: the refusal names the address only.
    with pytest.raises(InputError) as caught:
        normalise_email(typed)
    assert caught.value.what is Why.NOT_AN_EMAIL and caught.value.params == {"text": typed}
    assert caught.value.field == "email"
    assert say(caught.value) == f"“{typed}” is not an e-mail address."


@pytest.mark.parametrize("garbage", ["", "   ", "\x02\x03", "@@", "a@b", "!!!???"])
def test_garbage_gets_an_error_in_words(garbage):
    with pytest.raises(InputError) as caught:
        parse_lookup(garbage)
    assert caught.value.what in (Why.LOOKUP_EMPTY, Why.LOOKUP_UNREADABLE, Why.NOT_AN_EMAIL)
    assert say(caught.value).endswith(".")


@pytest.mark.parametrize(("typed", "card"), [
    ("2000000000015", "2000000000015"),
    (FULL_WIDTH_CARD, "2000000000015"),
    ("ＡＢＣ１２３４", "ABC1234"),
    ("]E02000000000015", "2000000000015"),
])
def test_a_card_number_is_ascii_letters_and_digits(typed, card):
    assert check_card(typed) == card


@pytest.mark.parametrize("typed", ["٢٠٠٠٠٠٠٠٠٠٠١٥", "2000000000015²", "①②③④", "card-12", "Ünïcode1", "2000 0000"])
def test_any_other_card_number_is_refused(typed):
    with pytest.raises(InputError):
        check_card(typed)


def test_a_lookup_reads_full_width_digits_and_refuses_other_digits():
    assert parse_lookup(FULL_WIDTH_CARD).value == "2000000000015"
    arabic = "".join(chr(0x0660 + int(d)) for d in "2000000000015")
    with pytest.raises(InputError):
        parse_lookup(arabic)
    assert parse_lookup("2000000000015").kind is LookupKind.CARD


@given(st.text(max_size=16))
def test_whatever_is_typed_an_accepted_card_is_ascii(typed):
    try:
        card = check_card(typed)
    except InputError:
        return
    assert card.isascii() and card.isalnum()
