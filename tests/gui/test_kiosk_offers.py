"""Offers and vouchers at the kiosk, as Giulia meets them: her offers, her wallet with its codes, points into a voucher.

On the real sandbox and the whole kiosk face (the `kiosk` fixture): what she reads on each screen, what a till's
scanner reads off the glass, the PIN that confirms a voucher, and an answer lost on the way settled once.
"""

from __future__ import annotations

from typing import Any

import pytest
from kiosk.api import SandboxControl
from kiosk.api.marta import Path as ApiPath
from kiosk.paths import Paths
from kiosk.store import OperationState, open_store
from kiosk.ui.kiosk.face import Screen
from kiosk.ui.kiosk.offers import voucher_amounts
from tests.gui.driver import GIULIA, WAIT
from tests.gui.kiosk_screens import SIZES, scanned
from tests.gui.kiosking import KioskDriver, visible_words_on
from tests.gui.kiosking import sign_in_giulia, traces_left

COFFEE, BREAD = "CAFFE150", "BREAD200"


def open_offers(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.offers_button)
    kiosk.wait_screen(Screen.OFFERS)
    kiosk.qtbot.waitUntil(lambda: "free coffee" in visible_words_on(kiosk.face.offers), timeout=WAIT)


def open_vouchers(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.vouchers_button)
    kiosk.wait_screen(Screen.VOUCHERS)
    kiosk.qtbot.waitUntil(lambda: f"Code: {COFFEE}" in visible_words_on(kiosk.face.vouchers), timeout=WAIT)


def choose_points(kiosk: KioskDriver, points: int) -> None:
    buttons = [b for b in kiosk.face.vouchers._amount_buttons if b.objectName() == f"convert{points}"]
    assert buttons, f"no button for {points} points"
    kiosk.tap(buttons[0])
    kiosk.wait_screen(Screen.POINTS_VOUCHER)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.points_voucher.pin_pad.hasFocus(), timeout=WAIT)


def _at(kiosk: KioskDriver, size: str) -> None:
    # Twice: a screen laid out for the other shape may hold the window's first resize short of the size.
    for _ in range(2):
        kiosk.window.resize(*SIZES[size])
        kiosk.qtbot.wait(100)
    assert (kiosk.window.width(), kiosk.window.height()) == SIZES[size]


# -- the choices --------------------------------------------------------------------------------------------------


def test_the_amounts_offered_start_at_the_campaign_s_minimum_and_never_pass_the_balance() -> None:
    assert voucher_amounts(1250, 100) == (100, 200, 500, 1000)
    assert voucher_amounts(1250, 300) == (300, 500, 1000)
    assert voucher_amounts(150, 100) == (100,)
    assert voucher_amounts(90, 100) == ()
    assert all(100 <= amount <= 30_000 for amount in voucher_amounts(30_000, 100))
    assert len(voucher_amounts(30_000, 100)) == 4


# -- offers -------------------------------------------------------------------------------------------------------


def test_offers_are_giulia_s_own_with_their_terms(kiosk: KioskDriver) -> None:
    open_offers(kiosk)
    words = visible_words_on(kiosk.face.offers)
    assert "Double points on fresh bread" in words, "the offer for everyone"
    assert "A free coffee with any pastry" in words, "the offer for her tag"
    assert "One coffee per pastry, at the counter only." in words, "its full terms"
    assert "Valid until" in words
    assert "Summer sale" not in words, "not an offer that has ended"
    assert "Wine tasting" not in words, "not an offer for a tag she does not carry"
    for size in SIZES:
        _at(kiosk, size)
        kiosk.shot(f"offers-{size}")
    kiosk.tap(kiosk.face.offers.back_button)
    kiosk.wait_screen(Screen.MY_CARD)


# -- the wallet ---------------------------------------------------------------------------------------------------


def test_the_wallet_shows_each_voucher_s_state_in_words_and_a_qr_code_the_till_reads(kiosk: KioskDriver) -> None:
    open_vouchers(kiosk)
    screen = kiosk.face.vouchers
    rows = {row.objectName(): visible_words_on(row) for row in screen._items if row.objectName().startswith("voucher")}
    coffee = next(words for words in rows.values() if COFFEE in words)
    bread = next(words for words in rows.values() if BREAD in words)
    assert "A free coffee" in coffee and "Worth €1.50" in coffee and "Active: use it by" in coffee
    assert "Used on" in bread and "Worth €2.00" in bread
    assert "You have 1,250 points" in visible_words_on(screen)
    # Only the active voucher has a QR code, and a scanner reads its code off the glass.
    kiosk.qtbot.waitUntil(lambda: scanned(screen.scroll.viewport()) == {(COFFEE, "QRCode")}, timeout=WAIT)
    for size in SIZES:
        _at(kiosk, size)
        kiosk.shot(f"vouchers-{size}")
        kiosk.qtbot.waitUntil(lambda: (COFFEE, "QRCode") in scanned(screen.scroll.viewport()), timeout=WAIT)
    kiosk.tap(screen.back_button)
    kiosk.wait_screen(Screen.MY_CARD)


