"""Errors a person reads: each carries a message for the cashier or customer.

The message never holds a PIN, a code, a password or a token: it is built from
our own words, not from what was typed or what a server said.
"""

from __future__ import annotations

__all__ = ["KioskError", "InputError", "CardRefused"]


class KioskError(Exception):
    """Base of every error the app shows to a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(KioskError):
    """What was typed or scanned cannot be used; `field` names it when known."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class CardRefused(KioskError):
    """The card cannot take this operation (blocked, replaced)."""
