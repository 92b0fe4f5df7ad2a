"""The app's embedded sandbox (kiosk.app.EmbeddedSandbox): its address takes calls before it serves.

The counter starts it after its first paint; a call made before then waits in the socket's
queue and is answered once it serves, and a stop before then ends the waiting calls at once.
"""

from __future__ import annotations

import concurrent.futures
import time
from pathlib import Path

import pytest

from kiosk.api import LoyaltyClient, NetworkError, TerminalLogin
from kiosk.app import EmbeddedSandbox
from kiosk.sandbox.demo import DEMO


def _client(sandbox: EmbeddedSandbox) -> LoyaltyClient:
    return LoyaltyClient(
        sandbox.url, api_key=DEMO["apikey"], campaign_id=DEMO["campaignid"],
        terminal=TerminalLogin(**DEMO["terminal"]), connect_timeout=5, read_timeout=30,
    )


def test_a_call_made_before_the_sandbox_serves_is_answered_once_it_does(tmp_path: Path) -> None:
    sandbox = EmbeddedSandbox(tmp_path / "sandbox")
    try:
        with _client(sandbox) as client, concurrent.futures.ThreadPoolExecutor(1) as pool:
            campaign = pool.submit(client.campaign)
            time.sleep(0.3)
            assert not campaign.done() and not sandbox.serving
            sandbox.start()
            assert campaign.result(timeout=30).name == "Demo Shop Rewards"
            assert sandbox.serving and sandbox.controlkey
    finally:
        sandbox.stop()


def test_stopped_before_it_serves_the_calls_waiting_for_it_fail_at_once(tmp_path: Path) -> None:
    sandbox = EmbeddedSandbox(tmp_path / "sandbox")
    with _client(sandbox) as client, concurrent.futures.ThreadPoolExecutor(1) as pool:
        campaign = pool.submit(client.campaign)
        time.sleep(0.3)
        stopped = time.monotonic()
        sandbox.stop()
        with pytest.raises(NetworkError):
            campaign.result(timeout=30)
        assert time.monotonic() - stopped < 2  # not the 30 s read timeout
    sandbox.start()  # after a stop: nothing starts
    assert not sandbox.ready.wait(0.5)
