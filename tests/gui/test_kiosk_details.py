"""My details at the kiosk against the sandbox: the profile, the consents, a new e-mail with its code, a new password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.api import ApiError, Problem, SandboxControl
from kiosk.paths import Paths
from kiosk.services.kiosk import MyCard, Visit
from kiosk.ui import i18n
from kiosk.ui.kiosk.details import ConsentsScreen, DetailsScreen
from kiosk.ui.kiosk.details_contact import ContactScreen, PasswordScreen
from kiosk.ui.kiosk.lists import add_row, scroll_area
from kiosk.ui.kiosk.screen import KioskScreen
from tests.gui.driver import WAIT
from tests.gui.kiosk_screens import SIZES, cut_off, in_window, readable, shoot, typed_anywhere
from tests.helpers import kiosk_log, secrets_in

GIULIA, GIULIA_PIN, GIULIA_EMAIL = "2000000000015", "1234", "giulia.rossi@example.com"
GIULIA_PASSWORD = "demo-customer-pw"
CARD_ONLY, CARD_ONLY_PIN = "2000000000022", "2468"  # no name, no address, no password
NEW_EMAIL = "giulia.nuova@example.com"
NEW_PASSWORD = "Nuova-Parola-42"


@pytest.fixture
def log_file(till: Paths) -> Iterator[Path]:
    with kiosk_log(till.logs) as path:
        yield path


def sign_in(parts: Any, card: str, pin: str) -> Visit:
    session = parts.ctx.client.customer_login_with_pin(card=card, pincode=pin)
    held = parts.ctx.client.card(card=card)
    return Visit(session, MyCard(card=held.card, fidelycode=held.fidelycode, name=held.name, points=held.points,
                                 credit=held.credit, movements=()))


def tap(qtbot: Any, widget: Any) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """A finger on the field (the kiosk's keyboard comes), then the words typed."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(edit, text)


def loaded(qtbot: Any, screen: DetailsScreen) -> Any:
    qtbot.waitUntil(lambda: screen.form is not None and screen.save_button.isEnabled(), timeout=WAIT)
    assert screen.form is not None
    return screen.form


def field(form: Any, name: str) -> QLineEdit:
    edit = form.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def test_a_changed_field_is_saved_and_seen_again_and_a_required_one_cannot_be_emptied(
    qtbot: Any, kiosk_parts: Any, kiosk_font: None
) -> None:
    visit = sign_in(kiosk_parts, GIULIA, GIULIA_PIN)
    screen = DetailsScreen(kiosk_parts.service)
    window = in_window(qtbot, {"details": screen})
    screen.show_visit(visit)
    form = loaded(qtbot, screen)
    assert field(form, "name").text() == "Giulia" and field(form, "surname").text() == "Rossi"
    assert GIULIA_EMAIL in screen.addresses.text() and screen.password_button.isVisible()
    assert form.findChild(QLineEdit, "mailcontactdata") is None  # a new address needs its code: not typed here

    city = field(form, "city")
    type_into(qtbot, city, "Torino")
    assert window.keyboard.isVisible() and window.keyboard.target() is city
    assert not screen.contact_button.isVisible()  # the form has the room while the keyboard is up
    hide = next(k for k in window.keyboard.findChildren(QPushButton) if k.accessibleName() == "Hide keyboard")
    tap(qtbot, hide)
    assert not window.keyboard.isVisible() and screen.contact_button.isVisible() and screen.addresses.isVisible()
    tap(qtbot, screen.save_button)
    qtbot.waitUntil(lambda: "Saved" in screen.status.text(), timeout=WAIT)
    again = kiosk_parts.ctx.client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN).profile()
    assert again.customdata.get("city") == "Torino"

    form = loaded(qtbot, screen)
    type_into(qtbot, field(form, "name"), "")
    tap(qtbot, screen.save_button)
    error = form.findChild(type(screen.title), "name_error")
    assert error is not None and error.isVisible() and "Name is required" in error.text(), (error.text(), screen.problem.text(), screen.status.text())
    assert "missing" in screen.problem.text() and screen.problem.text().startswith("⚠")
    assert kiosk_parts.ctx.client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN).profile().name == "Giulia"

    # The server refuses it too, in words.
    failed: list[Exception] = []
    kiosk_parts.service.save_details(parent=screen, visit=visit, changes={"name": None}) \
        .success(lambda _p: None).failure(failed.append).run()
    qtbot.waitUntil(lambda: bool(failed), timeout=WAIT)
    assert isinstance(failed[0], ApiError) and failed[0].problem is Problem.BAD_FIELD


