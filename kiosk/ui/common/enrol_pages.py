"""The enrolment wizard's pages: one per step of the onboarding machine, each showing a State and reading answers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.domain import onboarding as ob
from kiosk.domain.identifiers import LookupKind
from kiosk.printing import Receipt
from kiosk.services.printing import ReceiptPrinting
from kiosk.ui import words
from kiosk.ui.common.codes import CardCodes
from kiosk.ui.common.data_form import DataForm
from kiosk.ui.common.enrol_base import Page, error_label, page_label, say_error, scaled, text_field
from kiosk.ui.common.enrol_code import CodeBoxes, CodePage
from kiosk.ui.common.receipts import PrintReceipt, ReceiptWords

__all__ = [
    "Page",
    "ResumePage",
    "StartPage",
    "CredentialsPage",
    "CodeBoxes",
    "CodePage",
    "SignInPage",
    "DataPage",
    "PinPage",
    "DonePage",
    "LoginPage",
]


class ResumePage(Page):
    """An enrolment was left unfinished on this terminal: go on with it, or start again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("Go on where you were?"))
        self.next_text = self.tr("Go on (Enter)")
        self.about = page_label(name="resume_about", factor=1.3)
        self.body.addWidget(self.about)
        self.body.addStretch(1)

    def show_saved(self, saved: ob.State) -> None:
        who = saved.address.value if saved.address else (saved.lookup.value if saved.lookup else "")
        sentences = [
            self.tr("An enrolment for {customer} was not finished.").format(customer=who) if who
            else self.tr("An enrolment was not finished."),
            self._stopped_at(saved.resume_to or saved.step),
            self.tr(
                "Press Enter to go on where it stopped (what was typed is kept; passwords and codes are asked "
                "again), or start again for someone else."
            ),
        ]
        self.about.setText(" ".join(s for s in sentences if s))

    def _stopped_at(self, step: ob.Step) -> str:
        if step is ob.Step.CREDENTIALS:
            return self.tr("It stopped at the password and the code.")
        if step is ob.Step.DATA:
            return self.tr("It stopped at the customer's details.")
        if step is ob.Step.PIN:
            return self.tr("It stopped at the choice of the PIN.")
        return ""


class StartPage(Page):
    """Who enrols: the card, e-mail or mobile the counter looked up, ready to check or correct."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("Enrol a customer"))
        self.next_text = self.tr("Check (Enter)")
        self.lookup = text_field("lookup", placeholder=self.tr("Card number, e-mail or mobile"))
        self.problem = error_label("lookup_error")
        self.caption = self._row(
            self.tr("The customer's card number, e-mail or mobile number:"), self.lookup, self.problem
        )
        self.body.addStretch(1)

    def for_customer(self) -> None:
        """The kiosk's words: the customer joins by themselves."""
        self.heading.setText(self.tr("Join"))
        self.caption.setText(self.tr("Your e-mail or mobile number (or the number of a card you were given):"))
        self.lookup.setPlaceholderText(self.tr("name@example.com or 333 123 4567"))

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        say_error(self.problem, state.errors.get("lookup"))

    def focus_first(self) -> None:
        self.lookup.setFocus()
        self.lookup.selectAll()


