"""How long an operation waits before its next attempt: capped exponential backoff with jitter."""

from __future__ import annotations

import random

__all__ = ["Backoff"]

# 2**64 seconds is far past any cap; bounding the exponent keeps the float finite.
_MAX_EXPONENT = 64


class Backoff:
    """Delays that double per attempt up to `cap`, each drawn in [50%, 100%] of its step.

    The jitter spreads the retries of many terminals (or many cards) that failed
    at the same moment, so a recovering server is not hit by all of them at once.
    """

    def __init__(self, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None) -> None:
        if base <= 0 or cap <= 0:
            raise ValueError("backoff base and cap must be positive")
        self.base = base
        self.cap = cap
        self._rng = rng if rng is not None else random.Random()

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        """Seconds to wait after the `attempts`-th failed attempt.

        Never less than the server's Retry-After up to the cap, and never more than
        the cap however long the server asks for: a `Retry-After: 86400` from a
        sick proxy must not park a shop's sale for a day. A person's "sync now"
        (`kiosk sync --once`, the queue screen) does not wait at all.
        """
        exponent = min(max(attempts, 1) - 1, _MAX_EXPONENT)
        step = min(self.cap, self.base * 2.0**exponent)
        asked = min(max(retry_after or 0.0, 0.0), self.cap)
        return max(asked, step * self._rng.uniform(0.5, 1.0))
