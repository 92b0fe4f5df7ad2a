"""The signed-in customer's offers and vouchers at the kiosk, and points turned into a voucher with the PIN.

"Offers" lists the promotions running now for this customer with their full terms. "My vouchers" lists
the offer wallet: each voucher's worth, expiry and state in words, its code and, while it can be used,
a QR code of the code for the till's scanner; above them, buttons to turn points into a voucher, each
saying what the voucher would be worth. The PIN screen confirms the chosen amount; the write goes
through the terminal's outbox in flight (KioskService.points_to_voucher), so a lost answer is settled
and never doubled. Everything shown of the customer is in labels marked as theirs or in rows these
screens own and delete on `wipe()`; every request answers a Scope that `wipe()` ends.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.api import VoucherState
from kiosk.services.kiosk import KioskService, Visit
from kiosk.ui.common.codes import CardQrCode
from kiosk.ui.common.receipts import PrintReceipt, ReceiptWords
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.lists import ListScreen, separator_line
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.screen import CUSTOMER_DATA, kiosk_button, kiosk_label
from kiosk.ui.locale_text import date_text
from kiosk.ui.money import format_money, format_points

if TYPE_CHECKING:
    from kiosk.api import Campaign, Promotion, WalletVoucher
    from kiosk.printing import Receipt

__all__ = ["OffersScreen", "VouchersScreen", "VoucherQrCode", "WalletNews", "voucher_amounts"]

#: The QR code of a voucher is at least this wide (mm): a till's scanner reads it off the glass.
_QR_MM = 40
#: Round amounts of points offered for a voucher (the campaign's minimum is always one of the choices).
_ROUND_AMOUNTS = (100, 200, 250, 500, 1000, 2000, 5000, 10000)
#: At most this many amounts to choose from.
_MOST_CHOICES = 4


class WalletNews(enum.Enum):
    """What "My vouchers" says on top after the PIN screen."""

    NONE = "none"
    MADE = "made"  # the voucher was made
    LOST = "lost"  # the answer was lost: the kiosk is finding out


def voucher_amounts(balance: int, minimum: int) -> tuple[int, ...]:
    """The points a customer may turn into a voucher: round amounts from the campaign's minimum up to the balance."""
    least = max(1, minimum)
    choices = sorted({least, *(amount for amount in _ROUND_AMOUNTS if amount > least)})
    affordable = [amount for amount in choices if amount <= balance]
    if len(affordable) <= _MOST_CHOICES:
        return tuple(affordable)
    # The smallest, the largest, and evenly between: small and large vouchers both on offer.
    last = len(affordable) - 1
    picks = sorted({round(index * last / (_MOST_CHOICES - 1)) for index in range(_MOST_CHOICES)})
    return tuple(affordable[index] for index in picks)


class VoucherQrCode(CardQrCode):
    """A voucher's code as a QR code, named for a screen reader as a voucher's (not a card's)."""

    def set_code(self, text: str) -> None:
        super().set_code(text)
        self.setAccessibleName(self.tr("Voucher QR code"))
        if not self.problem:
            self.setAccessibleDescription(self.tr("QR code of voucher {code}").format(code=text))


