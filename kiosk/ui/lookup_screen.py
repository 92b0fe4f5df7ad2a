"""The first screen: a card field, and the customer's name, points and credit once found."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import CardStatus
from kiosk.services.customers import CardView, CustomerService

__all__ = ["LookupWindow", "format_money"]

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "JPY": "¥"}


def format_money(cents: int, currency: str, locale: QLocale) -> str:
    symbol = _SYMBOLS.get(currency, currency)
    return locale.toCurrencyString(cents / 100, symbol)


class LookupWindow(QMainWindow):
    """Type or scan a card (or e-mail, or phone), press Enter, see who it is and what they have."""

    def __init__(
        self,
        customers: CustomerService,
        *,
        language: str = "en",
        banner: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._locale = QLocale(language)
        self.setWindowTitle("Kiosk — loyalty counter")
        self.resize(720, 460)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Scan a card, or type a card number, e-mail or phone, then Enter")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(44)
        self.search.returnPressed.connect(self._look_up)

        self.status = QLabel(banner)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.name = QLabel()
        self.name.setObjectName("name")
        self.card_number = QLabel()
        self.card_number.setObjectName("card_number")
        self.card_state = QLabel()
        self.card_state.setObjectName("card_state")
        self.points = QLabel()
        self.points.setObjectName("points")
        self.credit = QLabel()
        self.credit.setObjectName("credit")
        self.campaign = QLabel()
        self.campaign.setObjectName("campaign")
        self._style()

        panel = QFrame()
        panel.setObjectName("customer")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(panel)
        grid.addWidget(self.name, 0, 0, 1, 2)
        grid.addWidget(self.card_number, 1, 0)
        grid.addWidget(self.card_state, 1, 1, alignment=Qt.AlignmentFlag.AlignRight)
        grid.addWidget(_caption("Points"), 2, 0)
        grid.addWidget(_caption("Credit"), 2, 1)
        grid.addWidget(self.points, 3, 0)
        grid.addWidget(self.credit, 3, 1)
        grid.addWidget(self.campaign, 4, 0, 1, 2)
        self.panel = panel
        panel.hide()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(panel)
        layout.addStretch(1)
        self.setCentralWidget(body)

        customers.found.connect(self.show_card)
        customers.failed.connect(self.show_problem)
        customers.busy.connect(self._busy)
        self.search.setFocus()

    def _style(self) -> None:
        big = self.search.font()
        big.setPointSize(big.pointSize() + 4)
        self.search.setFont(big)
        title = self.name.font()
        title.setPointSize(title.pointSize() + 10)
        title.setBold(True)
        self.name.setFont(title)
        figure = self.points.font()
        figure.setPointSize(figure.pointSize() + 14)
        figure.setBold(True)
        self.points.setFont(figure)
        self.credit.setFont(figure)
        self.card_state.setFont(title)

    def _look_up(self) -> None:
        self._customers.lookup(self.search.text())

    def _busy(self, busy: bool) -> None:
        if busy:
            self._say("Looking up…")

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setStyleSheet("color: #b71c1c; font-weight: bold;" if problem else "")
        self.status.setText(text)

    def show_card(self, view: CardView) -> None:
        card, campaign = view.card, view.campaign
        full_name = " ".join(part for part in (card.name, card.surname) if part)
        self.name.setText(full_name or "Customer not registered yet")
        self.card_number.setText(f"Card {card.card}")
        if card.status is CardStatus.ACTIVE:
            self.card_state.setText("Active")
            self.card_state.setStyleSheet("color: #1b5e20;")
        else:
            self.card_state.setText(card.status.value.upper())
            self.card_state.setStyleSheet("color: white; background: #b71c1c; padding: 4px 12px;")
        self.points.setText(self._locale.toString(card.points))
        self.credit.setText(format_money(card.credit, campaign.currency, self._locale))
        self.campaign.setText(campaign.name)
        self._say("")
        self.panel.show()
        self.search.selectAll()

    def show_problem(self, message: str) -> None:
        self._say(message, problem=True)
        self.panel.hide()
        self.search.selectAll()
        self.search.setFocus()


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: palette(mid);")
    return label
