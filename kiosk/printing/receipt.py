"""A receipt as typed lines, already in the reader's words: what to print, not how a printer is told to."""

from __future__ import annotations

import dataclasses
import enum

__all__ = ["Align", "Line", "Pair", "Rule", "QrCode", "Barcode", "Receipt", "Piece"]


class Align(enum.Enum):
    LEFT = "left"
    CENTER = "center"


@dataclasses.dataclass(frozen=True)
class Line:
    """Text, wrapped at the paper's width; `big` is double width and height (a heading)."""

    text: str
    bold: bool = False
    big: bool = False
    align: Align = Align.LEFT


@dataclasses.dataclass(frozen=True)
class Pair:
    """A label at the left and its value at the right of one line (two lines when both do not fit)."""

    label: str
    value: str
    bold: bool = False


@dataclasses.dataclass(frozen=True)
class Rule:
    """A line across the paper."""


@dataclasses.dataclass(frozen=True)
class QrCode:
    data: str


@dataclasses.dataclass(frozen=True)
class Barcode:
    data: str
    symbology: str  # "EAN13" or "CODE128", as the campaign's card format


Piece = Line | Pair | Rule | QrCode | Barcode


@dataclasses.dataclass(frozen=True)
class Receipt:
    pieces: tuple[Piece, ...]

    def codes(self) -> tuple[str, ...]:
        """The data of every code on it (for the log's count, and tests)."""
        return tuple(p.data for p in self.pieces if isinstance(p, (QrCode, Barcode)))