def test_large_text_keeps_every_amount_whole_and_the_qr_code_readable(kiosk: KioskDriver) -> None:
    open_vouchers(kiosk)
    screen = kiosk.face.vouchers
    kiosk.tap(kiosk.window.large_text)
    for size in SIZES:
        _at(kiosk, size)
        kiosk.qtbot.wait(100)
        for button in screen._amount_buttons:
            assert button.isVisible(), button.objectName()
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), f"{button.objectName()} at {size}"
            right = button.mapTo(kiosk.window, button.rect().topRight()).x()
            assert right <= kiosk.window.width(), f"{button.objectName()} off the screen at {size}"
        kiosk.qtbot.waitUntil(lambda: (COFFEE, "QRCode") in scanned(screen.scroll.viewport()), timeout=WAIT)
        kiosk.shot(f"vouchers-large-{size}")


# -- points into a voucher ----------------------------------------------------------------------------------------


def test_points_into_a_voucher_shows_its_worth_asks_the_pin_and_lists_the_new_voucher(kiosk: KioskDriver) -> None:
    open_vouchers(kiosk)
    choose_points(kiosk, 500)
    confirm = kiosk.face.points_voucher
    assert "500 points → a voucher worth €5.00" in visible_words_on(confirm), "the worth before the PIN"
    for size in SIZES:
        _at(kiosk, size)
        kiosk.shot(f"points-voucher-{size}")
    _at(kiosk, "1366x768")
    kiosk.press_digits("0000")
    kiosk.qtbot.waitUntil(lambda: "tries left" in confirm.problem.text(), timeout=WAIT)
    assert confirm.problem.text().startswith("⚠ Wrong PIN.")
    kiosk.shot("points-voucher-wrong-pin")
    assert kiosk.screen == Screen.POINTS_VOUCHER and confirm.pin_pad.isVisible()
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.VOUCHERS)
    wallet = kiosk.face.vouchers
    kiosk.qtbot.waitUntil(lambda: "Voucher from your points" in visible_words_on(wallet.scroll.widget())
                          and "Worth €5.00" in visible_words_on(wallet.scroll.widget()), timeout=WAIT)
    assert "Your new voucher is ready" in wallet.news.text()
    assert "You have 750 points" in visible_words_on(wallet)
    kiosk.shot("vouchers-after-one-made")
    active = sum(1 for row in wallet._items if "Active" in visible_words_on(row))
    assert active == 2, "the coffee voucher and the new one"
    kiosk.tap(wallet.back_button)
    kiosk.wait_screen(Screen.MY_CARD)
    kiosk.qtbot.waitUntil(lambda: "750 points" in visible_words_on(kiosk.face.my_card), timeout=WAIT)


def test_a_lost_answer_is_settled_once_and_never_makes_two_vouchers(
    kiosk: KioskDriver, control: SandboxControl, till: Paths
) -> None:
    open_vouchers(kiosk)
    choose_points(kiosk, 1000)
    # The server makes the voucher but its answer is cut off; the kiosk asks the server what became of it.
    control.set_faults(dropcount=1, path=ApiPath.CUSTOMER_VOUCHERS)
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.VOUCHERS)
    wallet = kiosk.face.vouchers
    kiosk.qtbot.waitUntil(lambda: "Worth €10.00" in visible_words_on(wallet.scroll.widget()), timeout=WAIT)
    made = [row for row in wallet._items if "Worth €10.00" in visible_words_on(row)]
    assert len(made) == 1, "one voucher, not two"
    assert "You have 250 points" in visible_words_on(wallet)
    with open_store(till.store) as store:
        assert store.unsettled() == [] and store.counts().get(OperationState.DONE) == 1, "saved once, settled"
    client = kiosk.session.client
    assert client.card(card=GIULIA).points == 250, "the points taken once"


def test_a_lost_answer_not_yet_known_says_so_and_the_sync_settles_it(
    kiosk: KioskDriver, control: SandboxControl, till: Paths
) -> None:
    open_vouchers(kiosk)
    choose_points(kiosk, 100)
    control.set_faults(dropcount=2)  # the answer cut off, and the question about it too
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.VOUCHERS)
    wallet = kiosk.face.vouchers
    kiosk.qtbot.waitUntil(lambda: "finding out" in wallet.news.text(), timeout=WAIT)
    kiosk.shot("vouchers-answer-lost")
    client = kiosk.session.client
    kiosk.qtbot.waitUntil(lambda: client.card(card=GIULIA).points == 1150, timeout=WAIT)
    with open_store(till.store) as store:
        kiosk.qtbot.waitUntil(lambda: store.unsettled() == [], timeout=WAIT)  # the sync worker asked and settled it
        assert store.counts().get(OperationState.DONE) == 1
    session = client.customer_login_with_pin(card=GIULIA, pincode="1234")
    made = [v for v in session.vouchers() if v.value == 100 and v.source.value == "points"]
    assert len(made) == 1, "one voucher, however the answer was lost"


# -- the customer goes ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["offers", "vouchers", "points"])
def test_done_leaves_no_offer_voucher_or_code_behind(kiosk: KioskDriver, where: str) -> None:
    if where == "offers":
        open_offers(kiosk)
        screen: Any = kiosk.face.offers
    else:
        open_vouchers(kiosk)
        screen = kiosk.face.vouchers
        if where == "points":
            choose_points(kiosk, 100)
            screen = kiosk.face.points_voucher
            kiosk.press_digits("12")
    kiosk.tap(screen.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
    assert traces_left(kiosk, (COFFEE, BREAD, "free coffee", "fresh bread", "€1.50")) == []
