"""The one way screens run work: steps on the store thread and the network, the answer to its caller alone."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kiosk.paths import Paths
from kiosk.services.context import ServiceContext
from kiosk.services.operation import Op, Scope
from kiosk.store import OperationState
from tests.gui.driver import runners_over

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