class CredentialsPage(Page):
    """The address the code goes to and the password the customer chooses, typed twice (dots only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("Choose how you sign in"))
        self.next_text = self.tr("Send me a code (Enter)")
        self.address = text_field("address", placeholder=self.tr("name@example.com or 333 123 4567"))
        self.address.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText)
        self.address_problem = error_label("address_error")
        self.password = text_field("password", secret=True)
        self.again = text_field("again", secret=True)
        self.password_hint = page_label(name="password_hint", factor=1.1)
        self.password_problem = error_label("password_error")
        self._row(self.tr("Your e-mail or mobile number (we send a code there):"), self.address, self.address_problem)
        self._row(self.tr("Choose a password:"), self.password, self.password_problem)
        self.body.addWidget(self.password_hint)
        self._row(self.tr("Type the password again:"), self.again)
        self.body.addStretch(1)

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        if not self.address.text():
            if state.draft_address:
                self.address.setText(state.draft_address)
            elif state.address is not None:
                self.address.setText(state.address.value)
            elif state.lookup is not None and state.lookup.kind is not LookupKind.CARD:
                self.address.setText(state.lookup.value)
        needs, secret = self._password_needs(rules), self.tr("Only you know it: it is shown as dots.")
        self.password_hint.setText(f"{needs} {secret}")
        say_error(self.address_problem, state.errors.get("address"))
        say_error(self.password_problem, state.errors.get("password"))
        if "password" in state.errors and state.busy is None:
            self.clear_secrets()  # refused: both typed again

    def _password_needs(self, rules: ob.Rules) -> str:
        least = rules.password_min_length
        if rules.password_needs_letter and rules.password_needs_digit:
            return self.tr("The password needs at least %n characters, with a letter and a digit.", "", least)
        if rules.password_needs_letter:
            return self.tr("The password needs at least %n characters, with a letter.", "", least)
        if rules.password_needs_digit:
            return self.tr("The password needs at least %n characters, with a digit.", "", least)
        return self.tr("The password needs at least %n characters.", "", least)

    def focus_first(self) -> None:
        if self.address_problem.text():
            first = self.address
        elif self.password_problem.text():
            first = self.password
        else:
            first = next((f for f in (self.address, self.password, self.again) if not f.text()), self.password)
        first.setFocus()
        first.selectAll()

    def answer(self) -> ob.ChooseCredentials:
        return ob.ChooseCredentials(self.address.text(), self.password.text(), self.again.text())

    def clear_secrets(self) -> None:
        self.password.clear()
        self.again.clear()


class SignInPage(Page):
    """A resumed enrolment: the customer's password again, to go on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("Sign in to go on"))
        self.next_text = self.tr("Go on (Enter)")
        self.who = page_label(name="who", factor=1.2)
        self.password = text_field("sign_in_password", secret=True)
        self.body.addWidget(self.who)
        self._row(self.tr("Your password:"), self.password)
        self.body.addStretch(1)

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        self.who.setText(self.tr("Signing in as {username}.").format(username=state.username) if state.username else "")
        if state.busy is None:
            self.password.clear()

    def focus_first(self) -> None:
        self.password.setFocus()

    def clear_secrets(self) -> None:
        self.password.clear()


class DataPage(Page):
    """The campaign's form (DataForm), filled with what is known; the machine checks it before it is sent."""

    changed = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("About you"))
        self.next_text = self.tr("Save (Enter)")
        self._locale = locale
        self.form: DataForm | None = None
        self._errors = False
        self.other_problems = error_label("other_errors")
        self.body.addWidget(self.other_problems)

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        if self.form is None or self.form.fields != tuple(f for f in state.fields if f.visible):
            if self.form is not None:
                self.form.deleteLater()
            self.form = DataForm(state.fields, locale=self._locale)
            self.form.set_values(state.values)
            self.form.changed.connect(self.changed)
            self.body.insertWidget(self.body.indexOf(self.other_problems) + 1, self.form, 1)
            # Shown now, not when the layout gets round to it: the keyboard may go to a field at once.
            self.form.show()
        self._errors = bool(state.errors)
        if state.busy is None:
            self.form.show_errors(state.errors)  # the keyboard goes to the first field in error
        # A field the server names that the form does not show: its words still reach the customer.
        shown = {f.name for f in self.form.fields}
        others = [words.say(notice) for name, notice in state.errors.items() if name not in shown]
        say_error(self.other_problems, " ".join(others))

    def values(self) -> dict[str, object]:
        return self.form.values() if self.form is not None else {}

    def clear_form(self) -> None:
        """The form and every answer in it gone (the kiosk's wipe); the next state builds a new one."""
        if self.form is not None:
            self.form.hide()
            self.body.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None
        say_error(self.other_problems, "")

    def focus_first(self) -> None:
        if self.form is not None and self.form.fields and not self._errors:
            first = self.form.findChild(QWidget, self.form.fields[0].name)
            if first is None:
                first = self.form.findChild(QWidget, self.form.fields[0].name + "_yes")
            if first is not None:
                first.setFocus()


