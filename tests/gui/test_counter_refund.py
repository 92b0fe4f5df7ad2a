"""A refund at the counter: chosen from the movements with the keyboard, confirmed with its receipt and points."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt

from kiosk.domain.identifiers import with_check_digit
from kiosk.ui.earn_dialogs import RefundDialog
from tests.gui.driver import WAIT, CounterDriver

GIULIA = with_check_digit("200000000001")


def _bought(counter: CounterDriver, amount: int, receipt: str) -> None:
    """A purchase made earlier (at another till, say): the server has it."""
    counter.session.client.purchase(
        GIULIA, amount=amount, receipt=receipt, operationid=str(uuid.uuid4()), when=dt.datetime.now(dt.timezone.utc)
    )


def test_f4_picks_a_movement_then_the_refund_names_receipt_and_points_and_reverses_it(
    counter: CounterDriver, qtbot: Any
) -> None:
    _bought(counter, 4000, "R-OLD-7")
    _bought(counter, 2550, "R-NEW-8")
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    panel = counter.window.panel
    assert panel.points.text() == "1,315 points"
    assert counter.window.buttons["refund"].text() == "Refund (F4)"

    counter.key(Qt.Key.Key_F4)  # nothing chosen yet: F4 puts the cashier on the list
    assert panel.movements.hasFocus()
    assert panel.selected_line() is not None and panel.selected_line().receipt == "R-NEW-8"
    assert "arrow keys" in counter.window.message.text()
    counter.key(Qt.Key.Key_Down)
    assert panel.selected_line().receipt == "R-OLD-7"

    counter.key(Qt.Key.Key_F4)
    dialog = counter.window.dialog
    assert isinstance(dialog, RefundDialog)
    qtbot.waitExposed(dialog)
    question = dialog.question.text()
    assert "receipt R-OLD-7" in question and "€40.00" in question and "−40 points" in question
    counter.shot("refund-confirm", dialog)

    with qtbot.waitSignal(counter.window.saved, timeout=WAIT) as saved:
        counter.key(Qt.Key.Key_Return, dialog)
    assert saved.args[0].operation.points_delta == -40
    assert "R-OLD-7" in counter.window.slip.text()
    counter.key(Qt.Key.Key_Escape, counter.window.slip)

    qtbot.waitUntil(lambda: panel.points.text() == "1,275 points", timeout=WAIT)
    qtbot.waitUntil(lambda: any(line.reversed and line.receipt == "R-OLD-7" for line in panel.lines), timeout=WAIT)
    refunded = next(i for i, line in enumerate(panel.lines) if line.receipt == "R-OLD-7" and line.reversed)
    assert panel.movements.item(refunded, 6).text() == "refunded"
    assert not panel.lines[refunded].refundable
    counter.shot("refund-after")


def test_esc_keeps_the_movement(counter: CounterDriver, qtbot: Any) -> None:
    _bought(counter, 1000, "R-KEEP")
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    counter.key(Qt.Key.Key_F4)
    counter.key(Qt.Key.Key_F4)
    dialog = counter.window.dialog
    assert isinstance(dialog, RefundDialog)
    assert dialog.cancel.text() == "Keep it (Esc)"
    with qtbot.assertNotEmitted(counter.window.saved):
        counter.key(Qt.Key.Key_Escape, dialog)
    assert counter.window.dialog is None
    assert counter.window.panel.points.text() == "1,260 points"
