"""Money, points and times as the counter writes them, in the terminal's language."""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale, QObject

from kiosk.domain.ages import Age, AgeUnit, age_of
from kiosk.domain.numbers import NumberFormat

__all__ = ["number_format", "format_money", "format_points", "signed_points", "signed_money", "age_text"]

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "JPY": "¥"}
_MINUS = "\u2212"  # a real minus sign: a hyphen is easy to miss on a balance


def number_format(locale: QLocale) -> NumberFormat:
    """The decimal mark and thousands separator the screens write in, so typed amounts are read the same way."""
    return NumberFormat(decimal=locale.decimalPoint(), group=locale.groupSeparator())


def format_money(cents: int, currency: str, locale: QLocale) -> str:
    """`cents` of `currency` the way the shop writes prices (€15.00, 15,00 €)."""
    symbol = _SYMBOLS.get(currency, currency)
    text = locale.toCurrencyString(abs(cents) / 100, symbol)
    return _MINUS + text if cents < 0 else text


def signed_money(cents: int, currency: str, locale: QLocale) -> str:
    """A change of credit, with its sign always shown (+€5.00, −€5.00)."""
    return format_money(cents, currency, locale) if cents < 0 else "+" + format_money(cents, currency, locale)


def format_points(points: int, locale: QLocale) -> str:
    text = locale.toString(abs(points))
    return _MINUS + text if points < 0 else text


def signed_points(points: int, locale: QLocale) -> str:
    """A change of points, with its sign always shown (+12, −12, 0)."""
    if points == 0:
        return "0"
    return format_points(points, locale) if points < 0 else "+" + format_points(points, locale)


class AgeWords(QObject):
    """The words of an age, in the screens' language (a QObject so that its plurals are translated)."""

    def text(self, age: Age) -> str:
        if age.unit is AgeUnit.JUST_NOW:
            return self.tr("just now")
        if age.unit is AgeUnit.MINUTES:
            return self.tr("%n min ago", "", age.count)
        if age.unit is AgeUnit.HOURS:
            return self.tr("%n h ago", "", age.count)
        return self.tr("%n day(s) ago", "", age.count)


def age_text(epoch: float, now: float | None = None) -> str:
    """How long ago, in the words a cashier reads at a glance: just now, 12 min ago, 3 h ago, 2 days ago."""
    return AgeWords().text(age_of((time.time() if now is None else now) - epoch))
