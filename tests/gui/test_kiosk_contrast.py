"""Contrast on the kiosk (WCAG 2.2 AA, EN 301 549): every word on every screen at 4.5:1 or more, in both themes.

Measured on the pixels a customer sees: the window is grabbed whole, each visible piece of text is cut
out of it (inside its border, for a control), what is behind the text is the colour most of that piece
is, the text is the pixel furthest from it, and their ratio is WCAG's. Text at 18 pt and more has
solid strokes, so its own colour is always among its pixels.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.kiosk.face import Screen
from kiosk.ui.kiosk.look import contrast_ratio
from kiosk.ui.styles import kiosk_colours
from tests.gui.contrast_measure import inner, measured_contrast, texts
from tests.gui.driver import GIULIA, WAIT
from tests.gui.kiosking import KioskDriver

AA = 4.5


def test_each_theme_pairs_its_colours_at_aa_or_better() -> None:
    for theme in (kiosk_colours(contrast=False), kiosk_colours(contrast=True)):  # as resources/styles/ gives them
        for name, (fore, back) in theme.pairs().items():
            assert contrast_ratio(fore, back) >= AA, f"{theme.name}: {name} {fore} on {back}"


def test_the_ratio_is_wcag_s() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def _low_contrast(kiosk: KioskDriver, measured: list[str]) -> list[str]:
    window = kiosk.window
    image = window.grab().toImage()
    found = []
    for widget in texts(window):
        rect = inner(widget, window).intersected(image.rect())
        if rect.isEmpty():
            continue
        ratio, text, background = measured_contrast(image, rect)
        measured.append(f"{kiosk.screen}/{widget.objectName()}")
        if ratio < AA:
            found.append(
                f"{kiosk.screen}/{widget.objectName() or type(widget).__name__} {widget.text()[:30]!r}:"
                f" {ratio:.2f} ({text.name()} on {background.name()})"
            )
    return found


def _prizes_and_play(kiosk: KioskDriver) -> Iterator[str]:
    """From My card: Prizes (a category's catalogue), a prize's PIN (wrong), My requests, Play; back to My card."""
    from PySide6.QtWidgets import QPushButton

    face = kiosk.face
    kiosk.tap(face.my_card.more_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(face.more.tiles[Screen.PRIZES])
    kiosk.wait_screen(Screen.PRIZES)
    # A button put in a shown layout is shown on the next turn of the event loop: wait for it to be tappable.
    kiosk.qtbot.waitUntil(lambda: any(b.objectName() == "category0" and b.isVisible()
                                      for b in face.prizes.findChildren(QPushButton)), timeout=WAIT)
    kiosk.tap(next(b for b in face.prizes.findChildren(QPushButton) if b.objectName() == "category0"))
    kiosk.qtbot.waitUntil(lambda: any(b.objectName() == "choosePrize" for b in face.prizes.findChildren(QPushButton)),
                          timeout=WAIT)
    yield Screen.PRIZES
    kiosk.tap(next(b for b in face.prizes.findChildren(QPushButton) if b.objectName() == "choosePrize"))
    kiosk.wait_screen(Screen.PRIZE_REQUEST)
    kiosk.press_digits("0000")  # wrong: the problem's words are measured too
    kiosk.qtbot.waitUntil(lambda: "Wrong PIN" in face.prize_request.problem.text(), timeout=WAIT)
    yield Screen.PRIZE_REQUEST
    kiosk.tap(face.prize_request.back_button)
    kiosk.wait_screen(Screen.PRIZES)
    kiosk.tap(face.prizes.requests_button)
    kiosk.wait_screen(Screen.PRIZE_REQUESTS)
    kiosk.qtbot.waitUntil(lambda: face.prize_requests.status.text().endswith("yet."), timeout=WAIT)
    yield Screen.PRIZE_REQUESTS
    kiosk.tap(face.prize_requests.back_button)
    kiosk.wait_screen(Screen.PRIZES)
    kiosk.tap(face.prizes.back_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(face.more.tiles[Screen.PLAY])
    kiosk.wait_screen(Screen.PLAY)
    kiosk.qtbot.waitUntil(lambda: bool(face.play._items), timeout=WAIT)
    yield Screen.PLAY
    kiosk.tap(face.play.back_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(face.more.back_button)
    kiosk.wait_screen(Screen.MY_CARD)


def _screens(kiosk: KioskDriver) -> Iterator[str]:
    """Walk a customer through the screens, stopping on each for a measure."""
    face = kiosk.face
    yield Screen.ATTRACT
    kiosk.tap(face.attract.have_card_button)
    kiosk.wait_screen(Screen.FIND)
    yield Screen.FIND
    kiosk.scan(GIULIA)
    kiosk.wait_screen(Screen.PIN)
    kiosk.press_digits("0000")  # wrong: the problem's words are measured too
    kiosk.qtbot.waitUntil(lambda: "Wrong PIN" in face.pin.problem.text(), timeout=WAIT)
    yield Screen.PIN
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.MY_CARD)
    kiosk.qtbot.waitUntil(lambda: face.my_card.isVisible(), timeout=WAIT)
    yield Screen.MY_CARD
    kiosk.tap(face.my_card.offers_button)
    kiosk.wait_screen(Screen.OFFERS)
    kiosk.qtbot.waitUntil(lambda: bool(face.offers._items), timeout=WAIT)
    yield Screen.OFFERS
    kiosk.tap(face.offers.back_button)
    kiosk.wait_screen(Screen.MY_CARD)
    kiosk.tap(face.my_card.vouchers_button)
    kiosk.wait_screen(Screen.VOUCHERS)
    kiosk.qtbot.waitUntil(lambda: bool(face.vouchers._items), timeout=WAIT)
    yield Screen.VOUCHERS
    kiosk.tap(face.vouchers._amount_buttons[0])
    kiosk.wait_screen(Screen.POINTS_VOUCHER)
    kiosk.press_digits("0000")  # wrong: the problem's words are measured too
    kiosk.qtbot.waitUntil(lambda: "Wrong PIN" in face.points_voucher.problem.text(), timeout=WAIT)
    yield Screen.POINTS_VOUCHER
    kiosk.tap(face.points_voucher.back_button)
    kiosk.wait_screen(Screen.VOUCHERS)
    kiosk.tap(face.vouchers.back_button)
    kiosk.wait_screen(Screen.MY_CARD)
    yield from _prizes_and_play(kiosk)
    kiosk.tap(face.my_card.more_button)
    kiosk.wait_screen(Screen.MORE)
    # News, messages, badges and shops, off "More for you" (the shops without her consent: its note measured).
    for name, screen in ((Screen.NEWS, face.news), (Screen.MESSAGES, face.messages), (Screen.BADGES, face.badges),
                         (Screen.STORES, face.stores)):
        kiosk.tap(face.more.tiles[name])
        kiosk.wait_screen(name)
        kiosk.qtbot.waitUntil(lambda shown=screen: bool(shown._items) or shown.note.isVisible()
                              if shown is face.stores else bool(shown._items), timeout=WAIT)
        yield name
        kiosk.tap(screen.back_button)
        kiosk.wait_screen(Screen.MORE)
    kiosk.tap(face.more.tiles[Screen.ERASE])
    kiosk.wait_screen(Screen.ERASE)
    yield Screen.ERASE  # what deleting means, its warning in the problem's colour
    kiosk.tap(face.erase.erase_button)
    kiosk.press_digits("0000")  # wrong: the problem's words are measured too
    kiosk.qtbot.waitUntil(lambda: "Wrong PIN" in face.erase.problem.text(), timeout=WAIT)
    yield Screen.ERASE
    kiosk.tap(face.erase.back_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(face.more.tiles[Screen.DETAILS])
    kiosk.wait_screen(Screen.DETAILS)
    kiosk.qtbot.waitUntil(lambda: face.details.form is not None and face.details.save_button.isEnabled(), timeout=WAIT)
    yield Screen.DETAILS
    kiosk.tap(face.details.consents_button)
    kiosk.qtbot.waitUntil(lambda: bool(face.consents.switches), timeout=WAIT)
    yield Screen.CONSENTS
    kiosk.tap(face.consents.back_button)
    kiosk.qtbot.waitUntil(lambda: face.details.form is not None and face.details.save_button.isEnabled(), timeout=WAIT)
    kiosk.tap(face.details.contact_button)
    kiosk.wait_screen(Screen.CONTACT)
    kiosk.tap(face.contact.send_button)  # nothing typed: the problem's words are measured too
    kiosk.qtbot.waitUntil(lambda: face.contact.problem.isVisible(), timeout=WAIT)
    yield Screen.CONTACT
    kiosk.tap(face.contact.back_button)
    kiosk.qtbot.waitUntil(lambda: face.details.form is not None and face.details.save_button.isEnabled(), timeout=WAIT)
    kiosk.tap(face.details.password_button)
    kiosk.wait_screen(Screen.PASSWORD)
    yield Screen.PASSWORD
    kiosk.tap(face.password.back_button)
    kiosk.qtbot.waitUntil(lambda: face.details.save_button.isEnabled(), timeout=WAIT)
    kiosk.tap(face.details.back_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(face.more.back_button)
    kiosk.wait_screen(Screen.MY_CARD)
    kiosk.tap(face.my_card.change_pin_button)
    kiosk.wait_screen(Screen.CHANGE_PIN)
    yield Screen.CHANGE_PIN
    face.idle.expired.emit()
    kiosk.wait_screen(Screen.STILL_THERE)
    yield Screen.STILL_THERE
    kiosk.tap(face.still_there.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
    kiosk.tap(face.attract.join_button)
    kiosk.wait_screen(Screen.JOIN)
    yield Screen.JOIN
    face.open_staff()
    kiosk.wait_screen(Screen.STAFF_PIN)
    yield Screen.STAFF_PIN


@pytest.mark.parametrize("contrast", [False, True], ids=["plain", "high-contrast"])
def test_every_word_on_every_screen_reads_at_aa(kiosk: KioskDriver, contrast: bool) -> None:
    low: list[str] = []
    seen = []
    measured: list[str] = []
    for name in _screens(kiosk):
        if kiosk.window.look.contrast != contrast:
            kiosk.window.set_look(large=False, contrast=contrast)
        kiosk.qtbot.wait(50)
        low += _low_contrast(kiosk, measured)
        seen.append(name)
        kiosk.shot(f"contrast-{'high' if contrast else 'plain'}-{name}")
    assert len(seen) == 25  # the first 11, and 14 of the customer's area
    # Every screen's words were measured, the keyboard's keys among them.
    assert {where.split("/")[0] for where in measured} == set(seen)
    assert len(measured) > 100
    assert low == [], "text below 4.5:1:\n" + "\n".join(low)


def test_the_measure_finds_grey_on_white(qtbot: Any) -> None:
    label = QLabel("Faint words")
    label.setStyleSheet("background: white; color: #b0b0b0;")
    qtbot.addWidget(label)
    label.resize(300, 60)
    label.show()
    qtbot.waitExposed(label)
    image = label.grab().toImage()
    ratio, _text, background = measured_contrast(image, image.rect())
    assert background.name() == "#ffffff"
    assert ratio < AA


def test_every_control_on_every_screen_is_named_for_a_screen_reader(kiosk: KioskDriver) -> None:
    """A button, a field or a PIN pad a customer can reach has a name and a role, as a screen reader asks Qt."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    from kiosk.ui.common.pin_pad import PinPad

    roles = {QAbstractButton: {QAccessible.Role.Button, QAccessible.Role.CheckBox}, QLineEdit: {QAccessible.Role.EditableText}}

    unnamed: list[str] = []
    asked = 0
    for name in _screens(kiosk):
        for widget in kiosk.window.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(widget, (QAbstractButton, QLineEdit, PinPad)):
                continue
            asked += 1
            accessible = QAccessible.queryAccessibleInterface(widget)
            said = accessible.text(QAccessible.Text.Name).strip() if accessible is not None else ""
            role = accessible.role() if accessible is not None else None
            wanted = next((r for kind, r in roles.items() if isinstance(widget, kind)), None)
            if not said or (wanted is not None and role not in wanted):
                unnamed.append(f"{name}/{type(widget).__name__} {widget.objectName()!r}: name {said!r}, role {role}")
    assert asked > 100, "the keyboard's keys and every screen's controls were asked"
    assert unnamed == [], "controls with no accessible name:\n" + "\n".join(unnamed)
