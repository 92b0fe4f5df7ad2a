"""The kiosk's "Join" against the sandbox: the enrolment wizard for a customer alone, with the on-screen keyboard.

The codes are read where the sandbox "sends" them; an unfinished enrolment is never shown to the next
person, and goes on when its own address is typed again; after a wipe nothing typed is left anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.api import SandboxControl
from kiosk.domain import onboarding as ob
from kiosk.paths import Paths
from kiosk.services.enrolment import EnrolmentService
from kiosk.ui.common.enrol_wizard import EnrolWizard
from kiosk.ui.common.keyboard import FieldKind
from kiosk.ui.kiosk.join import JoinScreen
from kiosk.ui.kiosk.window import KioskWindow
from tests.gui.driver import WAIT
from tests.gui.enrolling import PASSWORD, PIN, Clock, Enrol, fresh_email, saved_enrolment, scanned
from tests.gui.kiosk_screens import SHAPES, cut_off, in_window, shoot, typed_anywhere
from tests.helpers import kiosk_log, secrets_in


class KioskEnrol(Enrol):
    """The customer at the kiosk's Join, driving the wizard with the keys (the Enrol driver's steps)."""

    def __init__(self, qtbot: Any, control: SandboxControl, clock: Clock, screen: JoinScreen) -> None:
        self.qtbot = qtbot
        self.counter = None  # type: ignore[assignment]  - no counter here: the customer alone
        self.control = control
        self.clock = clock
        self.screen = screen
        self.codes: list[str] = []

    @property
    def w(self) -> EnrolWizard:
        assert self.screen.wizard is not None
        return self.screen.wizard

    def start(self, address: str) -> None:
        """On the first page: the address typed into the empty field, then Enter."""
        self.rests_at(ob.Step.START)
        assert self.focused() is self.w.start_page.lookup and self.w.start_page.lookup.text() == ""
        self.type(address)
        self.enter()

    def shot(self, name: str) -> None:
        window = self.screen.window()
        assert isinstance(window, KioskWindow)
        shoot(window, name)


@pytest.fixture
def big_font(kiosk_font: None) -> None:
    """The kiosk's 18 pt words (tests/gui/conftest.py)."""


@pytest.fixture
def clock(control: SandboxControl) -> Clock:
    return Clock(control)


@pytest.fixture
def enrolment(kiosk_parts: Any, clock: Clock) -> EnrolmentService:
    return EnrolmentService(kiosk_parts.ctx, campaign=kiosk_parts.campaign, clock=clock)


@pytest.fixture
def log_file(till: Paths) -> Iterator[Path]:
    with kiosk_log(till.logs) as path:
        yield path


def join_in_window(qtbot: Any, enrolment: EnrolmentService, size: tuple[int, int] = SHAPES["landscape"]) -> tuple[
    KioskWindow, JoinScreen
]:
    screen = JoinScreen(enrolment, language="en", scrambled=False)
    window = in_window(qtbot, {"join": screen}, size)
    qtbot.waitUntil(lambda: screen.wizard is not None and screen.wizard.state.busy is None, timeout=WAIT)
    return window, screen


def test_a_customer_joins_by_email_to_the_new_cards_codes(
    qtbot: Any, enrolment: EnrolmentService, control: SandboxControl, clock: Clock, log_file: Path, till: Paths,
    big_font: None,
) -> None:
    window, screen = join_in_window(qtbot, enrolment)
    joiner = KioskEnrol(qtbot, control, clock, screen)
    w = joiner.w
    assert not w.resume_page.isVisible() and not w.buttons["close"].isVisible()
    assert all("(" not in b.text() for b in w.buttons.values()), [b.text() for b in w.buttons.values()]
    assert window.keyboard.isVisible() and window.keyboard.kind() is FieldKind.EMAIL
    joiner.shot("join-start-landscape")
    address = fresh_email()
    joiner.start(address)
    joiner.rests_at(ob.Step.CREDENTIALS)
    assert w.credentials.address.text() == address
    joiner.shot("join-credentials-landscape")
    joiner.credentials()
    joiner.rests_at(ob.Step.CODE)
    assert window.keyboard.isVisible() and window.keyboard.kind() is FieldKind.DIGITS
    assert "Send a new code" in w.code.resend.text() and "Alt" not in w.code.resend.text()
    joiner.shot("join-code-landscape")
    joiner.type_code(joiner.latest_code())
    joiner.rests_at(ob.Step.DATA)
    joiner.shot("join-data-landscape")
    joiner.fill_form()
    joiner.enter()
    joiner.rests_at(ob.Step.PIN)
    assert window.keyboard.kind() is FieldKind.DIGITS
    joiner.shot("join-pin-landscape")
    with qtbot.waitSignal(screen.joined, timeout=WAIT) as heard:
        joiner.choose_pin()
    state = joiner.rests_at(ob.Step.DONE)
    assert heard.args == [state.card] and state.fidelycode
    assert w.done_page.heading.text() == "Welcome, Ada!"
    assert not w.buttons["next"].isVisible() and screen.done_button.isVisible()
    QApplication.processEvents()
    joiner.shot("join-done-landscape")
    assert scanned(w.done_page.codes) == {(state.fidelycode, "EAN13"), (state.fidelycode, "QRCode")}
    assert enrolment._ctx.client.verify_pin(state.card, PIN).valid
    with qtbot.waitSignal(screen.done, timeout=WAIT):
        qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)

    for handler in logging.getLogger().handlers:
        handler.flush()
    enrolment._ctx.store_runner.wait()
    files = [log_file, *till.data.glob("terminal.sqlite3*")]
    assert secrets_in(files, [PASSWORD, PIN, *joiner.codes]) == []


