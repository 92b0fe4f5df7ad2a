"""My details' two changes that need proof: a new e-mail or mobile (a code sent to it), and a new password.

The new address is typed on the kiosk's keyboard, a code goes to it, the code typed here puts it on file (the
server tells the old address); a wrong or expired code is said in words, and "Send again" waits as the PIN
reset screen does. The password is changed with the current one and the new one twice, checked against the
shop's rules before it is sent. Codes and passwords live only in their fields until sent: never logged, never
in the store, and the fields are emptied once sent and on `wipe()`.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QWidget

from kiosk.api import ApiError, Problem
from kiosk.api.marta import CODE_DIGITS
from kiosk.api.models import CustomerProfile
from kiosk.domain.enrolment_input import check_password
from kiosk.services.kiosk import ContactCode, KioskService, Visit
from kiosk.ui import words
from kiosk.ui.common.keyboard import KIND_PROPERTY
from kiosk.ui.kiosk.details import NO_PASSWORD, _DetailsPart, primary_in_bar
from kiosk.ui.kiosk.screen import kiosk_button, kiosk_label, mark_checked

__all__ = ["ContactScreen", "PasswordScreen"]


def _field(name: str, kind: str, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setProperty(KIND_PROPERTY, kind)
    edit.setMinimumHeight(60)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ContactScreen(_DetailsPart):
    """A new e-mail or mobile: which one, the new address, "Send me a code", then the code and "Confirm"."""

    changed = Signal()

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__(service, "contact", parent=parent)
        self._sent: ContactCode | None = None
        self._resend_at = 0.0
        self._busy = False
        self.email_choice = kiosk_button(name="chooseEmail", role="big")
        self.mobile_choice = kiosk_button(name="chooseMobile", role="big")
        self._choice = QButtonGroup(self)
        for button in (self.email_choice, self.mobile_choice):
            button.setCheckable(True)
            self._choice.addButton(button)
        self.email_choice.setChecked(True)
        self._choice.buttonToggled.connect(lambda _button, _on: self._chosen())
        self.now = kiosk_label(name="contactNow", customer=True)
        self.address_label = kiosk_label(name="newAddressLabel")
        self.address = _field("newAddress", "email")
        self.address_label.setBuddy(self.address)
        self.address.returnPressed.connect(self.send_code)
        self.send_button = kiosk_button(name="sendContactCode", role="primary")
        self.send_button.clicked.connect(self.send_code)
        self.note = kiosk_label(name="contactNote", customer=True)
        self.note.hide()
        self.code_label = kiosk_label(name="contactCodeLabel")
        self.code = _field("contactCode", "digits")
        self.code.setMaxLength(CODE_DIGITS)
        self.code_label.setBuddy(self.code)
        self.code.returnPressed.connect(self.confirm)
        self.confirm_button = kiosk_button(name="confirmContact", role="primary")
        self.confirm_button.clicked.connect(self.confirm)
        self.resend = kiosk_button(name="resendContactCode", role="big")
        self.resend.clicked.connect(self.send_code)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        choices = QHBoxLayout()
        choices.setSpacing(18)
        choices.addWidget(self.email_choice)
        choices.addWidget(self.mobile_choice)
        code_row = QHBoxLayout()
        code_row.setSpacing(18)
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.confirm_button)
        column = self._scrolling()
        at = column.count() - 1  # before the column's closing stretch
        address_row = QHBoxLayout()
        address_row.setSpacing(18)
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.send_button)
        for part in (choices, self.now, self.address_label, address_row, self.note, self.code_label, code_row,
                     self.resend):
            if isinstance(part, QWidget):
                column.insertWidget(at, part)
            else:
                column.insertLayout(at, part)
            at += 1
        self.done_button.setProperty("role", "big")  # "Send me a code", then "Confirm", is the one thing to press
        self._show_code_step(False)
        self.retranslate()

    # -- words ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Change e-mail or mobile"))
        self.title.setAccessibleName(self.title.text())
        mark_checked(self.email_choice, self.tr("E-mail"))
        mark_checked(self.mobile_choice, self.tr("Mobile"))
        mobile = self.mobile_choice.isChecked()
        self.address_label.setText(self.tr("Your new mobile number:") if mobile else self.tr("Your new e-mail:"))
        self.address.setAccessibleName(self.address_label.text())
        self.send_button.setText(self.tr("Send me a code"))
        self.code_label.setText(self.tr("The code we sent you:"))
        self.code.setAccessibleName(self.code_label.text())
        self.confirm_button.setText(self.tr("Confirm"))
        for button in (self.send_button, self.confirm_button):
            button.setAccessibleName(button.text())
        self._say_now()
        if self._sent is not None:
            self._say_sent(self._sent)
        self._count_down()

    def _say_now(self) -> None:
        visit = self._visit
        if visit is None or not visit.active:
            self.now.clear()
            return
        profile = visit.session.customer
        if self.mobile_choice.isChecked():
            text = self.tr("Mobile on file now: {address}").format(address=profile.mobilecontactdata or self.tr("none"))
        else:
            text = self.tr("E-mail on file now: {address}").format(address=profile.mailcontactdata or self.tr("none"))
        self.now.setText(text)
        self.now.setAccessibleName(text)

    def _say_sent(self, sent: ContactCode) -> None:
        minutes = max(1, sent.sent.expiresin // 60)
        said = self.tr("We sent a code to {address}. It works for %n minutes.", "", minutes)
        self.note.setText(said.format(address=sent.address))
        self.note.setAccessibleName(self.note.text())
        self.note.show()

    # -- the steps -----------------------------------------------------------------------------

    def ask(self, visit: Visit) -> None:
        """A fresh start for this visit: the e-mail chosen, nothing typed."""
        self.wipe()
        self._visit = visit
        self._say_now()

    def _chosen(self) -> None:
        mobile = self.mobile_choice.isChecked()
        self.address.setProperty(KIND_PROPERTY, "phone" if mobile else "email")
        self.address.clear()
        self._sent = None
        self._tick.stop()
        self._show_code_step(False)
        self._say_problem("")
        self._say_status("")
        self.retranslate()

    def _show_code_step(self, shown: bool) -> None:
        for widget in (self.code_label, self.code, self.confirm_button, self.resend):
            widget.setVisible(shown)
        self.send_button.setVisible(not shown)
        self.address.setReadOnly(shown)
        if not shown:
            self.note.hide()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.send_button, self.confirm_button, self.email_choice, self.mobile_choice):
            widget.setEnabled(not busy)
        self._count_down()

    def send_code(self) -> None:
        visit = self._visit
        if self._busy or visit is None:
            return
        typed = self.address.text().strip()
        if not typed:
            self._say_problem(self.tr("Type the new address first."))
            self.address.setFocus()
            return
        self._say_problem("")
        self._say_status(self.tr("Sending the code…"))
        self._set_busy(True)
        self._service.send_contact_code(
            parent=self._scope, visit=visit, address=typed, mobile=self.mobile_choice.isChecked()
        ).success(self._code_sent).failure(self._refused).run()

    def _code_sent(self, sent: ContactCode) -> None:
        self._sent = sent
        self._resend_at = time.monotonic() + max(0, sent.sent.resendafter)
        self._say_status("")
        self._set_busy(False)
        self._say_sent(sent)
        self._show_code_step(True)
        self.code.clear()
        self._tick.start()
        self._count_down()
        self.code.setFocus()

    def _count_down(self) -> None:
        wait = math.ceil(self._resend_at - time.monotonic()) if self._sent is not None else 0
        if wait > 0:
            self.resend.setText(self.tr("Send again (in %n s)", "", wait))
        else:
            self.resend.setText(self.tr("Send the code again"))
            self._tick.stop()
        self.resend.setAccessibleName(self.resend.text())
        self.resend.setEnabled(wait <= 0 and not self._busy)

    def confirm(self) -> None:
        visit, sent = self._visit, self._sent
        if self._busy or visit is None or sent is None:
            return
        code = self.code.text().strip()
        self.code.clear()  # the code lives in its field until sent, and no longer
        if not code:
            self._say_problem(self.tr("Type the code we sent you."))
            return
        self._say_problem("")
        self._say_status(self.tr("Checking the code…"))
        self._set_busy(True)
        if sent.mobile:
            op = self._service.change_contact(parent=self._scope, visit=visit, code=code, mobile=sent.address)
        else:
            op = self._service.change_contact(parent=self._scope, visit=visit, code=code, email=sent.address)
        op.success(self._changed).failure(self._refused).run()

    def _changed(self, profile: CustomerProfile) -> None:
        sent = self._sent
        self._sent = None
        self._tick.stop()
        self._set_busy(False)
        self._show_code_step(False)
        self.address.clear()
        self._say_now()
        if sent is not None and sent.mobile:
            done = self.tr("Done: your mobile is now {address}. We told your old one about the change.")
        else:
            done = self.tr("Done: your e-mail is now {address}. We told your old one about the change.")
        self._say_status(done.format(address=sent.address if sent is not None else ""))
        self.changed.emit()

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        self._failed(exc)
        if self._sent is not None:
            self.code.setFocus()

    # -- the customer goes ---------------------------------------------------------------------

    def first_focus(self) -> QWidget | None:
        return self.address

    def wipe(self) -> None:
        self._tick.stop()
        self._sent = None
        self._resend_at = 0.0
        self._busy = False
        super().wipe()
        self._set_busy(False)
        self.email_choice.blockSignals(True)
        self.email_choice.setChecked(True)
        self.email_choice.blockSignals(False)
        self._show_code_step(False)
        self.note.clear()
        self.now.clear()
        self.address.setProperty(KIND_PROPERTY, "email")
        self.retranslate()


class PasswordScreen(_DetailsPart):
    """A new password: the current one, the new one twice (the shop's rules checked first), then "Change password"."""

    changed = Signal()

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__(service, "password", parent=parent)
        self._busy = False
        self.current_label = kiosk_label(name="currentPasswordLabel")
        self.current = _field("currentPassword", "text", secret=True)
        self.new_label = kiosk_label(name="newPasswordLabel")
        self.new = _field("newPassword", "text", secret=True)
        self.again_label = kiosk_label(name="newPasswordAgainLabel")
        self.again = _field("newPasswordAgain", "text", secret=True)
        self.rules = kiosk_label(name="passwordRules", role="muted")
        self.change_button = kiosk_button(name="submitPassword", role="primary")
        self.change_button.clicked.connect(self.submit)
        column = self._scrolling()
        at = column.count() - 1  # before the column's closing stretch
        for label, edit in ((self.current_label, self.current), (self.new_label, self.new),
                            (self.again_label, self.again)):
            label.setBuddy(edit)
            column.insertWidget(at, label)
            column.insertWidget(at + 1, edit)
            at += 2
        self.current.returnPressed.connect(self.new.setFocus)
        self.new.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self.submit)
        column.insertWidget(at, self.rules)
        primary_in_bar(self, self.change_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Change password"))
        self.title.setAccessibleName(self.title.text())
        self.current_label.setText(self.tr("Your current password:"))
        self.new_label.setText(self.tr("Your new password:"))
        self.again_label.setText(self.tr("The new password again:"))
        for label, edit in ((self.current_label, self.current), (self.new_label, self.new),
                            (self.again_label, self.again)):
            edit.setAccessibleName(label.text())
        rules = self._service.password_rules()
        if rules.password_needs_letter and rules.password_needs_digit:
            said = self.tr("At least %n characters, with a letter and a digit.", "", rules.password_min_length)
        else:
            said = self.tr("At least %n characters.", "", rules.password_min_length)
        self.rules.setText(said)
        self.change_button.setText(self.tr("Change password"))
        self.change_button.setAccessibleName(self.change_button.text())

    def ask(self, visit: Visit) -> None:
        self.wipe()
        self._visit = visit

    def submit(self) -> None:
        visit = self._visit
        if self._busy or visit is None:
            return
        current, new, again = self.current.text(), self.new.text(), self.again.text()
        if not current:
            self._say_problem(self.tr("Type your current password first."))
            self.current.setFocus()
            return
        trouble = check_password(new, again, self._service.password_rules())
        if trouble is not None:
            self.new.clear()
            self.again.clear()
            self._say_problem(words.say(trouble))
            self.new.setFocus()
            return
        for edit in (self.current, self.new, self.again):
            edit.clear()  # the passwords live in their fields until sent, and no longer
        self._say_problem("")
        self._say_status(self.tr("Changing your password…"))
        self._busy = True
        self.change_button.setEnabled(False)
        self._service.change_password(parent=self._scope, visit=visit, current=current, new=new) \
            .success(self._changed).failure(self._refused).run()

    def _changed(self, _none: object) -> None:
        self._busy = False
        self.change_button.setEnabled(True)
        self._say_status(self.tr("Done: your password is changed. Use the new one from now on."))
        self.changed.emit()

    def _refused(self, exc: Exception) -> None:
        self._busy = False
        self.change_button.setEnabled(True)
        if isinstance(exc, ApiError) and exc.problem is Problem.NO_PASSWORD:
            self._say_status("")
            self._say_problem(QCoreApplication.translate("DetailsScreen", NO_PASSWORD))
            return
        self._failed(exc)
        self.current.setFocus()

    def first_focus(self) -> QWidget | None:
        return self.current

    def wipe(self) -> None:
        self._busy = False
        super().wipe()
        self.change_button.setEnabled(True)
