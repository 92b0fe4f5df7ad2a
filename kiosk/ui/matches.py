"""Several cards match what was typed: a short numbered list to choose from with arrows and Enter, or 1–9."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.api import CardStatus
from kiosk.ui.customer_panel import shown_name, status_text
from kiosk.ui.money import format_points

if TYPE_CHECKING:
    from kiosk.core.terminal import CardAnswer  # loads at the first look-up

__all__ = ["MatchList"]


class _Keys(QListWidget):
    """The list itself: Enter chooses the highlighted card."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            return
        super().keyPressEvent(event)


class MatchList(QWidget):
    """Emits `chosen(CardAnswer)`; `choose_number(n)` serves the digit keys (the scan catcher hands them over)."""

    chosen = Signal(object)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._cards: tuple[CardAnswer, ...] = ()
        self.title = QLabel()
        self.title.setObjectName("matches_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.list = _Keys()
        self.list.setObjectName("matches")
        big = self.list.font()
        big.setPointSize(big.pointSize() + 3)
        self.list.setFont(big)
        # A long name (or a long language) wraps onto a second line: the card number and points stay in sight.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda item: self._choose_row(self.list.row(item)))
        self.list.entered.connect(lambda: self._choose_row(self.list.currentRow()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

    def show_cards(self, cards: tuple[CardAnswer, ...]) -> None:
        self._cards = cards
        self.title.setText(
            self.tr("%n cards match. Choose one: arrows and Enter, or its number (1–{last}).", "", len(cards))
            .format(last=self._locale.toString(min(len(cards), 9)))
        )
        self.list.clear()
        for number, card in enumerate(cards, start=1):
            key = f"{number}." if number <= 9 else "  "
            line = self.tr("{name}  ·  card {card}  ·  {points} points", "", abs(card.points)).format(
                name=shown_name(card), card=card.card, points=format_points(card.points, self._locale)
            )
            if card.status is not CardStatus.ACTIVE:
                line = self.tr("{card_line} — {status}").format(card_line=line, status=status_text(card))
            text = f"{key}  {line}"
            self.list.addItem(QListWidgetItem(text))
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def choose_number(self, number: int) -> bool:
        """Choose the `number`th card (1-based); False if there is no such line."""
        if 1 <= number <= min(len(self._cards), 9):
            self._choose_row(number - 1)
            return True
        return False

    def _choose_row(self, row: int) -> None:
        if 0 <= row < len(self._cards):
            self.chosen.emit(self._cards[row])

    def clear(self) -> None:
        self._cards = ()
        self.list.clear()
