"""Play at the kiosk: Giulia plays the demo's contest, wins and loses as the sandbox's odds say, runs out of plays.

On the real sandbox and the whole kiosk face: the contest with its terms and plays left, the result in words, a
won voucher in her wallet, a lost answer asked again with the same operationid (the same draw, not a second),
and nothing of her left once she is gone.
"""

from __future__ import annotations

from kiosk.api import SandboxControl
from kiosk.api.marta import Path as ApiPath
from kiosk.ui.kiosk.face import Screen
from tests.gui.driver import GIULIA, WAIT
from tests.gui.kiosk_screens import SIZES, cut_off, shoot
from tests.gui.kiosking import KioskDriver, sign_in_giulia, traces_left, visible_words_on


def _contest(kiosk: KioskDriver) -> int:
    session = kiosk.session.client.customer_login_with_pin(card=GIULIA, pincode="1234")
    return session.instantwin()[0].contestid


def open_play(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.more_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(kiosk.face.more.tiles[Screen.PLAY])
    kiosk.wait_screen(Screen.PLAY)
    kiosk.qtbot.waitUntil(lambda: "Scratch and win" in visible_words_on(kiosk.face.play.scroll.widget()), timeout=WAIT)


def play_button(kiosk: KioskDriver):  # noqa: ANN201 - the first contest's button
    screen = kiosk.face.play
    return next(b for b in screen.scroll.widget().findChildren(type(screen.again)) if b.objectName() == "playButton")


def _at(kiosk: KioskDriver, size: str) -> None:
    for _ in range(2):
        kiosk.window.resize(*SIZES[size])
        kiosk.qtbot.wait(100)


def test_a_win_says_the_voucher_and_it_is_in_her_wallet(kiosk: KioskDriver, control: SandboxControl) -> None:
    control.set_contest(_contest(kiosk), odds=1.0, stock=5)
    open_play(kiosk)
    screen = kiosk.face.play
    said = visible_words_on(screen)
    assert "Three plays per customer" in said and "You have 3 play" in said
    for size in SIZES:
        _at(kiosk, size)
        assert cut_off(screen) == [], size
        shoot(kiosk.window, f"en-play-{size}")
    _at(kiosk, "1366x768")
    kiosk.tap(play_button(kiosk))
    kiosk.qtbot.waitUntil(lambda: screen.outcome.isVisible(), timeout=WAIT)
    assert "You won" in screen.result.text() and "It is in My vouchers" in screen.prize.text()
    assert "€2.00" in screen.prize.text()
    shoot(kiosk.window, "en-play-won")
    kiosk.tap(screen.to_vouchers)
    kiosk.wait_screen(Screen.VOUCHERS)
    kiosk.qtbot.waitUntil(lambda: "Worth €2.00" in visible_words_on(kiosk.face.vouchers.scroll.widget()), timeout=WAIT)


def test_a_loss_says_not_this_time_and_no_plays_left_turns_the_button_off(
    kiosk: KioskDriver, control: SandboxControl
) -> None:
    control.set_contest(_contest(kiosk), odds=0.0, stock=5)
    open_play(kiosk)
    screen = kiosk.face.play
    for left in (2, 1, 0):
        kiosk.tap(play_button(kiosk))
        kiosk.qtbot.waitUntil(lambda: screen.outcome.isVisible(), timeout=WAIT)
        assert screen.result.text() == "Not this time."
        assert f"You have {left} play" in screen.prize.text()
        if left == 2:
            kiosk.shot("play-lost")
        kiosk.tap(screen.again)
        kiosk.qtbot.waitUntil(lambda: f"You have {left} play" in visible_words_on(screen.scroll.widget()),
                              timeout=WAIT)
    kiosk.qtbot.waitUntil(lambda: play_button(kiosk).text() == "No plays left", timeout=WAIT)
    assert not play_button(kiosk).isEnabled()
    shoot(kiosk.window, "en-play-none-left")


def test_a_lost_answer_is_asked_again_with_the_same_play_never_a_second_draw(
    kiosk: KioskDriver, control: SandboxControl
) -> None:
    contestid = _contest(kiosk)
    control.set_contest(contestid, odds=0.0, stock=5)
    open_play(kiosk)
    screen = kiosk.face.play
    # The play is drawn but its answer cut off, and the second asking too: the screen says so.
    control.set_faults(dropcount=2, path=ApiPath.INSTANTWIN)
    kiosk.tap(play_button(kiosk))
    kiosk.qtbot.waitUntil(lambda: "answer was lost" in screen.problem.text(), timeout=WAIT)
    shoot(kiosk.window, "en-play-answer-lost")
    kiosk.tap(play_button(kiosk))  # the same operationid again: the server replays its draw
    kiosk.qtbot.waitUntil(lambda: screen.outcome.isVisible(), timeout=WAIT)
    assert "You have 2 play" in screen.prize.text(), "one play spent, not two"
    session = kiosk.session.client.customer_login_with_pin(card=GIULIA, pincode="1234")
    assert session.instantwin()[0].playsleft == 2


def test_done_leaves_nothing_of_her_play_behind(kiosk: KioskDriver, control: SandboxControl) -> None:
    control.set_contest(_contest(kiosk), odds=1.0, stock=5)
    open_play(kiosk)
    screen = kiosk.face.play
    kiosk.tap(play_button(kiosk))
    kiosk.qtbot.waitUntil(lambda: screen.outcome.isVisible(), timeout=WAIT)
    kiosk.tap(screen.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
    assert traces_left(kiosk, ("You won", "It is in My vouchers", "play(s) left", "plays left")) == []
