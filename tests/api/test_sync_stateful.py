"""Random runs of queueing, faults, drains and restarts: the server ends with each purchase once, in order per card."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from kiosk.api import LoyaltyClient, LoyaltyError, SandboxControl, TerminalLogin
from kiosk.store import NewOperation, Operation, OperationState, Store, open_store
from kiosk.sync import Backoff, SyncWorker

CARDS = 3
WHEN = "2026-11-22T10:42:00Z"
# Shorter than the longest injected delay, so some answers time out after the server applied the call.
READ_TIMEOUT = 0.25
QUICK = Backoff(base=0.001, cap=0.01)
SETTLE_ROUNDS = 200
#: Where a fault strikes: any call (sign-in included), the writes, or the "what became of it" question.
PATHS = st.sampled_from([None, "/terminal/movement", "/terminal/operation"])


def _client(sandbox: Any, read_timeout: float = READ_TIMEOUT) -> LoyaltyClient:
    return LoyaltyClient(
        sandbox.url, api_key=sandbox.demo["apikey"], campaign_id=sandbox.demo["campaignid"],
        terminal=TerminalLogin(**sandbox.demo["terminal"]), connect_timeout=2.0, read_timeout=read_timeout,
    )


class OutboxMachine(RuleBasedStateMachine):
    """One terminal with fresh cards on a shared sandbox; the model is the enqueue order per card."""

    sandbox: Any = None

    def __init__(self) -> None:
        super().__init__()
        sandbox = type(self).sandbox
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-sync-"))
        self.store_path = self.folder / "kiosk.sqlite3"
        self.control = SandboxControl(sandbox.url, sandbox.controlkey)
        self.control.clear_faults()
        self.client = _client(sandbox)
        with _client(sandbox, read_timeout=15.0) as setup:  # no fault yet: a busy machine must not fail the setup
            self.cards = [setup.issue_card(1).card for _ in range(CARDS)]
        self.store: Store = open_store(self.store_path)
        self.worker = SyncWorker(self.store_path, self.client, backoff=QUICK)
        self.queued: dict[str, list[Operation]] = {card: [] for card in self.cards}

    @rule(which=st.integers(0, CARDS - 1), amount=st.integers(1, 100_000), receipt=st.text("AZ09-", min_size=1, max_size=12))
    def enqueue_purchase(self, which: int, amount: int, receipt: str) -> None:
        card = self.cards[which]
        body = {"card": card, "amount": amount, "receipt": receipt, "datetime": WHEN}
        self.queued[card].append(
            self.store.enqueue(NewOperation(type="purchase", card=card, body=body, points_delta=amount // 100))
        )

    @rule(count=st.integers(1, 4), status=st.sampled_from([500, 502, 503, 429]), path=PATHS)
    def fail_next_calls(self, count: int, status: int, path: str | None) -> None:
        self.control.set_faults(status=status, count=count, path=path)

    @rule(count=st.integers(1, 2), path=PATHS)
    def drop_next_answers(self, count: int, path: str | None) -> None:
        self.control.set_faults(dropcount=count, path=path)

    @rule(delayms=st.integers(50, 400), path=PATHS)
    def slow_down(self, delayms: int, path: str | None) -> None:
        self.control.set_faults(delayms=delayms, path=path)

    @rule()
    def clear_faults(self) -> None:
        self.control.clear_faults()

    @rule()
    def drain(self) -> None:
        self.worker.drain_once()

    @rule(crash=st.sampled_from(["clean", "before sending", "after sending"]))
    def restart(self, crash: str) -> None:
        """The process dies and comes back: new store connection, new client, new worker."""
        heads = self.store.due(time.time() + 3600)
        if crash != "clean" and heads:
            op = heads[0]
            self.store.mark_inflight(op.operationid)
            if crash == "after sending":
                body = op.body
                try:
                    self.client.purchase(
                        op.card, amount=body["amount"], receipt=body["receipt"], operationid=op.operationid,
                        when=dt.datetime.fromisoformat(body["datetime"]),
                    )
                except LoyaltyError:
                    pass  # a fault met it: sent or not, the worker must find out
        self.store.close()
        self.client.close()
        self.client = _client(type(self).sandbox)
        self.store = open_store(self.store_path)
        self.worker = SyncWorker(self.store_path, self.client, backoff=QUICK)

    @invariant()
    def nothing_fails(self) -> None:
        # Every purchase here is valid on an active card: no fault may park one as failed.
        assert self.store.counts()[OperationState.FAILED] == 0

    def teardown(self) -> None:
        try:
            self.control.clear_faults()
            self._settle_everything()
            self._check_against_the_server()
        finally:
            self.store.close()
            self.client.close()
            self.control.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _settle_everything(self) -> None:
        for _ in range(SETTLE_ROUNDS):
            if self.worker.drain_once().left == 0:
                return
            # A timed-out call may still be running on the server (409/62), and backoffs are ~10 ms.
            time.sleep(0.02)
        raise AssertionError(f"the outbox did not drain: {self.store.counts()}")

    def _check_against_the_server(self) -> None:
        # The faults are off: a slow machine must not turn the check itself into a timeout.
        with _client(type(self).sandbox, read_timeout=15.0) as client:
            self._check_with(client)

    def _check_with(self, client: LoyaltyClient) -> None:
        for card, ops in self.queued.items():
            ours = {op.operationid for op in ops}
            history = [m.operationid for m in reversed(client.movements(card, limit=200)) if m.operationid in ours]
            # Once each (no double, none lost) and in the order the shop saved them.
            assert history == [op.operationid for op in ops]
            assert all(self.store.operation(op.operationid).state is OperationState.DONE for op in ops)
            server = client.card(card=card)
            cached = self.store.cached_card(card)
            if ops:
                assert cached is not None
                assert (cached.server_points, cached.points, cached.pending_count) == (server.points, server.points, 0)
                assert server.points == sum(op.body["amount"] // 100 for op in ops)


def test_outbox_reaches_the_server_exactly_once_in_order(tmp_path: Path) -> None:
    from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread

    data = tmp_path / "sandbox"
    demo = seed_demo(data)
    with start_in_thread(SandboxConfig(data_dir=data, dev=True)) as running:
        running.demo = demo
        OutboxMachine.sandbox = running
        try:
            run_state_machine_as_test(
                OutboxMachine,
                settings=settings(
                    max_examples=30, stateful_step_count=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow],
                ),
            )
        finally:
            OutboxMachine.sandbox = None
