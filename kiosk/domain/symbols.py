"""A card's FidelyCode as the modules of its barcode and QR code, ready for any painter."""

from __future__ import annotations

import dataclasses

import qrcode
import qrcode.exceptions
from barcode import EAN13, Code128
from qrcode.constants import ERROR_CORRECT_M

from kiosk.domain.errors import InputError, Why
from kiosk.domain.identifiers import is_valid_ean13

__all__ = [
    "BARCODE_FORMATS",
    "BarcodeModules",
    "QrModules",
    "barcode_modules",
    "qr_modules",
]

# The campaign's cardformat as the API spells it. Taken as plain text (the
# CardFormat members in kiosk.api are str) because domain does not import api.
BARCODE_FORMATS = ("EAN13", "CODE128")

# Light margins a scanner needs around the bars (GS1: EAN-13 needs 11 modules
# on the left and 7 on the right, Code 128 needs 10 on each side). One width
# for both sides keeps the symbol centred, so EAN-13 gets 11 on each.
_EAN13_QUIET = 11
_CODE128_QUIET = 10
# ISO 18004 asks for four light modules around a QR code.
_QR_QUIET = 4
# A shop scanner reads a Code 128 of this length comfortably off a screen.
_CODE128_MAX = 48


@dataclasses.dataclass(frozen=True)
class BarcodeModules:
    """The bars of a linear barcode, left to right: True is a dark module."""

    modules: tuple[bool, ...]
    quiet_zone: int
    text: str

    @property
    def width(self) -> int:
        """Modules across, the quiet zones on both sides included."""
        return len(self.modules) + 2 * self.quiet_zone


@dataclasses.dataclass(frozen=True)
class QrModules:
    """The modules of a QR code, row by row: True is a dark module."""

    rows: tuple[tuple[bool, ...], ...]
    quiet_zone: int

    @property
    def size(self) -> int:
        """Modules on a side, without the quiet zone."""
        return len(self.rows)

    @property
    def width(self) -> int:
        """Modules on a side, the quiet zone on both sides included."""
        return self.size + 2 * self.quiet_zone


class _Code128(Code128):  # type: ignore[misc]
    """python-barcode's Code 128 without its start-code "optimisation".

    In 0.16.1 that step takes the first symbol after the start for a switch of
    code set whenever it equals 99; in code set C, 99 is the digits "99". So
    "9912345678" was drawn as a barcode that scans as "12345678": another
    card. Skipping the step costs one symbol at most and is always right.
    """

    def _try_to_optimize(self, encoded: list[int]) -> list[int]:
        return encoded


def barcode_modules(text: str, fmt: str) -> BarcodeModules:
    """The bars of `text` in the campaign's card format ("EAN13" or "CODE128")."""
    if fmt == "EAN13":
        if not is_valid_ean13(text):
            # python-barcode would quietly replace a wrong check digit and draw
            # a different card; refuse instead.
            raise InputError(Why.CARD_NOT_EAN13, field="card", card=text)
        pattern = EAN13(text).build()[0]
        quiet = _EAN13_QUIET
    elif fmt == "CODE128":
        if not text or len(text) > _CODE128_MAX or not all(" " <= ch <= "~" for ch in text):
            raise InputError(Why.CARD_NOT_CODE128, field="card", card=text, longest=_CODE128_MAX)
        pattern = _Code128(text).build()[0]
        quiet = _CODE128_QUIET
    else:
        raise InputError(Why.CARD_FORMAT_UNKNOWN, format=fmt)
    return BarcodeModules(modules=tuple(ch == "1" for ch in pattern), quiet_zone=quiet, text=text)


def qr_modules(text: str) -> QrModules:
    """The QR code of `text`, error correction M, the smallest version that holds it."""
    if not text:
        raise InputError(Why.QR_NO_CARD, field="card")
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    try:
        code.make(fit=True)
    except (qrcode.exceptions.DataOverflowError, ValueError):
        # Past version 40 qrcode says ValueError ("Invalid version") rather
        # than DataOverflowError, depending on where it runs out of room.
        raise InputError(Why.QR_TOO_LONG, field="card") from None
    rows = tuple(tuple(bool(module) for module in row) for row in code.get_matrix())
    return QrModules(rows=rows, quiet_zone=_QR_QUIET)
