"""The sandbox's own clock: real UTC time plus an offset that tests can move forward."""

from __future__ import annotations

import datetime as dt
import threading

__all__ = ["SandboxClock", "iso", "parse_iso", "from_epoch"]


class SandboxClock:
    """Tokens, codes and send limits all ask this clock, so a test can age them at will."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            offset = self._offset
        return dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=offset)

    def timestamp(self) -> float:
        """Seconds since the epoch on the sandbox clock: what the database stores."""
        return self.now().timestamp()

    def advance(self, seconds: float) -> dt.datetime:
        """Move forward; ValueError (and no move) if that would pass the last representable time."""
        with self._lock:
            try:
                moved = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=self._offset + seconds)
            except OverflowError:
                raise ValueError("the sandbox clock cannot go that far") from None
            self._offset += seconds
        return moved


def iso(moment: dt.datetime) -> str:
    """The wire form of a time: ISO 8601 in UTC, to the second, with a Z."""
    # isoformat, unlike strftime's %Y, pads years before 1000 to four digits.
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def from_epoch(seconds: float) -> str:
    return iso(dt.datetime.fromtimestamp(seconds, dt.timezone.utc))


def parse_iso(text: str) -> dt.datetime:
    """Read an ISO 8601 time; one without a zone is taken as UTC (the contract's zone)."""
    moment = dt.datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)
