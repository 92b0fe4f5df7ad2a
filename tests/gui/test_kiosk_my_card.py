"""The customer's own card at the kiosk, signed in over HTTP on the sandbox, and what an offline kiosk keeps of it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.api import SandboxControl
from kiosk.services.kiosk import MOVEMENTS_SHOWN, KeptCard, Visit
from kiosk.ui.kiosk.my_card import KeptCardScreen, MyCardScreen
from kiosk.ui.kiosk.window import KioskWindow
from tests.gui.kiosk_screens import (
    GIULIA, GIULIA_EMAIL, SIZES, WAIT, buy, in_window, readable, scanned, shot,
)

SECRETS = ("Giulia", "Rossi", GIULIA, GIULIA_EMAIL, "1,250", "1,262", "12.62", "15.00", "20.00")


@pytest.fixture(autouse=True)
def big_font(kiosk_font: None) -> None:
    """The kiosk's 18 pt words (tests/gui/conftest.py)."""


@pytest.fixture
def parts(kiosk_parts: Any) -> Any:
    return kiosk_parts


def signed_in(qtbot: Any, parts: Any, card: str = GIULIA, pin: str = "1234") -> Visit:
    """Sign in as the kiosk does (card + PIN, through the kiosk's service), waiting for the visit."""
    answers: list[Any] = []
    parts.service.sign_in(parent=None, card=card, pincode=pin).success(answers.append).failure(answers.append).run()
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT)
    (visit,) = answers
    assert isinstance(visit, Visit), visit
    return visit


@pytest.fixture
def visit(qtbot: Any, parts: Any) -> Iterator[Visit]:
    """Giulia signed in after a purchase of €12.00 at the till (12 points) and a top-up of €5.00."""
    import uuid

    client = parts.ctx.client
    buy(client, GIULIA, 1200, "R-1")
    client.load_credit(GIULIA, credit=500, operationid=str(uuid.uuid4()))
    made = signed_in(qtbot, parts)
    yield made
    made.end()


def my_card(qtbot: Any, size: tuple[int, int]) -> tuple[KioskWindow, MyCardScreen]:
    screen = MyCardScreen()
    return in_window(qtbot, {"my": screen}, size), screen


def test_my_card_shows_name_points_their_worth_credit_and_the_last_movements(
    qtbot: Any, parts: Any, visit: Visit
) -> None:
    window, screen = my_card(qtbot, SIZES["1366x768"])
    screen.show_visit(visit, parts.campaign)
    assert screen.title.text() == "Hello, Giulia"
    assert screen.points.text() == "1,262 points"
    assert screen.worth.text() == "Worth €12.62 when you redeem them"  # 1 cent a point in the demo campaign
    assert screen.credit.text() == "Credit: €20.00"
    rows = {label.objectName(): label.text() for label in screen.movements.findChildren(QLabel)}
    assert (rows["movement1_1"], rows["movement1_2"], rows["movement1_3"]) == ("Credit top-up", "0", "+€5.00")
    assert (rows["movement2_1"], rows["movement2_2"], rows["movement2_3"]) == ("Purchase", "+12", "")
    assert rows["movement1_0"] == time.strftime("%H:%M") or ":" in rows["movement1_0"]
    assert not screen.no_movements.isVisible()
    assert screen.change_pin_button.isVisible() and screen.change_pin_button.text() == "Change my PIN"
    with qtbot.waitSignal(screen.change_pin):
        screen.change_pin_button.click()


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_card_s_codes_scan_off_the_screen_and_nothing_is_cut_off(
    qtbot: Any, parts: Any, visit: Visit, size: tuple[int, int]
) -> None:
    window, screen = my_card(qtbot, size)
    screen.show_visit(visit, parts.campaign)
    qtbot.wait(50)
    assert (window.width(), window.height()) == size, "the screen's least size is more than the kiosk's screen"
    assert scanned(window) == {(GIULIA, "EAN13"), (GIULIA, "QRCode")}
    assert screen.codes.number.text() == f"Card {GIULIA}"
    for widget in [screen.points, screen.worth, screen.credit, screen.codes, screen.codes.barcode, screen.codes.qr,
                   *screen.movements.findChildren(QLabel), *screen.findChildren(QPushButton)]:
        if not widget.isVisibleTo(screen):
            continue
        top_left, bottom_right = widget.mapTo(window, widget.rect().topLeft()), widget.mapTo(
            window, widget.rect().bottomRight())
        assert top_left.x() >= 0 and top_left.y() >= 0, widget.objectName()
        assert bottom_right.x() <= window.width() and bottom_right.y() <= window.height(), widget.objectName()
        if isinstance(widget, QLabel) and widget.text():
            assert widget.height() >= widget.heightForWidth(widget.width()) - 1 or not widget.wordWrap(), (
                widget.objectName(), widget.text())
    for button in screen.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= window.look.target, button.objectName()
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), button.objectName()
    shot(window, f"my-card-{'x'.join(map(str, size))}")


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_a_full_list_of_movements_still_fits(qtbot: Any, parts: Any, size: tuple[int, int]) -> None:
    import uuid

    client = parts.ctx.client
    for n in range(MOVEMENTS_SHOWN + 2):
        buy(client, GIULIA, 1000 + n, f"R-{n}")
    client.load_credit(GIULIA, credit=1250, operationid=str(uuid.uuid4()))
    visit = signed_in(qtbot, parts)
    window, screen = my_card(qtbot, size)
    screen.show_visit(visit, parts.campaign)
    qtbot.wait(50)
    assert (window.width(), window.height()) == size, "the screen's least size is more than the kiosk's screen"
    rows = [label for label in screen.movements.findChildren(QLabel) if label.objectName().endswith("_1")]
    assert len(rows) == MOVEMENTS_SHOWN
    qtbot.wait(50)  # the rows that fit are worked out after the layout has settled
    under_title = screen.title.mapTo(window, screen.title.rect().bottomLeft()).y()
    for widget in (screen.summary, screen.codes, screen.movements, screen.change_pin_button):
        assert widget.mapTo(window, widget.rect().topLeft()).y() > under_title, widget.objectName()
    for label in rows:
        assert label.isVisible() and label.mapTo(window, label.rect().bottomLeft()).y() <= window.height()
    assert scanned(window) == {(GIULIA, "EAN13"), (GIULIA, "QRCode")}
    shot(window, f"my-card-full-{'x'.join(map(str, size))}")
    visit.end()