def test_an_unfinished_enrolment_is_never_shown_to_the_next_person_and_goes_on_for_its_own_address(
    qtbot: Any, enrolment: EnrolmentService, control: SandboxControl, clock: Clock, till: Paths, big_font: None
) -> None:
    window, screen = join_in_window(qtbot, enrolment)
    first = KioskEnrol(qtbot, control, clock, screen)
    address = fresh_email()
    first.start(address)
    first.credentials()
    first.type_code(first.latest_code())
    first.rests_at(ob.Step.DATA)
    name = first.field("name")
    name.setFocus()
    first.type("Ada")
    qtbot.waitUntil(lambda: (saved_enrolment(till) or {}).get("values", {}).get("name") == "Ada", timeout=WAIT)

    window.wipe()  # the idle timeout: the customer has gone
    assert screen.wizard is None
    QApplication.processEvents()
    assert typed_anywhere(window, [address, "Ada", PASSWORD, *first.codes]) == []

    # The next person: the first page, empty; nothing of the one before anywhere on the screen.
    window.show_screen("join")
    nxt = KioskEnrol(qtbot, control, clock, screen)
    nxt.rests_at(ob.Step.START)
    assert nxt.w.stack.currentWidget() is nxt.w.start_page and nxt.w.start_page.lookup.text() == ""
    assert typed_anywhere(window, [address, "Ada"]) == []
    shoot(window, "join-next-person-landscape")
    window.wipe()

    # The first customer comes back and types their address again: it goes on where it stopped.
    window.show_screen("join")
    back = KioskEnrol(qtbot, control, clock, screen)
    back.start(address)
    back.rests_at(ob.Step.SIGN_IN)
    assert address in back.w.sign_in.who.text()
    back.type(PASSWORD)
    back.enter()
    back.rests_at(ob.Step.DATA)
    assert back.field("name").text() == "Ada"
    window.wipe()

    # Someone else types another address: a new enrolment, with their address only.
    window.show_screen("join")
    other = KioskEnrol(qtbot, control, clock, screen)
    other_address = fresh_email()
    other.start(other_address)
    other.rests_at(ob.Step.CREDENTIALS)
    assert other.w.credentials.address.text() == other_address
    assert typed_anywhere(window, [address, "Ada"]) == []


def test_after_a_wipe_nothing_typed_is_left_in_any_widget(
    qtbot: Any, enrolment: EnrolmentService, control: SandboxControl, clock: Clock, big_font: None
) -> None:
    window, screen = join_in_window(qtbot, enrolment)
    joiner = KioskEnrol(qtbot, control, clock, screen)
    address = fresh_email()
    joiner.start(address)
    joiner.credentials()
    joiner.type_code(joiner.latest_code())
    joiner.fill_form(name="Zelda")
    joiner.enter()
    joiner.rests_at(ob.Step.PIN)
    joiner.type(PIN)
    wizard = joiner.w
    wizard.wipe()  # the wizard itself: every field, code box and PIN pad
    assert typed_anywhere(wizard, [address, "Zelda", "Lovelace", PASSWORD, PIN, *joiner.codes]) == []
    assert all(not edit.text() for edit in wizard.findChildren(QLineEdit))
    assert wizard.state.step is ob.Step.START and wizard.state.address is None
    assert enrolment.state.password == "" and enrolment.state.address is None
    screen.wipe()
    assert typed_anywhere(window, [address, "Zelda", "Lovelace", PASSWORD, PIN, *joiner.codes]) == []


@pytest.mark.parametrize("shape", ["landscape", "portrait"])
def test_the_join_pages_fit(
    qtbot: Any, enrolment: EnrolmentService, control: SandboxControl, clock: Clock, shape: str, big_font: None
) -> None:
    window, screen = join_in_window(qtbot, enrolment, SHAPES[shape])
    joiner = KioskEnrol(qtbot, control, clock, screen)

    def looked(name: str) -> None:
        joiner.shot(f"join-{name}-{shape}")
        assert (window.width(), window.height()) == SHAPES[shape], name
        assert cut_off(window) == [], name

    looked("start")
    joiner.start(fresh_email())
    joiner.rests_at(ob.Step.CREDENTIALS)
    looked("credentials")
    joiner.credentials()
    joiner.rests_at(ob.Step.CODE)
    looked("code")
    joiner.type_code(joiner.latest_code())
    joiner.rests_at(ob.Step.DATA)
    looked("data")
    joiner.fill_form()
    joiner.enter()
    joiner.rests_at(ob.Step.PIN)
    looked("pin")
    joiner.choose_pin()
    joiner.rests_at(ob.Step.DONE)
    qtbot.waitUntil(lambda: not window.keyboard.isVisible(), timeout=WAIT)  # nothing to type on the last page
    looked("done")
