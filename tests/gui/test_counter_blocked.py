"""A blocked or replaced card is impossible to miss, and nothing can be earned, topped up or refunded on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.domain.identifiers import with_check_digit
from kiosk.ui.palette import Tone, tone_of
from tests.gui.driver import CounterDriver

MARCO = with_check_digit("200000000003")  # blocked in the demo
ANNA = with_check_digit("200000000004")


def _nothing_can_be_done(counter: CounterDriver, qtbot: Any) -> None:
    window = counter.window
    for name in ("purchase", "refund", "topup", "codes"):
        assert not window.buttons[name].isEnabled(), name
    with qtbot.assertNotEmitted(counter.window.saved):
        for key in (Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5, Qt.Key.Key_F6):
            counter.key(key)
    assert window.dialog is None


def test_a_blocked_card_shows_a_red_banner_and_refuses_everything(counter: CounterDriver, qtbot: Any) -> None:
    counter.look_up(MARCO)
    counter.wait_live(MARCO)
    panel = counter.window.panel
    assert panel.banner.isVisible()
    assert panel.banner.text().startswith("BLOCKED — ")
    assert "nothing can be earned, redeemed or refunded" in panel.banner.text()
    assert tone_of(panel.banner) is Tone.ALARM  # white on the problem's red, in either theme
    assert panel.card_state.text() == "BLOCKED"
    assert counter.window.message.text().startswith("This card cannot be used")
    _nothing_can_be_done(counter, qtbot)
    counter.shot("blocked")


def test_a_replaced_card_names_the_new_card(counter: CounterDriver, qtbot: Any) -> None:
    new = with_check_digit("200000000088")
    counter.session.client.replace_card(ANNA, newcard=new)
    counter.look_up(ANNA)
    counter.wait_live(ANNA)
    panel = counter.window.panel
    assert panel.banner.isVisible()
    assert panel.banner.text().startswith("REPLACED — ")
    assert f"replaced by card {new}: use the new card" in panel.banner.text()
    _nothing_can_be_done(counter, qtbot)
    counter.shot("replaced")

    counter.look_up(new)  # the new card works
    counter.wait_live(new)
    assert not panel.banner.isVisible()
    assert counter.window.buttons["purchase"].isEnabled()
