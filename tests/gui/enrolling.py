"""The enrolment wizard driven as the cashier and the customer drive it: for the wizard's tests and the tour of the screens."""

from __future__ import annotations

import itertools
import time
from typing import Any

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.exceptions import TimeoutError

from kiosk.api import SandboxControl
from kiosk.domain import onboarding as ob
from kiosk.paths import Paths
from kiosk.store import open_store
from kiosk.ui.common.enrol_wizard import EnrolWizard
from tests.gui.driver import WAIT, CounterDriver
from tests.helpers import SandboxClock as Clock

PASSWORD = "Tessera-Nuova-73"
PIN = "4821"
OLD_PIN = "2468"  # the demo card without an account already has this PIN, and keeps it
CARD_WITHOUT_ACCOUNT = "2000000000022"
GIULIA_EMAIL = "giulia.rossi@example.com"
GIULIA_CARD = "2000000000015"

_numbers = itertools.count(1)


def fresh_email() -> str:
    return f"cliente.nuovo{next(_numbers)}.{int(time.time() * 1000) % 100000}@example.com"


def wrong(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


class Enrol:
    """Does what the cashier and the customer do at the wizard: keys on the focused widget."""

    def __init__(self, qtbot: Any, counter: CounterDriver, control: SandboxControl, clock: Clock) -> None:
        self.qtbot = qtbot
        self.counter = counter
        self.control = control
        self.clock = clock
        self.wizard: EnrolWizard | None = None
        self.codes: list[str] = []  # every code typed, right or wrong: none may reach the disk
        counter.session.enrolment.clock = clock

    # -- opening ----------------------------------------------------------------

    def open_from_counter(self, text: str) -> EnrolWizard:
        """Look `text` up at the counter, press F7, wait for the wizard to settle on its first page."""
        window = self.counter.window
        self.counter.look_up(text)
        try:
            self.qtbot.waitUntil(
                lambda: window.stack.currentWidget() in (window.panel, window.not_found), timeout=WAIT
            )
        except TimeoutError:
            raise AssertionError(f"the counter says {window.message.text()!r}") from None
        self.counter.key(Qt.Key.Key_F7, window.search)
        self.qtbot.waitUntil(lambda: isinstance(window.dialog, EnrolWizard) and window.dialog.isVisible(), timeout=WAIT)
        wizard = window.dialog
        assert isinstance(wizard, EnrolWizard)
        self.wizard = wizard
        self.qtbot.waitUntil(lambda: not wizard.sending.isVisible(), timeout=WAIT)
        return wizard

    # -- keys -------------------------------------------------------------------

    @property
    def w(self) -> EnrolWizard:
        assert self.wizard is not None
        return self.wizard

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.w

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)

    def tab(self) -> None:
        self.key(Qt.Key.Key_Tab)

    def alt(self, letter: Qt.Key) -> None:
        self.key(letter, Qt.KeyboardModifier.AltModifier)

    def field(self, name: str) -> Any:
        found = self.w.findChild(QWidget, name)
        assert found is not None, f"no field {name}"
        return found

    # -- waiting ----------------------------------------------------------------

    def rests_at(self, step: ob.Step) -> ob.State:
        """Until the machine rests at `step` with its page on screen and the inputs given back."""
        page = self.w.pages[step]
        try:
            self.qtbot.waitUntil(
                lambda: self.w.state.step is step and self.w.state.busy is None
                and self.w.stack.currentWidget() is page and page.isEnabled(),
                timeout=WAIT,
            )
        except TimeoutError:
            raise AssertionError(f"not at {step}: {self.w.state!r}, saying {self.w.message.text()!r}") from None
        return self.w.state

    def says(self, words: str) -> None:
        self.qtbot.waitUntil(lambda: words in self.w.message.text(), timeout=WAIT)

    def shot(self, name: str) -> None:
        QApplication.processEvents()  # the layout a new message asked for, as a screen would show it
        self.counter.shot(f"enrol-{name}", self.w)

    # -- the steps, as a person does them ------------------------------------------

    def credentials(self, address: str | None = None, password: str = PASSWORD) -> None:
        """On the credentials page: the address (if it is not filled in already), the password twice, Enter."""
        self.rests_at(ob.Step.CREDENTIALS)
        if address is not None:
            assert self.focused() is self.w.credentials.address
            self.type(address)
            self.tab()
        assert self.focused() is self.w.credentials.password
        self.type(password)
        self.tab()
        self.type(password)
        self.enter()

    def card_pin(self, pin: str) -> None:
        """On the card's PIN page: the digits on the pad (the keyboard is there); the last one sends it."""
        self.rests_at(ob.Step.CARD_PIN)
        assert self.focused() is self.w.card_pin.pad
        self.type(pin)

    def latest_code(self) -> str:
        state = self.rests_at(ob.Step.CODE)
        assert state.address is not None
        code = self.control.latest_code(state.address.value)
        self.codes.append(code)
        return code

    def type_code(self, code: str) -> None:
        """Into the first box; each digit moves the keyboard on, the sixth sends the code."""
        self.rests_at(ob.Step.CODE)
        assert self.focused() is self.w.code.boxes.boxes[0]
        for digit in code:
            self.type(digit)  # each key goes where the keyboard is now

    def fill_form(self, *, leave_out: str = "", name: str = "Ada") -> None:
        """The mandatory fields and the consents, field by field with the keyboard."""
        self.rests_at(ob.Step.DATA)
        for field, text in (("name", name), ("surname", "Lovelace")):
            edit = self.field(field)
            if field == leave_out:
                continue
            assert edit.isVisible()  # a person types only into what they see
            edit.setFocus()
            edit.selectAll()
            self.type(text)
        for consent, answer in (("usedforpromotions", "yes"), ("profiling", "no")):
            button = self.field(f"{consent}_{answer}")
            assert isinstance(button, QRadioButton)
            button.setFocus()
            self.key(Qt.Key.Key_Space)
            assert button.isChecked()

    def choose_pin(self, pin: str = PIN) -> None:
        self.rests_at(ob.Step.PIN)
        assert self.focused() is self.w.pin.pin
        self.type(pin)
        self.tab()
        self.type(pin)
        self.enter()

    def to_the_code(self, address: str | None = None) -> str:
        """A new customer by e-mail, from the counter to the code page; the address used."""
        address = address or fresh_email()
        self.open_from_counter(address)
        assert self.w.start_page.lookup.text() == address
        self.enter()
        self.credentials()
        self.rests_at(ob.Step.CODE)
        return address

    def to_the_form(self) -> str:
        address = self.to_the_code()
        self.type_code(self.latest_code())
        self.rests_at(ob.Step.DATA)
        return address


def scanned(widget: QWidget) -> set[tuple[str, str]]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return {(found.text, found.format.name) for found in zxingcpp.read_barcodes(image, try_invert=False)}


def saved_enrolment(till: Paths) -> dict[str, Any] | None:
    with open_store(till.store) as store:
        return store.saved_enrolment()
