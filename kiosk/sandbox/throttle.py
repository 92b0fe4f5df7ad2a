"""Counting failures against the limits on guessing (429/13): failed logins, wrong PINs, fruitless look-ups.

The counts live in memory and run on the time the caller passes in (the
sandbox's movable clock); kiosk/api/marta.py says why and gives the rules. A
call past a limit is refused before anything in it is checked, and the refusal
itself is not counted. kiosk/sandbox/guessing.py applies the limits to routes.
"""

from __future__ import annotations

import collections
import dataclasses
import math
import threading
from collections.abc import Iterable

from kiosk.api.marta import (
    LOGIN_FAILS_MAX,
    LOGIN_FAILS_WINDOW_SECONDS,
    LOGIN_FIRST_WAIT_SECONDS,
    LOGIN_MAX_WAIT_SECONDS,
    LOOKUP_MISSES_MAX,
    LOOKUP_MISSES_WINDOW_SECONDS,
    TERMINAL_WRONG_PINS_MAX,
    TERMINAL_WRONG_PINS_WINDOW_SECONDS,
    AnswerCode,
)
from kiosk.sandbox.errors import Answer

__all__ = [
    "Limit",
    "Throttle",
    "LOGIN",
    "TERMINAL_PINS",
    "LOOKUP_MISSES",
]


@dataclasses.dataclass(frozen=True)
class Limit:
    """`tries` failures in `window` seconds; then a fixed wait that doubles per block, or until a slot frees."""

    name: str
    tries: int
    window: float
    first_wait: float | None = None  # None: wait until the oldest counted failure leaves the window
    max_wait: float | None = None


LOGIN = Limit("login", LOGIN_FAILS_MAX, LOGIN_FAILS_WINDOW_SECONDS, LOGIN_FIRST_WAIT_SECONDS, LOGIN_MAX_WAIT_SECONDS)
TERMINAL_PINS = Limit("terminal-pins", TERMINAL_WRONG_PINS_MAX, TERMINAL_WRONG_PINS_WINDOW_SECONDS)
LOOKUP_MISSES = Limit("lookup-misses", LOOKUP_MISSES_MAX, LOOKUP_MISSES_WINDOW_SECONDS)

#: Past this many keys, the quiet ones are forgotten, so a flood of made-up names cannot grow memory for ever.
_SWEEP_AT = 10_000


@dataclasses.dataclass
class _Count:
    failures: collections.deque[float] = dataclasses.field(default_factory=collections.deque)
    blocks: int = 0
    blocked_until: float = 0.0
    last: float = 0.0

    def quiet(self, limit: Limit, now: float) -> bool:
        """Nothing happened for a whole window after the last failure and the last block."""
        return now - max(self.last, self.blocked_until) > limit.window

    def prune(self, limit: Limit, now: float) -> None:
        while self.failures and self.failures[0] <= now - limit.window:
            self.failures.popleft()

    def wait(self, limit: Limit, now: float) -> float:
        if limit.first_wait is not None:
            return max(0.0, self.blocked_until - now)
        self.prune(limit, now)
        if len(self.failures) < limit.tries:
            return 0.0
        return self.failures[-limit.tries] + limit.window - now


class Throttle:
    """Failures counted per (limit, key); thread-safe, as the server runs routes on a thread pool."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, str], _Count] = {}

    def wait(self, limit: Limit, keys: Iterable[str], now: float) -> int:
        """Whole seconds to wait before the next try for any of `keys` (0: go ahead)."""
        with self._lock:
            longest = 0.0
            for key in keys:
                count = self._counts.get((limit.name, key))
                if count is not None:
                    longest = max(longest, count.wait(limit, now))
        return math.ceil(longest) if longest > 0 else 0

    def refuse_if_held(self, limit: Limit, keys: Iterable[str], now: float) -> None:
        """Pass, or 429/13 with Retry-After when any of `keys` is past `limit`."""
        wait = self.wait(limit, keys, now)
        if wait:
            raise Answer(
                AnswerCode.TOO_MANY_TRIES, f"Too many failed tries: wait {wait} seconds before trying again.",
                retry_after=wait,
            )

    def failed(self, limit: Limit, keys: Iterable[str], now: float) -> None:
        """Count one failure for each of `keys`."""
        with self._lock:
            if len(self._counts) > _SWEEP_AT:
                self._sweep(now)
            for key in keys:
                count = self._counts.setdefault((limit.name, key), _Count())
                if count.quiet(limit, now):
                    count.blocks = 0
                count.prune(limit, now)
                count.failures.append(now)
                count.last = now
                if limit.first_wait is not None and len(count.failures) >= limit.tries:
                    count.blocks += 1
                    wait = limit.first_wait * 2 ** min(count.blocks - 1, 32)
                    count.blocked_until = now + min(wait, limit.max_wait or wait)

    def _sweep(self, now: float) -> None:
        limits = {limit.name: limit for limit in (LOGIN, TERMINAL_PINS, LOOKUP_MISSES)}
        for name, key in list(self._counts):
            limit = limits.get(name)
            if limit is not None and self._counts[(name, key)].quiet(limit, now):
                del self._counts[(name, key)]