class OffersScreen(ListScreen):
    """"Offers": the promotions running now for this customer, each with its description, validity and full terms."""

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__("offers", parent=parent)
        self._service = service
        self._offers: tuple[Promotion, ...] | None = None
        self.intro = kiosk_label(name="offersIntro", role="muted")
        self.body.addWidget(self.intro)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Offers for you"))
        self.intro.setText(self.tr("What the shop offers you now. Slide the list up to see more."))
        if self._offers is not None:
            self._show(self._offers)

    def show_visit(self, visit: Visit) -> None:
        """Ask for the customer's promotions and list them."""
        self.wipe()
        self._visit = visit
        self._say_status(self.tr("Looking for your offers…"))
        self._service.offers(parent=self._scope, visit=visit).success(self._show).failure(self._failed).run()

    def _show(self, offers: tuple[Promotion, ...]) -> None:
        self._offers = offers
        self._clear_items()
        self._say_problem("")
        self._say_status("" if offers else self.tr("There are no offers for you right now. Come back soon!"))
        locale = QLocale()
        for index, offer in enumerate(offers):
            self._add_item(self._offer_row(index, offer, locale))
        fit_in_window(self.scroll.widget())

    def _offer_row(self, index: int, offer: Promotion, locale: QLocale) -> QWidget:
        row = QWidget()
        row.setObjectName(f"offer{index}")
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        title = scaled(kiosk_label(offer.title, name="offerTitle", customer=True), 1.25, bold=True)
        description = kiosk_label(offer.description, name="offerDescription", customer=True)
        validity = kiosk_label(self._validity(offer, locale), name="offerValidity", role="muted", customer=True)
        column.addWidget(title)
        column.addWidget(description)
        column.addWidget(validity)
        if offer.terms:
            terms = kiosk_label(self.tr("Terms: {terms}").format(terms=offer.terms), name="offerTerms", customer=True)
            column.addWidget(terms)
        for label in row.findChildren(QLabel):
            label.setAccessibleName(label.text())
        return row

    def _validity(self, offer: Promotion, locale: QLocale) -> str:
        if offer.validto is not None:
            return self.tr("Valid until {date}").format(date=date_text(offer.validto, locale))
        return self.tr("No end date")

    def wipe(self) -> None:
        self._offers = None
        super().wipe()


