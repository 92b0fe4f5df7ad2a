"""The one way screens run work: steps on the store thread and the network, the answer to its caller alone."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kiosk.api import LoyaltyClient, SandboxControl, TerminalLogin
from kiosk.core.terminal import LookupAnswer
from kiosk.paths import Paths
from kiosk.services.context import ServiceContext
from kiosk.services.operation import Op, Scope
from kiosk.store import OperationState, open_store
from kiosk.ui.earn_dialogs import PurchaseDialog
from tests.gui.driver import GIULIA, CounterDriver, open_amount_dialog, open_redeem, runners_over, to_pin, type_pin

WAIT = 5_000


@pytest.fixture
def ctx(till: Paths) -> Iterator[ServiceContext]:
    with runners_over(till) as made:
        yield made


class Heard:
    """What an operation's callbacks received, and on which thread."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[Exception] = []
        self.on_gui_thread: list[bool] = []

    def success(self, value: object) -> None:
        self.results.append(value)
        self.on_gui_thread.append(threading.current_thread() is threading.main_thread())

    def failure(self, exc: Exception) -> None:
        self.errors.append(exc)
        self.on_gui_thread.append(threading.current_thread() is threading.main_thread())

    @property
    def anything(self) -> bool:
        return bool(self.results or self.errors)


def _settle(ctx: ServiceContext) -> None:
    """Let every step started end and every answer queued be handed out, for a chain of a few steps."""
    for _ in range(5):
        assert ctx.store_runner.wait(WAIT) and ctx.network.wait(WAIT)
        QApplication.processEvents()


def test_the_result_comes_back_to_success_on_the_gui_thread(qtbot: Any, ctx: ServiceContext) -> None:
    heard = Heard()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    Op.store(ctx, lambda: 6 * 7, parent=dialog).success(heard.success).failure(heard.failure).run()
    qtbot.waitUntil(lambda: heard.anything, timeout=WAIT)
    assert heard.results == [42] and heard.errors == [] and heard.on_gui_thread == [True]


def test_the_exception_itself_reaches_failure(qtbot: Any, ctx: ServiceContext) -> None:
    class Refused(Exception):
        pass

    def refuse() -> int:
        raise Refused("no")

    heard = Heard()
    Op.network(ctx, refuse, parent=None).success(heard.success).failure(heard.failure).run()
    qtbot.waitUntil(lambda: heard.anything, timeout=WAIT)
    assert heard.results == [] and [type(e) for e in heard.errors] == [Refused] and heard.on_gui_thread == [True]


def test_chained_steps_run_in_order_on_their_threads_each_with_the_previous_result(
    qtbot: Any, ctx: ServiceContext
) -> None:
    ran: list[tuple[str, object, int | None]] = []

    def step(name: str, value: object, result: object) -> object:
        ran.append((name, value, threading.get_ident()))
        return result

    heard = Heard()
    (
        Op.store(ctx, lambda: step("read", None, ctx.stores.get().counts().get(OperationState.PENDING, 0)), parent=None)
        .then_network(lambda waiting: step("send", waiting, "sent"))
        .then_store(lambda sent: step("record", sent, 3))
        .then_network(lambda n: step("tell", n, n * 2))
        .success(heard.success)
        .failure(heard.failure)
        .run()
    )
    qtbot.waitUntil(lambda: heard.anything, timeout=WAIT)
    assert heard.results == [6] and heard.errors == [] and heard.on_gui_thread == [True]
    assert [(name, value) for name, value, _ in ran] == [("read", None), ("send", 0), ("record", "sent"), ("tell", 3)]
    read, send, record, tell = (thread for _, _, thread in ran)
    assert read == record  # the one store thread, both times
    assert threading.main_thread().ident not in {read, send, tell} and read not in {send, tell}


