"""Amounts and points mean what they say: ASCII digits in the terminal's format, or a refusal."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.errors import InputError
from kiosk.domain.numbers import NumberFormat, parse_amount, parse_points

EN, IT, FR = (NumberFormat.for_language(code) for code in ("en", "it", "fr"))


@pytest.mark.parametrize(("typed", "fmt", "cents"), [
    ("12.50", EN, 1250), ("12", EN, 1200), ("12.5", EN, 1250), ("0.01", EN, 1), (" 7 ", EN, 700),
    ("1,234.56", EN, 123456), ("1234.56", EN, 123456), ("1,234,567.00", EN, 123456700), ("12.345", IT, 1234500),
    ("12,50", IT, 1250), ("1.234,56", IT, 123456), ("1234,56", IT, 123456),
    ("1 234,56", FR, 123456), ("1\u202f234,56", FR, 123456), ("1\u00a0234,56", FR, 123456),
])
def test_an_amount_in_the_terminals_format_is_read(typed, fmt, cents):
    assert parse_amount(typed, fmt) == cents


@pytest.mark.parametrize(("typed", "fmt"), [
    ("1e3", EN), ("1E3", EN), ("1_000", EN), ("١٠٠", EN), ("١٢.٥٠", EN), ("１００", EN), ("१००", EN),
    ("Infinity", EN), ("NaN", EN), ("0x10", EN), ("+5", EN), ("", EN), ("   ", EN), ("ten", EN),
    ("12,50", EN),  # a comma is English's thousands separator, and 50 is no group of three
    ("1,23", EN), ("1,2345", EN), ("1,234,56", EN), (",123", EN), ("1,,234", EN), ("1234,567.00", EN),
    ("1.2.3", EN), (".50", EN), ("5.", EN), ("12.50", IT), ("1,234.56", IT), ("12.34", IT),
    ("1.23,45", IT), ("12 50", EN), ("12\t50", EN), ("12.505", EN), ("12.50€", EN), ("€12.50", EN),
    ("-3", EN), ("0", EN), ("0.00", EN), ("9" * 41, EN), ("99999999999", EN),
])
def test_anything_else_is_refused_not_guessed(typed, fmt):
    with pytest.raises(InputError) as refused:
        parse_amount(typed, fmt)
    assert refused.value.field == "amount"


@pytest.mark.parametrize(("typed", "fmt", "points"), [
    ("500", EN, 500), ("1,500", EN, 1500), ("1.500", IT, 1500), ("1 500", FR, 1500), (" 42 ", EN, 42),
    (" 1 250 ", FR, 1250),
])
def test_points_are_whole_numbers_in_the_terminals_format(typed, fmt, points):
    assert parse_points(typed, fmt) == points


@pytest.mark.parametrize(("typed", "fmt"), [
    ("100.5", EN), ("100,5", IT), ("100.5", IT), ("1.500", EN), ("1,500", IT), ("1e3", EN), ("1_000", EN),
    ("١٠٠", EN), ("１００", EN), ("½", EN), ("5²", EN), ("0", EN), ("-5", EN), ("+5", EN), ("5.0", EN), ("", EN),
    ("ten", EN), ("12.5x", EN), ("1 250", EN),
])
def test_points_that_are_not_a_whole_ascii_number_are_refused(typed, fmt):
    with pytest.raises(InputError):
        parse_points(typed, fmt)


def _written(cents: int, fmt: NumberFormat, grouped: bool) -> str:
    whole, rest = divmod(cents, 100)
    digits = str(whole)
    if grouped:
        digits = f"{whole:,}".replace(",", fmt.group)
    return f"{digits}{fmt.decimal}{rest:02d}"


@given(st.integers(1, 1_000_000_000), st.sampled_from([EN, IT, FR]), st.booleans())
def test_every_amount_written_in_a_format_reads_back_the_same(cents, fmt, grouped):
    assert parse_amount(_written(cents, fmt, grouped), fmt) == cents


@given(st.text(max_size=12), st.sampled_from([EN, IT, FR]))
def test_whatever_is_typed_an_accepted_amount_is_its_ascii_digits(typed, fmt):
    try:
        cents = parse_amount(typed, fmt)
    except InputError:
        return
    stripped = typed.strip()
    assert re.fullmatch(r"[0-9 .,\u00a0\u202f]+", stripped), stripped
    whole, _, decimals = stripped.partition(fmt.decimal)
    assert cents == int(re.sub("[^0-9]", "", whole)) * 100 + int(decimals.ljust(2, "0") or "0")


@given(st.text(max_size=12), st.sampled_from([EN, IT, FR]))
def test_whatever_is_typed_accepted_points_are_its_ascii_digits(typed, fmt):
    try:
        points = parse_points(typed, fmt)
    except InputError:
        return
    stripped = typed.strip()
    assert re.fullmatch(r"[0-9][0-9 .,\u00a0\u202f]*", stripped), stripped
    assert fmt.decimal not in stripped or fmt.decimal == fmt.group
    assert points == int(re.sub("[^0-9]", "", stripped))


@given(st.characters(categories=["Nd"]).filter(lambda ch: not ch.isascii()), st.sampled_from([EN, IT, FR]))
def test_no_digit_but_ascii_makes_a_number(digit, fmt):
    for typed in (digit, "1" + digit, digit * 3, f"1{fmt.decimal}{digit}0"):
        with pytest.raises(InputError):
            parse_amount(typed, fmt)
        with pytest.raises(InputError):
            parse_points(typed, fmt)


@pytest.mark.parametrize(("language", "typed", "cents"), [
    ("it_IT", "1.234,56", 123456), ("de-DE", "1.234,56", 123456), ("de_CH", "1\u2019234.56", 123456),
    ("en_GB.UTF-8", "1,234.56", 123456), ("xx", "1234.56", 123456),
])
def test_a_language_code_with_a_region_gets_that_regions_marks(language, typed, cents):
    assert parse_amount(typed, NumberFormat.for_language(language)) == cents


def test_a_language_not_known_here_takes_no_thousands_separator_rather_than_guess():
    with pytest.raises(InputError):
        parse_amount("1,234.56", NumberFormat.for_language("xx"))
    with pytest.raises(InputError):
        parse_amount("12.500", NumberFormat.for_language("de_CH"))
