"""The sandbox's own clock: real UTC time plus an offset that tests can move forward."""

from __future__ import annotations

import datetime as dt
import threading

__all__ = ["SandboxClock"]


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

