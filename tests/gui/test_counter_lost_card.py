"""A lost card at the counter (Ctrl+L): blocked, unblocked when found, or its customer moved to a new card — manager PIN first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.app import Backend
from kiosk.domain.identifiers import with_check_digit
from kiosk.ui.card_life_dialog import CardLifeDialog
from tests.gui.kiosking import visible_words_on as visible_text
from tests.gui.driver import GIULIA, MANAGER_PIN, WAIT, CounterDriver, answer_manager_pin, with_manager_pin


@pytest.fixture
def backend(backend: Backend) -> Backend:
    return with_manager_pin(backend)


def _cancel_manager_pin(qtbot: Any) -> None:
    """When the manager PIN prompt opens, cancel it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.manager_pin import ManagerPinDialog

    def act() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, ManagerPinDialog):
            QTimer.singleShot(10, act)
            return
        prompt.reject()

    QTimer.singleShot(0, act)


def _open(counter: CounterDriver, card: str = GIULIA) -> CardLifeDialog:
    counter.look_up(card)
    counter.wait_live(card)
    assert counter.window.buttons["card"].text() == "Lost card (Ctrl+L)"
    counter.qtbot.keyClick(counter.focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = counter.window.dialog
    assert isinstance(dialog, CardLifeDialog)
    counter.qtbot.waitExposed(dialog)
    return dialog


def test_a_lost_card_is_blocked_then_unblocked_with_the_manager_pin(counter: CounterDriver, qtbot: Any) -> None:
    dialog = _open(counter)
    _cancel_manager_pin(qtbot)  # the manager walks away: nothing changes
    qtbot.mouseClick(dialog.block, Qt.MouseButton.LeftButton)
    assert counter.window.dialog is dialog and dialog.isVisible()
    assert not counter.window.panel.card.blocked

    answer_manager_pin(qtbot, MANAGER_PIN)
    qtbot.mouseClick(dialog.block, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.window.panel.card is not None and counter.window.panel.card.blocked, timeout=WAIT)
    counter.shot("lost-card-blocked")
    # Purchases and redemptions are off on a blocked card; the lost-card key stays, to unblock it.
    assert not counter.window.actions_by_name["purchase"].isEnabled()
    assert counter.window.actions_by_name["card"].isEnabled()

    dialog = _open(counter)
    assert dialog.unblock.isVisible() and not dialog.block.isVisible()
    answer_manager_pin(qtbot, MANAGER_PIN)
    qtbot.mouseClick(dialog.unblock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: counter.window.panel.card is not None and not counter.window.panel.card.blocked, timeout=WAIT
    )
    assert counter.window.actions_by_name["purchase"].isEnabled()


def test_the_customer_moves_to_a_new_card_with_points_and_the_old_one_says_who_replaced_it(
    counter: CounterDriver, qtbot: Any
) -> None:
    new = with_check_digit("200000000999")
    dialog = _open(counter)
    counter.type(new, dialog.newcard)
    answer_manager_pin(qtbot, MANAGER_PIN)
    counter.key(Qt.Key.Key_Return, dialog.newcard)
    counter.wait_live(new)
    panel = counter.window.panel
    assert panel.card.points == 1250 and panel.card.name == "Giulia Rossi"
    counter.shot("lost-card-moved")

    # The old card now says who replaced it, and nothing more is done to it.
    counter.look_up(GIULIA)
    qtbot.waitUntil(lambda: new in counter.window.message.text() or new in visible_text(counter.window), timeout=WAIT)
    assert not counter.window.actions_by_name["card"].isEnabled() or counter.window.panel.card.card != GIULIA


def test_a_new_card_number_already_in_use_is_refused_in_words(counter: CounterDriver, qtbot: Any) -> None:
    dialog = _open(counter)
    counter.type("2000000000053", dialog.newcard)  # Luca's card
    answer_manager_pin(qtbot, MANAGER_PIN)
    counter.key(Qt.Key.Key_Return, dialog.newcard)
    qtbot.waitUntil(lambda: "already in use" in dialog.problem.text(), timeout=WAIT)
    assert dialog.isVisible() and counter.window.panel.card.card == GIULIA
