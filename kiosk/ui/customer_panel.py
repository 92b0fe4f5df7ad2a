"""The customer at a glance: name, card and its status, points and credit with what is pending, the last movements."""

from __future__ import annotations

from typing import TYPE_CHECKING

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import CardStatus
from kiosk.ui import words
from kiosk.ui.locale_text import date_text, day_time_text, time_text
from kiosk.ui.money import age_text, format_money, format_points, signed_money, signed_points
from kiosk.ui import palette
from kiosk.ui.palette import Tone, set_tone

if TYPE_CHECKING:
    # Annotations only: kiosk.core.terminal and kiosk.core.history (the answers' models, the store's SQL)
    # load at the first look-up; the methods that show a card's history import LineState then.
    from kiosk.api import Campaign, CardOffers
    from kiosk.core.history import History, MovementLine
    from kiosk.core.terminal import CardAnswer, LookupAnswer

__all__ = ["CustomerPanel", "freshness_text"]

_CONTEXT = "CustomerPanel"

_COLUMNS = (
    QT_TRANSLATE_NOOP("CustomerPanel", "When"),
    QT_TRANSLATE_NOOP("CustomerPanel", "Operation"),
    QT_TRANSLATE_NOOP("CustomerPanel", "Receipt"),
    QT_TRANSLATE_NOOP("CustomerPanel", "Amount"),
    QT_TRANSLATE_NOOP("CustomerPanel", "Points"),
    QT_TRANSLATE_NOOP("CustomerPanel", "Credit"),
    QT_TRANSLATE_NOOP("CustomerPanel", "State"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def freshness_text(answer: LookupAnswer, locale: QLocale, now: float | None = None) -> str:
    """Which answer the screen shows and how old it is, in one plain line."""
    if answer.as_of is None:
        if answer.fresh:
            return QCoreApplication.translate("CustomerPanel", "Live from the loyalty server, at an unknown time.")
        if answer.why_not_fresh is None:
            return QCoreApplication.translate(
                "CustomerPanel", "From this terminal, at an unknown time: checking with the loyalty server…"
            )
        return QCoreApplication.translate(
            "CustomerPanel", "From this terminal, at an unknown time: the loyalty server cannot be reached."
        )
    fields = {"time": time_text(answer.as_of, locale), "age": age_text(answer.as_of, now)}
    if answer.fresh:
        return QCoreApplication.translate("CustomerPanel", "Live from the loyalty server, {time} ({age}).").format(
            **fields
        )
    if answer.why_not_fresh is None:
        return QCoreApplication.translate(
            "CustomerPanel", "From this terminal, as of {time} ({age}): checking with the loyalty server…"
        ).format(**fields)
    return QCoreApplication.translate(
        "CustomerPanel", "From this terminal, as of {time} ({age}): the loyalty server cannot be reached."
    ).format(**fields)


def _sized(label: QLabel, extra: int, *, bold: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + extra)
    font.setBold(bold)
    label.setFont(font)
    return label


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("text-transform: uppercase;")
    set_tone(label, Tone.HINT)
    return label


def _with_pending(figure: str, change: str, pending: int) -> str:
    """A balance and, when some of it is not synced yet, how much: "1,262 points (12 pending sync)"."""
    if not pending:
        return figure
    note = QCoreApplication.translate("CustomerPanel", "({change} pending sync)").format(change=change.removeprefix("+"))
    return f'{figure} <span style="font-size: 13pt; color: {palette.in_force().warning};">{note}</span>'


_STATUS_NAMES = {
    CardStatus.ACTIVE: QT_TRANSLATE_NOOP("CustomerPanel", "ACTIVE"),
    CardStatus.BLOCKED: QT_TRANSLATE_NOOP("CustomerPanel", "BLOCKED"),
    CardStatus.REPLACED: QT_TRANSLATE_NOOP("CustomerPanel", "REPLACED"),
}


def status_text(card: CardAnswer) -> str:
    """The card's status in capitals, as a card that cannot be used is flagged: "BLOCKED", "UNKNOWN"..."""
    english = _STATUS_NAMES.get(card.status) if card.status is not None else None
    if english is None:
        if card.status is not None:
            return card.status.value.upper()
        return QCoreApplication.translate("CustomerPanel", "UNKNOWN")
    return _tr(english)


def shown_name(card: CardAnswer) -> str:
    """The customer's name, or why there is none: offline, only customers served here have one."""
    if card.name:
        return card.name
    if card.registered is False:
        return QCoreApplication.translate("CustomerPanel", "Anonymous card (customer not registered)")
    if not card.name_known:
        return QCoreApplication.translate(
            "CustomerPanel", "Name not kept on this terminal (shown when the loyalty server answers)"
        )
    return QCoreApplication.translate("CustomerPanel", "Registered customer (no name given)")


class CustomerPanel(QWidget):
    """Shows one card; the window asks it which movement is selected for a refund."""

    selection_changed = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._currency = "EUR"
        self._answer: LookupAnswer | None = None
        self.card: CardAnswer | None = None
        self._lines: tuple[MovementLine, ...] = ()

        self.banner = _sized(QLabel(), 6)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        set_tone(self.banner, Tone.ALARM)
        self.banner.hide()
        self.name = _sized(QLabel(), 12)
        self.name.setObjectName("name")
        # A long name, or the long words said while the name is unknown, wrap rather than widen the
        # window past the till's screen (a window with no window manager grows to what its labels ask).
        self.name.setWordWrap(True)
        self.card_number = _sized(QLabel(), 2, bold=False)
        self.card_number.setObjectName("card_number")
        self.card_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_state = _sized(QLabel(), 4)
        self.card_state.setObjectName("card_state")
        self.points = _sized(QLabel(), 14)
        self.points.setObjectName("points")
        self.credit = _sized(QLabel(), 14)
        self.credit.setObjectName("credit")
        self.campaign = QLabel()
        self.campaign.setObjectName("campaign")
        self.freshness = QLabel()
        self.freshness.setObjectName("freshness")
        self.freshness.setWordWrap(True)
        self.freshness.setStyleSheet("font-weight: bold;")
        self.offers = QLabel()
        self.offers.setObjectName("offers")
        self.offers.setWordWrap(True)
        self.offers.setTextFormat(Qt.TextFormat.PlainText)
        self.offers.hide()

        figures = QFrame()
        figures.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(figures)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.card_state, 0, 1, alignment=Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.card_number, 1, 0)
        grid.addWidget(self.campaign, 1, 1, alignment=Qt.AlignmentFlag.AlignRight)
        grid.addWidget(_caption(self.tr("Points")), 2, 0)
        grid.addWidget(_caption(self.tr("Credit")), 2, 1)
        grid.addWidget(self.points, 3, 0)
        grid.addWidget(self.credit, 3, 1)
        grid.addWidget(self.freshness, 4, 0, 1, 2)
        grid.addWidget(self.offers, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.movements = QTableWidget(0, len(_COLUMNS))
        self.movements.setObjectName("movements")
        self.movements.setHorizontalHeaderLabels([_tr(column) for column in _COLUMNS])
        self.movements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.movements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.movements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.movements.verticalHeader().hide()
        self.movements.setAlternatingRowColors(True)
        header = self.movements.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.movements.itemSelectionChanged.connect(self.selection_changed)
        self.history_note = QLabel()
        self.history_note.setObjectName("history_note")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(figures)
        layout.addWidget(self.history_note)
        layout.addWidget(self.movements, 1)

        # The age in the freshness line ("12 min ago") keeps counting while the customer stands there.
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._show_freshness)

    # -- what the window feeds in -------------------------------------------

    def set_campaign(self, campaign: Campaign | None) -> None:
        if campaign is not None:
            self._currency = campaign.currency
            self.campaign.setText(campaign.name)
            if self.card is not None:
                self.show_card(self.card)

    def show_answer(self, answer: LookupAnswer) -> None:
        """One card of a look-up, with where the answer comes from and how old it is."""
        self._answer = answer
        if self.card is None or self.card.card != answer.cards[0].card:
            self.show_history(None)
        self.show_card(answer.cards[0])
        self._show_freshness()
        self._ticker.start()

    def show_card(self, card: CardAnswer) -> None:
        self.card = card
        self.name.setText(shown_name(card))
        self.card_number.setText(self.tr("Card {card}").format(card=card.card))
        if card.status is CardStatus.ACTIVE:
            self.card_state.setText(self.tr("Active"))
            self.card_state.setStyleSheet("")
            set_tone(self.card_state, Tone.GOOD)
            self.banner.hide()
        else:
            self.card_state.setText(status_text(card))
            self.card_state.setStyleSheet("padding: 2px 12px;")
            set_tone(self.card_state, Tone.ALARM)
            self.banner.setText(self.tr("{status} — {reason}").format(status=status_text(card), reason=words.say(card.refusal)))
            self.banner.show()
        points = self.tr("{points} points", "", card.points).format(points=format_points(card.points, self._locale))
        self.points.setText(_with_pending(points, signed_points(card.pending_points, self._locale), card.pending_points))
        money = format_money(card.credit, self._currency, self._locale)
        pending = signed_money(card.pending_credit, self._currency, self._locale)
        self.credit.setText(_with_pending(money, pending, card.pending_credit))

    def _show_freshness(self) -> None:
        if self._answer is None:
            return
        self.freshness.setText(freshness_text(self._answer, self._locale, time.time()))
        set_tone(self.freshness, Tone.GOOD if self._answer.fresh else Tone.WARNING)

    def show_history(self, history: History | None) -> None:
        selected = self.selected_line()
        self._lines = history.lines if history is not None else ()
        self.movements.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            for column, text in enumerate(self._cells(line)):
                item = QTableWidgetItem(text)
                if 3 <= column <= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.movements.setItem(row, column, item)
            if selected is not None and line.operationid == selected.operationid:
                self.movements.selectRow(row)
        self._colour_lines()
        if history is None:
            self.history_note.setText(self.tr("Last movements: loading…"))
        elif history.fresh:
            self.history_note.setText(
                self.tr("Last movements (select one and press F4 to refund it):")
                if history.lines else self.tr("Last movements: none yet.")
            )
        elif not history.lines:
            self.history_note.setText(self.tr("Last movements, from this terminal: none kept here."))
        elif history.as_of is not None:
            self.history_note.setText(
                self.tr("Last movements, from this terminal as of {time} (select one and press F4 to refund it):")
                .format(time=time_text(history.as_of, self._locale))
            )
        else:
            self.history_note.setText(
                self.tr("Last movements, from this terminal (select one and press F4 to refund it):")
            )

    def _colour_lines(self) -> None:
        """A movement not applied yet in the warning's colour, a failed one in the problem's, of the theme in force."""
        from kiosk.core.history import LineState

        colours = palette.in_force()
        for row, line in enumerate(self._lines):
            if line.state is LineState.APPLIED:
                continue
            colour = QColor(colours.problem if line.state is LineState.FAILED else colours.warning)
            for column in range(self.movements.columnCount()):
                item = self.movements.item(row, column)
                if item is not None:
                    item.setForeground(colour)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange and self.card is not None:
            # Another theme (the desktop went dark, say): what carries its own colours takes the new ones.
            self.show_card(self.card)
            self._colour_lines()
        super().changeEvent(event)

    def _cells(self, line: MovementLine) -> tuple[str, ...]:
        from kiosk.core.history import LineState

        when = day_time_text(line.when, self._locale)
        amount = format_money(line.amount, self._currency, self._locale) if line.amount is not None else ""
        credit = signed_money(line.credit, self._currency, self._locale) if line.credit else ""
        if line.state is LineState.PENDING and line.offline_approved:
            state = self.tr("approved offline by a manager, pending sync")
        elif line.state is LineState.PENDING:
            state = self.tr("saved here, pending sync")
        elif line.state is LineState.FAILED:
            state = self.tr("FAILED: {reason}").format(reason=words.say(line.error) or self.tr("refused by the server"))
        elif line.reversed:
            state = self.tr("refunded")
        else:
            state = self.tr("synced")
        receipt = line.receipt or ""
        if not receipt and line.reverses is not None:
            reversed_line = next((other for other in self._lines if other.movementid == line.reverses), None)
            if reversed_line is not None and reversed_line.receipt:
                receipt = self.tr("of {receipt}").format(receipt=reversed_line.receipt)
        return (when, words.operation_name(line.type), receipt, amount,
                signed_points(line.points, self._locale), credit, state)

    @property
    def lines(self) -> tuple[MovementLine, ...]:
        """The movements listed, newest first."""
        return self._lines

    def show_offers(self, offers: CardOffers | None) -> None:
        """The customer's active vouchers and running offers, and the next voucher to expire; None hides the line."""
        if offers is None or offers.card != (self.card.card if self.card is not None else None):
            self.offers.clear()
            self.offers.hide()
            return
        parts = [self.tr("%n active voucher(s)", "", offers.vouchers), self.tr("%n offer(s) running", "", offers.promotions)]
        voucher = offers.nextvoucher
        if voucher is not None:
            worth = (
                format_money(voucher.value, voucher.currency, self._locale) if voucher.value is not None
                else self.tr("{percent}%").format(percent=voucher.percent)
            )
            if voucher.expiresat is not None:
                parts.append(self.tr("next to expire: {title} ({worth} off), on {date}").format(
                    title=voucher.title, worth=worth, date=date_text(voucher.expiresat, self._locale)
                ))
            else:
                parts.append(self.tr("next: {title} ({worth} off)").format(title=voucher.title, worth=worth))
        self.offers.setText(" · ".join(parts))
        self.offers.show()

    def selected_line(self) -> MovementLine | None:
        rows = self.movements.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._lines):
            return None
        return self._lines[rows[0].row()]

    def clear(self) -> None:
        """Wipe the customer: nothing of them stays in a widget."""
        self._ticker.stop()
        self._answer = None
        self.card = None
        for label in (self.name, self.card_number, self.card_state, self.points, self.credit, self.freshness, self.offers):
            label.clear()
        self.offers.hide()
        self.banner.hide()
        self.banner.clear()
        self.show_history(None)
