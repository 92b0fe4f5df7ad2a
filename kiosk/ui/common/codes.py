"""The card's barcode and QR code, painted module by module so a phone or a shop scanner reads them off the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import InputError
from kiosk.ui import words
from kiosk.ui.styles import counter_colours

if TYPE_CHECKING:
    from kiosk.domain.symbols import BarcodeModules, QrModules

__all__ = ["CardBarcode", "CardQrCode", "CardCodes", "CardCodesDialog"]

# Scanners want dark on light; a dark theme must not invert the symbols.
_LIGHT = QColor(255, 255, 255)
_DARK = QColor(0, 0, 0)

# Barcode proportions, in modules (times the pixels per module): the light
# margin above and below, the gap between bars and digits, the digits' line.
_BAR_MARGIN = 2
_BAR_GAP = 1
_DIGITS_LINE = 8
_BARS_AT_LEAST = 20
_BARS_AT_MOST_OF_WIDTH = 0.5
# Used for size hints before a code is set: an EAN-13 and a version 1 QR code.
_TYPICAL_BARCODE_WIDTH = 95 + 2 * 11
_TYPICAL_QR_WIDTH = 21 + 2 * 4


class _Symbol(QWidget):
    """What both symbols share: a light background, a plain message instead of a wrong symbol."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Every pixel is painted here, light first, whatever the palette says.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._problem = ""

    @property
    def problem(self) -> str:
        """Why no symbol is shown, in words for the cashier; empty when the symbol is shown."""
        return self._problem

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), _LIGHT)
        if self._problem:
            self._say(painter, self._problem)
        elif self._has_symbol():
            # Work in device pixels so each module covers whole pixels even on
            # a screen scaled by 125 % or 150 %: edges stay sharp for the scanner.
            ratio = self.devicePixelRatioF()
            painter.save()
            painter.scale(1 / ratio, 1 / ratio)
            shown = self._paint_symbol(painter, round(self.width() * ratio), round(self.height() * ratio))
            painter.restore()
            if not shown:
                self._say(painter, self.tr("Make this window larger to show the code."))
        painter.end()

    def _say(self, painter: QPainter, message: str) -> None:
        painter.setPen(QColor(counter_colours("light").problem))  # on the symbol's light ground, whatever the theme
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(self.rect().adjusted(8, 8, -8, -8), int(flags), message)

    def _refuse(self, error: InputError) -> None:
        self._problem = words.say(error)
        self.setAccessibleDescription(self._problem)
        self.updateGeometry()
        self.update()

    def _has_symbol(self) -> bool:
        raise NotImplementedError

    def _paint_symbol(self, painter: QPainter, width: int, height: int) -> bool:
        """Paint in device pixels; False when the widget is too small to hold a readable symbol."""
        raise NotImplementedError


class CardBarcode(_Symbol):
    """The card number as an EAN-13 or Code 128 barcode, with its digits underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Card barcode"))
        self._symbol: BarcodeModules | None = None

    @property
    def symbol(self) -> BarcodeModules | None:
        return self._symbol

    def set_code(self, text: str, fmt: str) -> None:
        """Show `text` in the campaign's card format (a CardFormat, or "EAN13" / "CODE128")."""
        try:
            # python-barcode and qrcode (~50 ms) load when a card's codes are first drawn, not at start.
            from kiosk.domain.symbols import barcode_modules

            self._symbol = barcode_modules(text, fmt)
        except InputError as error:
            self._symbol = None
            self._refuse(error)
            return
        self._problem = ""
        self.setAccessibleDescription(self.tr("Barcode of card {card}").format(card=text))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._size_at(3, bars=40)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Two pixels per module is what a phone camera still resolves off a screen.
        return self._size_at(2, bars=_BARS_AT_LEAST)

    def _size_at(self, scale: int, *, bars: int) -> QSize:
        width = self._symbol.width if self._symbol else _TYPICAL_BARCODE_WIDTH
        return QSize(width * scale, scale * (bars + _chrome_modules()))

    def _has_symbol(self) -> bool:
        return self._symbol is not None

    def _paint_symbol(self, painter: QPainter, width: int, height: int) -> bool:
        symbol = self._symbol
        assert symbol is not None
        scale = width // symbol.width
        # A short widget gets thinner modules rather than bars too short to scan.
        while scale > 1 and scale * (_chrome_modules() + _BARS_AT_LEAST) > height:
            scale -= 1
        if scale < 1:
            return False
        bars_height = min(
            height - scale * _chrome_modules(),
            int(symbol.width * scale * _BARS_AT_MOST_OF_WIDTH),
        )
        if bars_height < scale * _BARS_AT_LEAST:
            return False
        bars_width = len(symbol.modules) * scale
        left = (width - symbol.width * scale) // 2 + symbol.quiet_zone * scale
        top = (height - bars_height - scale * _chrome_modules()) // 2 + scale * _BAR_MARGIN
        for start, run in _dark_runs(symbol.modules):
            painter.fillRect(QRect(left + start * scale, top, run * scale, bars_height), _DARK)
        # The digits stay under the bars, never in the quiet zones.
        digits_top = top + bars_height + scale * _BAR_GAP
        painter.setFont(_digits_font(symbol.text, scale * _DIGITS_LINE, bars_width))
        painter.setPen(_DARK)
        painter.drawText(
            QRect(left, digits_top, bars_width, scale * _DIGITS_LINE),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            symbol.text,
        )
        return True


