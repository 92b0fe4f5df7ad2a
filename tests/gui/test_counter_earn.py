"""Purchases and top-ups at the counter: points shown before confirming, "saved" after the commit, pending until synced."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.api import SandboxControl
from kiosk.domain.identifiers import with_check_digit
from kiosk.store import OperationState, open_store
from kiosk.sync.connectivity import ConnectivityState
from kiosk.ui.earn_dialogs import PurchaseDialog, TopUpDialog
from kiosk.ui.common.slip import PENDING, SYNCED
from tests.gui.driver import WAIT, CounterDriver, open_amount_dialog

GIULIA = with_check_digit("200000000001")


def _open_purchase(counter: CounterDriver) -> PurchaseDialog:
    return open_amount_dialog(counter, Qt.Key.Key_F3, PurchaseDialog)


def test_a_purchase_shows_its_points_first_is_saved_and_settles_when_synced(
    counter: CounterDriver, qtbot: Any, till: Any
) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    assert counter.window.buttons["purchase"].text() == "Purchase (F3)"
    dialog = _open_purchase(counter)
    counter.type("12.50")
    qtbot.waitUntil(lambda: dialog.estimate.text() == "€12.50 earns 12 points.", timeout=WAIT)
    counter.key(Qt.Key.Key_Tab)
    counter.type("R-2024-0001")
    counter.shot("purchase-dialog", dialog)

    with qtbot.waitSignal(counter.window.saved, timeout=WAIT) as saved:
        counter.key(Qt.Key.Key_Return)
    op = saved.args[0].operation
    # "Saved" is said only once the operation is in the store file.
    with open_store(till.store) as store:
        assert store.operation(op.operationid) is not None
    assert counter.window.message.text().startswith("Saved: Purchase (+12 points)")
    slip = counter.window.slip
    assert slip is not None and slip.isVisible()
    assert PENDING in slip.text() or SYNCED in slip.text()
    assert "R-2024-0001" in slip.text() and "€12.50" in slip.text() and op.operationid[:8] in slip.text()

    qtbot.waitUntil(lambda: SYNCED in slip.text(), timeout=WAIT)
    counter.shot("purchase-slip", slip)
    panel = counter.window.panel
    qtbot.waitUntil(lambda: panel.points.text() == "1,262 points", timeout=WAIT)
    qtbot.waitUntil(lambda: panel.movements.rowCount() == 1 and panel.movements.item(0, 6).text() == "synced",
                    timeout=WAIT)
    assert panel.movements.item(0, 2).text() == "R-2024-0001"
    assert panel.movements.item(0, 4).text() == "+12"
    counter.key(Qt.Key.Key_Escape, slip)
    qtbot.waitUntil(counter.window.search.hasFocus)  # ready for the next scan
    counter.shot("purchase-after")


def test_offline_the_purchase_uses_the_campaign_rule_stays_pending_and_syncs_when_the_server_is_back(
    counter: CounterDriver, control: SandboxControl, qtbot: Any
) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    control.set_faults(status=503, count=100_000)

    dialog = _open_purchase(counter)
    counter.type("20")
    qtbot.waitUntil(lambda: "earns about 20 points (campaign rule" in dialog.estimate.text(), timeout=WAIT)
    counter.type("R-OFF-1", dialog.receipt)
    with qtbot.waitSignal(counter.window.saved, timeout=WAIT):
        counter.key(Qt.Key.Key_Return, dialog.receipt)

    panel = counter.window.panel
    qtbot.waitUntil(lambda: "(20 pending sync)" in panel.points.text(), timeout=WAIT)
    assert panel.points.text().startswith("1,270 points")
    qtbot.waitUntil(lambda: panel.movements.rowCount() == 1, timeout=WAIT)
    assert panel.movements.item(0, 6).text() == "saved here, pending sync"
    qtbot.waitUntil(lambda: counter.session.sync.current.state is not ConnectivityState.ONLINE, timeout=WAIT)
    counter.key(Qt.Key.Key_Escape, counter.window.slip)
    counter.shot("offline-pending")

    control.clear_faults()
    qtbot.waitUntil(lambda: panel.points.text() == "1,270 points", timeout=30_000)
    qtbot.waitUntil(lambda: panel.movements.item(0, 6).text() == "synced", timeout=WAIT)
    assert counter.session.sync.current.pending == 0


def test_a_top_up_adds_credit_pending_then_synced(counter: CounterDriver, qtbot: Any) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    assert counter.window.buttons["topup"].text() == "Top up (F5)"
    counter.key(Qt.Key.Key_F5)
    dialog = counter.window.dialog
    assert isinstance(dialog, TopUpDialog)
    qtbot.waitUntil(dialog.amount.hasFocus)
    counter.type("5.00", dialog.amount)
    assert dialog.after.text() == "Credit after the top-up: €20.00"
    with qtbot.waitSignal(counter.window.saved, timeout=WAIT) as saved:
        counter.key(Qt.Key.Key_Return, dialog.amount)
    assert saved.args[0].operation.credit_delta == 500
    panel = counter.window.panel
    qtbot.waitUntil(lambda: panel.credit.text() == "€20.00", timeout=WAIT)
    qtbot.waitUntil(lambda: counter.session.sync.current.pending == 0, timeout=WAIT)
    with open_store(counter.session.ctx.paths.store) as store:
        assert store.operation(saved.args[0].operation.operationid).state is OperationState.DONE


def test_a_wrong_amount_or_a_missing_receipt_is_said_in_the_dialog(counter: CounterDriver, qtbot: Any) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    dialog = _open_purchase(counter)
    counter.type("12.345")
    assert "more than two decimals" in dialog.estimate.text()
    with qtbot.assertNotEmitted(counter.window.saved):
        counter.key(Qt.Key.Key_Return)
    assert "more than two decimals" in dialog.problem.text()
    dialog.amount.setText("9.99")
    counter.key(Qt.Key.Key_Return, dialog.amount)
    assert dialog.problem.text() == "Give the receipt number."
    assert dialog.receipt.hasFocus()
    counter.key(Qt.Key.Key_Escape, dialog.receipt)
    assert counter.window.dialog is None


def test_an_amount_not_plainly_written_is_refused_in_words_and_nothing_is_saved(
    counter: CounterDriver, qtbot: Any, till: Any
) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    dialog = _open_purchase(counter)
    for typed in ("1e3", "١٠٠", "1_000", "12,50"):
        dialog.amount.clear()
        if typed.isascii():
            counter.type(typed, dialog.amount)
        else:
            dialog.amount.insert(typed)  # as an input method commits it: QTest types only Latin-1 keys
        assert dialog.estimate.text() == (
            "That is not an amount of money: write it with digits, like 1,234.56 or 12.50."
        ), typed
        dialog.receipt.setText("R-77")
        with qtbot.assertNotEmitted(counter.window.saved):
            counter.key(Qt.Key.Key_Return, dialog.amount)
        assert dialog.problem.text() == dialog.estimate.text()
        assert dialog.amount.hasFocus()
    with open_store(till.store) as store:
        assert sum(store.counts().values()) == 0
    dialog.amount.clear()
    counter.type("1,000.00", dialog.amount)
    qtbot.waitUntil(lambda: dialog.estimate.text() == "€1,000.00 earns 1,000 points.", timeout=WAIT)


def test_the_screens_read_an_amount_as_they_write_it() -> None:
    from PySide6.QtCore import QLocale

    from kiosk.domain.numbers import parse_amount
    from kiosk.ui.money import format_money, number_format

    for language, typed in (("en", "123,456.78"), ("it", "123.456,78")):
        locale = QLocale(language)
        assert typed in format_money(12345678, "EUR", locale)
        assert parse_amount(typed, number_format(locale)) == 12345678
