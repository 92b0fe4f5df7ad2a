"""Numbers, money, dates and times as each language's shop writes them: never the US month/day on an Italian slip."""

from __future__ import annotations

import time

import pytest

from kiosk.domain.numbers import NumberFormat, parse_amount
from kiosk.settings import LANGUAGES
from kiosk.ui.locale_text import LANGUAGE_NAMES, date_text, date_time_text, locale_for, moment_text, time_text
from kiosk.ui.money import format_money, format_points, number_format

NBSP = "\u00a0"
# 30 November 2026, 14:05 on this machine's clock: what the till's own wall clock says.
AFTERNOON = time.mktime((2026, 11, 30, 14, 5, 0, 0, 0, -1))


@pytest.mark.parametrize(("language", "slip"), [
    ("it", "30/11/2026 14:05"),
    ("en", "30/11/2026 14:05"),
    ("ru", "30.11.2026 14:05"),
    ("pt", "30/11/2026 14:05"),
])
def test_a_slip_s_date_is_day_month_and_the_whole_year_on_a_24_hour_clock(language: str, slip: str) -> None:
    locale = locale_for(language)
    assert date_time_text(AFTERNOON, locale) == slip
    assert date_text(AFTERNOON, locale) == slip.split()[0]
    assert time_text(AFTERNOON, locale) == "14:05"


def test_english_is_not_the_us_month_day() -> None:
    march_4 = time.mktime((2026, 3, 4, 9, 30, 0, 0, 0, -1))
    assert date_text(march_4, locale_for("en")) == "04/03/2026"
    assert time_text(march_4, locale_for("en")) == "09:30"


@pytest.mark.parametrize(("language", "money", "points"), [
    ("it", f"12,50{NBSP}€", "12.345"),
    ("en", "€12.50", "12,345"),
    ("ru", f"12,50{NBSP}€", f"12{NBSP}345"),
    ("pt", f"12,50{NBSP}€", f"12{NBSP}345"),
])
def test_money_and_points_in_the_language_s_own_marks(language: str, money: str, points: str) -> None:
    locale = locale_for(language)
    assert format_money(1250, "EUR", locale) == money
    assert format_money(-1250, "EUR", locale) == "\u2212" + money
    assert format_points(12345, locale) == points


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_amount_typed_as_the_screen_writes_it_is_read_back(language: str) -> None:
    """The screens and the CLI read typed amounts in the same marks the screens write them in."""
    locale = locale_for(language)
    assert number_format(locale) == NumberFormat.for_language(language)
    written = locale.toString(123456.78, "f", 2)  # 123.456,78 / 123,456.78 / 123 456,78
    assert parse_amount(written, number_format(locale)) == 12_345_678


def test_today_shows_the_time_alone_and_an_earlier_day_its_date_too() -> None:
    locale = locale_for("it")
    assert moment_text(AFTERNOON, locale, now=AFTERNOON + 3600) == "14:05"
    assert moment_text(AFTERNOON, locale, now=AFTERNOON + 2 * 86_400) == "30/11 14:05"
    assert moment_text(AFTERNOON, locale_for("ru"), now=AFTERNOON + 2 * 86_400) == "30.11 14:05"


def test_each_language_is_offered_by_its_own_name() -> None:
    assert LANGUAGE_NAMES == {"it": "Italiano", "en": "English", "ru": "Русский", "pt": "Português"}
