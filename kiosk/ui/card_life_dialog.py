"""A lost card at the counter: block it, unblock it when found, or move the customer to a new card — manager PIN first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.services.counter import CardChange, CounterService, problem_notice
from kiosk.ui import words
from kiosk.ui.palette import Tone, set_tone

if TYPE_CHECKING:
    from kiosk.core.terminal import CardAnswer, LookupAnswer

__all__ = ["CardLifeDialog"]


class CardLifeDialog(QDialog):
    """Ctrl+L over a customer: B blocks the card, U unblocks it, M moves the customer to the new card typed or scanned.

    Each asks `approve(reason)` (the manager PIN) first and is made on the server at once; `changed(card)`
    says which card the counter shows next (the new one after a move).
    """

    changed = Signal(str)

    def __init__(
        self,
        service: CounterService,
        card: CardAnswer,
        *,
        approve: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._card = card
        self._approve = approve
        self.setWindowTitle(self.tr("Lost or found card"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.newcard = QLineEdit()
        self.newcard.setObjectName("newcard")
        self.newcard.setPlaceholderText(self.tr("Scan or type the new card's number"))
        self.newcard.setAccessibleName(self.tr("The new card's number"))
        self.newcard.returnPressed.connect(self._move)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.block = QPushButton(self.tr("&Block the card"))
        self.block.clicked.connect(lambda: self._change(CardChange.BLOCK))
        self.unblock = QPushButton(self.tr("&Unblock the card"))
        self.unblock.clicked.connect(lambda: self._change(CardChange.UNBLOCK))
        self.move = QPushButton(self.tr("&Move to the new card"))
        self.move.clicked.connect(self._move)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.block, self.unblock, self.move, self.close_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        for button in (self.block, self.unblock, self.move):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.newcard)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        self.resize(640, 220)
        self._show_card()
        self.newcard.setFocus()

    def _show_card(self) -> None:
        card = self._card
        blocked = card.blocked
        self.intro.setText(
            self.tr("Card {card} is blocked. Unblock it if it was found, with the manager PIN.").format(card=card.card)
            if blocked else
            self.tr("Card {card}: block it if it was lost, or move its customer, points, credit and PIN to a new card."
                    " Both need the manager PIN.").format(card=card.card)
        )
        self.block.setVisible(not blocked)
        self.move.setVisible(not blocked)
        self.newcard.setVisible(not blocked)
        self.unblock.setVisible(blocked)

    def say(self, text: str, *, problem: bool = True) -> None:
        set_tone(self.problem, Tone.PROBLEM if problem else Tone.PLAIN)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _move(self) -> None:
        number = self.newcard.text().strip()
        if not number:
            self.say(self.tr("Scan or type the new card's number first."))
            self.newcard.setFocus()
            return
        self._change(CardChange.REPLACE, number)

    def _change(self, change: CardChange, newcard: str | None = None) -> None:
        reasons = {
            CardChange.BLOCK: self.tr("to block card {card}"),
            CardChange.UNBLOCK: self.tr("to unblock card {card}"),
            CardChange.REPLACE: self.tr("to move card {card} to a new card"),
        }
        if not self._approve(reasons[change].format(card=self._card.card)):
            return
        self._busy(True)
        self.say(self.tr("Asking the loyalty server…"), problem=False)
        self._service.change_card(parent=self, card=self._card.card, change=change, newcard=newcard) \
            .success(self._done).failure(self._failed).run()

    def _busy(self, busy: bool) -> None:
        for widget in (self.block, self.unblock, self.move, self.newcard):
            widget.setEnabled(not busy)

    def _done(self, answer: LookupAnswer) -> None:
        self._busy(False)
        self.changed.emit(answer.cards[0].card)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.say(words.say(problem_notice(exc)))
        self.newcard.setFocus()
        self.newcard.selectAll()