def test_consents_show_their_full_wording_and_one_is_withdrawn(
    qtbot: Any, kiosk_parts: Any, kiosk_font: None
) -> None:
    visit = sign_in(kiosk_parts, GIULIA, GIULIA_PIN)
    screen = ConsentsScreen(kiosk_parts.service)
    window = in_window(qtbot, {"consents": screen})
    screen.show_visit(visit)
    qtbot.waitUntil(lambda: "usedforpromotions" in screen.switches, timeout=WAIT)
    words = " ".join(readable(screen))
    assert "Answering no does not affect my card, my points or my rewards." in words
    assert "My data is not passed to third parties for this." in words
    promotions = screen.switches["usedforpromotions"]
    assert promotions.isChecked() and promotions.text().startswith("✓") and "I agree" in promotions.text()
    assert not screen.switches["profiling"].isChecked()

    tap(qtbot, promotions)
    qtbot.waitUntil(lambda: "withdrawn" in screen.status.text(), timeout=WAIT)
    assert not promotions.isChecked() and "I do not agree" in promotions.text()
    profile = kiosk_parts.ctx.client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN).profile()
    assert profile.privacy["usedforpromotions"] is False
    tap(qtbot, screen.switches["profiling"])
    qtbot.waitUntil(lambda: "you agree" in screen.status.text(), timeout=WAIT)
    assert kiosk_parts.ctx.client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN).profile().privacy[
        "profiling"] is True
    assert window.current is screen


def test_a_new_e_mail_needs_the_code_sent_to_it_and_the_old_one_is_told(
    qtbot: Any, kiosk_parts: Any, control: SandboxControl, till: Paths, log_file: Path, kiosk_font: None
) -> None:
    visit = sign_in(kiosk_parts, GIULIA, GIULIA_PIN)
    screen = ContactScreen(kiosk_parts.service)
    window = in_window(qtbot, {"contact": screen})
    screen.ask(visit)
    assert GIULIA_EMAIL in screen.now.text()
    type_into(qtbot, screen.address, NEW_EMAIL)
    assert window.keyboard.isVisible()
    tap(qtbot, screen.send_button)
    qtbot.waitUntil(lambda: screen.code.isVisible(), timeout=WAIT)
    assert NEW_EMAIL in screen.note.text() and "minutes" in screen.note.text()
    assert screen.resend.isVisible() and not screen.resend.isEnabled() and "Send again (in" in screen.resend.text()
    code = control.latest_code(NEW_EMAIL)

    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    type_into(qtbot, screen.code, wrong)
    tap(qtbot, screen.confirm_button)
    qtbot.waitUntil(lambda: "not right" in screen.problem.text(), timeout=WAIT)
    assert screen.code.isVisible() and screen.code.text() == ""

    type_into(qtbot, screen.code, code)
    with qtbot.waitSignal(screen.changed, timeout=WAIT):
        tap(qtbot, screen.confirm_button)
    assert NEW_EMAIL in screen.status.text() and "old" in screen.status.text()
    profile = kiosk_parts.ctx.client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN).profile()
    assert profile.mailcontactdata == NEW_EMAIL
    assert any(m.purpose == "contact" for m in control.messages(GIULIA_EMAIL))
    assert typed_anywhere(window, [code, wrong]) == []
    files = [log_file, *till.data.glob("terminal.sqlite3*")]
    assert secrets_in(files, [code, wrong]) == []


