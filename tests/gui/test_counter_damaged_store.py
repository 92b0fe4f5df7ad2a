"""A damaged store at start: the counter says what to do instead of taking customers, and writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.app import Backend
from kiosk.paths import Paths
from kiosk.store import open_store
from kiosk.domain.errors import Notice
from kiosk.store.db import StoreFault
from kiosk.ui.words import say

#: What the counter shows for a damaged store: the screen's own words for the typed value.
DAMAGED_MESSAGE = say(Notice(StoreFault.DAMAGED))
from kiosk.ui.main import CounterSession
from tests.gui.driver import WAIT, show_active
from tests.helpers import purchase, scramble_two_pages


def test_the_counter_shows_the_damage_and_what_to_do_and_writes_nothing(
    qtbot: Any, backend: Backend, till: Paths, shots: Path
):
    with open_store(till.store) as store:
        for n in range(200):
            store.enqueue(purchase(n, f"20000000{n % 5:05d}"))
    damaged = scramble_two_pages(till.store)

    session = CounterSession.open(backend, till)
    try:
        show_active(qtbot, session.window)
        window = session.window
        qtbot.waitUntil(lambda: window.ready.text() == DAMAGED_MESSAGE, timeout=WAIT)
        assert window.stack.currentWidget() is window.ready and window.ready.isVisible()
        assert "kiosk store restore BACKUP" in window.ready.text()
        assert "damaged" in window.message.text()
        assert not window.search.isEnabled()
        for writing in ("purchase", "enrol", "issue"):
            assert not window.actions_by_name[writing].isEnabled(), writing
        assert window.grab().save(str(shots / "store-damaged.png"))
        # The campaign, fetched meanwhile, does not put the counter back.
        qtbot.waitUntil(lambda: window.campaign is not None, timeout=WAIT)
        assert window.ready.text() == DAMAGED_MESSAGE and not window.actions_by_name["enrol"].isEnabled()
    finally:
        session.close()
    assert till.store.read_bytes() == damaged