class CardQrCode(_Symbol):
    """The card number as a QR code, square, with its four-module quiet zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Card QR code"))
        self._symbol: QrModules | None = None

    @property
    def symbol(self) -> QrModules | None:
        return self._symbol

    def set_code(self, text: str) -> None:
        try:
            from kiosk.domain.symbols import qr_modules

            self._symbol = qr_modules(text)
        except InputError as error:
            self._symbol = None
            self._refuse(error)
            return
        self._problem = ""
        self.setAccessibleDescription(self.tr("QR code of card {card}").format(card=text))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._size_at(6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._size_at(4)

    def _size_at(self, scale: int) -> QSize:
        side = (self._symbol.width if self._symbol else _TYPICAL_QR_WIDTH) * scale
        return QSize(side, side)

    def _has_symbol(self) -> bool:
        return self._symbol is not None

    def _paint_symbol(self, painter: QPainter, width: int, height: int) -> bool:
        symbol = self._symbol
        assert symbol is not None
        scale = min(width, height) // symbol.width
        if scale < 1:
            return False
        side = symbol.width * scale
        left = (width - side) // 2 + symbol.quiet_zone * scale
        top = (height - side) // 2 + symbol.quiet_zone * scale
        for y, row in enumerate(symbol.rows):
            for start, run in _dark_runs(row):
                painter.fillRect(QRect(left + start * scale, top + y * scale, run * scale, scale), _DARK)
        return True


class CardCodes(QWidget):
    """A card's number, barcode and QR code side by side, for the customer to scan or read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLabel()
        self.number.setObjectName("card_number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.number.setFont(font)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.hide()

        self.barcode = CardBarcode()
        self.qr = CardQrCode()
        symbols = QHBoxLayout()
        symbols.setSpacing(24)
        symbols.addWidget(self.barcode, 2)
        symbols.addWidget(self.qr, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addLayout(symbols, 1)
        layout.addWidget(self.problem, 1)

    def set_card(self, fidelycode: str, fmt: str) -> None:
        """Show the card `fidelycode` in the campaign's card format (a CardFormat, or "EAN13" / "CODE128")."""
        self.number.setText(self.tr("Card {card}").format(card=fidelycode))
        self.barcode.set_code(fidelycode, fmt)
        if self.barcode.problem:
            # A number the barcode refuses would scan wrong as a QR code too:
            # show neither, and say why once.
            self.problem.setText(self.barcode.problem)
        else:
            self.qr.set_code(fidelycode)
            self.problem.setText(self.qr.problem)
        shown = not self.problem.text()
        self.barcode.setVisible(shown)
        self.qr.setVisible(shown)
        self.problem.setVisible(not shown)


class CardCodesDialog(QDialog):
    """A window with the card's codes, large enough to scan; Esc or Close shuts it."""

    def __init__(self, fidelycode: str, fmt: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Card codes"))
        self.codes = CardCodes()
        self.codes.set_card(fidelycode, fmt)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # The cashier works from the keyboard: the button says which key does the same.
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close (Esc)"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.codes, 1)
        layout.addWidget(buttons)
        self.resize(960, 520)


def _chrome_modules() -> int:
    """Modules of height the barcode spends besides its bars: margins, gap and digits."""
    return 2 * _BAR_MARGIN + _BAR_GAP + _DIGITS_LINE


def _dark_runs(modules: tuple[bool, ...]) -> list[tuple[int, int]]:
    """(first module, length) of each run of dark modules: one rectangle per bar."""
    runs: list[tuple[int, int]] = []
    start = -1
    for index, dark in enumerate((*modules, False)):
        if dark and start < 0:
            start = index
        elif not dark and start >= 0:
            runs.append((start, index - start))
            start = -1
    return runs


def _digits_font(text: str, line_height: int, width: int) -> QFont:
    """A font whose digits fill the line under the bars without running past them."""
    font = QFont()
    font.setStyleHint(QFont.StyleHint.Monospace)
    size = max(1, line_height * 7 // 8)
    font.setPixelSize(size)
    while size > 6 and QFontMetrics(font).horizontalAdvance(text) > width:
        size -= 1
        font.setPixelSize(size)
    return font
