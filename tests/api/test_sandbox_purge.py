"""The server forgets on its own what it no longer needs, and writes its database with synchronous=FULL."""

from __future__ import annotations

import contextlib
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path as FilePath
from typing import Any

import httpx
import pytest

from kiosk.api import SandboxControl
from kiosk.api.marta import API_KEY_HEADER, IDEMPOTENCY_HEADER, Path
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox import SandboxConfig, start_in_thread
from kiosk.sandbox.config import DATABASE_NAME
from tests.helpers import wait_until

GIULIA = with_check_digit("200000000001")
DAY = 86400


def _count(data: FilePath, sql: str) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{data / DATABASE_NAME}?mode=ro", uri=True, timeout=10)) as conn:
        return int(conn.execute(sql).fetchone()[0])


def _counts(data: FilePath) -> dict[str, int]:
    return {table: _count(data, f"SELECT count(*) FROM {table}") for table in ("tokens", "codes", "operations")}


class Traffic:
    """A day's worth of what a shop leaves behind: logins, a refresh, codes, purchases."""

    def __init__(self, url: str, demo: dict[str, Any]) -> None:
        self.demo = demo
        self.http = httpx.Client(base_url=url, headers={API_KEY_HEADER: demo["apikey"]}, timeout=10)

    def login(self, scope: str = "terminal") -> tuple[str, str]:
        account = self.demo["terminal"] if scope == "terminal" else self.demo["customersynchro"]
        body = {"campaignid": self.demo["campaignid"], "devicetype": 1, "scope": scope, **account}
        answer = self.http.post(Path.AUTH, json=body).json()
        return answer["token"], answer["refreshtoken"]

    def day(self) -> None:
        token, refresh = self.login()
        assert self.http.post(Path.REFRESH, json={"refreshtoken": refresh}).status_code == 200
        synchro, _ = self.login("customersynchro")
        for n in range(3):
            sent = self.http.post(
                Path.VERIFYEMAIL, json={"campaignid": self.demo["campaignid"], "email": f"p{n}@example.com",
                                        "devicetype": 1}, headers={"Authorization": f"Bearer {synchro}"},
            )
            assert sent.status_code == 200, sent.text
        for _ in range(3):
            self.purchase(token)

    def purchase(self, token: str) -> None:
        key = str(uuid.uuid4())
        body = {"operationid": key, "card": GIULIA, "amount": 100, "receipt": "R", "datetime": "2026-11-22T10:00:00Z"}
        answer = self.http.post(
            Path.PURCHASE, json=body, headers={"Authorization": f"Bearer {token}", IDEMPOTENCY_HEADER: key}
        )
        assert answer.status_code == 200, answer.text


@pytest.fixture
def purging(sandbox_data: tuple[FilePath, dict[str, Any]]) -> Iterator[tuple[Any, Traffic, SandboxControl]]:
    """A sandbox whose purge passes come every 0.2 s instead of every few minutes."""
    data, demo = sandbox_data
    with start_in_thread(SandboxConfig(data_dir=data, dev=True, purge_every=0.2)) as running:
        traffic = Traffic(running.url, demo)
        with SandboxControl(running.url, running.controlkey) as control:
            yield running, traffic, control
        traffic.http.close()


def test_expired_tokens_and_old_codes_go_and_idempotency_rows_stay_30_days(
    purging: tuple[Any, Traffic, SandboxControl],
) -> None:
    running, traffic, control = purging
    data = running.config.data_dir
    traffic.day()
    before = _counts(data)
    assert before["tokens"] >= 6 and before["codes"] == 3 and before["operations"] == 3
    time.sleep(0.5)  # passes run, and nothing of today goes
    assert _counts(data) == before

    control.advance_clock(29 * DAY)
    wait_until(lambda: _counts(data)["tokens"] == 0, within=10, what="the expired tokens to go")
    wait_until(lambda: _counts(data)["codes"] == 0, within=10, what="the old codes to go")
    assert _counts(data)["operations"] == 3  # a repeat may still come within 30 days: its answer is kept

    token, _ = traffic.login()
    traffic.purchase(token)
    control.advance_clock(2 * DAY)
    wait_until(lambda: _counts(data)["operations"] == 1, within=10,
               what="the idempotency rows over 30 days old to go")
    # Only what is past its time goes: the latest purchase's row stays; balances and movements stay.
    assert _count(data, "SELECT count(*) FROM movements WHERE type = 'purchase'") == 4


def test_a_code_inside_the_hourly_send_limit_is_kept_until_the_hour_is_over(
    purging: tuple[Any, Traffic, SandboxControl],
) -> None:
    running, traffic, control = purging
    data = running.config.data_dir
    traffic.day()
    control.advance_clock(30 * 60)  # the codes expired (10 minutes) but still count for the hour
    wait_until(lambda: _count(data, "SELECT count(*) FROM tokens WHERE kind = 'access'") == 0,
               within=10, what="the expired access tokens to go")
    assert _counts(data)["tokens"] > 0  # the refresh tokens live an hour
    assert _counts(data)["codes"] == 3
    control.advance_clock(31 * 60)
    wait_until(lambda: _counts(data)["codes"] == 0, within=10, what="the codes past the hour to go")


def test_the_purge_runs_at_start_in_bounded_batches(sandbox_data: tuple[FilePath, dict[str, Any]]) -> None:
    data, _demo = sandbox_data
    old = time.time() - 40 * DAY
    with contextlib.closing(sqlite3.connect(data / DATABASE_NAME)) as conn, conn:
        conn.executemany(
            "INSERT INTO tokens (digest, kind, scope, campaignid, subject, serialnumber, expiresat)"
            " VALUES (?, 'access', 'terminal', 1001, '1', 'S', ?)",
            [(f"expired-{n}", old) for n in range(1200)],
        )
        conn.executemany(
            "INSERT INTO operations (campaignid, key, fingerprint, state, body, createdat)"
            " VALUES (1001, ?, 'f', 'applied', '{}', ?)",
            [(f"op-{n}", old) for n in range(1200)],
        )
    # The default interval (minutes): only the pass at start can do it.
    with start_in_thread(SandboxConfig(data_dir=data)):
        wait_until(lambda: _counts(data)["tokens"] == 0 and _counts(data)["operations"] == 0,
                   within=10, what="the pass at start")


def test_the_database_is_written_with_synchronous_full(sandbox: Any) -> None:
    with sandbox.app.state.sandbox.db.transaction() as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
