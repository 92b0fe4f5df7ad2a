"""News, messages and badges at the kiosk, as Giulia meets them: newest first, the unread marked, one read whole.

Each screen alone in a kiosk window (`in_window`), on the real sandbox with Giulia signed in over HTTP:
what she reads, what she opens, what the server then keeps as read, and what is left once she goes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.services.kiosk import MyCard, Visit
from kiosk.ui import i18n
from kiosk.ui.kiosk.badges import BadgesScreen
from kiosk.ui.kiosk.news import UNREAD_SIGN, NewsScreen
from tests.gui.kiosk_screens import GIULIA, SIZES, WAIT, cut_off, in_window, readable, shoot
from tests.gui.kiosking import visible_words_on

SOURDOUGH = "Our new sourdough"  # two days old: the newest
HOLIDAYS = "Opening hours for the holidays"
COFFEE_MESSAGE = "A coffee on us"


@pytest.fixture
def giulia(kiosk_parts: Any) -> Iterator[Visit]:
    """Giulia signed in over HTTP with her PIN, as the kiosk's PIN screen signs her in."""
    session = kiosk_parts.ctx.client.customer_login_with_pin(card=GIULIA, pincode="1234")
    card = MyCard(card=GIULIA, fidelycode=GIULIA, name="Giulia", points=1250, credit=1500, movements=())
    visit = Visit(session, card)
    yield visit
    visit.end()


def _words(screen: Any) -> str:
    return visible_words_on(screen)


def _unread(screen: Any) -> int:
    """The pieces marked unread on screen: the sign and the word, read off the labels shown."""
    return sum(1 for label in screen.findChildren(QLabel, "unreadMark")
               if label.isVisibleTo(screen) and label.text() == f"{UNREAD_SIGN} New")


def _loaded(qtbot: Any, screen: Any, text: str) -> None:
    qtbot.waitUntil(lambda: text in _words(screen), timeout=WAIT)


def _at(qtbot: Any, window: Any, size: str) -> None:
    for _ in range(2):
        window.resize(*SIZES[size])
        qtbot.wait(50)


def test_the_news_come_newest_first_with_the_unread_marked_in_words(qtbot: Any, kiosk_parts: Any, giulia: Visit) -> None:
    screen = NewsScreen(kiosk_parts.service)
    window = in_window(qtbot, {"news": screen})
    screen.show_visit(giulia)
    _loaded(qtbot, screen, SOURDOUGH)
    words = _words(screen)
    assert words.index(SOURDOUGH) < words.index(HOLIDAYS) < words.index("Points on your card, always")
    assert "Coming soon: the spring catalogue" not in words, "not news published later"
    assert _unread(screen) == 3, "every piece unread, marked by a sign and a word"
    assert "Published on" in words
    for size in SIZES:
        _at(qtbot, window, size)
        shoot(window, f"news-list-{size}")


def test_reading_one_shows_it_whole_and_the_server_keeps_it_read(qtbot: Any, kiosk_parts: Any, giulia: Visit) -> None:
    screen = NewsScreen(kiosk_parts.service)
    window = in_window(qtbot, {"news": screen})
    backs: list[bool] = []
    screen.back.connect(lambda: backs.append(True))
    screen.show_visit(giulia)
    _loaded(qtbot, screen, SOURDOUGH)
    first = screen._items[0]
    qtbot.mouseClick(next(b for b in first.findChildren(type(screen.back_button)) if b.objectName() == "readItem"),
                     Qt.MouseButton.LeftButton)
    assert screen.reading
    assert "our bakers make a sourdough loaf every morning" in _words(screen), "the whole piece"
    assert HOLIDAYS not in _words(screen), "the list is out of the way"
    qtbot.waitUntil(lambda: next(n for n in giulia.session.news() if n.title == SOURDOUGH).read, timeout=WAIT)
    for size in SIZES:
        _at(qtbot, window, size)
        shoot(window, f"news-open-{size}")
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert not screen.reading and not backs, "Back from a piece is the list, not out of News"
    qtbot.waitUntil(lambda: _unread(screen) == 2, timeout=WAIT)
    assert SOURDOUGH in _words(screen)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert backs == [True]


def test_messages_are_giulia_s_own_and_one_read_stays_read(qtbot: Any, kiosk_parts: Any, giulia: Visit) -> None:
    screen = NewsScreen(kiosk_parts.service, messages=True)
    window = in_window(qtbot, {"messages": screen})
    screen.show_visit(giulia)
    _loaded(qtbot, screen, COFFEE_MESSAGE)
    assert screen.title.text() == "Messages"
    assert _unread(screen) == 1
    assert SOURDOUGH not in _words(screen), "not the shop's news"
    for size in SIZES:
        _at(qtbot, window, size)
        shoot(window, f"messages-{size}")
    read = next(b for b in screen.findChildren(type(screen.back_button)) if b.objectName() == "readItem")
    assert read.accessibleName() == f"Read: {COFFEE_MESSAGE}"
    qtbot.mouseClick(read, Qt.MouseButton.LeftButton)
    assert "a voucher for a free coffee is waiting in your wallet" in _words(screen)
    qtbot.waitUntil(lambda: all(n.read for n in giulia.session.notifications()), timeout=WAIT)
    # Opened again on the next visit: no longer marked.
    screen.show_visit(giulia)
    _loaded(qtbot, screen, COFFEE_MESSAGE)
    assert _unread(screen) == 0


