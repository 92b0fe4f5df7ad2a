"""The kiosk as a customer meets it: in by a scan or a typed address, out by Done, idleness or any key, nothing left."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.core.staff import hash_manager_pin
from kiosk.settings import save_settings
from kiosk.ui.kiosk.face import Screen
from kiosk.ui.kiosk.still_there import COUNTDOWN_SECONDS
from tests.gui.driver import GIULIA, GIULIA_EMAIL, MANAGER_PIN, WAIT
from tests.gui.kiosking import ESCAPES, GIULIA_TRACES, KioskDriver, sign_in_giulia, traces_left, visible_words_on

def test_a_scan_signs_in_with_the_pin_on_number_keys_and_done_leaves_nothing(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    words = visible_words_on(kiosk.face.my_card)
    assert "Giulia" in words and "1,250" in words
    assert kiosk.face.visit is not None and kiosk.face.visit.active
    visit = kiosk.face.visit
    kiosk.shot("my-card")
    kiosk.tap(kiosk.face.my_card.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
    assert kiosk.face.visit is None and not visit.active, "the customer's token is dropped"
    assert traces_left(kiosk) == []


def test_an_email_typed_finds_the_card_and_still_asks_its_pin(kiosk: KioskDriver) -> None:
    kiosk.tap(kiosk.face.attract.have_card_button)
    kiosk.wait_screen(Screen.FIND)
    field = kiosk.face.find.field
    kiosk.qtbot.waitUntil(field.hasFocus, timeout=WAIT)
    assert kiosk.window.keyboard.isVisible() and kiosk.window.keyboard.target() is field
    kiosk.qtbot.keyClicks(field, GIULIA_EMAIL)
    kiosk.qtbot.keyClick(field, Qt.Key.Key_Return)
    kiosk.wait_screen(Screen.PIN)
    assert "Giulia" not in kiosk.everything_said(), "nobody's name before the PIN is right"
    assert not kiosk.window.keyboard.isVisible()
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.MY_CARD)


def test_a_card_scanned_on_any_screen_starts_a_new_visit(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.scan("2000000000053")  # Luca's card, on Giulia's screen
    kiosk.wait_screen(Screen.PIN)
    assert kiosk.face.visit is None
    assert traces_left(kiosk) == []


# -- idle: "Still there?", then nothing left ------------------------------------------------------------


def _on_find(kiosk: KioskDriver) -> None:
    kiosk.tap(kiosk.face.attract.have_card_button)
    kiosk.wait_screen(Screen.FIND)
    kiosk.qtbot.keyClicks(kiosk.face.find.field, GIULIA_EMAIL)


def _on_pin(kiosk: KioskDriver) -> None:
    kiosk.scan(GIULIA)
    kiosk.wait_screen(Screen.PIN)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.pin.pad.hasFocus(), timeout=WAIT)
    kiosk.press_digits("12")


def _on_my_card(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)


def _on_change_pin(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.change_pin_button)
    kiosk.wait_screen(Screen.CHANGE_PIN)
    kiosk.press_digits("1")


def _on_reset_pin(kiosk: KioskDriver) -> None:
    kiosk.scan(GIULIA)
    kiosk.wait_screen(Screen.PIN)
    kiosk.tap(kiosk.face.pin.forgot_button)
    kiosk.wait_screen(Screen.RESET_PIN)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.reset_pin.send_button.isVisible(), timeout=WAIT)
    kiosk.tap(kiosk.face.reset_pin.send_button)
    kiosk.qtbot.waitUntil(lambda: "@example.com" in visible_words_on(kiosk.face.reset_pin), timeout=WAIT)
    masked = re.search(r"\S+@example\.com", visible_words_on(kiosk.face.reset_pin))
    assert masked is not None and "giulia" not in masked.group(0), "the address is shown masked"
    MORE_TRACES.append(masked.group(0))


def _on_join(kiosk: KioskDriver) -> None:
    kiosk.tap(kiosk.face.attract.join_button)
    kiosk.wait_screen(Screen.JOIN)
    join = kiosk.face.join
    assert join is not None and join.wizard is not None
    lookup = join.wizard.start_page.lookup
    kiosk.qtbot.waitUntil(lambda: QApplication.focusWidget() is lookup, timeout=WAIT)
    assert kiosk.window.keyboard.isVisible() and kiosk.window.keyboard.target() is lookup
    kiosk.qtbot.keyClicks(lookup, "giulia.rossi.2@example.com")
    assert lookup.text() == "giulia.rossi.2@example.com"


def _on_offers(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.offers_button)
    kiosk.wait_screen(Screen.OFFERS)
    kiosk.qtbot.waitUntil(lambda: "A free coffee with any pastry" in visible_words_on(kiosk.face.offers), timeout=WAIT)
    MORE_TRACES.extend(["A free coffee with any pastry", "Double points on fresh bread"])


def _on_vouchers(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.vouchers_button)
    kiosk.wait_screen(Screen.VOUCHERS)
    kiosk.qtbot.waitUntil(lambda: "CAFFE150" in visible_words_on(kiosk.face.vouchers), timeout=WAIT)
    MORE_TRACES.extend(["CAFFE150", "BREAD200", "A free coffee"])


def _on_points_voucher(kiosk: KioskDriver) -> None:
    _on_vouchers(kiosk)
    kiosk.tap(next(b for b in kiosk.face.vouchers.findChildren(QPushButton) if b.objectName() == "convert500"))
    kiosk.wait_screen(Screen.POINTS_VOUCHER)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.points_voucher.pin_pad.hasFocus(), timeout=WAIT)
    kiosk.press_digits("12")
    MORE_TRACES.append("500 points → a voucher")


def _on_more(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.more_button)
    kiosk.wait_screen(Screen.MORE)


def _on_erase(kiosk: KioskDriver) -> None:
    _on_more(kiosk)
    kiosk.tap(kiosk.face.more.tiles[Screen.ERASE])
    kiosk.wait_screen(Screen.ERASE)
    kiosk.tap(kiosk.face.erase.erase_button)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.erase.pin_pad.hasFocus(), timeout=WAIT)
    kiosk.press_digits("12")


def _from_more(kiosk: KioskDriver, name: str, shown: str) -> None:
    _on_more(kiosk)
    kiosk.tap(kiosk.face.more.tiles[name])
    kiosk.wait_screen(name)
    kiosk.qtbot.waitUntil(lambda: shown in visible_words_on(kiosk.window), timeout=WAIT)
    MORE_TRACES.append(shown)


def _on_news(kiosk: KioskDriver) -> None:
    _from_more(kiosk, Screen.NEWS, "Our new sourdough")
    # One piece open: its whole words are wiped too.
    kiosk.tap(next(b for b in kiosk.face.news.findChildren(QPushButton) if b.objectName() == "readItem"))
    kiosk.qtbot.waitUntil(lambda: kiosk.face.news.reading, timeout=WAIT)
    MORE_TRACES.append("sourdough loaf every morning")


def _on_messages(kiosk: KioskDriver) -> None:
    _from_more(kiosk, Screen.MESSAGES, "A coffee on us")


def _on_badges(kiosk: KioskDriver) -> None:
    _from_more(kiosk, Screen.BADGES, "First purchase")


def _on_stores(kiosk: KioskDriver) -> None:
    _from_more(kiosk, Screen.STORES, "needs your consent to the use of your position")


def _on_prizes(kiosk: KioskDriver) -> None:
    _on_more(kiosk)
    kiosk.tap(kiosk.face.more.tiles[Screen.PRIZES])
    kiosk.wait_screen(Screen.PRIZES)
    kiosk.qtbot.waitUntil(lambda: "Home and kitchen" in visible_words_on(kiosk.face.prizes), timeout=WAIT)
    kiosk.tap(next(b for b in kiosk.face.prizes.findChildren(QPushButton) if b.objectName() == "category0"))
    kiosk.qtbot.waitUntil(lambda: "Your points are enough" in visible_words_on(kiosk.face.prizes), timeout=WAIT)
    MORE_TRACES.extend(["Your points are enough", "more point"])


def _on_prize_request(kiosk: KioskDriver) -> None:
    _on_prizes(kiosk)
    kiosk.tap(next(b for b in kiosk.face.prizes.findChildren(QPushButton) if b.objectName() == "choosePrize"))
    kiosk.wait_screen(Screen.PRIZE_REQUEST)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.prize_request.pin_pad.hasFocus(), timeout=WAIT)
    kiosk.press_digits("12")
    MORE_TRACES.extend(["Coffee mug for 300 points", "after it: 950"])


def _on_prize_requests(kiosk: KioskDriver) -> None:
    _on_more(kiosk)
    kiosk.tap(kiosk.face.more.tiles[Screen.PRIZES])
    kiosk.wait_screen(Screen.PRIZES)
    kiosk.tap(kiosk.face.prizes.requests_button)
    kiosk.wait_screen(Screen.PRIZE_REQUESTS)
    kiosk.qtbot.waitUntil(lambda: "any prize yet" in visible_words_on(kiosk.face.prize_requests), timeout=WAIT)


def _on_play(kiosk: KioskDriver) -> None:
    _on_more(kiosk)
    kiosk.tap(kiosk.face.more.tiles[Screen.PLAY])
    kiosk.wait_screen(Screen.PLAY)
    kiosk.qtbot.waitUntil(lambda: "Scratch and win" in visible_words_on(kiosk.face.play), timeout=WAIT)
    MORE_TRACES.extend(["play(s) left", "plays left"])


def _open_details(kiosk: KioskDriver) -> None:
    _on_more(kiosk)
    kiosk.tap(kiosk.face.more.tiles[Screen.DETAILS])
    kiosk.wait_screen(Screen.DETAILS)
    details = kiosk.face.details
    kiosk.qtbot.waitUntil(lambda: details.form is not None and details.save_button.isEnabled(), timeout=WAIT)
    MORE_TRACES.append("3331234567")


def _on_details(kiosk: KioskDriver) -> None:
    _open_details(kiosk)
    details = kiosk.face.details
    assert details.form is not None
    city = next(e for e in details.form.findChildren(QLineEdit) if e.objectName() == "city")
    kiosk.qtbot.mouseClick(city, Qt.MouseButton.LeftButton)
    kiosk.qtbot.keyClicks(city, "Torino")  # typed, not saved
    MORE_TRACES.append("Torino")


def _on_consents(kiosk: KioskDriver) -> None:
    _open_details(kiosk)
    kiosk.tap(kiosk.face.details.consents_button)
    kiosk.wait_screen(Screen.CONSENTS)
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.face.consents.switches), timeout=WAIT)


def _on_contact(kiosk: KioskDriver) -> None:
    _open_details(kiosk)
    kiosk.tap(kiosk.face.details.contact_button)
    kiosk.wait_screen(Screen.CONTACT)
    address = kiosk.face.contact.address
    kiosk.qtbot.mouseClick(address, Qt.MouseButton.LeftButton)
    kiosk.qtbot.keyClicks(address, "giulia.nuova@example.com")
    MORE_TRACES.append("giulia.nuova")


def _on_password(kiosk: KioskDriver) -> None:
    _open_details(kiosk)
    kiosk.tap(kiosk.face.details.password_button)
    kiosk.wait_screen(Screen.PASSWORD)
    current = kiosk.face.password.current
    kiosk.qtbot.mouseClick(current, Qt.MouseButton.LeftButton)
    kiosk.qtbot.keyClicks(current, "Segreta-99")
    MORE_TRACES.append("Segreta-99")


#: What a screen showed besides Giulia's own traces (the masked address a code went to, her offers and vouchers).
MORE_TRACES: list[str] = []

REACH: dict[str, Callable[[KioskDriver], None]] = {
    Screen.FIND: _on_find,
    Screen.PIN: _on_pin,
    Screen.MY_CARD: _on_my_card,
    Screen.CHANGE_PIN: _on_change_pin,
    Screen.RESET_PIN: _on_reset_pin,
    Screen.JOIN: _on_join,
    Screen.OFFERS: _on_offers,
    Screen.VOUCHERS: _on_vouchers,
    Screen.POINTS_VOUCHER: _on_points_voucher,
    Screen.MORE: _on_more,
    Screen.PRIZES: _on_prizes,
    Screen.PRIZE_REQUEST: _on_prize_request,
    Screen.PRIZE_REQUESTS: _on_prize_requests,
    Screen.PLAY: _on_play,
    Screen.NEWS: _on_news,
    Screen.MESSAGES: _on_messages,
    Screen.BADGES: _on_badges,
    Screen.STORES: _on_stores,
    Screen.ERASE: _on_erase,
    Screen.DETAILS: _on_details,
    Screen.CONSENTS: _on_consents,
    Screen.CONTACT: _on_contact,
    Screen.PASSWORD: _on_password,
}


@pytest.mark.parametrize("where", list(REACH))
def test_left_idle_on_each_screen_the_customer_is_wiped_away(kiosk: KioskDriver, where: str) -> None:
    MORE_TRACES.clear()
    REACH[where](kiosk)
    kiosk.wait_screen(where)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(GIULIA_EMAIL)  # what a customer may have copied
    assert kiosk.face.idle.armed
    kiosk.face.idle.expired.emit()
    kiosk.wait_screen(Screen.STILL_THERE)
    still = kiosk.face.still_there
    assert still.counting and re.search(rf"\b{COUNTDOWN_SECONDS}\b", still.question.text())
    kiosk.shot(f"still-there-over-{where}")
    for _ in range(COUNTDOWN_SECONDS):
        still._tick()  # the countdown's own clock, fifteen times
    kiosk.wait_screen(Screen.ATTRACT)
    assert kiosk.face.visit is None and kiosk.face.found is None
    assert kiosk.window.keyboard.target() is None
    assert traces_left(kiosk, tuple(MORE_TRACES)) == [], f"left behind after the wipe from {where}"
    # No way back to the last customer's screen: "I have a card", then Back, is the attract screen again.
    kiosk.tap(kiosk.face.attract.have_card_button)
    kiosk.wait_screen(Screen.FIND)
    kiosk.tap(kiosk.face.find.back_button)
    kiosk.wait_screen(Screen.ATTRACT)
    assert traces_left(kiosk) == []


def test_yes_gives_more_time_and_keeps_the_customer(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.face.idle.expired.emit()
    kiosk.wait_screen(Screen.STILL_THERE)
    kiosk.tap(kiosk.face.still_there.yes)
    kiosk.wait_screen(Screen.MY_CARD)
    assert "Giulia" in visible_words_on(kiosk.face.my_card)
    assert kiosk.face.idle.armed, "the count starts again"


def test_the_attract_screen_is_not_watched_until_something_changes(kiosk: KioskDriver) -> None:
    kiosk.wait_screen(Screen.ATTRACT)
    assert not kiosk.face.idle.armed
    kiosk.tap(kiosk.window.large_text)
    assert kiosk.face.idle.armed, "a switch left on is put back when nobody comes"
    kiosk.face.idle.expired.emit()
    kiosk.wait_screen(Screen.STILL_THERE)
    kiosk.tap(kiosk.face.still_there.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
    assert not kiosk.window.look.large and not kiosk.window.large_text.isChecked()


# -- no way out for a customer ---------------------------------------------------------------------------


@pytest.mark.parametrize("where", [Screen.ATTRACT, *REACH])
def test_no_key_leads_out_of_any_screen(kiosk: KioskDriver, where: str) -> None:
    if where != Screen.ATTRACT:
        REACH[where](kiosk)
    kiosk.wait_screen(where)
    for key, modifiers, _text in ESCAPES:
        kiosk.qtbot.keyClick(QApplication.focusWidget() or kiosk.window, key, modifiers)
        QApplication.processEvents()
        assert kiosk.window.isVisible(), f"{key} closed the kiosk on {where}"
        assert kiosk.screen == where, f"{key} left {where} for {kiosk.screen}"
    kiosk.qtbot.mouseClick(kiosk.window, Qt.MouseButton.RightButton, pos=QPoint(400, 300))
    assert QApplication.activePopupWidget() is None and QApplication.activeModalWidget() is None
    assert not kiosk.window.close()
    assert kiosk.window.isVisible() and kiosk.face.lockdown.on


# -- staff -------------------------------------------------------------------------------------------------


def _five_taps(kiosk: KioskDriver) -> None:
    for _ in range(5):
        kiosk.qtbot.mouseClick(kiosk.window.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def test_staff_reach_their_menu_by_the_corner_and_the_manager_pin(kiosk: KioskDriver, till: Any) -> None:
    save_settings(till.config, {"manager_pin_hash": hash_manager_pin(MANAGER_PIN)})
    sign_in_giulia(kiosk)
    _five_taps(kiosk)
    kiosk.wait_screen(Screen.STAFF_PIN)
    assert kiosk.face.visit is None and traces_left(kiosk) == [], "the customer is wiped before staff type"
    pin = kiosk.face.staff_pin
    kiosk.qtbot.waitUntil(pin.ok.isEnabled, timeout=WAIT)
    assert kiosk.window.keyboard.isVisible(), "staff type the PIN on the kiosk's own digits"
    kiosk.qtbot.keyClicks(pin.field, "99999999")
    kiosk.qtbot.keyClick(pin.field, Qt.Key.Key_Return)
    kiosk.qtbot.waitUntil(lambda: "Wrong manager PIN" in pin.problem.text(), timeout=WAIT)
    assert kiosk.screen == Screen.STAFF_PIN
    kiosk.qtbot.keyClicks(pin.field, MANAGER_PIN)
    kiosk.qtbot.keyClick(pin.field, Qt.Key.Key_Return)
    kiosk.wait_screen(Screen.STAFF)
    assert "9999" not in kiosk.everything_said() and MANAGER_PIN not in kiosk.everything_said()
    kiosk.shot("staff")
    with kiosk.qtbot.waitSignal(kiosk.face.exit_requested, timeout=WAIT):
        kiosk.tap(kiosk.face.staff.exit)
    kiosk.tap(kiosk.face.staff.back_button)
    kiosk.wait_screen(Screen.ATTRACT)


def test_four_taps_or_another_corner_do_nothing(kiosk: KioskDriver) -> None:
    for _ in range(4):
        kiosk.qtbot.mouseClick(kiosk.window.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    for _ in range(5):
        kiosk.qtbot.mouseClick(kiosk.window.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(1360, 760))
    QApplication.processEvents()
    assert kiosk.screen == Screen.ATTRACT


# -- offline and back --------------------------------------------------------------------------------------


def test_offline_the_kiosk_says_what_works_and_comes_back_by_itself(kiosk: KioskDriver, control: Any) -> None:
    # Giulia was seen here once, so this kiosk keeps her card's last balance.
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
    control.set_faults(status=503, count=100_000)
    kiosk.face.probe()
    kiosk.qtbot.waitUntil(lambda: kiosk.window.banner.isVisible(), timeout=WAIT)
    assert "Offline" in kiosk.window.banner.text()
    assert not kiosk.face.attract.join_button.isEnabled()
    kiosk.shot("offline-attract")

    kiosk.scan(GIULIA)
    kiosk.wait_screen(Screen.KEPT_CARD)
    words = visible_words_on(kiosk.face.kept_card)
    assert "1,250" in words
    kiosk.shot("offline-kept-card")
    kiosk.tap(kiosk.face.kept_card.done_button)
    kiosk.wait_screen(Screen.ATTRACT)

    kiosk.tap(kiosk.face.attract.have_card_button)
    kiosk.wait_screen(Screen.FIND)
    kiosk.qtbot.keyClicks(kiosk.face.find.field, GIULIA_EMAIL)
    kiosk.qtbot.keyClick(kiosk.face.find.field, Qt.Key.Key_Return)
    kiosk.qtbot.waitUntil(lambda: "Signing in needs the loyalty server" in visible_words_on(kiosk.face.find), timeout=WAIT)
    assert "1,250" not in visible_words_on(kiosk.face.find)

    control.clear_faults()
    kiosk.face.probe()
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.banner.isVisible(), timeout=WAIT)
    assert kiosk.face.attract.join_button.isEnabled()


# -- languages and looks ------------------------------------------------------------------------------------


def test_a_language_chosen_applies_at_once_and_goes_with_the_visit(kiosk: KioskDriver) -> None:
    kiosk.tap(kiosk.face.attract.languages["it"])
    kiosk.qtbot.waitUntil(lambda: kiosk.face.attract.have_card_button.text() != "I have a card", timeout=WAIT)
    italian = kiosk.face.attract.have_card_button.text()
    kiosk.tap(kiosk.window.high_contrast)
    assert kiosk.window.look.contrast
    kiosk.tap(kiosk.face.attract.have_card_button)
    kiosk.wait_screen(Screen.FIND)
    kiosk.tap(kiosk.face.find.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.attract.have_card_button.text() == "I have a card", timeout=WAIT)
    assert italian == "Ho una carta"
    assert kiosk.face.attract.languages["en"].isChecked()
    assert not kiosk.window.look.contrast


def test_an_assistive_keypad_moves_with_tab_and_presses_with_enter(kiosk: KioskDriver) -> None:
    """Tab and Shift+Tab go round every control in order, each named for a screen reader; Enter presses one."""
    kiosk.wait_screen(Screen.ATTRACT)
    attract = kiosk.face.attract
    assert QApplication.focusWidget() is attract.have_card_button
    order = []
    for _ in range(12):
        focus = QApplication.focusWidget()
        assert focus is not None and focus.accessibleName(), f"{focus} has no accessible name"
        order.append(focus.objectName())
        kiosk.qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert {"haveCard", "join", "language_it", "language_en", "language_ru", "language_pt", "largeText",
            "highContrast"} <= set(order)
    while QApplication.focusWidget() is not attract.join_button:
        kiosk.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    kiosk.qtbot.keyClick(attract.join_button, Qt.Key.Key_Return)
    kiosk.wait_screen(Screen.JOIN)


def test_the_kiosk_app_restarts_on_settings_saved_by_staff(qtbot: Any, sandbox: Any, till: Any, kiosk_font: None) -> None:
    """`kiosk --face kiosk` as run: a restart after staff saved settings brings the kiosk back in the new language."""
    from kiosk.app import Backend
    from kiosk.settings import Settings
    from kiosk.ui.kiosk.app import KioskApp

    demo = sandbox.demo
    save_settings(till.config, {
        "face": "kiosk", "api_url": sandbox.url, "api_key": demo["apikey"], "campaign_id": demo["campaignid"],
        "terminal_username": demo["terminal"]["username"], "terminal_password": demo["terminal"]["password"],
        "terminal_serial": demo["terminal"]["serialnumber"],
    })
    app = KioskApp(Backend(Settings.load(till.config, env={})), till, full_screen=False)
    try:
        first = app.session
        qtbot.waitUntil(lambda: first.face.campaign is not None, timeout=WAIT)
        assert first.face.attract.have_card_button.text() == "I have a card"
        # Staff's settings come with the kiosk's own keyboard: a kiosk has no other.
        from PySide6.QtWidgets import QLineEdit

        from kiosk.ui.common.keyboard import OnScreenKeyboard
        from kiosk.ui.settings_dialog import SettingsDialog

        first.face.settings_requested.emit()
        dialog = first.window.findChild(SettingsDialog)
        assert dialog is not None
        qtbot.waitExposed(dialog)
        keyboard = dialog.findChild(OnScreenKeyboard)
        field = next(f for f in dialog.findChildren(QLineEdit) if f.isVisible() and f.isEnabled() and not f.isReadOnly())
        field.setFocus()
        qtbot.waitUntil(lambda: keyboard.isVisible() and keyboard.target() is field, timeout=WAIT)
        dialog.reject()
        save_settings(till.config, {"language": "it"})
        first.face.restart_requested.emit()
        qtbot.waitUntil(lambda: app.session is not first, timeout=WAIT)
        qtbot.waitUntil(lambda: app.session.face.attract.have_card_button.text() == "Ho una carta", timeout=WAIT)
        assert not first.face.lockdown.on, "the old session's locks went with it"
        assert app.session.face.idle.seconds == 60, "the kiosk's own idle default"
    finally:
        app.stop()
        from kiosk.ui import i18n

        i18n.install(QApplication.instance(), "en")


def test_enter_in_the_card_field_presses_no_button_the_focus_passes_to(kiosk: KioskDriver) -> None:
    """The field is disabled while it looks for the card, so the focus moves on: the Enter must stay the field's."""
    kiosk.tap(kiosk.face.attract.have_card_button)
    kiosk.wait_screen(Screen.FIND)
    kiosk.qtbot.keyClicks(kiosk.face.find.field, GIULIA)
    kiosk.qtbot.keyClick(kiosk.face.find.field, Qt.Key.Key_Return)
    kiosk.wait_screen(Screen.PIN)
    assert not kiosk.window.large_text.isChecked() and not kiosk.window.high_contrast.isChecked()