def test_a_failing_step_stops_the_chain_and_its_exception_reaches_failure(qtbot: Any, ctx: ServiceContext) -> None:
    ran: list[str] = []

    def send(_: object) -> object:
        ran.append("send")
        raise LookupError("the server said no")

    heard = Heard()
    (
        Op.store(ctx, lambda: ran.append("save"), parent=None)
        .then_network(send)
        .then_store(lambda _: ran.append("record"))
        .success(heard.success)
        .failure(heard.failure)
        .run()
    )
    qtbot.waitUntil(lambda: heard.anything, timeout=WAIT)
    _settle(ctx)
    assert ran == ["save", "send"]
    assert heard.results == [] and [str(e) for e in heard.errors] == ["the server said no"]
    assert isinstance(heard.errors[0], LookupError)


class Gate:
    """A step that waits until the test lets it finish, and notes that it started."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.open = threading.Event()

    def step(self) -> str:
        self.started.set()
        assert self.open.wait(WAIT / 1000)
        return "done"


def _start_held(ctx: ServiceContext, parent: QWidget, *, fail: bool = False) -> tuple[Gate, Heard, list[str]]:
    """An operation of two steps whose first is held at its gate; `fail`: the first raises once let go."""
    gate, heard, later = Gate(), Heard(), []

    def first() -> str:
        result = gate.step()
        if fail:
            raise RuntimeError("refused")
        return result

    Op.store(ctx, first, parent=parent).then_network(later.append).success(heard.success).failure(heard.failure).run()
    assert gate.started.wait(WAIT / 1000)
    return gate, heard, later


@pytest.mark.parametrize("fail", [False, True], ids=["succeeding", "failing"])
@pytest.mark.parametrize("how", ["accepted", "closed", "rejected"])
def test_a_dialog_closed_mid_flight_hears_nothing_and_the_next_step_never_starts(
    qtbot: Any, ctx: ServiceContext, caplog: Any, how: str, fail: bool
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    gate, heard, later = _start_held(ctx, dialog, fail=fail)
    {"accepted": dialog.accept, "closed": dialog.close, "rejected": dialog.reject}[how]()
    gate.open.set()
    _settle(ctx)
    assert not heard.anything and later == []
    assert [r for r in caplog.records if r.levelname in {"WARNING", "ERROR"}] == []


def test_a_window_closed_mid_flight_hears_nothing(qtbot: Any, ctx: ServiceContext) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    gate, heard, later = _start_held(ctx, window)
    assert window.close()
    gate.open.set()
    _settle(ctx)
    assert not heard.anything and later == []


def test_a_parent_destroyed_mid_flight_hears_nothing(qtbot: Any, ctx: ServiceContext) -> None:
    window = QWidget()
    window.show()
    gate, heard, later = _start_held(ctx, window)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(window)
    gate.open.set()
    _settle(ctx)
    assert not heard.anything and later == []


def test_an_operation_started_for_a_dialog_already_closed_hears_nothing(qtbot: Any, ctx: ServiceContext) -> None:
    dialog, unshown = QDialog(), QDialog()
    for each in (dialog, unshown):
        qtbot.addWidget(each)
    dialog.show()
    dialog.reject()  # e.g. a broadcast reaching a closed screen, which starts a reload
    heard, heard_unshown = Heard(), Heard()
    Op.store(ctx, lambda: "late", parent=dialog).success(heard.success).failure(heard.failure).run()
    Op.store(ctx, lambda: "early", parent=unshown).success(heard_unshown.success).run()  # built, not shown yet
    qtbot.waitUntil(lambda: heard_unshown.anything, timeout=WAIT)
    _settle(ctx)
    assert not heard.anything and heard_unshown.results == ["early"]


def test_a_parent_still_open_hears_its_answer_and_a_second_parent_its_own(qtbot: Any, ctx: ServiceContext) -> None:
    first, second = QDialog(), QDialog()
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()
    heard_first, heard_second = Heard(), Heard()
    Op.network(ctx, lambda: "for the first", parent=first).success(heard_first.success).run()
    Op.network(ctx, lambda: "for the second", parent=second).success(heard_second.success).run()
    qtbot.waitUntil(lambda: heard_first.anything and heard_second.anything, timeout=WAIT)
    assert heard_first.results == ["for the first"] and heard_second.results == ["for the second"]


@pytest.mark.parametrize("how", ["rejected", "destroyed"])
def test_work_that_must_finish_runs_every_step_after_its_dialog_closed_and_tells_nobody(
    qtbot: Any, ctx: ServiceContext, caplog: Any, how: str
) -> None:
    dialog = QDialog()
    dialog.show()
    gate, heard, ran = Gate(), Heard(), []
    (
        Op.store(ctx, gate.step, parent=dialog)
        .then_store(lambda _: ran.append("written to the outbox") or "saved")
        .then_network(lambda saved: ran.append(f"then {saved}") or 1)
        .always_finish()
        .success(heard.success)
        .failure(heard.failure)
        .run()
    )
    assert gate.started.wait(WAIT / 1000)
    if how == "rejected":
        qtbot.addWidget(dialog)
        dialog.reject()
    else:
        dialog.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(dialog)
    gate.open.set()
    _settle(ctx)
    assert ran == ["written to the outbox", "then saved"]
    assert not heard.anything
    assert [r for r in caplog.records if r.levelname in {"WARNING", "ERROR"}] == []


def test_work_that_must_finish_runs_even_when_started_for_a_dialog_already_closed(
    qtbot: Any, ctx: ServiceContext
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    heard, ran = Heard(), []
    Op.store(ctx, lambda: ran.append("saved"), parent=dialog).always_finish().success(heard.success).run()
    _settle(ctx)
    assert ran == ["saved"] and not heard.anything


def test_work_that_must_finish_still_answers_a_parent_that_stayed_open(qtbot: Any, ctx: ServiceContext) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    heard = Heard()
    Op.store(ctx, lambda: "saved", parent=dialog).then_network(str.upper).always_finish().success(heard.success).run()
    qtbot.waitUntil(lambda: heard.anything, timeout=WAIT)
    assert heard.results == ["SAVED"] and heard.on_gui_thread == [True]


def test_a_failure_of_work_that_had_to_finish_goes_to_the_log_once_its_parent_is_gone(
    qtbot: Any, ctx: ServiceContext, caplog: Any
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    gate, heard = Gate(), Heard()

    def write() -> None:
        gate.step()
        raise OSError("disk full")

    Op.store(ctx, write, parent=dialog).always_finish().success(heard.success).failure(heard.failure).run()
    assert gate.started.wait(WAIT / 1000)
    dialog.reject()
    gate.open.set()
    _settle(ctx)
    assert not heard.anything
    assert [r.exc_info[1] for r in caplog.records if r.levelname == "ERROR"][0].args == ("disk full",)


def test_an_ended_scope_hears_nothing_more_and_a_new_scope_hears_its_own(qtbot: Any, ctx: ServiceContext) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    old, new = Scope(owner), Scope(owner)
    gate, heard_old, heard_new, later = Gate(), Heard(), Heard(), []
    (
        Op.network(ctx, gate.step, parent=old)
        .then_store(later.append)
        .success(heard_old.success)
        .failure(heard_old.failure)
        .run()
    )
    assert gate.started.wait(WAIT / 1000)
    old.end()  # e.g. the cashier cleared the customer, or scanned the next one
    Op.store(ctx, lambda: "the next customer", parent=new).success(heard_new.success).run()
    gate.open.set()
    qtbot.waitUntil(lambda: heard_new.anything, timeout=WAIT)
    _settle(ctx)
    assert heard_new.results == ["the next customer"]
    assert not heard_old.anything and later == []



def test_a_scope_of_a_dialog_ends_when_the_dialog_closes(qtbot: Any, ctx: ServiceContext) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    scope = Scope(dialog)  # e.g. the estimates of the amount typed now
    gate, heard = Gate(), Heard()
    Op.network(ctx, gate.step, parent=scope).success(heard.success).failure(heard.failure).run()
    assert gate.started.wait(WAIT / 1000)
    dialog.reject()
    assert scope.ended
    gate.open.set()
    _settle(ctx)
    assert not heard.anything


# -- the counter's own operations, over the sandbox -------------------------------------


@pytest.fixture
def server(sandbox: Any) -> Iterator[LoyaltyClient]:
    """What the loyalty server itself holds, read by a second terminal of the shop."""
    demo = sandbox.demo
    with LoyaltyClient(sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                       terminal=TerminalLogin(**demo["terminal2"])) as made:
        yield made


def test_a_purchase_confirmed_then_closed_at_once_still_reaches_the_outbox_and_nothing_is_shown(
    counter: CounterDriver, qtbot: Any, till: Paths
) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    dialog = open_amount_dialog(counter, Qt.Key.Key_F3, PurchaseDialog)
    counter.type("7.00")
    counter.key(Qt.Key.Key_Tab)
    counter.type("R-CLOSED-1")
    ctx = counter.session.ctx
    with open_store(till.store) as store:
        before = sum(store.counts().values())
    busy = Gate()  # the store thread is busy with something else as the cashier confirms
    ctx.store_runner.run(busy.step, on_success=lambda _: None, on_failure=lambda _: None)
    assert busy.started.wait(WAIT / 1000)
    with qtbot.assertNotEmitted(counter.window.saved):
        counter.key(Qt.Key.Key_Return, dialog)
        assert dialog.problem.text() == "Saving…"
        counter.key(Qt.Key.Key_Escape, dialog)  # and closes the dialog before the save is done
        assert not dialog.isVisible()
        busy.open.set()
        _settle(ctx)
    with open_store(till.store) as store:
        assert sum(store.counts().values()) == before + 1  # the purchase is in the outbox all the same
    assert counter.window.slip is None  # nobody is told: the dialog that asked is gone


def test_the_server_is_asked_while_the_store_is_still_reading_and_its_refusal_waits_for_the_kept_answer(
    counter: CounterDriver, qtbot: Any, control: SandboxControl
) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)  # Giulia is kept here now
    counter.key(Qt.Key.Key_Escape)
    control.set_faults(status=503, count=1000)
    ctx = counter.session.ctx
    busy = Gate()
    ctx.store_runner.run(busy.step, on_success=lambda _: None, on_failure=lambda _: None)
    assert busy.started.wait(WAIT / 1000)
    shown: list[LookupAnswer] = []
    counter.window.shown.connect(shown.append)
    counter.look_up(GIULIA)
    # The store is held: the server's request ran anyway, and its failure is not shown before the kept answer.
    assert ctx.network.wait(WAIT)
    QApplication.processEvents()
    assert shown == []
    busy.open.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    _settle(ctx)
    assert len(shown) == 1 and not shown[0].fresh and shown[0].why_not_fresh is not None
    assert "cannot be reached" in counter.window.panel.freshness.text()


def test_a_redemption_sent_then_closed_at_once_is_still_settled_and_nobody_is_told(
    counter: CounterDriver, qtbot: Any, till: Paths, server: LoyaltyClient
) -> None:
    dialog = open_redeem(counter)
    to_pin(counter, dialog, "300")
    heard: list[object] = []
    dialog.redeemed.connect(heard.append)
    ctx = counter.session.ctx
    busy = Gate()
    ctx.store_runner.run(busy.step, on_success=lambda _: None, on_failure=lambda _: None)
    assert busy.started.wait(WAIT / 1000)
    type_pin(counter, dialog, "1234")  # the PIN's last digit sends it
    counter.key(Qt.Key.Key_Escape, dialog)  # the cashier closes the dialog while it is under way
    assert not dialog.isVisible()
    busy.open.set()
    qtbot.waitUntil(lambda: server.card(card=GIULIA).points == 950, timeout=15_000)
    _settle(ctx)
    with open_store(till.store) as store:
        assert store.counts().get(OperationState.DONE) == 1  # its outcome written, not left under way
    assert heard == [] and counter.window.slip is None