def test_badges_earned_then_still_to_earn_each_said_in_words(qtbot: Any, kiosk_parts: Any, giulia: Visit) -> None:
    screen = BadgesScreen(kiosk_parts.service)
    window = in_window(qtbot, {"badges": screen})
    badges = giulia.session.badges()
    earned = [b for b in badges if b.earned]
    to_earn = [b for b in badges if not b.earned]
    assert earned and to_earn, "the demo has both for Giulia"
    screen.show_visit(giulia)
    _loaded(qtbot, screen, to_earn[-1].title)
    words = _words(screen)
    assert words.index("Your badges") < words.index(earned[0].title) < words.index("Still to earn")
    assert words.index("Still to earn") < words.index(to_earn[0].title)
    states = [label.text() for label in screen.findChildren(QLabel, "badgeState") if label.isVisibleTo(screen)]
    assert sum(state.startswith("✓ Earned on") for state in states) == len(earned)
    assert states.count("Not earned yet") == len(to_earn)
    assert to_earn[0].description in words, "how to earn it"
    for size in SIZES:
        _at(qtbot, window, size)
        shoot(window, f"badges-{size}")


def test_nothing_of_giulia_outlives_the_wipe(qtbot: Any, kiosk_parts: Any, giulia: Visit) -> None:
    news, messages, badges = NewsScreen(kiosk_parts.service), NewsScreen(kiosk_parts.service, messages=True), \
        BadgesScreen(kiosk_parts.service)
    window = in_window(qtbot, {"news": news, "messages": messages, "badges": badges})
    news.show_visit(giulia)
    messages.show_visit(giulia)
    badges.show_visit(giulia)
    _loaded(qtbot, news, SOURDOUGH)
    _loaded(qtbot, messages, COFFEE_MESSAGE)
    qtbot.waitUntil(lambda: "Earned on" in " ".join(readable(badges)), timeout=WAIT)
    qtbot.mouseClick(next(b for b in messages.findChildren(type(messages.back_button)) if b.objectName() == "readItem"),
                     Qt.MouseButton.LeftButton)
    earned = next(b for b in giulia.session.badges() if b.earned).title
    for screen in (news, messages, badges):
        screen.wipe()
    QApplication.processEvents()
    for screen in (news, messages, badges):
        said = " ".join(readable(screen))
        for trace in (SOURDOUGH, COFFEE_MESSAGE, "Giulia", earned, "Earned on"):
            assert trace not in said, f"{trace!r} left on {screen.objectName()}"
    assert not messages.reading
    window.close()


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def test_in_russian_with_large_text_nothing_is_cut_off(qtbot: Any, kiosk_parts: Any, giulia: Visit, russian: None,
                                                       kiosk_font: None) -> None:
    news, badges = NewsScreen(kiosk_parts.service), BadgesScreen(kiosk_parts.service)
    window = in_window(qtbot, {"news": news, "badges": badges})
    qtbot.mouseClick(window.large_text, Qt.MouseButton.LeftButton)
    news.show_visit(giulia)
    badges.show_visit(giulia)
    qtbot.waitUntil(lambda: len(news._items) > 1 and len(badges._items) > 1, timeout=WAIT)
    for size in SIZES:
        for name, screen in (("news", news), ("badges", badges)):
            window.show_screen(name)
            _at(qtbot, window, size)
            QApplication.processEvents()
            assert cut_off(window) == [], f"{name} at {size}"
            shoot(window, f"ru-large-{name}-{size}")
    window.show_screen("news")
    qtbot.mouseClick(next(b for b in news.findChildren(type(news.back_button)) if b.objectName() == "readItem"),
                     Qt.MouseButton.LeftButton)
    for size in SIZES:
        _at(qtbot, window, size)
        QApplication.processEvents()
        assert cut_off(window) == [], f"one piece open at {size}"
        shoot(window, f"ru-large-news-open-{size}")


def test_the_messages_tile_counts_the_unread_until_read_and_forgets_it_when_she_goes(kiosk: Any) -> None:
    from kiosk.ui.kiosk.face import Screen
    from tests.gui.kiosking import sign_in_giulia

    tile = kiosk.face.more.tiles[Screen.MESSAGES]

    def more_for_giulia() -> None:
        sign_in_giulia(kiosk)
        kiosk.tap(kiosk.face.my_card.more_button)
        kiosk.wait_screen(Screen.MORE)
        kiosk.qtbot.waitUntil(lambda: tile.text() == "Messages (1 new)", timeout=WAIT)
        assert tile.accessibleName() == "Messages (1 new)"

    more_for_giulia()
    kiosk.tap(kiosk.face.more.done_button)  # she goes: the next customer sees no count of hers
    kiosk.wait_screen(Screen.ATTRACT)
    assert tile.text() == "Messages" and tile.accessibleName() == "Messages"

    more_for_giulia()
    kiosk.tap(tile)
    kiosk.wait_screen(Screen.MESSAGES)
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.face.messages._items), timeout=WAIT)
    kiosk.tap(next(b for b in kiosk.face.messages.findChildren(QPushButton) if b.objectName() == "readItem"))
    kiosk.qtbot.waitUntil(lambda: all(m.read for m in kiosk.face.visit.session.notifications()), timeout=WAIT)
    kiosk.tap(kiosk.face.messages.back_button)  # the message, then the list
    kiosk.tap(kiosk.face.messages.back_button)
    kiosk.wait_screen(Screen.MORE)
    kiosk.qtbot.waitUntil(lambda: tile.text() == "Messages", timeout=WAIT)
