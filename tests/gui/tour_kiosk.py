"""Run by hand: a customer's tour of the kiosk on a real display, a picture of every screen, for a person to look at.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 python -m tests.gui.tour_kiosk --out /tmp/tour --language it

The kiosk runs as `kiosk --face kiosk` runs it, full screen on the display's primary screen, on its
embedded sandbox with the demo data (in a temporary folder), and the tour walks it as a customer
would: the attract screen, the card typed, a wrong PIN, the right one, My card, the PIN change, the
reset with a code, "Still there?", large text, high contrast, Join, offline with a scanned card, and
the staff screens. Each stop is saved as NAME.png (the window as the display shows it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

GIULIA = "2000000000015"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in [n for n in os.environ if n.startswith("KIOSK_")]:
        del os.environ[name]

    from kiosk.app import open_backend
    from kiosk.paths import Paths
    from kiosk.settings import Settings
    from kiosk.ui.kiosk.app import KioskApp
    from kiosk.ui.kiosk.face import Screen

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="kiosk-tour-") as folder:
        paths = Paths.for_basedir(Path(folder)).create()
        settings = Settings.load(paths.config, env={}, flags={"face": "kiosk", "language": args.language})
        backend = open_backend(settings, paths, wait=False)
        kiosk = KioskApp(backend, paths)
        face = kiosk.session.face
        window = kiosk.session.window

        def settle(ms: int = 300) -> None:
            end = time.monotonic() + ms / 1000
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.01)

        def until(check: Callable[[], bool], what: str, seconds: float = 20) -> None:
            end = time.monotonic() + seconds
            while not check():
                if time.monotonic() > end:
                    raise RuntimeError(f"the tour waited in vain for {what} (on {window.current_name})")
                app.processEvents()
                time.sleep(0.01)

        def shot(name: str) -> None:
            settle()
            window.grab().save(str(args.out / f"{name}.png"))
            print(args.out / f"{name}.png", flush=True)

        def tap(button: QAbstractButton) -> None:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            settle(100)

        def keys(text: str) -> None:
            for char in text:
                QTest.keyClick(QApplication.focusWidget() or window, char)

        until(lambda: backend.serving and face.campaign is not None, "the sandbox and the campaign")
        shot("01-attract")
        tap(face.attract.have_card_button)
        shot("02-find")
        keys(GIULIA)
        QTest.keyClick(face.find.field, Qt.Key.Key_Return)
        until(lambda: window.current_name == Screen.PIN, "the PIN screen")
        shot("03-pin")
        keys("0000")
        until(lambda: bool(face.pin.problem.text()), "the wrong PIN's words")
        shot("04-pin-wrong")
        keys("1234")
        until(lambda: window.current_name == Screen.MY_CARD, "My card")
        shot("05-my-card")
        tap(face.my_card.offers_button)
        until(lambda: window.current_name == Screen.OFFERS, "Offers")
        shot("05b-offers")
        tap(face.offers.back_button)
        tap(face.my_card.vouchers_button)
        until(lambda: window.current_name == Screen.VOUCHERS, "My vouchers")
        settle(1500)
        shot("05c-vouchers")
        amounts = face.vouchers._amount_buttons
        if amounts:
            tap(amounts[0])
            until(lambda: window.current_name == Screen.POINTS_VOUCHER, "points into a voucher")
            shot("05d-points-voucher")
            tap(face.points_voucher.back_button)
        tap(face.vouchers.back_button)
        until(lambda: window.current_name == Screen.MY_CARD, "My card")
        tap(face.my_card.change_pin_button)
        shot("06-change-pin")
        tap(face.change_pin.back_button)
        face.idle.expired.emit()
        shot("07-still-there")
        tap(face.still_there.yes)
        tap(window.large_text)
        shot("08-my-card-large-text")
        tap(window.high_contrast)
        shot("09-my-card-large-high-contrast")
        tap(face.my_card.done_button)
        shot("10-attract-after-done")
        tap(face.attract.join_button)
        until(lambda: window.current_name == Screen.JOIN, "Join")
        shot("11-join")
        keys("nuova.cliente@example.com")
        shot("12-join-typed")
        tap(face.join.done_button)
        face.look_up(GIULIA, scanned=True)
        until(lambda: window.current_name == Screen.PIN, "the PIN screen")
        tap(face.pin.forgot_button)
        until(lambda: window.current_name == Screen.RESET_PIN, "the reset")
        shot("13-reset-pin")
        tap(face.reset_pin.send_button)
        until(lambda: face.reset_pin.code_pad.isVisible(), "the code's pad")
        shot("14-reset-pin-code-sent")
        face.end_visit()
        # The loyalty server stops answering (the embedded sandbox's own fault switch).
        from kiosk.api import SandboxControl

        sandbox = backend.sandbox
        assert sandbox is not None and sandbox.controlkey is not None
        with SandboxControl(sandbox.url, sandbox.controlkey) as control:
            control.set_faults(status=503, count=100_000)
            face.probe()
            until(lambda: window.banner.isVisible(), "the offline banner")
            shot("15-offline-attract")
            face.look_up(GIULIA, scanned=True)
            until(lambda: window.current_name == Screen.KEPT_CARD, "the kept card")
            shot("16-offline-kept-card")
            control.clear_faults()
        face.end_visit()
        # Delete my account (issue 15): what it means and the PIN, never the deletion itself (Giulia is needed after).
        face.probe()
        until(lambda: face.online, "the server answering again")
        face.look_up(GIULIA, scanned=True)
        until(lambda: window.current_name == Screen.PIN, "the PIN screen")
        keys("1234")
        until(lambda: window.current_name == Screen.MY_CARD, "My card")
        tap(face.my_card.more_button)
        until(lambda: window.current_name == Screen.MORE, "More for you")
        tap(face.more.tiles[Screen.PRIZES])
        until(lambda: bool(face.prizes._items), "the prize categories")
        shot("16a-prizes-categories")
        tap(face.prizes._items[0])
        until(lambda: any(r.objectName() == "prize0" for r in face.prizes._items), "a category's prizes")
        shot("16b-prizes-catalogue")
        tap(next(b for b in face.prizes.findChildren(QAbstractButton) if b.objectName() == "choosePrize"))
        until(lambda: window.current_name == Screen.PRIZE_REQUEST, "a prize's PIN")
        shot("16c-prize-pin")
        tap(face.prize_request.back_button)
        until(lambda: window.current_name == Screen.PRIZES, "Prizes")
        tap(face.prizes.requests_button)
        until(lambda: window.current_name == Screen.PRIZE_REQUESTS and not face.prize_requests.status.text().endswith("…"),
              "My requests")
        shot("16d-prize-requests")
        tap(face.prize_requests.back_button)
        tap(face.prizes.back_button)
        until(lambda: window.current_name == Screen.MORE, "More for you")
        tap(face.more.tiles[Screen.PLAY])
        until(lambda: bool(face.play._items), "the games")
        shot("16e-play")
        tap(next(b for b in face.play.findChildren(QAbstractButton) if b.objectName() == "playButton"))
        until(lambda: face.play.outcome.isVisible(), "the play's result")
        shot("16f-play-result")
        tap(face.play.back_button)
        until(lambda: window.current_name == Screen.MORE, "More for you")
        for number, (name, screen) in enumerate(((Screen.NEWS, face.news), (Screen.MESSAGES, face.messages),
                                                 (Screen.BADGES, face.badges), (Screen.STORES, face.stores))):
            tap(face.more.tiles[name])
            until(lambda shown=name: window.current_name == shown, name)
            settle(1500)
            shot(f"16{'ghij'[number]}-{name}")
            if screen is face.news and face.news._items:
                read = [b for b in face.news.findChildren(QAbstractButton) if b.objectName() == "readItem"]
                tap(read[0])
                settle(500)
                shot("16g2-news-open")
                tap(face.news.back_button)
            tap(screen.back_button)
            until(lambda: window.current_name == Screen.MORE, "More for you")
        tap(face.more.tiles[Screen.DETAILS])
        until(lambda: face.details.form is not None and face.details.save_button.isEnabled(), "My details")
        shot("16k-details")
        assert face.details.form is not None
        QTest.mouseClick(face.details.form.findChild(QLineEdit, "city"), Qt.MouseButton.LeftButton)
        until(lambda: window.keyboard.isVisible(), "the keyboard on a field")
        shot("16k2-details-keyboard")
        window.keyboard.dismissed.emit()
        tap(face.details.consents_button)
        until(lambda: bool(face.consents.switches), "My consents")
        shot("16k3-consents")
        tap(face.consents.back_button)
        until(lambda: face.details.form is not None and face.details.save_button.isEnabled(), "My details")
        tap(face.details.contact_button)
        until(lambda: window.current_name == Screen.CONTACT, "Change e-mail or mobile")
        QTest.mouseClick(face.contact.address, Qt.MouseButton.LeftButton)
        keys("giulia.tour@example.com")
        tap(face.contact.send_button)
        until(lambda: face.contact.code.isVisible(), "the code's field")
        shot("16k4-contact-code")
        tap(face.contact.back_button)
        until(lambda: face.details.form is not None and face.details.save_button.isEnabled(), "My details")
        tap(face.details.password_button)
        until(lambda: window.current_name == Screen.PASSWORD, "Change password")
        shot("16k5-password")
        tap(face.password.back_button)
        until(lambda: face.details.form is not None and face.details.save_button.isEnabled(), "My details")
        tap(face.details.back_button)
        until(lambda: window.current_name == Screen.MORE, "More for you")
        tap(face.more.tiles[Screen.ERASE])
        until(lambda: window.current_name == Screen.ERASE, "Delete my account")
        shot("16m-erase-explain")
        tap(face.erase.erase_button)
        until(lambda: face.erase.pin_pad.isVisible(), "the erasure's PIN pad")
        shot("16n-erase-pin")
        tap(face.erase.back_button)
        until(lambda: window.current_name == Screen.MORE, "More for you")
        face.end_visit()
        face.open_staff()
        shot("17-staff-pin")
        face.end_visit()
        os.system(f"import -window root {args.out / '00-whole-display.png'} 2>/dev/null")  # noqa: S605 - a person's tool
        kiosk.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
