"""The enrolment wizard's pages: one per step of the onboarding machine, each showing a State and reading answers."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from kiosk.domain import onboarding as ob
from kiosk.domain.identifiers import LookupKind
from kiosk.ui import words
from kiosk.ui.codes import CardCodes
from kiosk.ui.data_form import DataForm
from kiosk.ui.enrol_base import Page, error_label, page_label, say_error, scaled, text_field
from kiosk.ui.enrol_code import CodeBoxes, CodePage

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


_STOPPED_AT = {
    ob.Step.CREDENTIALS: ", at the password and the code",
    ob.Step.DATA: ", at the customer's details",
    ob.Step.PIN: ", at the choice of the PIN",
}


class ResumePage(Page):
    """An enrolment was left unfinished on this terminal: go on with it, or start again."""

    title = "Go on where you were?"
    next_text = "Go on (Enter)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.about = page_label(name="resume_about", factor=1.3)
        self.body.addWidget(self.about)
        self.body.addStretch(1)

    def show_saved(self, saved: ob.State) -> None:
        who = saved.address.value if saved.address else (saved.lookup.value if saved.lookup else "a customer")
        where = _STOPPED_AT.get(saved.resume_to or saved.step, "")
        self.about.setText(
            f"An enrolment for {who} was not finished{where}. Press Enter to go on where it stopped "
            "(what was typed is kept; passwords and codes are asked again), or start again for someone else."
        )


class StartPage(Page):
    """Who enrols: the card, e-mail or mobile the counter looked up, ready to check or correct."""

    title = "Enrol a customer"
    next_text = "Check (Enter)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = text_field("lookup", placeholder="Card number, e-mail or mobile")
        self.problem = error_label("lookup_error")
        self._row("The customer's card number, e-mail or mobile number:", self.lookup, self.problem)
        self.body.addStretch(1)

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        say_error(self.problem, state.errors.get("lookup"))

    def focus_first(self) -> None:
        self.lookup.setFocus()
        self.lookup.selectAll()


class CredentialsPage(Page):
    """The address the code goes to and the password the customer chooses, typed twice (dots only)."""

    title = "Choose how you sign in"
    next_text = "Send me a code (Enter)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = text_field("address", placeholder="name@example.com or 333 123 4567")
        self.address.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText)
        self.address_problem = error_label("address_error")
        self.password = text_field("password", secret=True)
        self.again = text_field("again", secret=True)
        self.password_hint = page_label(name="password_hint", factor=1.1)
        self.password_problem = error_label("password_error")
        self._row("Your e-mail or mobile number (we send a code there):", self.address, self.address_problem)
        self._row("Choose a password:", self.password, self.password_problem)
        self.body.addWidget(self.password_hint)
        self._row("Type the password again:", self.again)
        self.body.addStretch(1)

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        if not self.address.text():
            if state.draft_address:
                self.address.setText(state.draft_address)
            elif state.address is not None:
                self.address.setText(state.address.value)
            elif state.lookup is not None and state.lookup.kind is not LookupKind.CARD:
                self.address.setText(state.lookup.value)
        extras = [what for what, wanted in (("a letter", rules.password_needs_letter),
                                            ("a digit", rules.password_needs_digit)) if wanted]
        with_extras = ", with " + " and ".join(extras) if extras else ""
        self.password_hint.setText(
            f"The password needs at least {rules.password_min_length} characters{with_extras}. "
            "Only you know it: it is shown as dots."
        )
        say_error(self.address_problem, state.errors.get("address"))
        say_error(self.password_problem, state.errors.get("password"))
        if "password" in state.errors and state.busy is None:
            self.clear_secrets()  # refused: both typed again

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

    title = "Sign in to go on"
    next_text = "Go on (Enter)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = page_label(name="who", factor=1.2)
        self.password = text_field("sign_in_password", secret=True)
        self.body.addWidget(self.who)
        self._row("Your password:", self.password)
        self.body.addStretch(1)

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        self.who.setText(f"Signing in as {state.username}." if state.username else "")
        if state.busy is None:
            self.password.clear()

    def focus_first(self) -> None:
        self.password.setFocus()

    def clear_secrets(self) -> None:
        self.password.clear()


class DataPage(Page):
    """The campaign's form (DataForm), filled with what is known; the machine checks it before it is sent."""

    title = "About you"
    next_text = "Save (Enter)"
    changed = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def focus_first(self) -> None:
        if self.form is not None and self.form.fields and not self._errors:
            first = self.form.findChild(QWidget, self.form.fields[0].name)
            if first is None:
                first = self.form.findChild(QWidget, self.form.fields[0].name + "_yes")
            if first is not None:
                first.setFocus()


class PinPage(Page):
    """The customer's first PIN, typed twice: they type it at the till to spend points or credit."""

    title = "Choose your PIN"
    next_text = "Save the PIN (Enter)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = page_label(name="pin_intro", factor=1.2)
        self.pin = text_field("pin", secret=True)
        self.again = text_field("pin_again", secret=True)
        for field in (self.pin, self.again):
            field.setMaximumWidth(260)
            field.setInputMethodHints(field.inputMethodHints() | Qt.InputMethodHint.ImhDigitsOnly)
        self.body.addWidget(self.intro)
        self._row("Your new PIN:", self.pin)
        self._row("Type it again:", self.again)
        self.body.addStretch(1)

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        digits = rules.pin_digits
        self.intro.setText(
            f"Choose {digits} digits that only you know. You type them at the till to spend your points or credit."
        )
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

    title = "Welcome"
    next_text = "Done (Enter)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scaled(self.heading, 1.4, bold=True)
        self.codes = CardCodes()
        self.codes.setMinimumHeight(260)
        self.hint = page_label(
            "Scan the QR code with your phone to keep the card with you, or show this code at every purchase.",
            name="done_hint", factor=1.2,
        )
        self.body.addWidget(self.codes, 1)
        self.body.addWidget(self.hint)

    def show_card(self, state: ob.State, fmt: str) -> None:
        name = state.values.get("name")
        self.heading.setText(f"Welcome, {name}!" if name else "Welcome!")
        code = state.fidelycode or state.card or ""
        self.codes.set_card(code, fmt)


class LoginPage(Page):
    """Already registered: nothing to enrol; the customer signs in with their own password."""

    title = "Already registered"
    next_text = "Close (Enter)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.about = page_label(
            "There is nothing to enrol: they keep using their card. Press Enter to close this window; "
            "the counter then shows their card.",
            name="login_about",
            factor=1.2,
        )
        self.body.addWidget(self.about)
        self.body.addStretch(1)
