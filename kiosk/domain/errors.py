"""Errors a person reads: each carries a message for the cashier or customer.

The message never holds a PIN, a code, a password or a token: it is built from
our own words, not from what was typed or what a server said.
"""

from __future__ import annotations

import logging

__all__ = ["KioskError", "InputError", "CardRefused", "UNEXPECTED", "message_for"]

#: What a person reads when work failed in a way nobody wrote words for.
UNEXPECTED = "Something went wrong; the log has the details."


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


def message_for(exc: BaseException, log: logging.Logger, doing: str, *, then: str = "") -> str:
    """A KioskError's own message; else UNEXPECTED (and `then`, the next step), once the traceback is in `log`.

    Only the type and the traceback reach the log: our errors and actions keep their secrets out of repr.
    """
    if isinstance(exc, KioskError):
        return exc.message
    log.error("%s failed unexpectedly", doing, exc_info=exc)
    return f"{UNEXPECTED} {then}".rstrip()
