"""Amounts and points as a person types them, read strictly in the terminal's number format.

Python's int(), float(), Decimal() and str.isdigit() all take more than a
cashier means: "1_000", "1e3", "١٠٠" (Arabic-Indic digits), "Infinity". Here a
number is ASCII digits, with the format's decimal mark and, optionally, its
thousands separator between groups of exactly three; anything else is refused,
never guessed ("100.5" points is not 1005 points).
"""

from __future__ import annotations

import dataclasses
import re

from kiosk.domain.errors import InputError, Why

__all__ = ["NumberFormat", "parse_amount", "parse_points", "PLAIN", "ENGLISH"]

_SPACES = " \u00a0\u202f"  # a space, a no-break space and a narrow no-break space group alike
_MAX_CENTS = 1_000_000_000
_MINUS = "-\u2212"
_MAX_LENGTH = 40  # more characters than any real amount: refused before int() is asked to read it


@dataclasses.dataclass(frozen=True)
class NumberFormat:
    """The decimal mark and the thousands separator of one language ("." and "," in English)."""

    decimal: str
    group: str

    @classmethod
    def for_language(cls, language: str) -> NumberFormat:
        """The format of a language code ("it", "it_IT", "de-CH"); one not known here gets PLAIN."""
        code = language.strip().lower().replace("-", "_").split(".", 1)[0]
        return _BY_LANGUAGE.get(code) or _BY_LANGUAGE.get(code.split("_", 1)[0], PLAIN)

    def _group_class(self) -> str:
        marks = _SPACES if self.group and self.group in _SPACES else self.group
        return "[" + "".join(re.escape(mark) for mark in marks) + "]"

    def _whole_pattern(self) -> str:
        plain = "[0-9]+"
        if not self.group:
            return plain
        # 1234 or 1,234 or 12,345,678: groups of exactly three after the first.
        return f"(?:{plain}|[0-9]{{1,3}}(?:{self._group_class()}[0-9]{{3}})+)"

    def example(self, whole: str = "1234", cents: str = "56") -> str:
        """An amount written in this format, for a refusal to show as an example (1,234.56; 1.234,56)."""
        if self.group and len(whole) > 3:
            whole = whole[:-3] + self.group + whole[-3:]
        return f"{whole}{self.decimal}{cents}" if cents else whole


#: Only digits and "." before the cents: what a language not known here gets.
PLAIN = NumberFormat(decimal=".", group="")

_BY_LANGUAGE = {
    "en": NumberFormat(".", ","),
    "it": NumberFormat(",", "."),
    "de": NumberFormat(",", "."),
    "es": NumberFormat(",", "."),
    # Portugal groups thousands with a space (1 234,56), Brazil with a dot: "pt" is the terminal's Portuguese.
    "pt": NumberFormat(",", "\u00a0"),
    "pt_br": NumberFormat(",", "."),
    "nl": NumberFormat(",", "."),
    "fr": NumberFormat(",", "\u202f"),
    "ru": NumberFormat(",", "\u00a0"),
    # Switzerland writes 1'234.50 in every language: "12.500" there is twelve and a half.
    "de_ch": NumberFormat(".", "\u2019"),
    "fr_ch": NumberFormat(".", "\u2019"),
    "it_ch": NumberFormat(".", "\u2019"),
}

#: The number format of the default language, for callers that name none.
ENGLISH = NumberFormat.for_language("en")


def parse_amount(text: str, fmt: NumberFormat = ENGLISH, *, field: str = "amount") -> int:
    """An amount of money typed in the terminal's number format, in cents: "12", "12.5", "1,234.56" in English.

    At most two decimals, more than zero. Only ASCII digits, the format's decimal
    mark and its thousands separator in the right places: "1e3", "1_000", "١٠٠" or
    "12,50" in English are refused, not guessed.
    """
    typed = text.strip()
    if typed[:1] in _MINUS:
        raise InputError(Why.AMOUNT_NOT_POSITIVE, field=field)
    if len(typed) > _MAX_LENGTH:
        raise InputError(Why.AMOUNT_TOO_LARGE, field=field)
    match = re.fullmatch(f"(?P<whole>{fmt._whole_pattern()})(?:{re.escape(fmt.decimal)}(?P<cents>[0-9]+))?", typed)
    if match is None:
        raise InputError(
            Why.AMOUNT_NOT_A_NUMBER, field=field, example=fmt.example(), example_cents=fmt.example("12", "50")
        )
    cents_text = match.group("cents") or ""
    if len(cents_text) > 2:
        raise InputError(Why.AMOUNT_TOO_MANY_DECIMALS, field=field)
    whole = int(re.sub("[^0-9]", "", match.group("whole")))
    cents = whole * 100 + int(cents_text.ljust(2, "0"))
    if cents <= 0:
        raise InputError(Why.AMOUNT_NOT_POSITIVE, field=field)
    if cents > _MAX_CENTS:
        raise InputError(Why.AMOUNT_TOO_LARGE, field=field)
    return cents


def parse_points(text: str, fmt: NumberFormat = ENGLISH, *, field: str = "amount") -> int:
    """A number of points typed at the till, more than zero: "500", "1,500" in English, never "100.5"."""
    typed = text.strip()
    if typed[:1] in _MINUS:
        raise InputError(Why.POINTS_NOT_POSITIVE, field=field)
    if len(typed) > _MAX_LENGTH:
        raise InputError(Why.POINTS_TOO_LARGE, field=field)
    if re.fullmatch(fmt._whole_pattern(), typed) is None:
        raise InputError(Why.POINTS_NOT_A_NUMBER, field=field, example=fmt.example("1500", ""))
    points = int(re.sub("[^0-9]", "", typed))
    if points <= 0:
        raise InputError(Why.POINTS_NOT_POSITIVE, field=field)
    return points

