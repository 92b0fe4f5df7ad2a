"""Delete my account at the kiosk, as Giulia meets it: what it means, her PIN, goodbye, and nothing of her left.

On the real sandbox (a fresh one per test) and the whole kiosk face: the server erases her account and blocks
her card; the kiosk ends the visit, wipes every screen, and its own file, WAL and backups keep no byte of her.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kiosk.api import CardStatus
from kiosk.paths import Paths
from kiosk.store import health, open_store
from kiosk.ui.kiosk.erase import EraseStep
from kiosk.ui.kiosk.face import Screen
from tests.gui.driver import GIULIA, GIULIA_EMAIL, WAIT
from tests.gui.kiosk_screens import SIZES, cut_off, shoot
from tests.gui.kiosking import KioskDriver, sign_in_giulia, traces_left, visible_words_on

#: What of Giulia the terminal's files may hold while she is a customer: after her erasure, none.
PERSONAL = ("Giulia", "Rossi", GIULIA_EMAIL, "+393331234567", "3331234567")


def _raw(files: list[Path]) -> bytes:
    return b"".join(f.read_bytes() for f in files if f.exists())


def _store_files(till: Paths) -> list[Path]:
    path = till.store
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def open_erase(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.more_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(kiosk.face.more.tiles[Screen.ERASE])
    kiosk.wait_screen(Screen.ERASE)


def _at(kiosk: KioskDriver, size: str) -> None:
    for _ in range(2):  # a screen laid out for the other shape may hold the first resize short
        kiosk.window.resize(*SIZES[size])
        kiosk.qtbot.wait(100)
    assert (kiosk.window.width(), kiosk.window.height()) == SIZES[size]


def test_delete_my_account_says_what_it_means_and_the_easy_button_is_not_the_delete(kiosk: KioskDriver) -> None:
    open_erase(kiosk)
    screen = kiosk.face.erase
    words = visible_words_on(screen)
    for said in ("personal data", "card is blocked", "points and vouchers are lost", "nothing that names you",
                 "cannot be undone"):
        assert said in words, said
    assert screen.erase_button.property("role") != "primary", "deleting is never the big coloured button"
    assert screen.first_focus() is screen.back_button, "an assistive keypad starts on the way back"
    assert not screen.pin_pad.isVisible(), "the PIN comes only after the customer chose to delete"
    kiosk.tap(screen.back_button)
    kiosk.wait_screen(Screen.MORE)
    assert kiosk.face.visit is not None and kiosk.face.visit.active, "Back keeps her signed in, nothing deleted"
    assert kiosk.session.client.card(card=GIULIA).status is CardStatus.ACTIVE


def test_her_pin_deletes_her_account_and_the_kiosk_forgets_her_to_the_last_byte(kiosk: KioskDriver, till: Paths) -> None:
    open_erase(kiosk)
    with open_store(till.store) as store:
        backup = store.backup()  # as the sync worker's daily one: she is in it
    assert b"Rossi" in _raw(_store_files(till)) and b"Rossi" in backup.read_bytes()
    screen = kiosk.face.erase
    visit = kiosk.face.visit
    kiosk.tap(screen.erase_button)
    kiosk.qtbot.waitUntil(lambda: screen.pin_pad.hasFocus(), timeout=WAIT)
    kiosk.press_digits("0000")
    kiosk.qtbot.waitUntil(lambda: "tries left" in screen.problem.text(), timeout=WAIT)
    assert screen.problem.text().startswith("⚠ Wrong PIN.") and screen.step is EraseStep.PIN
    assert kiosk.session.client.card(card=GIULIA).status is CardStatus.ACTIVE, "a wrong PIN deletes nothing"
    kiosk.press_digits("1234")
    kiosk.qtbot.waitUntil(lambda: screen.step is EraseStep.GOODBYE, timeout=WAIT)
    assert kiosk.screen == Screen.ERASE and "Goodbye" in visible_words_on(screen)
    assert kiosk.face.visit is None and visit is not None and not visit.active, "the visit is over"
    assert traces_left(kiosk) == [], "every screen is wiped under the goodbye"
    assert not screen.back_button.isVisible()
    kiosk.tap(screen.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
    assert traces_left(kiosk) == []

    card = kiosk.session.client.card(card=GIULIA)
    assert card.erased and card.status is CardStatus.BLOCKED and not card.name
    files = [*_store_files(till), *(b.path for b in health.backups(till.store))]
    raw = _raw(files)
    for personal in PERSONAL:
        assert personal.encode() not in raw, f"{personal!r} is still in the kiosk's files"
    # Her card is known blocked here: scanned again, it signs nobody in.
    kiosk.scan(GIULIA)
    kiosk.qtbot.waitUntil(lambda: "blocked" in visible_words_on(kiosk.face.find), timeout=WAIT)
    assert kiosk.screen == Screen.FIND


def test_the_goodbye_finishes_by_itself(kiosk: KioskDriver) -> None:
    open_erase(kiosk)
    screen = kiosk.face.erase
    kiosk.tap(screen.erase_button)
    kiosk.qtbot.waitUntil(lambda: screen.pin_pad.hasFocus(), timeout=WAIT)
    kiosk.press_digits("1234")
    kiosk.qtbot.waitUntil(lambda: screen.step is EraseStep.GOODBYE, timeout=WAIT)
    assert screen._timer.isActive()
    screen._timer.timeout.emit()  # the goodbye's own clock, run out
    kiosk.wait_screen(Screen.ATTRACT)
    assert screen.step is EraseStep.EXPLAIN and traces_left(kiosk) == []


@pytest.mark.parametrize(("language", "large"), [("en", False), ("it", False), ("ru", True), ("pt", True)])
def test_each_step_fits_both_kiosk_shapes(kiosk: KioskDriver, language: str, large: bool) -> None:
    """Nothing cut off, in the longest languages with large text too; pictures of each step for a person to look at."""
    open_erase(kiosk)
    kiosk.face.set_language(language)
    if large:
        kiosk.tap(kiosk.window.large_text)
    screen = kiosk.face.erase
    look = "large" if large else "plain"

    def each_size(step: str) -> None:
        for size in SIZES:
            _at(kiosk, size)
            assert cut_off(screen) == [], f"{step}, {language} {look} at {size}"
            for widget in (screen.erase_button, screen.pin_pad, screen.done_button, screen.back_button):
                if widget.isVisible():
                    corner = widget.mapTo(kiosk.window, widget.rect().bottomRight())
                    assert corner.x() <= kiosk.window.width() and corner.y() <= kiosk.window.height(), widget
            shoot(kiosk.window, f"erase-{step}-{language}-{look}-{size}")

    each_size("explain")
    kiosk.tap(screen.erase_button)
    kiosk.qtbot.waitUntil(lambda: screen.pin_pad.hasFocus(), timeout=WAIT)
    kiosk.press_digits("0000")
    kiosk.qtbot.waitUntil(lambda: screen.problem.isVisible(), timeout=WAIT)
    if language != "en":  # the pad, made before the customer chose their language, speaks it too
        assert screen.pin_pad.clear_key.text() != "Clear" and "bank card" not in screen.pin_pad.warning.text()
    each_size("pin")
    screen.say_goodbye()  # its words only (nothing of her): the real erasure is the test above
    each_size("goodbye")
    kiosk.tap(screen.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
