"""The kiosk's clothes: sizes worked out from the screen's physical DPI, two themes, large text.

Every target is at least MIN_KEY_MM on the real screen and text at least MIN_POINT_SIZE. The two
themes (plain and high contrast: resources/styles/kiosk-plain.toml and kiosk-contrast.toml, worn through
kiosk.qss) keep text and controls at 4.5:1 or more against what is behind them (WCAG 2.2 AA; `contrast_ratio` measures it, tests/gui/test_kiosk_contrast.py checks every screen).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QScreen
from PySide6.QtWidgets import QWidget

from kiosk.ui.common.keyboard import MIN_KEY_MM, MIN_POINT_SIZE, key_pixels
from kiosk.ui.palette import HIGH_CONTRAST, PLAIN, Colours  # the built-in themes, re-exported
from kiosk.ui.styles import contrast_ratio, kiosk_colours, kiosk_sheet

__all__ = ["Look", "Colours", "PLAIN", "HIGH_CONTRAST", "contrast_ratio", "physical_dpi", "fit_text", "fit_in_window", "LARGE_FACTOR"]

#: Large text makes every word this much bigger, at once.
LARGE_FACTOR = 1.35
#: The property a widget keeps its size in, as a multiple of the base size (set the first time it is fitted).
_FACTOR = "kioskTextFactor"
# A screen that reports no believable physical size (some virtual displays): taken as an ordinary monitor's.
_FALLBACK_DPI = 96.0


def physical_dpi(screen: QScreen | None = None) -> float:
    """The screen's physical dots per inch (not its logical DPI): what turns millimetres into pixels."""
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return _FALLBACK_DPI
    dpi = screen.physicalDotsPerInch()
    return dpi if 40.0 <= dpi <= 700.0 else _FALLBACK_DPI


@dataclasses.dataclass(frozen=True)
class Look:
    """What the kiosk looks like now: the screen's DPI, large text or not, high contrast or not."""

    dpi: float = _FALLBACK_DPI
    large: bool = False
    contrast: bool = False

    @property
    def colours(self) -> Colours:
        """The theme's colours as resources/styles/ gives them (read once; the built-in ones if a file is broken)."""
        return kiosk_colours(self.contrast)

    @property
    def point_size(self) -> float:
        """The base size of words; never below MIN_POINT_SIZE."""
        return MIN_POINT_SIZE * (LARGE_FACTOR if self.large else 1.0)

    def px(self, millimetres: float) -> int:
        return key_pixels(self.dpi, millimetres)

    @property
    def target(self) -> int:
        """The least side of anything touched, in pixels."""
        return self.px(MIN_KEY_MM)

    def base_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(MIN_POINT_SIZE)
        return font

    def stylesheet(self) -> str:
        """resources/styles/kiosk.qss in this look's colours and sizes ("" when the file is missing or broken)."""
        return kiosk_sheet(self.colours, {"target": self.target, "big": self.px(14)})

    def palette(self) -> QPalette:
        """The theme's colours for what no style sheet colours (and for everything, when the sheet is missing)."""
        c = self.colours
        made = QPalette()
        role = QPalette.ColorRole
        for each, colour in ((role.Window, c.background), (role.WindowText, c.text), (role.Base, c.field),
                             (role.Text, c.text), (role.Button, c.secondary), (role.ButtonText, c.on_secondary),
                             (role.Highlight, c.primary), (role.HighlightedText, c.on_primary)):
            made.setColor(each, QColor(colour))
        return made


def fit_text(root: QWidget, look: Look) -> None:
    """Size the words of `root` and everything in it for `look`: each keeps its size relative to the base.

    A widget's relative size is read the first time it is fitted (built on the base size) and kept, so
    switching large text on and off any number of times comes back to the same sizes.
    """
    from kiosk.ui.common.pin_pad import PinPad

    pads = [root] if isinstance(root, PinPad) else root.findChildren(PinPad)
    # The PIN pad's digits are big already and fill their keys: larger, they would not fit them.
    on_pads = {id(w) for pad in pads for w in (pad, *pad.findChildren(QWidget))}
    for widget in (root, *root.findChildren(QWidget)):
        factor = widget.property(_FACTOR)
        if factor is None:
            factor = max(1.0, widget.font().pointSizeF() / MIN_POINT_SIZE) if widget.font().pointSizeF() > 0 else 1.0
            widget.setProperty(_FACTOR, factor)
        font = QFont(widget.font())
        wanted = float(factor) * (MIN_POINT_SIZE if id(widget) in on_pads else look.point_size)
        if abs(font.pointSizeF() - wanted) > 0.01:
            font.setPointSizeF(wanted)
            widget.setFont(font)


def fit_in_window(widget: QWidget) -> None:
    """Size the words of `widget`, made after its window last fitted the screen, for the window's look in force.

    Outside a kiosk window (a screen tested alone) there is no look: nothing changes.
    """
    look = getattr(widget.window(), "look", None)
    if isinstance(look, Look):
        fit_text(widget, look)
