"""The customer's own card at the kiosk: signed in ("My card"), or, offline, what this kiosk keeps of a scanned card.

Both show the card's barcode and QR code big enough to scan at a till or with a phone. Everything of
the customer is in labels marked as theirs, a list of rows this screen owns, and the codes, which
`wipe()` throws away (a new pair is made for the next card): nothing stays for the next person.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.ages import AgeUnit, age_of
from kiosk.ui.common.codes import CardBarcode, CardQrCode
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.screen import CUSTOMER_DATA, KioskScreen, kiosk_button, kiosk_label
from kiosk.ui.locale_text import moment_text
from kiosk.ui.money import format_money, format_points, signed_money, signed_points
from kiosk.ui.words import operation_name

if TYPE_CHECKING:
    from kiosk.api import Campaign, Movement
    from kiosk.services.kiosk import KeptCard, MyCard, Visit

__all__ = ["MyCardScreen", "KeptCardScreen", "KioskCardCodes"]

# The campaign's card format when none is known (the counter's default symbology).
_DEFAULT_FORMAT = "EAN13"
# The barcode takes 3/5 of the codes' width, the QR code the rest.
_BARCODE_COLUMN, _QR_COLUMN = 3, 2
_QR_SHARE = _QR_COLUMN / (_BARCODE_COLUMN + _QR_COLUMN)


def _scaled_label(factor: float, *, name: str, bold: bool = False, role: str = "", customer: bool = True) -> QLabel:
    return scaled(kiosk_label(name=name, role=role, customer=customer), factor, bold=bold)


class KioskCardCodes(QWidget):
    """A card's number, barcode and QR code, big; `clear()` forgets the card (the symbols are made anew)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardCodes")
        self.number = _scaled_label(1.2, name="cardNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem = kiosk_label(name="codesProblem", role="problem", customer=True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem.hide()
        self.barcode: CardBarcode | None = None
        self.qr: CardQrCode | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(8)
        self._grid.addWidget(self.number, 0, 0, 1, 2)
        self._grid.addWidget(self.problem, 2, 0, 1, 2)
        self._grid.setRowStretch(1, 1)

    def set_card(self, fidelycode: str, fmt: str) -> None:
        """Show `fidelycode` in the campaign's card format: its number, its barcode and its QR code."""
        self.clear()
        self.number.setText(self.tr("Card {card}").format(card=fidelycode))
        self.number.setAccessibleName(self.number.text())
        self.barcode, self.qr = CardBarcode(), CardQrCode()
        for symbol in (self.barcode, self.qr):
            symbol.setProperty(CUSTOMER_DATA, True)
            symbol.setMinimumSize(symbol.minimumSizeHint())
        self.barcode.set_code(fidelycode, fmt)
        problem = self.barcode.problem
        if not problem:
            self.qr.set_code(fidelycode)
            problem = self.qr.problem
        # A number the barcode refuses would scan wrong as a QR code too: neither shows, and why is said once.
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self._grid.addWidget(self.barcode, 1, 0)
        self._grid.addWidget(self.qr, 1, 1)
        self._grid.setColumnStretch(0, _BARCODE_COLUMN)
        self._grid.setColumnStretch(1, _QR_COLUMN)
        self.barcode.setVisible(not problem)
        self.qr.setVisible(not problem)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # As tall as the QR code is wide (its column is 2/5 of the width), no taller: the rest of a tall
        # screen goes to what is around the codes, not to white space inside them.
        width = event.size().width()
        tallest = self.number.sizeHint().height() + self._grid.verticalSpacing() + int(width * _QR_SHARE) + 8
        if self.maximumHeight() != tallest:
            self.setMaximumHeight(tallest)
        super().resizeEvent(event)

    def clear(self) -> None:
        self.number.clear()
        self.number.setAccessibleName("")
        self.problem.clear()
        self.problem.hide()
        for symbol in (self.barcode, self.qr):
            if symbol is not None:
                self._grid.removeWidget(symbol)
                symbol.hide()
                # Until Qt deletes it, nothing in it names the card to a screen reader or a test of the wipe.
                symbol.setAccessibleName("")
                symbol.setAccessibleDescription("")
                symbol.setParent(None)
                symbol.deleteLater()
        self.barcode = self.qr = None


class _Resized(QFrame):
    """A frame that calls `on_resize` after each change of size (to show as many rows as fit)."""

    def __init__(self, on_resize: Callable[[], None]) -> None:
        super().__init__()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(on_resize)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # After the layout pass, not inside it: showing and hiding rows in it unsettles the screen's grid.
        self._later.start()


class MyCardScreen(KioskScreen):
    """"My card": the name, points and what they are worth, credit, the last movements, and the card's codes.

    `change_pin` asks for the PIN screens. Fits 1366x768 landscape and 1080x1920 portrait: the codes
    sit beside the figures on a wide screen, between them and the movements on a tall one.
    """

    change_pin = Signal()
    offers = Signal()
    vouchers = Signal()
    more = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._card: MyCard | None = None
        self._campaign: Campaign | None = None
        self._portrait: bool | None = None
        self.title.setProperty(CUSTOMER_DATA, True)  # "Hello, Giulia": the customer's name

        self.points = _scaled_label(1.6, name="points", bold=True)
        self.worth = kiosk_label(name="pointsWorth", customer=True)
        self.credit = _scaled_label(1.2, name="credit", bold=True)
        self.summary = QFrame()
        self.summary.setObjectName("summary")
        summary = QVBoxLayout(self.summary)
        summary.setContentsMargins(0, 0, 0, 0)
        summary.setSpacing(4)
        summary.addWidget(self.points)
        summary.addWidget(self.worth)
        summary.addSpacing(8)
        summary.addWidget(self.credit)

        self.codes = KioskCardCodes()

        # As many of the last movements as fit (large text, a short screen): never the screen pushed off the glass.
        self.movements = _Resized(self._fit_rows)
        self.movements.setObjectName("movements")
        self.movements.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.movements_title = kiosk_label(name="movementsTitle")
        scaled(self.movements_title, 1.0, bold=True)
        self.no_movements = kiosk_label(name="noMovements", role="muted")
        self._rows = QGridLayout()
        self._rows.setHorizontalSpacing(24)
        self._rows.setVerticalSpacing(2)
        moves = QVBoxLayout(self.movements)
        moves.setContentsMargins(0, 0, 0, 0)
        moves.setSpacing(6)
        moves.addWidget(self.movements_title)
        moves.addWidget(self.no_movements)
        moves.addLayout(self._rows)
        moves.addStretch(1)
        self._row_labels: list[QLabel] = []

        self.change_pin_button = kiosk_button(name="changePin", role="big")
        self.change_pin_button.clicked.connect(self.change_pin)
        self.offers_button = kiosk_button(name="offers", role="big")
        self.offers_button.clicked.connect(self.offers)
        self.vouchers_button = kiosk_button(name="vouchers", role="big")
        self.vouchers_button.clicked.connect(self.vouchers)
        self.more_button = kiosk_button(name="more", role="big")
        self.more_button.clicked.connect(self.more)
        # What the customer can do from their card, two by two: offers, vouchers, their PIN, and the rest of their area.
        self.actions = QWidget()
        self.actions.setObjectName("cardActions")
        self._actions = QGridLayout(self.actions)
        self._actions.setContentsMargins(0, 0, 0, 0)
        self._actions.setSpacing(14)

        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(40)
        self._grid.setVerticalSpacing(18)
        self.body.addLayout(self._grid, 1)
        self._arrange(portrait=False)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.change_pin_button.setText(self.tr("Change my PIN"))
        self.change_pin_button.setAccessibleName(self.tr("Change my PIN"))
        self.offers_button.setText(self.tr("Offers"))
        self.offers_button.setAccessibleName(self.tr("Offers for you"))
        self.vouchers_button.setText(self.tr("My vouchers"))
        self.vouchers_button.setAccessibleName(self.tr("My vouchers"))
        self.more_button.setText(self.tr("More for you"))
        self.more_button.setAccessibleName(self.tr("More for you: prizes, games, news, shops, my details"))
        self.movements_title.setText(self.tr("Your last movements"))
        self.no_movements.setText(self.tr("No movements yet."))
        if self._card is not None:
            self._show()

    # -- what the face calls ---------------------------------------------------------------------

    def show_visit(self, visit: Visit, campaign: Campaign | None) -> None:
        """Show the signed-in customer's card (`visit.card`), in the campaign's money and card format."""
        if visit.card is None:
            return
        self._card = visit.card
        self._campaign = campaign
        fmt = campaign.cardformat if campaign is not None else _DEFAULT_FORMAT
        self.codes.set_card(visit.card.fidelycode, fmt)
        self._show()
        fit_in_window(self)

    def wipe(self) -> None:
        self._card = None
        self._campaign = None
        self._clear_rows()
        self.codes.clear()
        super().wipe()

    def first_focus(self) -> QWidget | None:
        return self.done_button

    # -- inside ----------------------------------------------------------------------------------

    def _show(self) -> None:
        card, campaign = self._card, self._campaign
        assert card is not None
        locale = QLocale()
        self.title.setText(self.tr("Hello, {name}").format(name=card.name) if card.name else self.tr("Your card"))
        self.title.setAccessibleName(self.title.text())
        points = self.tr("{points} points", "", card.points).format(points=format_points(card.points, locale))
        self.points.setText(points)
        if campaign is not None:
            self.worth.setText(self.tr("Worth {money} when you redeem them").format(
                money=format_money(card.points * campaign.pointvalue, campaign.currency, locale)
            ))
            self.credit.setText(self.tr("Credit: {money}").format(
                money=format_money(card.credit, campaign.currency, locale)
            ))
        else:
            self.worth.clear()
            self.credit.clear()
        for label in (self.points, self.worth, self.credit):
            label.setAccessibleName(label.text())
        self._show_movements(card.movements, campaign)

    def _show_movements(self, movements: tuple[Movement, ...], campaign: Campaign | None) -> None:
        self._clear_rows()
        self.no_movements.setVisible(not movements)
        if not movements:
            return
        locale, now = QLocale(), time.time()
        heads = (self.tr("When"), self.tr("What"), self.tr("Points"), self.tr("Credit"))
        for column, text in enumerate(heads):
            head = kiosk_label(text, name=f"movementsHead{column}", role="muted")
            self._place(head, 0, column)
        for row, line in enumerate(movements, start=1):
            credit = ""
            if line.credit and campaign is not None:
                credit = signed_money(line.credit, campaign.currency, locale)
            cells = (moment_text(line.when, locale, now), operation_name(line.type),
                     signed_points(line.points, locale), credit)
            for column, text in enumerate(cells):
                cell = kiosk_label(text, name=f"movement{row}_{column}", customer=True)
                cell.setWordWrap(False)
                self._place(cell, row, column)
            self._row_labels[-4].setAccessibleName(self.tr("{when}, {what}: points {points}, credit {credit}").format(
                when=cells[0], what=cells[1], points=cells[2], credit=cells[3] or "0"
            ))
        fit_in_window(self.movements)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Show the rows (newest first) that fit in the movements' height; hide the rest."""
        if not self._row_labels:
            return
        line = max(label.sizeHint().height() for label in self._row_labels) + self._rows.verticalSpacing()
        room = self.movements.height() - self.movements_title.sizeHint().height() - 6 - line  # the heads' row
        fitting = max(0, room // max(1, line))
        for index, label in enumerate(self._row_labels):
            row = index // 4  # 0: the heads
            label.setVisible(row == 0 or row <= fitting)

    def _place(self, label: QLabel, row: int, column: int) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        label.setAlignment(right if column >= 2 else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._rows.addWidget(label, row, column)
        self._row_labels.append(label)

    def _clear_rows(self) -> None:
        for label in self._row_labels:
            self._rows.removeWidget(label)
            label.hide()
            label.setParent(None)
            label.deleteLater()
        self._row_labels = []

    def _arrange(self, *, portrait: bool) -> None:
        """Figures and movements on the left, codes on the right (wide); figures, codes, movements (tall)."""
        if portrait == self._portrait:
            return
        self._portrait = portrait
        for widget in (self.summary, self.codes, self.movements, self.actions):
            self._grid.removeWidget(widget)
        for row in range(4):
            self._grid.setRowStretch(row, 0)
        for column in range(2):
            self._grid.setColumnStretch(column, 0)
        left = Qt.AlignmentFlag.AlignLeft
        buttons = (self.offers_button, self.vouchers_button, self.change_pin_button, self.more_button)
        for button in buttons:
            self._actions.removeWidget(button)
        # Two over two, on a tall screen as on a wide one (beside the movements), so each keeps its room.
        for index, button in enumerate(buttons):
            self._actions.addWidget(button, index // 2, index % 2)
        if portrait:
            self._grid.addWidget(self.summary, 0, 0)
            self._grid.addWidget(self.actions, 1, 0, left)
            self._grid.addWidget(self.codes, 2, 0)
            self._grid.addWidget(self.movements, 3, 0)
            self._grid.setRowStretch(2, 3)
            self._grid.setRowStretch(3, 2)
            self._grid.setColumnStretch(0, 1)
        else:
            self._grid.addWidget(self.summary, 0, 0)
            self._grid.addWidget(self.movements, 1, 0, 2, 1)
            self._grid.addWidget(self.codes, 0, 1, 2, 1)
            self._grid.addWidget(self.actions, 2, 1)
            self._grid.setRowStretch(1, 1)
            self._grid.setColumnStretch(0, 1)
            self._grid.setColumnStretch(1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        size = event.size()
        self._arrange(portrait=size.height() > size.width())
        super().resizeEvent(event)


class KeptCardScreen(KioskScreen):
    """Offline: a scanned card's codes and, when scanned, its last known balance with its age; what works now."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._kept: KeptCard | None = None
        self._now: float | None = None

        self.offline = kiosk_label(name="offlineWords")
        self.offline.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.balance = _scaled_label(1.3, name="keptBalance", bold=True)
        self.balance.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.age = kiosk_label(name="keptAge", role="muted", customer=True)
        self.age.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.codes = KioskCardCodes()
        self.codes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.body.addWidget(self.offline)
        self.body.addWidget(self.balance)
        self.body.addWidget(self.age)
        self.body.addStretch(1)
        self.body.addWidget(self.codes, 8)
        self.body.addStretch(2)  # on a tall screen the codes stay nearer their balance than the bottom bar
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your card"))
        self.offline.setText(self.tr(
            "The loyalty server cannot be reached now. You can still show your card's codes here and see the last"
            " balance this kiosk knows. Signing in with your PIN, redeeming and joining must wait until the"
            " connection is back."
        ))
        self.offline.setAccessibleName(self.offline.text())
        if self._kept is not None:
            self._show()

    def show_kept(self, kept: KeptCard, campaign: Campaign | None, now: float) -> None:
        """Show `kept` (its balance only when it has one: a scanned card), its age as of `now` (epoch seconds)."""
        self._kept = kept
        self._now = now
        fmt = campaign.cardformat if campaign is not None else _DEFAULT_FORMAT
        self._currency = campaign.currency if campaign is not None else ""
        self.codes.set_card(kept.fidelycode, fmt)
        self._show()
        fit_in_window(self)

    def wipe(self) -> None:
        self._kept = None
        self._now = None
        self.codes.clear()
        super().wipe()

    def first_focus(self) -> QWidget | None:
        return self.done_button

    def _show(self) -> None:
        kept = self._kept
        assert kept is not None
        locale = QLocale()
        if kept.points is None:
            self.balance.clear()
            self.age.clear()
        else:
            text = self.tr("{points} points", "", kept.points).format(points=format_points(kept.points, locale))
            if kept.credit and self._currency:
                text = self.tr("{points} · credit {money}").format(
                    points=text, money=format_money(kept.credit, self._currency, locale)
                )
            self.balance.setText(text)
            self.age.setText(self._age_words(kept.as_of, self._now or time.time(), locale))
        self.balance.setVisible(bool(self.balance.text()))
        self.age.setVisible(bool(self.age.text()))
        for label in (self.balance, self.age):
            label.setAccessibleName(label.text())

    def _age_words(self, as_of: float | None, now: float, locale: QLocale) -> str:
        if as_of is None:
            return self.tr("The last balance this kiosk knows; it may have changed since.")
        age = age_of(now - as_of)
        if age.unit is AgeUnit.JUST_NOW:
            return self.tr("Balance as of a moment ago.")
        if age.unit is AgeUnit.MINUTES:
            return self.tr("Balance as of %n minute(s) ago; it may have changed since.", "", age.count)
        return self.tr("Balance as of {moment}; it may have changed since.").format(
            moment=moment_text(as_of, locale, now)
        )
