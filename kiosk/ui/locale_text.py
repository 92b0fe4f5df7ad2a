"""Dates and times as the shop of the chosen language writes them, and the languages by their own names."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDateTime, QLocale

from kiosk.settings import LANGUAGES

__all__ = [
    "LANGUAGE_NAMES", "locale_for", "date_text", "time_text", "date_time_text", "day_time_text", "moment_text",
    "same_day", "qt_time",
]

#: Each language the screens speak, by its own name: what a person looks for in a list of languages.
LANGUAGE_NAMES = dict(zip(LANGUAGES, ("Italiano", "English", "Русский", "Português"), strict=True))

# The country each language's shop is in: it decides the dates and numbers. English is written the
# European way (30/11/2026, 24-hour clock), not the US way a bare "en" gives (11/30/26, 2:50 PM).
_COUNTRY = {"it": "it_IT", "en": "en_GB", "ru": "ru_RU", "pt": "pt_PT"}


def locale_for(language: str) -> QLocale:
    """The locale the screens of `language` ("it", "en", "ru", "pt") write numbers, money and dates in."""
    return QLocale(_COUNTRY.get(language, language))


def _date_format(locale: QLocale) -> str:
    """The locale's short date with the whole year: a slip's 30/11/26 could be read as another century's."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def _day_format(locale: QLocale) -> str:
    """The locale's short date without its year (30/11, 30.11): for what happened in the last days."""
    return re.sub(r"[^dM]*y+[^dM]*", "", locale.dateFormat(QLocale.FormatType.ShortFormat))


def _time_format(locale: QLocale) -> str:
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def qt_time(when: dt.datetime | float) -> QDateTime:
    """An aware datetime, or an epoch second, as Qt's local date-time."""
    if isinstance(when, dt.datetime):
        return QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000))
    return QDateTime.fromMSecsSinceEpoch(int(when * 1000))


def date_text(when: dt.datetime | float, locale: QLocale) -> str:
    """The day, e.g. 30/11/2026 in Italian, 30.11.2026 in Russian."""
    return locale.toString(qt_time(when).date(), _date_format(locale))


def time_text(when: dt.datetime | float, locale: QLocale) -> str:
    """The wall-clock time, e.g. 14:05."""
    return locale.toString(qt_time(when).time(), _time_format(locale))


def date_time_text(when: dt.datetime | float, locale: QLocale) -> str:
    """Day and time, e.g. 30/11/2026 14:05: what a slip says."""
    return locale.toString(qt_time(when), f"{_date_format(locale)} {_time_format(locale)}")


def day_time_text(when: dt.datetime | float, locale: QLocale) -> str:
    """Day and time without the year, e.g. 29/11 14:05: for what happened in the last days."""
    return locale.toString(qt_time(when), f"{_day_format(locale)} {_time_format(locale)}")


def same_day(when: dt.datetime | float, now: float) -> bool:
    """Whether `when` is on today's date (local time)."""
    return qt_time(when).date() == qt_time(now).date()


def moment_text(when: dt.datetime | float, locale: QLocale, now: float) -> str:
    """The time alone when it is today (14:05), else with the day too (29/11 14:05): the hour alone would mislead."""
    return time_text(when, locale) if same_day(when, now) else day_time_text(when, locale)