def test_large_text_still_fits_and_scans(qtbot: Any, parts: Any, visit: Visit) -> None:
    window, screen = my_card(qtbot, SIZES["1366x768"])
    screen.show_visit(visit, parts.campaign)
    window.large_text.click()
    qtbot.wait(50)
    assert screen.points.font().pointSizeF() > 18 * 1.6
    assert scanned(window) == {(GIULIA, "EAN13"), (GIULIA, "QRCode")}
    shot(window, "my-card-large-1366x768")


def test_a_card_with_no_movements_says_so(qtbot: Any, parts: Any) -> None:
    visit = signed_in(qtbot, parts)
    window, screen = my_card(qtbot, SIZES["1366x768"])
    screen.show_visit(visit, parts.campaign)
    assert screen.no_movements.isVisible() and screen.no_movements.text() == "No movements yet."
    assert screen.points.text() == "1,250 points" and screen.credit.text() == "Credit: €15.00"
    visit.end()


def test_after_wipe_nothing_of_the_customer_is_left_on_my_card(qtbot: Any, parts: Any, visit: Visit) -> None:
    window, screen = my_card(qtbot, SIZES["1366x768"])
    screen.show_visit(visit, parts.campaign)
    assert [text for text in readable(window) if "Giulia" in text]
    window.wipe()
    visit.end()
    left = [text for text in readable(window) for secret in SECRETS if secret in text]
    assert not left, left
    assert scanned(window) == set(), "no code of the card is left to scan"
    assert screen.codes.barcode is None and screen.codes.qr is None
    # And the screen shows the next customer as well as the first.
    other = signed_in(qtbot, parts, card="2000000000053", pin="4321")
    screen.show_visit(other, parts.campaign)
    assert screen.title.text() == "Hello, Luca" and scanned(window) == {("2000000000053", "EAN13"),
                                                                       ("2000000000053", "QRCode")}
    other.end()


# -- offline: what the kiosk keeps --------------------------------------------------------------


def kept_screen(qtbot: Any, size: tuple[int, int]) -> tuple[KioskWindow, KeptCardScreen]:
    screen = KeptCardScreen()
    return in_window(qtbot, {"kept": screen}, size), screen


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_offline_a_scanned_card_shows_its_codes_and_its_last_balance_with_its_age(
    qtbot: Any, parts: Any, control: SandboxControl, size: tuple[int, int]
) -> None:
    signed_in(qtbot, parts).end()  # the kiosk keeps what it saw
    control.set_faults(status=503, count=1000)
    answers: list[Any] = []
    parts.service.find(parent=None, text=GIULIA, scanned=True).success(answers.append).failure(answers.append).run()
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT)
    (kept,) = answers
    assert isinstance(kept, KeptCard) and kept.as_of is not None

    window, screen = kept_screen(qtbot, size)
    screen.show_kept(kept, parts.campaign, now=kept.as_of + 12 * 60 + 5)
    qtbot.wait(50)
    assert (window.width(), window.height()) == size
    assert screen.balance.text() == "1,250 points · credit €15.00"
    assert screen.age.text() == "Balance as of 12 minute(s) ago; it may have changed since." or (
        screen.age.text() == "Balance as of 12 minutes ago; it may have changed since.")
    assert "cannot be reached" in screen.offline.text() and "Signing in with your PIN" in screen.offline.text()
    assert scanned(window) == {(GIULIA, "EAN13"), (GIULIA, "QRCode")}
    shot(window, f"kept-card-{'x'.join(map(str, size))}")

    screen.show_kept(kept, parts.campaign, now=kept.as_of + 5 * 3600)
    assert screen.age.text().startswith("Balance as of ") and ":" in screen.age.text()  # a time, not a count
    screen.show_kept(kept, parts.campaign, now=kept.as_of + 10)
    assert screen.age.text() == "Balance as of a moment ago."

    window.wipe()
    left = [text for text in readable(window) for secret in SECRETS if secret in text]
    assert not left, left
    assert scanned(window) == set()


def test_offline_a_typed_card_shows_its_codes_and_no_balance(qtbot: Any, parts: Any) -> None:
    kept = KeptCard(card=GIULIA, fidelycode=GIULIA, points=None, credit=None, as_of=time.time() - 600)
    window, screen = kept_screen(qtbot, SIZES["1366x768"])
    screen.show_kept(kept, parts.campaign, now=time.time())
    assert not screen.balance.isVisible() and not screen.age.isVisible()
    assert not [text for text in readable(window) if "1,250" in text or "points" in text]
    assert scanned(window) == {(GIULIA, "EAN13"), (GIULIA, "QRCode")}
    shot(window, "kept-card-typed-1366x768")
