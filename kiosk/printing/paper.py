"""The two roll widths receipt printers take, with what follows from each at 203 dpi with font A."""

from __future__ import annotations

import dataclasses

__all__ = ["Paper", "PAPERS", "paper_for"]


@dataclasses.dataclass(frozen=True)
class Paper:
    width_mm: int
    columns: int  # characters of font A on a line
    dots: int  # the printable width in dots: the widest image


PAPERS = {
    58: Paper(58, columns=32, dots=384),
    80: Paper(80, columns=48, dots=576),
}


def paper_for(width_mm: int | str) -> Paper:
    """The paper of the `paper_width` setting (58 or 80)."""
    return PAPERS[int(width_mm)]