def test_the_password_is_checked_then_changed_and_signs_in(
    qtbot: Any, kiosk_parts: Any, till: Paths, log_file: Path, kiosk_font: None
) -> None:
    visit = sign_in(kiosk_parts, GIULIA, GIULIA_PIN)
    screen = PasswordScreen(kiosk_parts.service)
    window = in_window(qtbot, {"password": screen})
    screen.ask(visit)

    type_into(qtbot, screen.current, GIULIA_PASSWORD)
    type_into(qtbot, screen.new, "short")
    type_into(qtbot, screen.again, "short")
    tap(qtbot, screen.change_button)
    assert screen.problem.isVisible() and "characters" in screen.problem.text()

    type_into(qtbot, screen.current, "not-my-password-9")
    type_into(qtbot, screen.new, NEW_PASSWORD)
    type_into(qtbot, screen.again, NEW_PASSWORD)
    tap(qtbot, screen.change_button)
    qtbot.waitUntil(lambda: "not right" in screen.problem.text(), timeout=WAIT)

    type_into(qtbot, screen.current, GIULIA_PASSWORD)
    type_into(qtbot, screen.new, NEW_PASSWORD)
    type_into(qtbot, screen.again, NEW_PASSWORD)
    with qtbot.waitSignal(screen.changed, timeout=WAIT):
        tap(qtbot, screen.change_button)
    assert "changed" in screen.status.text()
    assert typed_anywhere(window, [GIULIA_PASSWORD, NEW_PASSWORD]) == []
    client = kiosk_parts.ctx.client
    assert client.customer_login(username=GIULIA_EMAIL, password=NEW_PASSWORD).customer.card == GIULIA
    with pytest.raises(ApiError):
        client.customer_login(username=GIULIA_EMAIL, password=GIULIA_PASSWORD)
    files = [log_file, *till.data.glob("terminal.sqlite3*")]
    assert secrets_in(files, [GIULIA_PASSWORD, NEW_PASSWORD, "not-my-password-9"]) == []


def test_a_customer_without_a_password_is_told_how_to_have_one(
    qtbot: Any, kiosk_parts: Any, kiosk_font: None
) -> None:
    visit = sign_in(kiosk_parts, CARD_ONLY, CARD_ONLY_PIN)
    screen = DetailsScreen(kiosk_parts.service)
    password = PasswordScreen(kiosk_parts.service)
    window = in_window(qtbot, {"details": screen, "password": password})
    screen.show_visit(visit)
    loaded(qtbot, screen)
    assert not screen.password_button.isVisible()
    assert screen.no_password.isVisible() and "no password" in screen.no_password.text()
    # Reached anyway (an old screen, a slow answer): the server's refusal says the same.
    window.show_screen("password")
    password.ask(visit)
    type_into(qtbot, password.current, "anything-1")
    type_into(qtbot, password.new, NEW_PASSWORD)
    type_into(qtbot, password.again, NEW_PASSWORD)
    tap(qtbot, password.change_button)
    qtbot.waitUntil(lambda: "no password" in password.problem.text(), timeout=WAIT)


def _all_four(parts: Any, visit: Visit, qtbot: Any, size: tuple[int, int]) -> tuple[Any, dict[str, KioskScreen]]:
    screens: dict[str, KioskScreen] = {
        "details": DetailsScreen(parts.service), "consents": ConsentsScreen(parts.service),
        "contact": ContactScreen(parts.service), "password": PasswordScreen(parts.service),
    }
    window = in_window(qtbot, screens, size)
    return window, screens