class PinPage(Page):
    """The customer's first PIN, typed twice: they type it at the till to spend points or credit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("Choose your PIN"))
        self.next_text = self.tr("Save the PIN (Enter)")
        self.intro = page_label(name="pin_intro", factor=1.2)
        self.pin = text_field("pin", secret=True)
        self.again = text_field("pin_again", secret=True)
        for field in (self.pin, self.again):
            field.setMaximumWidth(260)
            field.setInputMethodHints(field.inputMethodHints() | Qt.InputMethodHint.ImhDigitsOnly)
        self.body.addWidget(self.intro)
        self._row(self.tr("Your new PIN:"), self.pin)
        self._row(self.tr("Type it again:"), self.again)
        self.body.addStretch(1)

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        digits = rules.pin_digits
        self.intro.setText(self.tr(
            "Choose %n digits that only you know. You type them at the till to spend your points or credit.", "", digits
        ))
        for field in (self.pin, self.again):
            field.setMaxLength(digits)
            field.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}"), field))
        if state.busy is None and state.message:
            self.clear_secrets()  # refused: both typed again

    def focus_first(self) -> None:
        (self.again if self.pin.text() and not self.again.text() else self.pin).setFocus()

    def answer(self) -> ob.ChoosePin:
        return ob.ChoosePin(self.pin.text(), self.again.text())

    def clear_secrets(self) -> None:
        self.pin.clear()
        self.again.clear()


class DonePage(Page):
    """The new card, ready to scan with a phone or at the till."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("Welcome!"))
        self.next_text = self.tr("Done (Enter)")
        scaled(self.heading, 1.4, bold=True)
        self.codes = CardCodes()
        self.codes.setMinimumHeight(260)
        self.hint = page_label(
            self.tr("Scan the QR code with your phone to keep the card with you, or show this code at every purchase."),
            name="done_hint", factor=1.2,
        )
        self.body.addWidget(self.codes, 1)
        self.body.addWidget(self.hint)
        self.printer: PrintReceipt | None = None
        self._shop: Callable[[], str] = str
        self._card: tuple[str, str, str] = ("", "", "")  # name, code, format of the card on the page

    def set_printing(self, printing: ReceiptPrinting, *, customer: bool, shop: Callable[[], str]) -> None:
        """Offer to print the new card (barcode and QR code) on the receipt printer; `shop` names it on the paper."""
        button = QPushButton(self.tr("Print my card") if customer else self.tr("Print the card (Ctrl+R)"))
        button.setObjectName("printCard")
        button.setAutoDefault(False)
        if customer:
            button.setMinimumHeight(64)  # a finger's target at the kiosk
        else:
            button.setShortcut(QKeySequence("Ctrl+R"))
        self._shop = shop
        self.printer = PrintReceipt(printing, self._card_receipt, button, customer=customer)
        self.body.addWidget(button)
        self.body.addWidget(self.printer.status)

    def _card_receipt(self) -> Receipt | None:
        name, code, fmt = self._card
        return ReceiptWords().card(self._shop(), name, code, fmt) if code else None

    def show_card(self, state: ob.State, fmt: str) -> None:
        name = state.values.get("name")
        self.heading.setText(self.tr("Welcome, {name}!").format(name=name) if name else self.tr("Welcome!"))
        code = state.fidelycode or state.card or ""
        self.codes.set_card(code, fmt)
        self._card = (str(name or ""), code, fmt)

    def clear_card(self) -> None:
        """No card, no name shown any more (the kiosk's wipe)."""
        self.heading.setText(self.tr("Welcome!"))
        self._card = ("", "", "")
        if self.printer is not None:
            self.printer.clear()
        old, self.codes = self.codes, CardCodes()
        self.codes.setMinimumHeight(old.minimumHeight())
        self.body.replaceWidget(old, self.codes)
        old.hide()
        old.deleteLater()


class LoginPage(Page):
    """Already registered: nothing to enrol; the customer signs in with their own password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("Already registered"))
        self.next_text = self.tr("Close (Enter)")
        self.about = page_label(
            self.tr(
                "There is nothing to enrol: they keep using their card. Press Enter to close this window; "
                "the counter then shows their card."
            ),
            name="login_about",
            factor=1.2,
        )
        self.body.addWidget(self.about)
        self.body.addStretch(1)

    def for_customer(self) -> None:
        """The kiosk's words: nothing to join; the customer signs in with their card instead."""
        self.about.setText(self.tr(
            "You are already registered: there is nothing to join. Keep using your card; to see it here,"
            " go back and choose \"I have a card\"."
        ))
