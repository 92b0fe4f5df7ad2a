"""Redeeming at the counter against the sandbox: amounts checked first, the PIN on the pad, lockout, reset, offline."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from kiosk.api import ApiError, LoyaltyClient, SandboxControl, TerminalLogin
from kiosk.app import Backend
from kiosk.domain.identifiers import with_check_digit
from kiosk.store import OperationState, open_store
from kiosk.ui.money import format_money
from kiosk.ui.pin_dialog import CustomerPinDialog
from kiosk.ui.redeem_dialog import NEEDS_SERVER, RedeemDialog
from kiosk.ui.common.slip import SYNCED
from tests.gui.driver import (
    GIULIA, GIULIA_EMAIL, MANAGER_PIN, WAIT, CounterDriver, answer_manager_pin, open_redeem, to_pin, type_pin,
    with_manager_pin,
)

@pytest.fixture
def backend(backend: Backend) -> Backend:
    return with_manager_pin(backend)


@pytest.fixture
def server(sandbox: Any) -> Any:
    """What the loyalty server itself holds, read by a second terminal of the shop."""
    demo = sandbox.demo
    with LoyaltyClient(sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                       terminal=TerminalLogin(**demo["terminal2"])) as made:
        yield made


def _open_pin(counter: CounterDriver) -> CustomerPinDialog:
    """F12 on Giulia looked up fresh: the PIN change, waiting for the current PIN."""
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    counter.key(Qt.Key.Key_F12)
    dialog = counter.window.dialog
    assert isinstance(dialog, CustomerPinDialog) and not dialog.reset_mode
    counter.qtbot.waitUntil(dialog.pin_pad.hasFocus)
    return dialog


def _states(till: Any) -> list[OperationState]:
    with open_store(till.store) as store:
        ids = [row[0] for row in store._conn.execute("SELECT operationid FROM outbox ORDER BY seq").fetchall()]
        return [store.operation(opid).state for opid in ids]  # type: ignore[union-attr]


def test_points_are_redeemed_with_the_pin_and_the_slip_shows_the_new_balance(
    counter: CounterDriver, qtbot: Any, server: LoyaltyClient, till: Any
) -> None:
    dialog = open_redeem(counter)
    assert "1,250 points to redeem" in dialog.balance.text()
    counter.type("500", dialog.amount)
    assert dialog.value.text() == "500 points = €5.00"
    counter.key(Qt.Key.Key_Return, dialog.amount)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    assert dialog.summary.text() == "Redeem 500 points (€5.00)"
    assert dialog.pad.warning.isVisible() and "bank card" in dialog.pad.warning.text()
    counter.shot("redeem-pin", dialog)
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT) as done:
        type_pin(counter, dialog, "1234")
    assert done.args[0].attempt.result.balance.points == 750
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    slip = counter.window.slip
    assert slip is not None
    qtbot.waitUntil(lambda: SYNCED in slip.text(), timeout=WAIT)
    assert "Points redeemed" in slip.text() and "−500" in slip.text().replace("-", "−")
    counter.shot("redeem-slip", slip)
    qtbot.waitUntil(lambda: counter.window.panel.points.text() == "750 points", timeout=WAIT)
    assert server.card(card=GIULIA).points == 750
    assert _states(till) == [OperationState.DONE]
    # The list of movements under the balance says it too, as the server has it (not a kept copy without it).
    panel = counter.window.panel
    qtbot.waitUntil(lambda: panel.history_note.text().startswith("Last movements (")  # the server's list
                    and any(line.points == -500 and line.movementid is not None for line in panel.lines),
                    timeout=WAIT)


def test_credit_is_spent_with_the_pin_typed_on_the_touch_keys(
    counter: CounterDriver, qtbot: Any, server: LoyaltyClient
) -> None:
    dialog = open_redeem(counter)
    qtbot.mouseClick(dialog.credit_choice, Qt.MouseButton.LeftButton)
    assert "€15.00 of credit" in dialog.balance.text()
    to_pin(counter, dialog, "4.50")
    assert dialog.summary.text() == "Redeem €4.50 of credit"
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        for digit in "1234":
            qtbot.mouseClick(dialog.pad.digit_keys[digit], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert server.card(card=GIULIA).credit == 1050
    qtbot.waitUntil(lambda: counter.window.panel.credit.text().startswith("€10.50"), timeout=WAIT)


@pytest.mark.parametrize(
    ("credit", "amount", "words"),
    [
        (False, "50", "At least 100 points must be redeemed at a time."),
        (False, "5000", "The card has only 1,250 points to redeem."),
        (False, "lots", "is not a number of points"),
        (False, "100.5", "That is not a number of points: points are whole numbers"),  # not 1005 points
        (False, "1e3", "That is not a number of points: points are whole numbers"),
        (True, "1e1", "That is not an amount of money: write it with digits, like 1,234.56 or 12.50."),
        (True, "2,50", "That is not an amount of money: write it with digits, like 1,234.56 or 12.50."),
        (True, "15.01", "The card has only {money} of credit to spend."),  # the money as the locale writes it
    ],
)
def test_below_the_minimum_or_over_the_balance_is_refused_before_any_call(
    counter: CounterDriver, qtbot: Any, server: LoyaltyClient, till: Any, credit: bool, amount: str, words: str
) -> None:
    before = server.movements(GIULIA)
    dialog = open_redeem(counter)
    if credit:
        qtbot.mouseClick(dialog.credit_choice, Qt.MouseButton.LeftButton)
    counter.type(amount, dialog.amount)
    counter.key(Qt.Key.Key_Return, dialog.amount)
    assert words.format(money=format_money(1500, "EUR", QLocale())) in dialog.problem.text()
    assert dialog.stack.currentIndex() == 0 and dialog.amount.hasFocus()
    assert server.movements(GIULIA) == before
    assert _states(till) == []


def test_a_wrong_pin_says_the_tries_left_and_the_right_one_then_redeems(
    counter: CounterDriver, qtbot: Any, server: LoyaltyClient, till: Any
) -> None:
    dialog = open_redeem(counter)
    to_pin(counter, dialog, "200")
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, "9999")
    assert dialog.problem.text().startswith("Wrong PIN. 4 tries left before the PIN locks.")
    assert dialog.isVisible() and dialog.pad.count == 0
    qtbot.waitUntil(dialog.pad.hasFocus)
    counter.shot("redeem-wrong-pin", dialog)
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, "1234")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert server.card(card=GIULIA).points == 1050
    # The wrong try is kept as a record that nothing happened, never as work for staff.
    assert _states(till) == [OperationState.DISCARDED, OperationState.DONE]


def test_five_wrong_tries_over_two_terminals_lock_the_pin_then_a_code_resets_it(
    counter: CounterDriver, qtbot: Any, server: LoyaltyClient, control: SandboxControl
) -> None:
    dialog = open_redeem(counter)
    to_pin(counter, dialog, "100")
    for _ in range(3):
        with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
            type_pin(counter, dialog, "0000")
    assert "1 try left" not in dialog.problem.text() and "2 tries left" in dialog.problem.text()
    # The fourth wrong try comes from another terminal of the shop: the server counts them per card.
    with pytest.raises(ApiError) as wrong:
        server.verify_pin(GIULIA, "1111")
    assert wrong.value.attempts_left == 1
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, "0000")
    assert "locked" in dialog.problem.text()
    assert dialog.reset_button.isVisible() and not dialog.pad.isEnabled()
    counter.shot("redeem-locked", dialog)

    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    reset = counter.window.dialog
    assert isinstance(reset, CustomerPinDialog) and reset.reset_mode
    qtbot.waitExposed(reset)
    qtbot.mouseClick(reset.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reset.prompt.text() == "Type the code the customer received.", timeout=WAIT)
    assert "g" in reset.problem.text() and "@example.com" in reset.problem.text()
    assert GIULIA_EMAIL not in reset.problem.text()  # shown masked: the screen faces the queue
    code = control.latest_code(GIULIA_EMAIL)
    for digit in code:
        counter.key(getattr(Qt.Key, f"Key_{digit}"), reset.code_pad)
    for digit in "4826":
        counter.key(getattr(Qt.Key, f"Key_{digit}"), reset.pin_pad)
    assert reset.prompt.text() == "Customer: type the new PIN again."
    counter.shot("pin-reset", reset)
    with qtbot.waitSignal(reset.pin_reset, timeout=WAIT):
        for digit in "4826":
            counter.key(getattr(Qt.Key, f"Key_{digit}"), reset.pin_pad)
    qtbot.waitUntil(lambda: counter.window.dialog is None, timeout=WAIT)
    assert counter.window.message.text() == f"Card {GIULIA} has a new PIN."

    dialog = open_redeem(counter)
    to_pin(counter, dialog, "100")
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, "4826")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert server.card(card=GIULIA).points == 1150


def test_a_pin_change_takes_the_current_pin_then_the_new_one_twice(
    counter: CounterDriver, qtbot: Any, server: LoyaltyClient
) -> None:
    dialog = _open_pin(counter)
    for pin in ("1234", "5678", "5679"):
        type_pin(counter, dialog, pin, dialog.pin_pad)
    assert dialog.problem.text() == "The two new PINs are different: type the new PIN again."
    assert dialog.prompt.text() == "Customer: type your new PIN."
    type_pin(counter, dialog, "5678", dialog.pin_pad)
    with qtbot.waitSignal(dialog.pin_changed, timeout=WAIT):
        type_pin(counter, dialog, "5678", dialog.pin_pad)
    qtbot.waitUntil(lambda: counter.window.dialog is None, timeout=WAIT)
    assert counter.window.message.text() == f"The PIN of card {GIULIA} was changed."
    assert server.verify_pin(GIULIA, "5678").valid


def test_a_wrong_current_pin_changes_nothing_and_says_the_tries_left(
    counter: CounterDriver, qtbot: Any, server: LoyaltyClient
) -> None:
    dialog = _open_pin(counter)
    for pin in ("0000", "5678"):
        type_pin(counter, dialog, pin, dialog.pin_pad)
    type_pin(counter, dialog, "5678", dialog.pin_pad)
    assert dialog.problem.text() == "Sending…"
    qtbot.waitUntil(lambda: dialog.problem.text() != "Sending…", timeout=WAIT)
    assert dialog.problem.text() == "The current PIN is wrong. 4 tries left before the PIN locks."
    assert dialog.prompt.text() == "Customer: type your current PIN."
    assert server.verify_pin(GIULIA, "1234").valid


# -- without the server ---------------------------------------------------------


def test_offline_redemption_is_refused_in_plain_words_by_default(
    counter: CounterDriver, qtbot: Any, control: SandboxControl, server: LoyaltyClient, till: Any
) -> None:
    dialog = open_redeem(counter)
    control.set_faults(status=503, count=100_000)
    qtbot.waitUntil(lambda: dialog.offline_room == 0)
    to_pin(counter, dialog, "200")
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, "1234")
    assert NEEDS_SERVER in dialog.problem.text() and "Nothing was redeemed." in dialog.problem.text()
    assert dialog.stack.currentIndex() == 0
    assert not dialog.manager_button.isVisible()  # the demo campaign allows no offline redemption
    counter.shot("redeem-offline-refused", dialog)
    control.clear_faults()
    assert server.card(card=GIULIA).points == 1250
    assert _states(till) == [OperationState.DISCARDED]


def test_the_dialog_says_first_that_redeeming_needs_the_server_when_the_till_is_offline(
    counter: CounterDriver, qtbot: Any
) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    session = counter.session
    card = counter.window.panel.card
    assert card is not None
    dialog = RedeemDialog(session.redeem, session.service, card, counter.window.campaign, counter.window.locale(),
                          online=lambda: False, approve=lambda reason: False)
    qtbot.addWidget(dialog)
    assert dialog.problem.text() == NEEDS_SERVER


@pytest.fixture
def offline_caps(control: SandboxControl) -> None:
    """A campaign that lets a manager approve 250 points per card and 300 per terminal, per 24 hours."""
    control.set_offline_policy(redeem=True, redeemmaxpoints=250, redeemmaxtotalpoints=300, redeemwindowhours=24)


def _approve_offline(counter: CounterDriver, dialog: RedeemDialog, amount: str) -> None:
    dialog.amount.clear()
    counter.type(amount, dialog.amount)
    counter.qtbot.waitUntil(dialog.manager_button.isVisible, timeout=WAIT)
    answer_manager_pin(counter.qtbot, MANAGER_PIN)
    counter.qtbot.mouseClick(dialog.manager_button, Qt.MouseButton.LeftButton)


def test_offline_a_manager_approves_within_the_caps_and_the_server_gets_it_later(
    offline_caps: None, counter: CounterDriver, qtbot: Any, control: SandboxControl, server: LoyaltyClient
) -> None:
    dialog = open_redeem(counter)
    control.set_faults(status=503, count=100_000)
    qtbot.waitUntil(lambda: dialog.offline_room == 250, timeout=WAIT)
    # The customer's PIN is tried first: the server cannot be reached, so the manager is offered.
    to_pin(counter, dialog, "200")
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, "1234")
    with qtbot.waitSignal(counter.window.saved, timeout=WAIT) as saved:
        _approve_offline(counter, dialog, "200")
    op = saved.args[0].operation
    assert "pincode" not in op.body and op.body["approval"] == "offline"
    slip = counter.window.slip
    assert slip is not None and "by a manager, offline" in slip.text()
    counter.key(Qt.Key.Key_Escape, slip)
    panel = counter.window.panel
    qtbot.waitUntil(lambda: panel.movements.rowCount() >= 1
                    and panel.movements.item(0, 6).text() == "approved offline by a manager, pending sync",
                    timeout=WAIT)
    counter.shot("redeem-offline-pending")

    # Beyond the card's cap: refused on the spot, without asking the manager.
    dialog = open_redeem(counter, None)
    qtbot.waitUntil(lambda: dialog.offline_room == 50, timeout=WAIT)
    dialog.amount.setText("100")
    qtbot.mouseClick(dialog.manager_button, Qt.MouseButton.LeftButton)
    assert "at most 50 points" in dialog.problem.text()
    counter.key(Qt.Key.Key_Escape, dialog)

    # Another card: the terminal's total cap (300) leaves 100.
    anna = with_check_digit("200000000004")
    control.clear_faults()
    dialog = open_redeem(counter, anna)
    control.set_faults(status=503, count=100_000)
    qtbot.waitUntil(lambda: dialog.offline_room == 100, timeout=WAIT)
    # Anna's card was just answered by the server: the till tries her PIN first, meets the outage, then
    # offers the manager.
    to_pin(counter, dialog, "100")
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, "9999")
    with qtbot.waitSignal(counter.window.saved, timeout=WAIT):
        _approve_offline(counter, dialog, "100")
    queue = counter.session.open_queue()
    qtbot.waitUntil(lambda: queue.offline.isVisible(), timeout=WAIT)
    assert f"card {GIULIA}: −200 points" in queue.offline.text().replace("-", "−")
    assert f"card {anna}: −100 points" in queue.offline.text().replace("-", "−")
    counter.shot("queue-offline", queue)

    control.clear_faults()
    counter.session.sync.wake()
    qtbot.waitUntil(lambda: not queue.offline.isVisible(), timeout=30_000)
    assert server.card(card=GIULIA).points == 1050
    assert server.card(card=anna).points == 400
    queue.reject()


def test_the_pin_half_typed_is_wiped_when_the_customer_walks_away(counter: CounterDriver, qtbot: Any) -> None:
    dialog = open_redeem(counter)
    to_pin(counter, dialog, "100")
    type_pin(counter, dialog, "12")
    held = dialog.pad._digits  # the pad's own storage: it must be overwritten, not just forgotten
    assert dialog.pad.count == 2
    counter.window.idle.seconds = 1  # what the idle_timeout setting does, shortened for the test
    counter.window.idle.arm()
    qtbot.waitUntil(lambda: counter.window.dialog is None, timeout=5_000)
    assert not any(held)
    assert counter.window.message.text().startswith("The customer was cleared from the screen")
