"""Asking an ESC/POS printer its state (DLE EOT, "real-time status") and reading the bits of its answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.domain.errors import PrinterState

if TYPE_CHECKING:
    from escpos.escpos import Escpos

__all__ = ["ask_state", "NoAnswer", "state_of"]

_DLE_EOT = b"\x10\x04"
# The status bytes (Epson's ESC/POS reference, DLE EOT n): bits 1 and 4 are always on, 0 and 7 always off.
_FIXED_MASK, _FIXED_BITS = 0x93, 0x12
_OFFLINE = 0x08  # n=1, printer status
_COVER_OPEN = 0x04  # n=2, offline cause
_PAPER_STOPPED = 0x20  # n=2: printing stopped for want of paper
_ERROR = 0x40  # n=2: an error (cutter, head temperature)
_NEAR_END = 0x0C  # n=4, roll paper sensor: near its end
_PAPER_OUT = 0x60  # n=4: no paper


class NoAnswer(Exception):
    """The printer sent nothing back, or nothing that is a status byte."""


def _ask(printer: Escpos, n: int) -> int:
    reply = printer.query_status(_DLE_EOT + bytes((n,)))
    if not reply or reply[-1] & _FIXED_MASK != _FIXED_BITS:
        raise NoAnswer
    return reply[-1]


def state_of(online: int, cause: int | None, paper: int | None) -> PrinterState:
    """The state told by the status bytes n=1, n=2 (asked only when offline) and n=4."""
    if online & _OFFLINE:
        cause = cause or 0
        if cause & _COVER_OPEN:
            return PrinterState.COVER_OPEN
        if cause & _PAPER_STOPPED:
            return PrinterState.PAPER_OUT
        if not cause & _ERROR and paper is not None and paper & _PAPER_OUT:
            return PrinterState.PAPER_OUT
        return PrinterState.PRINTER_ERROR
    if paper is not None and paper & _PAPER_OUT:
        return PrinterState.PAPER_OUT
    if paper is not None and paper & _NEAR_END:
        return PrinterState.PAPER_NEAR_END
    return PrinterState.READY


def ask_state(printer: Escpos) -> PrinterState:
    """The printer's state, asked over its connection; NoAnswer when it does not answer (within its timeout)."""
    online = _ask(printer, 1)
    cause = _ask(printer, 2) if online & _OFFLINE else None
    paper = _ask(printer, 4)
    return state_of(online, cause, paper)