class VouchersScreen(ListScreen):
    """"My vouchers": the points to turn into one (`convert(points)`), and each voucher with its code and QR code."""

    convert = Signal(int)

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__("vouchers", parent=parent)
        self._service = service
        self._campaign: Campaign | None = None
        self._vouchers: tuple[WalletVoucher, ...] | None = None
        self._news = WalletNews.NONE
        self.news = kiosk_label(name="walletNews")
        self.news.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scaled(self.news, 1.1, bold=True)
        self.news.hide()
        self.points = scaled(kiosk_label(name="walletPoints", customer=True), 1.1, bold=True)
        self.convert_words = kiosk_label(name="convertWords")
        self.amounts = QGridLayout()
        self.amounts.setHorizontalSpacing(14)
        self.amounts.setVerticalSpacing(10)
        self._columns = 0
        # Large text switched on or off: the amounts flow again once the new sizes are in.
        self._reflow = QTimer(self)
        self._reflow.setSingleShot(True)
        self._reflow.setInterval(0)
        self._reflow.timeout.connect(lambda: self._flow_amounts(force=True))
        self._amount_buttons: list[QPushButton] = []
        self.convert_panel = QWidget()
        self.convert_panel.setObjectName("convertPanel")
        panel = QVBoxLayout(self.convert_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(8)
        panel.addWidget(self.points)
        panel.addWidget(self.convert_words)
        panel.addLayout(self.amounts)
        self.wallet_title = scaled(kiosk_label(name="walletTitle"), 1.1, bold=True)
        self.body.addWidget(self.news)
        self.body.addWidget(self.convert_panel)
        self.body.addWidget(separator_line())
        self.body.addWidget(self.wallet_title)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.scroll, 1)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("My vouchers"))
        self.wallet_title.setText(self.tr("Your vouchers: show the code or its QR code at the till"))
        self._words_for_news()
        if self._visit is not None:
            self._show_points()
        if self._vouchers is not None:
            self._show(self._vouchers)

    def _words_for_news(self) -> None:
        text = {
            WalletNews.MADE: self.tr("✓ Your new voucher is ready: it is in the list below."),
            WalletNews.LOST: self.tr(
                "The answer was lost on the way. This kiosk is finding out whether your voucher was made: if it"
                " was, it shows below. Your points are never taken twice."
            ),
        }.get(self._news, "")
        self.news.setText(text)
        self.news.setAccessibleName(text)
        self.news.setVisible(bool(text))

    # -- what the face calls ---------------------------------------------------------------------

    def show_visit(self, visit: Visit, campaign: Campaign | None, news: WalletNews = WalletNews.NONE) -> None:
        """The customer's points to turn into a voucher, and their wallet, asked for now."""
        self.wipe()
        self._visit = visit
        self._campaign = campaign
        self._news = news
        self._words_for_news()
        self._show_points()
        self._say_status(self.tr("Looking for your vouchers…"))
        self._service.wallet(parent=self._scope, visit=visit).success(self._show).failure(self._failed).run()

    # -- inside ----------------------------------------------------------------------------------

    def _show_points(self) -> None:
        for button in self._amount_buttons:
            self.amounts.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self._amount_buttons = []
        self._columns = 0
        visit, campaign = self._visit, self._campaign
        card = visit.card if visit is not None else None
        if card is None or campaign is None:
            self.points.clear()
            self.convert_words.clear()
            return
        locale = QLocale()
        self.points.setText(self.tr("You have {points} points", "", card.points).format(
            points=format_points(card.points, locale)))
        self.points.setAccessibleName(self.points.text())
        amounts = voucher_amounts(card.points, campaign.minredeempoints)
        if amounts:
            self.convert_words.setText(self.tr("Turn points into a voucher: choose how many."))
        else:
            self.convert_words.setText(self.tr("A voucher takes at least {points} points: keep collecting!").format(
                points=format_points(campaign.minredeempoints, locale)))
        self.convert_words.setAccessibleName(self.convert_words.text())
        for points in amounts:
            worth = format_money(points * campaign.pointvalue, campaign.currency, locale)
            text = self.tr("{points} points → {money}").format(points=format_points(points, locale), money=worth)
            button = kiosk_button(text, name=f"convert{points}", accessible=self.tr(
                "Turn {points} points into a voucher worth {money}").format(
                    points=format_points(points, locale), money=worth))
            button.setProperty(CUSTOMER_DATA, True)
            button.clicked.connect(lambda _checked=False, amount=points: self.convert.emit(amount))
            self._amount_buttons.append(button)
        fit_in_window(self.convert_panel)
        self._flow_amounts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._reflow.start()
        super().changeEvent(event)

    def _flow_amounts(self, width: int = 0, *, force: bool = False) -> None:
        """As many amounts in a row as fit the screen's width (large text, a portrait screen): none cut off."""
        buttons = self._amount_buttons
        if force:
            self._columns = 0
        if not buttons:
            return
        margins = self.layout().contentsMargins()
        room = (width or self.width()) - margins.left() - margins.right()
        widest = max(button.sizeHint().width() for button in buttons) + self.amounts.horizontalSpacing()
        columns = max(1, min(len(buttons), room // max(1, widest)))
        rows = -(-len(buttons) // columns)
        columns = -(-len(buttons) // rows)  # rows as even as they can be: 2 and 2, not 3 and 1
        if columns == self._columns:
            return
        self._columns = columns
        for button in buttons:
            self.amounts.removeWidget(button)
        for index, button in enumerate(buttons):
            self.amounts.addWidget(button, index // columns, index % columns)
        for column in range(len(buttons)):
            self.amounts.setColumnStretch(column, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._columns = 0
        self._flow_amounts(event.size().width())

    def _show(self, vouchers: tuple[WalletVoucher, ...]) -> None:
        self._vouchers = vouchers
        self._clear_items()
        self._say_problem("")
        self._say_status("" if vouchers else self.tr("You have no vouchers yet."))
        locale = QLocale()
        for index, voucher in enumerate(vouchers):
            self._add_item(self._voucher_row(index, voucher, locale))
        fit_in_window(self.scroll.widget())

    def _voucher_row(self, index: int, voucher: WalletVoucher, locale: QLocale) -> QWidget:
        row = QWidget()
        row.setObjectName(f"voucher{index}")
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        active = voucher.state is VoucherState.ACTIVE
        lines = [
            scaled(kiosk_label(voucher.title, name="voucherTitle", customer=True), 1.25, bold=True),
            scaled(kiosk_label(self._worth(voucher, locale), name="voucherWorth", customer=True), 1.1, bold=True),
            kiosk_label(self._state(voucher, locale), name="voucherState", role="" if active else "muted",
                        customer=True),
            kiosk_label(voucher.description, name="voucherDescription", customer=True),
        ]
        if voucher.terms:
            lines.append(kiosk_label(self.tr("Terms: {terms}").format(terms=voucher.terms), name="voucherTerms",
                                     customer=True))
        code = scaled(kiosk_label(self.tr("Code: {code}").format(code=voucher.code), name="voucherCode",
                                   customer=True), 1.3, bold=True)
        code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        lines.append(code)
        for number, label in enumerate(lines):
            label.setAccessibleName(label.text())
            grid.addWidget(label, number, 0)
        rows = len(lines)
        printing = self._service.printing
        if active and printing.configured:
            # Printed at once on the kiosk's own printer: a customer is never shown a print dialog.
            button = kiosk_button(self.tr("Print"), name="printVoucher",
                                  accessible=self.tr("Print voucher {code}").format(code=voucher.code))
            printer = PrintReceipt(printing, lambda: self._voucher_receipt(voucher), button, customer=True)
            printer.status.setProperty(CUSTOMER_DATA, True)
            beside = QHBoxLayout()  # the printer's answer beside the button: the row keeps its height
            beside.setSpacing(16)
            beside.addWidget(button)
            beside.addWidget(printer.status, 1)
            grid.addLayout(beside, rows, 0)
            rows += 1
        grid.setRowStretch(rows, 1)
        grid.setColumnStretch(0, 1)
        if active:
            qr = VoucherQrCode()
            qr.setProperty(CUSTOMER_DATA, True)
            qr.setObjectName("voucherQr")
            qr.set_code(voucher.code)
            look = getattr(self.window(), "look", None)
            side = max(qr.sizeHint().width(), look.px(_QR_MM) if look is not None else 0)
            qr.setFixedSize(side, side)
            grid.addWidget(qr, 0, 1, rows + 1, 1, Qt.AlignmentFlag.AlignTop)
        return row

    def _voucher_receipt(self, voucher: WalletVoucher) -> Receipt:
        locale = QLocale()
        shop = self._campaign.name if self._campaign is not None else voucher.title
        return ReceiptWords().voucher(shop, voucher.title, voucher.code, self._worth(voucher, locale),
                                      self._state(voucher, locale))

    def _worth(self, voucher: WalletVoucher, locale: QLocale) -> str:
        if voucher.value is not None:
            return self.tr("Worth {money}").format(money=format_money(voucher.value, voucher.currency, locale))
        return self.tr("{percent}% off").format(percent=locale.toString(voucher.percent or 0))

    def _state(self, voucher: WalletVoucher, locale: QLocale) -> str:
        """The state in words (never by colour alone), with the day that matters."""
        if voucher.state is VoucherState.USED:
            if voucher.usedat is not None:
                return self.tr("Used on {date}").format(date=date_text(voucher.usedat, locale))
            return self.tr("Used")
        if voucher.state is VoucherState.EXPIRED:
            if voucher.expiresat is not None:
                return self.tr("Expired on {date}").format(date=date_text(voucher.expiresat, locale))
            return self.tr("Expired")
        if voucher.expiresat is not None:
            return self.tr("✓ Active: use it by {date}").format(date=date_text(voucher.expiresat, locale))
        return self.tr("✓ Active: it does not expire")

    def wipe(self) -> None:
        self._vouchers = None
        self._campaign = None
        self._news = WalletNews.NONE
        super().wipe()  # the visit and the rows
        self._show_points()
        self._words_for_news()
