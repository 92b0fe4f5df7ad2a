"""The shop customer's mailbox: what the sandbox "sent", kept in memory only."""

from __future__ import annotations

import dataclasses
import threading

__all__ = ["SentMessage", "Mailbox"]


@dataclasses.dataclass(frozen=True)
class SentMessage:
    to: str
    kind: str
    purpose: str
    text: str
    code: str
    sentat: str


class Mailbox:
    """Plays the customer's inbox; never written to disk, where only code hashes live."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._messages: list[SentMessage] = []

    def deliver(self, message: SentMessage) -> None:
        with self._lock:
            self._messages.append(message)

    def for_address(self, address: str | None) -> list[SentMessage]:
        """Newest first; every message when no address is given."""
        with self._lock:
            chosen = [m for m in self._messages if address is None or m.to == address]
        return chosen[::-1]
