"""When the server holds back guessing (429/13), each screen says to wait and for how long, in words.

The guessing that trips the limit is done first over plain HTTP, from another
loopback address where the limit is per login, as a thief with the till's
credentials would; then the cashier meets the limit on screen.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from kiosk.api.marta import (
    API_KEY_HEADER,
    LOGIN_FAILS_MAX,
    LOGIN_FIRST_WAIT_SECONDS,
    LOOKUP_MISSES_MAX,
    TERMINAL_WRONG_PINS_MAX,
    Path,
)
from kiosk.ui.common.enrol_wizard import EnrolWizard
from kiosk.ui.pin_dialog import CustomerPinDialog
from kiosk.ui.redeem_dialog import RedeemDialog
from kiosk.ui.settings_dialog import SettingsDialog
from tests.gui.driver import WAIT, CounterDriver, show_active

GIULIA, GIULIA_PIN = "2000000000015", "1234"
#: The words, with the wait in whole seconds.
WAIT_WORDS = re.compile(r"Too many tries: wait (\d+) seconds?, then try again\.")


def _http(sandbox: Any) -> httpx.Client:
    """A client at another loopback address than the till's, so only the per-login limits can trip."""
    return httpx.Client(
        base_url=sandbox.url, headers={API_KEY_HEADER: sandbox.demo["apikey"]},
        transport=httpx.HTTPTransport(local_address="127.0.0.9"),
    )


def _session(http: httpx.Client, demo: dict[str, Any], account: str) -> dict[str, str]:
    scope = "customersynchro" if account == "customersynchro" else "terminal"
    body = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": scope, **demo[account]}
    answer = http.post(Path.AUTH, json=body)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _guess_pins(sandbox: Any) -> None:
    """Wrong PINs with the till's own login up to its limit, four at a time so no card locks."""
    with _http(sandbox) as http:
        thief, other_till = _session(http, sandbox.demo, "terminal"), _session(http, sandbox.demo, "terminal2")
        for n in range(TERMINAL_WRONG_PINS_MAX):
            answer = http.post(Path.PIN_VERIFY, json={"card": GIULIA, "pincode": "0000"}, headers=thief)
            assert answer.status_code == 403, answer.text
            if n % 4 == 3:
                http.post(Path.PIN_VERIFY, json={"card": GIULIA, "pincode": GIULIA_PIN}, headers=other_till)


def _waits(text: str) -> int:
    found = WAIT_WORDS.search(text)
    assert found is not None, text
    assert "Traceback" not in text and "Error" not in text
    return int(found.group(1))


def test_the_counter_look_up_says_how_long_to_wait(counter: CounterDriver, sandbox: Any, qtbot: Any) -> None:
    with _http(sandbox) as http:
        till = _session(http, sandbox.demo, "terminal")
        for n in range(LOOKUP_MISSES_MAX):
            assert http.get(Path.CARD, params={"email": f"nobody{n}@example.com"}, headers=till).status_code == 404
    counter.look_up("giulia.rossi@example.com")
    qtbot.waitUntil(lambda: WAIT_WORDS.search(counter.window.message.text()) is not None, timeout=WAIT)
    assert 0 < _waits(counter.window.message.text()) <= 60
    counter.shot("too-many-lookups")


def test_the_redeem_dialog_says_how_long_to_wait_and_nothing_is_redeemed(
    counter: CounterDriver, sandbox: Any, qtbot: Any
) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    _guess_pins(sandbox)
    counter.key(Qt.Key.Key_F11)
    dialog = counter.window.dialog
    assert isinstance(dialog, RedeemDialog)
    qtbot.waitUntil(dialog.amount.hasFocus)
    counter.type("500", dialog.amount)
    counter.key(Qt.Key.Key_Return, dialog.amount)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1 and dialog.pad.hasFocus())
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        for digit in GIULIA_PIN:
            counter.key(getattr(Qt.Key, f"Key_{digit}"), dialog.pad)
    qtbot.waitUntil(lambda: WAIT_WORDS.search(dialog.problem.text()) is not None, timeout=WAIT)
    assert 0 < _waits(dialog.problem.text()) <= 600
    assert dialog.problem.text().endswith("Nothing was redeemed.")
    counter.shot("too-many-pins-redeem", dialog)


def test_the_pin_dialog_says_how_long_to_wait(counter: CounterDriver, sandbox: Any, qtbot: Any) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    _guess_pins(sandbox)
    counter.key(Qt.Key.Key_F12)
    dialog = counter.window.dialog
    assert isinstance(dialog, CustomerPinDialog)
    qtbot.waitUntil(dialog.pin_pad.hasFocus)
    for pin in (GIULIA_PIN, "4321", "4321"):  # the current PIN, then the new one twice
        for digit in pin:
            counter.key(getattr(Qt.Key, f"Key_{digit}"), dialog.pin_pad)
        if not dialog.pin_pad.hasFocus():
            counter.key(Qt.Key.Key_Return, dialog.pin_pad)
    qtbot.waitUntil(lambda: WAIT_WORDS.search(dialog.problem.text()) is not None, timeout=WAIT)
    assert 0 < _waits(dialog.problem.text()) <= 600
    counter.shot("too-many-pins-change", dialog)


def test_the_settings_connection_test_says_how_long_to_wait(
    counter: CounterDriver, sandbox: Any, qtbot: Any
) -> None:
    demo = sandbox.demo
    with _http(sandbox) as http:
        for _ in range(LOGIN_FAILS_MAX):
            body = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal",
                    **{**demo["terminal"], "password": "guess"}}
            assert http.post(Path.AUTH, json=body).status_code == 401
    dialog = SettingsDialog(counter.session.ctx)
    show_active(qtbot, dialog)
    qtbot.keyClick(dialog.api_url, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: WAIT_WORDS.search(dialog.outcome.text()) is not None, timeout=WAIT)
    assert 0 < _waits(dialog.outcome.text()) <= LOGIN_FIRST_WAIT_SECONDS
    counter.shot("too-many-logins-settings", dialog)


def test_the_enrolment_wizard_says_how_long_to_wait_and_can_try_again(
    counter: CounterDriver, sandbox: Any, qtbot: Any
) -> None:
    with _http(sandbox) as http:
        synchro = _session(http, sandbox.demo, "customersynchro")
        for n in range(LOOKUP_MISSES_MAX):
            answer = http.get(Path.CHECKCARD, params={"email": f"new{n}@example.com"}, headers=synchro)
            assert answer.status_code == 402
    window = counter.window
    counter.look_up("2000000000022")
    counter.wait_live("2000000000022")
    counter.key(Qt.Key.Key_F7, window.search)
    qtbot.waitUntil(lambda: isinstance(window.dialog, EnrolWizard) and window.dialog.isVisible(), timeout=WAIT)
    wizard = window.dialog
    assert isinstance(wizard, EnrolWizard)
    qtbot.waitUntil(lambda: not wizard.sending.isVisible() and wizard.start_page.lookup.hasFocus(), timeout=WAIT)
    qtbot.keyClick(wizard.start_page.lookup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: WAIT_WORDS.search(wizard.message.text()) is not None, timeout=WAIT)
    assert 0 < _waits(wizard.message.text()) <= 60
    assert wizard.buttons["retry"].isVisible()
    counter.shot("too-many-checkcard-wizard", wizard)
