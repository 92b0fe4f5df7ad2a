"""The shops at the kiosk, as Giulia meets them: this shop and the nearest, from the kiosk's own position.

"Shops" alone in a kiosk window on the real sandbox, Giulia signed in over HTTP: without her consent to the
use of position the screen says so and where to give it; with it, this shop first and the others by distance;
"My shop" makes a shop hers on the server, and takes it back. The position is the kiosk's: its settings, or
on the sandbox its demo shop; on a provider with none set, no list of shops near here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.api.marta import GEOLOCATION_CONSENT
from kiosk.services.kiosk import KioskService, MyCard, Visit
from kiosk.ui import i18n
from kiosk.ui.kiosk.screen import ON_MARK
from kiosk.ui.kiosk.stores import StoresScreen
from tests.gui.kiosk_screens import GIULIA, SIZES, WAIT, cut_off, in_window, readable, shoot
from tests.gui.kiosking import visible_words_on

DUOMO, NAVIGLI, MONZA = "Demo Shop Duomo", "Demo Shop Navigli", "Demo Shop Monza"


@pytest.fixture
def giulia(kiosk_parts: Any) -> Iterator[Visit]:
    session = kiosk_parts.ctx.client.customer_login_with_pin(card=GIULIA, pincode="1234")
    visit = Visit(session, MyCard(card=GIULIA, fidelycode=GIULIA, name="Giulia", points=1250, credit=1500, movements=()))
    yield visit
    visit.end()


@pytest.fixture
def on_sandbox(kiosk_parts: Any) -> KioskService:
    """The kiosk's service as the face makes it on the sandbox: its demo shop is this kiosk's when none is set."""
    return KioskService(kiosk_parts.ctx, on_sandbox=True)


def _at(qtbot: Any, window: Any, size: str) -> None:
    for _ in range(2):
        window.resize(*SIZES[size])
        qtbot.wait(50)


def _names(screen: StoresScreen) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel, "storeName") if label.isVisibleTo(screen)]


def _toggle(screen: StoresScreen, row: str) -> QPushButton:
    return next(button for button in screen.findChildren(QPushButton, "myShop") if button.parent().objectName() == row)


def test_without_her_consent_the_screen_says_what_it_needs_and_where(
    qtbot: Any, on_sandbox: KioskService, giulia: Visit
) -> None:
    screen = StoresScreen(on_sandbox)
    window = in_window(qtbot, {"stores": screen})
    screen.show_visit(giulia)
    qtbot.waitUntil(lambda: screen.note.isVisible(), timeout=WAIT)
    assert "needs your consent to the use of your position" in screen.note.text()
    assert "“My details”" in screen.note.text()
    assert _names(screen) == [], "no shop near here without her consent"
    assert "You have not chosen a shop of your own yet." in visible_words_on(screen)
    for size in SIZES:
        _at(qtbot, window, size)
        shoot(window, f"stores-no-consent-{size}")


def test_with_her_consent_this_shop_comes_first_and_the_others_by_distance(
    qtbot: Any, on_sandbox: KioskService, giulia: Visit
) -> None:
    giulia.session.update_profile(**{GEOLOCATION_CONSENT: True})
    screen = StoresScreen(on_sandbox)
    window = in_window(qtbot, {"stores": screen})
    screen.show_visit(giulia)
    qtbot.waitUntil(lambda: len(_names(screen)) == 3, timeout=WAIT)
    assert _names(screen) == [DUOMO, NAVIGLI, MONZA]
    near0 = visible_words_on(screen.findChild(type(screen.scroll.widget()), "near0"))
    assert "➤ This shop" in near0 and "Via Dante 7, Milano" in near0
    assert "km away" in visible_words_on(screen.findChild(type(screen.scroll.widget()), "near1"))
    assert not screen.note.isVisible()
    for size in SIZES:
        _at(qtbot, window, size)
        shoot(window, f"stores-{size}")

    # "My shop" on Navigli: hers on the server, and marked in words.
    navigli = _toggle(screen, "near1")
    assert not navigli.isChecked() and navigli.text() == "My shop"
    qtbot.mouseClick(navigli, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [s.name for s in giulia.session.preferred_stores()] == [NAVIGLI], timeout=WAIT)
    # The tap checks the toggle at once; its words follow the server's answer.
    qtbot.waitUntil(lambda: _toggle(screen, "near1").text() == ON_MARK + "My shop", timeout=WAIT)
    assert _toggle(screen, "near1").isChecked()
    assert _toggle(screen, "near1").accessibleName() == f"My shop: {NAVIGLI}, chosen"
    shoot(window, "stores-my-shop")
    qtbot.mouseClick(_toggle(screen, "near1"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: giulia.session.preferred_stores() == (), timeout=WAIT)
    qtbot.waitUntil(lambda: not _toggle(screen, "near1").isChecked(), timeout=WAIT)


def test_her_own_shops_show_even_without_the_consent_and_nothing_outlives_the_wipe(
    qtbot: Any, on_sandbox: KioskService, giulia: Visit
) -> None:
    giulia.session.update_profile(**{GEOLOCATION_CONSENT: True})
    duomo = giulia.session.stores(lat=45.4655, lon=9.1865)[0]
    giulia.session.set_preferred_store(duomo.storeid)
    giulia.session.update_profile(**{GEOLOCATION_CONSENT: False})
    screen = StoresScreen(on_sandbox)
    window = in_window(qtbot, {"stores": screen})
    screen.show_visit(giulia)
    qtbot.waitUntil(lambda: _names(screen) == [DUOMO], timeout=WAIT)
    assert "Your shops" in visible_words_on(screen)
    assert _toggle(screen, "mine0").isChecked()
    screen.wipe()
    QApplication.processEvents()
    said = " ".join(readable(screen))
    for trace in (DUOMO, "Via Dante", "Your shops", "consent"):
        assert trace not in said, trace
    window.close()


def test_on_a_provider_with_no_position_set_there_is_no_list_near_here(
    qtbot: Any, kiosk_parts: Any, giulia: Visit
) -> None:
    giulia.session.update_profile(**{GEOLOCATION_CONSENT: True})
    screen = StoresScreen(KioskService(kiosk_parts.ctx, on_sandbox=False))
    window = in_window(qtbot, {"stores": screen})
    screen.show_visit(giulia)
    qtbot.waitUntil(lambda: screen.note.isVisible(), timeout=WAIT)
    assert "does not know where it stands" in screen.note.text()
    assert _names(screen) == []
    window.close()


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def test_in_russian_with_large_text_nothing_is_cut_off(
    qtbot: Any, on_sandbox: KioskService, giulia: Visit, russian: None, kiosk_font: None
) -> None:
    giulia.session.update_profile(**{GEOLOCATION_CONSENT: True})
    screen = StoresScreen(on_sandbox)
    window = in_window(qtbot, {"stores": screen})
    qtbot.mouseClick(window.large_text, Qt.MouseButton.LeftButton)
    screen.show_visit(giulia)
    qtbot.waitUntil(lambda: len(_names(screen)) == 3, timeout=WAIT)
    for size in SIZES:
        _at(qtbot, window, size)
        QApplication.processEvents()
        assert cut_off(window) == [], size
        shoot(window, f"ru-large-stores-{size}")
    window.close()
