"""Prizes at the kiosk: Giulia (1,250 points) looks at the catalogue, requests a prize with her PIN, cancels it.

On the real sandbox and the whole kiosk face (the `kiosk` fixture): what she reads on each screen, the PIN's
refusals in words, a lost answer settled once, and nothing of her left once she is gone.
"""

from __future__ import annotations

import os
import uuid

import pytest
from kiosk.api import SandboxControl
from kiosk.api.marta import Path as ApiPath
from kiosk.paths import Paths
from kiosk.store import OperationState, open_store
from kiosk.ui.kiosk.face import Screen
from tests.gui.driver import GIULIA, WAIT
from tests.gui.kiosk_screens import LUCA, SIZES, buy, cut_off, shoot
from tests.gui.kiosking import KioskDriver, sign_in_giulia, traces_left, visible_words_on


def _at(kiosk: KioskDriver, size: str) -> None:
    for _ in range(2):
        kiosk.window.resize(*SIZES[size])
        kiosk.qtbot.wait(100)


def open_prizes(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.more_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(kiosk.face.more.tiles[Screen.PRIZES])
    kiosk.wait_screen(Screen.PRIZES)
    kiosk.qtbot.waitUntil(lambda: "Free time" in visible_words_on(kiosk.face.prizes), timeout=WAIT)


def open_category(kiosk: KioskDriver, title: str, first: str) -> None:
    screen = kiosk.face.prizes
    button = next(row for row in screen._items if getattr(row, "text", lambda: "")() == title)
    kiosk.tap(button)
    kiosk.qtbot.waitUntil(lambda: first in visible_words_on(screen.scroll.widget()), timeout=WAIT)


def row_of(kiosk: KioskDriver, title: str):  # noqa: ANN201 - a row widget of the catalogue
    return next(row for row in kiosk.face.prizes._items if title in visible_words_on(row))


def choose(kiosk: KioskDriver, title: str) -> None:
    row = row_of(kiosk, title)
    button = next(b for b in row.findChildren(type(kiosk.face.prizes.requests_button)) if b.objectName() == "choosePrize")
    kiosk.tap(button)
    kiosk.wait_screen(Screen.PRIZE_REQUEST)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.prize_request.pin_pad.hasFocus(), timeout=WAIT)


def test_the_catalogue_says_what_her_points_reach_and_what_has_run_out(kiosk: KioskDriver) -> None:
    open_prizes(kiosk)
    screen = kiosk.face.prizes
    assert "You have 1,250 points" in visible_words_on(screen)
    assert "Home and kitchen" in visible_words_on(screen)
    kiosk.shot("prizes-categories")
    open_category(kiosk, "Home and kitchen", "Coffee mug")
    mug, scale = row_of(kiosk, "Coffee mug"), row_of(kiosk, "Kitchen scale")
    assert "300 points" in visible_words_on(mug) and "Your points are enough" in visible_words_on(mug)
    assert "5,000 points" in visible_words_on(scale) and "You need 3,750 more point" in visible_words_on(scale)
    assert not [b for b in scale.findChildren(type(screen.requests_button)) if b.objectName() == "choosePrize"][0] \
        .isEnabled()
    kiosk.shot("prizes-catalogue")
    kiosk.tap(screen.back_button)  # back to the categories, not out of Prizes
    kiosk.qtbot.waitUntil(lambda: "Free time" in visible_words_on(screen.scroll.widget()), timeout=WAIT)
    assert kiosk.screen == Screen.PRIZES
    open_category(kiosk, "Free time", "Umbrella")
    umbrella = row_of(kiosk, "Umbrella")
    assert "Out of stock" in visible_words_on(umbrella)
    assert not [b for b in umbrella.findChildren(type(screen.requests_button)) if b.objectName() == "choosePrize"][0] \
        .isEnabled()


