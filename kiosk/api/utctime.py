"""The contract's form of a time, written and read in one place: ISO 8601 in UTC, to the second, with a Z."""

from __future__ import annotations

import datetime as dt

__all__ = ["utc_text", "utc_text_at", "parse_utc"]


def utc_text(moment: dt.datetime) -> str:
    """`moment` as the wire writes it: "2026-11-22T10:42:00Z"."""
    # isoformat, unlike strftime's %Y, pads years before 1000 to four digits.
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def utc_text_at(seconds: float) -> str:
    """utc_text() of a time given in seconds since the epoch."""
    return utc_text(dt.datetime.fromtimestamp(seconds, dt.timezone.utc))


def parse_utc(text: str) -> dt.datetime:
    """Read an ISO 8601 time; one without a zone is taken as UTC (the contract's zone)."""
    moment = dt.datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)