def _visit_each(qtbot: Any, window: Any, screens: dict[str, Any], visit: Visit, each: Any, address: str) -> None:
    """Every screen of My details shown in turn, loaded, with a field on the keyboard where it has one."""
    details = screens["details"]
    details.show_visit(visit)
    loaded(qtbot, details)
    each("details")
    qtbot.mouseClick(field(details.form, "city"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.keyboard.isVisible, timeout=WAIT)
    each("details-keyboard")
    window.show_screen("consents")
    screens["consents"].show_visit(visit)
    qtbot.waitUntil(lambda: bool(screens["consents"].switches), timeout=WAIT)
    each("consents")
    window.show_screen("contact")
    contact = screens["contact"]
    contact.ask(visit)
    type_into(qtbot, contact.address, address)
    tap(qtbot, contact.send_button)
    qtbot.waitUntil(lambda: contact.code.isVisible(), timeout=WAIT)
    qtbot.mouseClick(contact.code, Qt.MouseButton.LeftButton)
    each("contact-code")
    window.show_screen("password")
    screens["password"].ask(visit)
    qtbot.mouseClick(screens["password"].current, Qt.MouseButton.LeftButton)
    each("password")


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("size", list(SIZES))
def test_pictures_of_my_details(qtbot: Any, qapp: Any, kiosk_parts: Any, kiosk_font: None, language: str,
                                size: str) -> None:
    """For a person to look at ($KIOSK_SHOTS): each screen of My details, in two languages at both sizes."""
    i18n.install(qapp, language)
    try:
        visit = sign_in(kiosk_parts, GIULIA, GIULIA_PIN)
        window, screens = _all_four(kiosk_parts, visit, qtbot, SIZES[size])
        def each(name: str) -> None:
            shoot(window, f"md-{name}-{language}-{size}")
            # The keyboard's room comes out of the screen's: the window never grows past the kiosk's screen.
            assert (window.width(), window.height()) == SIZES[size], name

        _visit_each(qtbot, window, screens, visit, each, NEW_EMAIL)
    finally:
        i18n.install(qapp, "en")


def test_nothing_is_cut_off_in_russian_with_large_text(qtbot: Any, qapp: Any, kiosk_parts: Any,
                                                      kiosk_font: None) -> None:
    i18n.install(qapp, "ru")
    try:
        visit = sign_in(kiosk_parts, GIULIA, GIULIA_PIN)
        for size in SIZES:
            window, screens = _all_four(kiosk_parts, visit, qtbot, SIZES[size])
            window.set_look(large=True, contrast=False)
            found: list[str] = []

            def check(name: str, window: Any = window, size: str = size) -> None:
                QApplication.processEvents()
                found.extend(f"{name} {size}: {problem}" for problem in cut_off(window.stack.currentWidget()))

            _visit_each(qtbot, window, screens, visit, check, f"giulia.{size}@example.com")
            assert found == []
            window.close()
    finally:
        i18n.install(qapp, "en")


def test_a_new_mobile_is_written_the_standard_way_and_an_expired_code_is_said(
    qtbot: Any, kiosk_parts: Any, control: SandboxControl, kiosk_font: None
) -> None:
    visit = sign_in(kiosk_parts, GIULIA, GIULIA_PIN)
    screen = ContactScreen(kiosk_parts.service)
    window = in_window(qtbot, {"contact": screen})
    screen.ask(visit)
    tap(qtbot, screen.mobile_choice)
    assert screen.mobile_choice.text().startswith("✓") and "mobile" in screen.address_label.text()
    assert "+393331234567" in screen.now.text()
    type_into(qtbot, screen.address, "not a number")
    tap(qtbot, screen.send_button)
    qtbot.waitUntil(lambda: screen.problem.isVisible(), timeout=WAIT)
    assert "phone" in screen.problem.text() and not screen.code.isVisible(), screen.problem.text()

    type_into(qtbot, screen.address, "333 999 8877")
    assert window.keyboard.isVisible()
    tap(qtbot, screen.send_button)
    qtbot.waitUntil(lambda: screen.code.isVisible(), timeout=WAIT)
    assert "+393339998877" in screen.note.text()
    code = control.latest_code("+393339998877")
    control.advance_clock(11 * 60)  # the code works for ten minutes
    type_into(qtbot, screen.code, code)
    tap(qtbot, screen.confirm_button)
    qtbot.waitUntil(lambda: screen.problem.isVisible() and screen.confirm_button.isEnabled(), timeout=WAIT)
    assert "The code has expired" in screen.problem.text(), screen.problem.text()
    assert screen.resend.isVisible() and "Send" in screen.resend.text()
    profile = kiosk_parts.ctx.client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN).profile()
    assert profile.mobilecontactdata == "+393331234567"


def test_a_row_added_to_a_list_on_screen_is_on_screen_before_the_loop_turns(qtbot: Any) -> None:
    """A consent's switch, once the screen has it, can be tapped (a layout alone shows a new row a turn later)."""
    area, rows = scroll_area("rows")
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    items: list[Any] = []
    first, second = QPushButton("one"), QPushButton("two")
    add_row(rows, items, first)
    add_row(rows, items, second)
    assert first.isVisible() and second.isVisible()
    assert len(items) == 3 and items[1].isVisible()  # the line between them too