def test_a_prize_shows_its_cost_and_the_balance_after_and_the_pin_requests_it_once(
    kiosk: KioskDriver, till: Paths
) -> None:
    open_prizes(kiosk)
    open_category(kiosk, "Home and kitchen", "Coffee mug")
    choose(kiosk, "Shopping bag")
    confirm = kiosk.face.prize_request
    said = visible_words_on(confirm)
    assert "Shopping bag for 500 points" in said and "Points left after it: 750" in said
    assert "In-store pick-up" in said
    for size in SIZES:
        _at(kiosk, size)
        assert cut_off(confirm) == [], size
        kiosk.shot(f"prize-pin-{size}")
    _at(kiosk, "1366x768")
    kiosk.press_digits("0000")
    kiosk.qtbot.waitUntil(lambda: "tries left" in confirm.problem.text(), timeout=WAIT)
    assert confirm.problem.text().startswith("⚠ Wrong PIN.")
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.PRIZE_REQUESTS)
    mine = kiosk.face.prize_requests
    kiosk.qtbot.waitUntil(lambda: "Shopping bag" in visible_words_on(mine.scroll.widget()), timeout=WAIT)
    assert "Your prize is requested" in mine.news.text()
    assert "Requested: the shop is getting it ready" in visible_words_on(mine.scroll.widget())
    kiosk.shot("prize-requests")
    assert kiosk.session.client.card(card=GIULIA).points == 750
    with open_store(till.store) as store:
        assert store.unsettled() == [] and store.counts().get(OperationState.DONE) == 1
    # Cancelled after asking first: the points come back.
    cancel = next(b for b in mine.scroll.widget().findChildren(type(mine.yes)) if b.objectName() == "cancelRequest")
    kiosk.tap(cancel)
    assert "The 500 points come back" in mine.question.text()
    kiosk.shot("prize-cancel-question")
    kiosk.tap(mine.yes)
    kiosk.qtbot.waitUntil(lambda: "Cancelled: the points were given back" in visible_words_on(mine.scroll.widget()),
                          timeout=WAIT)
    assert kiosk.session.client.card(card=GIULIA).points == 1250
    assert not [b for b in mine.scroll.widget().findChildren(type(mine.yes)) if b.objectName() == "cancelRequest"]
    kiosk.tap(mine.back_button)
    kiosk.wait_screen(Screen.PRIZES)
    kiosk.qtbot.waitUntil(lambda: "You have 1,250 points" in visible_words_on(kiosk.face.prizes), timeout=WAIT)


def test_the_last_item_taken_meanwhile_is_said_in_words_and_no_points_go(
    kiosk: KioskDriver, till: Paths
) -> None:
    open_prizes(kiosk)
    open_category(kiosk, "Free time", "Cinema pass")
    choose(kiosk, "Cinema pass")
    # Another kiosk's customer takes the last one while Giulia types her PIN.
    buy(kiosk.session.client, LUCA, 100_000, "R-CINEMA")
    other = kiosk.session.client.customer_login_with_pin(card=LUCA, pincode="4321")
    other.request_prize(next(p.prizeid for p in other.prizes() if p.title == "Cinema pass"),
                        operationid=uuid.uuid4().hex, pincode="4321")
    kiosk.press_digits("1234")
    confirm = kiosk.face.prize_request
    kiosk.qtbot.waitUntil(lambda: confirm.problem.isVisible(), timeout=WAIT)
    assert "No prize was requested: This prize has just run out" in confirm.problem.text()
    assert "has just run out" in confirm.problem.text()
    shoot(kiosk.window, "en-prize-out-of-stock")
    assert kiosk.session.client.card(card=GIULIA).points == 1250
    kiosk.tap(confirm.back_button)
    kiosk.wait_screen(Screen.PRIZES)
    kiosk.qtbot.waitUntil(lambda: any("Cinema pass" in visible_words_on(row) and "Out of stock" in visible_words_on(row)
                                      for row in kiosk.face.prizes._items), timeout=WAIT)


def test_a_lost_answer_is_settled_once_and_never_requests_two(
    kiosk: KioskDriver, control: SandboxControl, till: Paths
) -> None:
    open_prizes(kiosk)
    open_category(kiosk, "Home and kitchen", "Coffee mug")
    choose(kiosk, "Coffee mug")
    control.set_faults(dropcount=1, path=ApiPath.PRIZES)  # the request's answer cut off (it is under /customer/prizes)
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.PRIZE_REQUESTS)
    mine = kiosk.face.prize_requests
    kiosk.qtbot.waitUntil(lambda: "Coffee mug" in visible_words_on(mine.scroll.widget()), timeout=WAIT)
    made = [row for row in mine._items if "Coffee mug" in visible_words_on(row)]
    assert len(made) == 1, "one request, not two"
    assert kiosk.session.client.card(card=GIULIA).points == 950
    with open_store(till.store) as store:
        assert store.unsettled() == [] and store.counts().get(OperationState.DONE) == 1, "saved once, settled"
    raw = b"".join(p.read_bytes() for p in till.store.parent.glob(till.store.name + "*"))
    assert b"1234" not in raw, "the PIN never reaches the outbox"


def test_a_lost_answer_not_yet_known_says_so_and_the_sync_settles_it(
    kiosk: KioskDriver, control: SandboxControl, till: Paths
) -> None:
    open_prizes(kiosk)
    open_category(kiosk, "Free time", "Water bottle")
    choose(kiosk, "Water bottle")
    control.set_faults(dropcount=2)  # the answer cut off, and the question about it too
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.PRIZE_REQUESTS)
    mine = kiosk.face.prize_requests
    kiosk.qtbot.waitUntil(lambda: "finding out" in mine.news.text(), timeout=WAIT)
    shoot(kiosk.window, "en-prize-answer-lost")
    client = kiosk.session.client
    with open_store(till.store) as store:
        kiosk.qtbot.waitUntil(lambda: store.unsettled() == [], timeout=WAIT)  # the sync worker asked and settled it
        assert store.counts().get(OperationState.DONE) == 1
    assert client.card(card=GIULIA).points == 1000, "the points taken once"
    session = client.customer_login_with_pin(card=GIULIA, pincode="1234")
    assert [r.title for r in session.prize_requests()] == ["Water bottle"], "one request, however the answer was lost"


