"""The enrolment's steps as operations: each answers the wizard that asked alone, and goes on when it is gone.

Against the sandbox over HTTP and the till's real store file, with the
EnrolmentService the counter session made; a slow server (one of the sandbox's
faults) keeps a call on its way while the wizard closes or starts again.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from kiosk.api import SandboxControl
from kiosk.api.marta import Path as ApiPath
from kiosk.domain import onboarding as ob
from kiosk.paths import Paths
from kiosk.services.enrolment import EnrolmentService
from kiosk.services.operation import Scope
from kiosk.ui.main import CounterSession
from tests.gui.driver import WAIT
from tests.gui.enrolling import fresh_email, saved_enrolment

SLOW_MS = 800  # long enough for the test to act while the call is on its way


@pytest.fixture
def service(session: CounterSession) -> EnrolmentService:
    return session.enrolment


@pytest.fixture
def wizard(qtbot: Any) -> QDialog:
    """What asks for the steps: a window of its own, whose closing ends its Scope."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _settle(session: CounterSession) -> None:
    """Every call and write started has ended, and every answer queued has been handed out."""
    ctx = session.ctx
    for _ in range(5):
        assert ctx.network.wait(WAIT) and ctx.store_runner.wait(WAIT)
        QApplication.processEvents()


def _saved_step(till: Paths) -> str | None:
    saved = saved_enrolment(till)
    return None if saved is None else saved["step"]


def _checking(service: EnrolmentService, scope: Scope, control: SandboxControl) -> list[ob.State]:
    """A new enrolment whose address is being checked by a slow server; what the caller heard (the busy state last)."""
    heard: list[ob.State] = []
    service.start(parent=scope).state(heard.append).run()
    control.set_faults(delayms=SLOW_MS, path=ApiPath.CHECKCARD)
    service.identify(fresh_email(), parent=scope).state(heard.append).run()
    assert isinstance(heard[-1].busy, ob.CheckCard)
    return heard


def test_a_step_is_heard_at_once_busy_then_at_rest_and_its_state_is_kept(
    qtbot: Any, service: EnrolmentService, wizard: QDialog, till: Paths
) -> None:
    scope = Scope(wizard)
    heard: list[ob.State] = []
    service.start(parent=scope).state(heard.append).run()
    assert [s.step for s in heard] == [ob.Step.START]  # before run() returned
    service.identify(fresh_email(), parent=scope).state(heard.append).run()
    assert len(heard) == 2 and isinstance(heard[1].busy, ob.CheckCard)  # the busy state, at once
    qtbot.waitUntil(lambda: len(heard) == 3, timeout=WAIT)
    assert heard[2].step is ob.Step.CREDENTIALS and heard[2].busy is None
    qtbot.waitUntil(lambda: _saved_step(till) == "credentials", timeout=WAIT)


def test_a_closed_wizard_hears_nothing_while_its_step_ends_and_its_resting_state_is_kept(
    qtbot: Any, session: CounterSession, service: EnrolmentService, wizard: QDialog,
    control: SandboxControl, till: Paths
) -> None:
    scope = Scope(wizard)
    heard = _checking(service, scope, control)
    wizard.reject()  # closed while the card is being checked
    assert scope.ended
    qtbot.waitUntil(lambda: _saved_step(till) == "credentials", timeout=WAIT)  # the step ended, and is kept
    _settle(session)
    assert service.state.step is ob.Step.CREDENTIALS and service.state.busy is None
    assert [s.step for s in heard] == [ob.Step.START, ob.Step.START]  # nothing after the busy state


def test_a_step_asked_while_a_call_is_on_its_way_does_nothing(
    qtbot: Any, session: CounterSession, service: EnrolmentService, wizard: QDialog, control: SandboxControl
) -> None:
    scope = Scope(wizard)
    heard = _checking(service, scope, control)
    twice: list[ob.State] = []
    service.identify(fresh_email(), parent=scope).state(twice.append).run()  # a double press
    service.advance(ob.Back(), parent=scope).state(twice.append).run()
    qtbot.waitUntil(lambda: len(heard) == 3, timeout=WAIT)
    _settle(session)
    assert twice == [] and heard[-1].step is ob.Step.CREDENTIALS


@pytest.mark.parametrize("how", ["start", "restart"], ids=["a new enrolment", "the Restart event"])
def test_a_restart_mid_call_drops_the_old_answer(
    qtbot: Any, session: CounterSession, service: EnrolmentService, wizard: QDialog,
    control: SandboxControl, till: Paths, how: str
) -> None:
    old = _checking(service, Scope(wizard), control)
    started = time.monotonic()
    # The old caller's Scope is left open on purpose: the service itself drops what belonged to the old enrolment.
    new_scope = Scope(wizard)
    new: list[ob.State] = []
    if how == "start":
        service.start(parent=new_scope).state(new.append).run()
    else:
        service.advance(ob.Restart(), parent=new_scope).state(new.append).run()
    _settle(session)
    assert time.monotonic() - started >= SLOW_MS / 1000 * 0.9  # the old call did end meanwhile
    assert [s.step for s in old] == [ob.Step.START, ob.Step.START] and old[-1].busy is not None
    assert new == [ob.State()]
    assert service.state == ob.State()
    assert saved_enrolment(till) is None  # the old answer was kept nowhere either
    # And the new enrolment goes on as any other.
    control.clear_faults()
    service.identify(fresh_email(), parent=new_scope).state(new.append).run()
    qtbot.waitUntil(lambda: new[-1].step is ob.Step.CREDENTIALS, timeout=WAIT)
    assert old[-1].busy is not None and len(old) == 2
