"""A voucher at the till (Ctrl+U): scan its QR code or type its code, see what it is worth, Enter takes it against the receipt."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.services.counter import CounterService, problem_notice
from kiosk.ui import words
from kiosk.ui.locale_text import date_text
from kiosk.ui.money import format_money
from kiosk.ui.palette import Tone, set_tone

if TYPE_CHECKING:
    from kiosk.api import Voucher, VoucherUse

__all__ = ["VoucherDialog"]


class VoucherDialog(QDialog):
    """Two steps: the code (Enter checks it: worth, terms, expiry), then the receipt (Enter takes it, once).

    A voucher is checked and taken only online. One use keeps one operationid: a use whose answer was
    lost is sent again with it, and the server answers as the first time instead of "already used".
    `used(VoucherUse)` once the server took it.
    """

    used = Signal(object)

    def __init__(self, service: CounterService, locale: QLocale, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._locale = locale
        self._voucher: Voucher | None = None
        self._operationid = ""
        self._busy = False
        self.setWindowTitle(self.tr("Use a voucher"))
        self.code = QLineEdit()
        self.code.setObjectName("voucherCode")
        self.code.setPlaceholderText(self.tr("Scan the voucher's QR code or type its code"))
        self.code.returnPressed.connect(self._check)
        self.code.textEdited.connect(self._code_changed)
        self.worth = QLabel()
        self.worth.setObjectName("voucherWorth")
        self.worth.setWordWrap(True)
        self.worth.setTextFormat(Qt.TextFormat.PlainText)
        font = self.worth.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.worth.setFont(font)
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setTextFormat(Qt.TextFormat.PlainText)
        self.receipt = QLineEdit()
        self.receipt.setObjectName("voucherReceipt")
        self.receipt.setEnabled(False)
        self.receipt.returnPressed.connect(self._use)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.use_button = QPushButton(self.tr("Use it (Enter)"))
        self.use_button.setEnabled(False)
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(self._use)
        close = QPushButton(self.tr("Close (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Voucher code:"), self.code)
        form.addRow(self.tr("Receipt number:"), self.receipt)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.worth)
        layout.addWidget(self.terms)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(600, 300)
        self.code.setFocus()

    def say(self, text: str, *, problem: bool = True) -> None:
        set_tone(self.message, Tone.PROBLEM if problem else Tone.PLAIN)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _code_changed(self) -> None:
        """Another code typed: the one checked before is no longer the one to take."""
        self._voucher = None
        self._operationid = ""
        self.worth.clear()
        self.terms.clear()
        self.receipt.setEnabled(False)
        self.use_button.setEnabled(False)

    def _check(self) -> None:
        code = self.code.text().strip()
        if self._busy or not code:
            return
        self._busy = True
        self.say(self.tr("Checking the voucher…"), problem=False)
        self._service.check_voucher(parent=self, code=code).success(self._checked).failure(self._failed).run()

    def _checked(self, voucher: Voucher) -> None:
        self._busy = False
        self._voucher = voucher
        self._operationid = str(uuid.uuid4())  # this use's, kept for a send again after a lost answer
        if voucher.value is not None:
            worth = self.tr("{title}: {money} off").format(
                title=voucher.title, money=format_money(voucher.value, voucher.currency, self._locale)
            )
        else:
            worth = self.tr("{title}: {percent}% off").format(title=voucher.title, percent=voucher.percent)
        self.worth.setText(worth)
        lines = [voucher.description]
        if voucher.terms:
            lines.append(voucher.terms)
        if voucher.expiresat is not None:
            lines.append(self.tr("Valid until {date}.").format(date=date_text(voucher.expiresat, self._locale)))
        self.terms.setText("\n".join(line for line in lines if line))
        self.say("")
        self.receipt.setEnabled(True)
        self.use_button.setEnabled(True)
        self.receipt.setFocus()

    def _use(self) -> None:
        if self._busy or self._voucher is None:
            return
        self._busy = True
        self.use_button.setEnabled(False)
        self.say(self.tr("Using the voucher…"), problem=False)
        self._service.use_voucher(
            parent=self, code=self._voucher.code, receipt=self.receipt.text(), operationid=self._operationid
        ).success(self._taken).failure(self._failed).run()

    def _taken(self, use: VoucherUse) -> None:
        self._busy = False
        self.used.emit(use)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.use_button.setEnabled(self._voucher is not None)
        self.say(words.say(problem_notice(exc)))