@pytest.mark.parametrize("where", ["catalogue", "pin", "requests"])
def test_done_leaves_nothing_of_her_prizes_behind(kiosk: KioskDriver, where: str) -> None:
    open_prizes(kiosk)
    open_category(kiosk, "Home and kitchen", "Coffee mug")
    screen = kiosk.face.prizes
    if where == "pin":
        choose(kiosk, "Coffee mug")
        kiosk.press_digits("12")
        screen = kiosk.face.prize_request
    elif where == "requests":
        kiosk.tap(screen.requests_button)
        kiosk.wait_screen(Screen.PRIZE_REQUESTS)
        screen = kiosk.face.prize_requests
        kiosk.qtbot.waitUntil(lambda: not kiosk.face.prize_requests.status.text().endswith("…"), timeout=WAIT)
    kiosk.tap(screen.done_button)
    kiosk.wait_screen(Screen.ATTRACT)
    assert traces_left(kiosk, ("Your points are enough", "more points", "after it")) == []


# -- every screen whole, in each language, at both sizes -------------------------------------------------------


#: Russian with large text is the measure; English and Italian are added for pictures when KIOSK_SHOTS asks for them.
_LOOKS = [("ru", True)] + ([("en", False), ("it", False)] if os.environ.get("KIOSK_SHOTS") else [])


@pytest.mark.parametrize(("language", "large"), _LOOKS)
def test_every_prize_and_play_screen_is_whole_at_both_sizes(
    kiosk: KioskDriver, control: SandboxControl, language: str, large: bool
) -> None:
    """Nothing cut off at 1366x768 and 1080x1920, in Russian with large text (and, for pictures, English and Italian)."""
    session = kiosk.session.client.customer_login_with_pin(card=GIULIA, pincode="1234")
    control.set_contest(session.instantwin()[0].contestid, odds=0.0, stock=5)
    face = kiosk.face
    kiosk.face.set_language(language)
    kiosk.window.set_look(large=large, contrast=False)
    cut: list[str] = []
    tag = f"{language}{'-large' if large else ''}"

    def look(name: str) -> None:
        for size in SIZES:
            _at(kiosk, size)
            kiosk.qtbot.wait(50)
            cut.extend(f"{name} {size}: {problem}" for problem in cut_off(kiosk.window))
            shoot(kiosk.window, f"{tag}-{name}-{size}")
        _at(kiosk, "1366x768")

    sign_in_giulia(kiosk)
    kiosk.tap(face.my_card.more_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(face.more.tiles[Screen.PRIZES])
    kiosk.wait_screen(Screen.PRIZES)
    kiosk.qtbot.waitUntil(lambda: len(face.prizes._items) >= 3, timeout=WAIT)
    look("prizes-categories")
    kiosk.tap(face.prizes._items[0])
    kiosk.qtbot.waitUntil(lambda: any(r.objectName() == "prize2" for r in face.prizes._items), timeout=WAIT)
    look("prizes-catalogue")
    choose_first(kiosk)
    kiosk.press_digits("0000")
    kiosk.qtbot.waitUntil(lambda: face.prize_request.problem.isVisible(), timeout=WAIT)
    look("prize-pin")
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.PRIZE_REQUESTS)
    kiosk.qtbot.waitUntil(lambda: bool(face.prize_requests._items), timeout=WAIT)
    look("prize-requests")
    kiosk.tap(next(b for b in face.prize_requests.scroll.widget().findChildren(type(face.prize_requests.yes))
                   if b.objectName() == "cancelRequest"))
    look("prize-cancel")
    kiosk.tap(face.prize_requests.no)
    kiosk.tap(face.prize_requests.back_button)
    kiosk.wait_screen(Screen.PRIZES)
    kiosk.tap(face.prizes.back_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.tap(face.more.tiles[Screen.PLAY])
    kiosk.wait_screen(Screen.PLAY)
    kiosk.qtbot.waitUntil(lambda: bool(face.play._items), timeout=WAIT)
    look("play")
    kiosk.tap(next(b for b in face.play.scroll.widget().findChildren(type(face.play.again))
                   if b.objectName() == "playButton"))
    kiosk.qtbot.waitUntil(lambda: face.play.outcome.isVisible(), timeout=WAIT)
    look("play-result")
    assert cut == [], "\n".join(cut)


def choose_first(kiosk: KioskDriver) -> None:
    kiosk.tap(next(b for b in kiosk.face.prizes.scroll.widget().findChildren(type(kiosk.face.prizes.requests_button))
                   if b.objectName() == "choosePrize" and b.isEnabled()))
    kiosk.wait_screen(Screen.PRIZE_REQUEST)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.prize_request.pin_pad.hasFocus(), timeout=WAIT)
