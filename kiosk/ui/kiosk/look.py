"""The kiosk's clothes: sizes worked out from the screen's physical DPI, two themes, large text.

Every target is at least MIN_KEY_MM on the real screen and text at least MIN_POINT_SIZE. The two
themes (plain and high contrast) keep text and controls at 4.5:1 or more against what is behind them
(WCAG 2.2 AA; `contrast_ratio` measures it, tests/gui/test_kiosk_contrast.py checks every screen).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QColor, QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from kiosk.ui.common.keyboard import MIN_KEY_MM, MIN_POINT_SIZE, key_pixels
from kiosk.ui.palette import HIGH_CONTRAST, PLAIN, Colours

__all__ = ["Look", "Colours", "PLAIN", "HIGH_CONTRAST", "contrast_ratio", "physical_dpi", "fit_text", "fit_in_window", "LARGE_FACTOR"]

#: Large text makes every word this much bigger, at once.
LARGE_FACTOR = 1.35
#: The property a widget keeps its size in, as a multiple of the base size (set the first time it is fitted).
_FACTOR = "kioskTextFactor"
# A screen that reports no believable physical size (some virtual displays): taken as an ordinary monitor's.
_FALLBACK_DPI = 96.0


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(one: QColor | str, other: QColor | str) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""
    a, b = _luminance(QColor(one)), _luminance(QColor(other))
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


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
        return HIGH_CONTRAST if self.contrast else PLAIN

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
        c = self.colours
        target = self.target
        big = self.px(14)
        return f"""
QWidget#kioskWindow {{ background: {c.background}; }}
QWidget {{ color: {c.text}; }}
QLabel {{ background: transparent; color: {c.text}; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="problem"] {{ color: {c.problem}; font-weight: bold; }}
QPushButton, QToolButton {{
    background: {c.secondary}; color: {c.on_secondary}; border: 3px solid {c.edge}; border-radius: 12px;
    min-height: {target}px; min-width: {target}px; padding: 6px 18px;
}}
QPushButton:checked {{ background: {c.primary}; color: {c.on_primary}; border-color: {c.primary}; }}
QPushButton[role="primary"] {{ background: {c.primary}; color: {c.on_primary}; border-color: {c.primary};
    min-height: {big}px; font-weight: bold; }}
QPushButton[role="big"] {{ min-height: {big}px; }}
QPushButton:disabled, QPushButton[role="primary"]:disabled {{
    background: {c.secondary}; color: {c.muted}; border: 3px dashed {c.edge}; }}
QPushButton:focus, QLineEdit:focus, QWidget#pinPad:focus {{ border: 4px solid {c.focus}; }}
QLineEdit {{ background: {c.field}; color: {c.text}; border: 3px solid {c.edge}; border-radius: 8px;
    min-height: {target}px; padding: 4px 10px; }}
QListWidget, QTableWidget, QTreeWidget {{ background: {c.field}; color: {c.text}; border: 2px solid {c.edge}; }}
QCheckBox::indicator {{ width: {target}px; height: {target}px; }}
QProgressBar {{ border: 2px solid {c.edge}; background: {c.field}; color: {c.text}; text-align: center; }}
QProgressBar::chunk {{ background: {c.primary}; }}
QScrollBar:vertical {{ background: {c.field}; width: {target}px; border: 2px solid {c.edge}; border-radius: 8px; }}
QScrollBar::handle:vertical {{ background: {c.edge}; min-height: {target}px; border-radius: 6px; margin: 4px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


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
