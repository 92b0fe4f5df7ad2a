"""At the counter, offline right after a sale: the card's list kept on this till still has the sale, applied."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.api import SandboxControl
from kiosk.api.marta import Path as ApiPath
from kiosk.core.history import LineState
from kiosk.domain.identifiers import with_check_digit
from kiosk.ui.earn_dialogs import PurchaseDialog
from kiosk.ui.common.slip import SYNCED
from tests.gui.driver import WAIT, CounterDriver, open_amount_dialog

GIULIA = with_check_digit("200000000001")


def test_a_synced_purchase_is_in_the_list_when_the_server_is_gone(
    counter: CounterDriver, control: SandboxControl, qtbot: Any
) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    # From here the server never lists the card's movements again: the till keeps the list it had.
    control.set_faults(status=503, count=100_000, path=ApiPath.MOVEMENTS)
    dialog = open_amount_dialog(counter, Qt.Key.Key_F3, PurchaseDialog)
    counter.type("12.50", dialog.amount)
    counter.type("R-KEPT-1", dialog.receipt)
    with qtbot.waitSignal(counter.window.saved, timeout=WAIT):
        counter.key(Qt.Key.Key_Return, dialog.receipt)
    slip = counter.window.slip
    qtbot.waitUntil(lambda: slip is not None and SYNCED in slip.text(), timeout=WAIT)
    counter.key(Qt.Key.Key_Escape, slip)

    control.set_faults(status=503, count=100_000)  # now the server is gone altogether
    counter.look_up(GIULIA)
    panel = counter.window.panel
    qtbot.waitUntil(
        lambda: panel.card is not None and not panel.freshness.text().startswith("Live")
        and "from this terminal" in panel.history_note.text(),
        timeout=WAIT,
    )
    assert panel.points.text() == "1,262 points"  # the balance has the sale...
    sold = [line for line in panel.lines if line.receipt == "R-KEPT-1"]  # ...and so does the list, once
    assert [(line.state, line.points, line.refundable) for line in sold] == [(LineState.APPLIED, 12, True)]
    assert panel.movements.item(0, 2).text() == "R-KEPT-1" and panel.movements.item(0, 6).text() == "synced"
    counter.shot("offline-after-sale")
