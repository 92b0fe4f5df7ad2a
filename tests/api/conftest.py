"""Fixtures for tests against the real sandbox: a signed-in terminal client and a terminal's store file."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.api import LoyaltyClient, SandboxControl, TerminalLogin
from kiosk.store import Store, open_store
from tests.helpers import SandboxClock, terminal_client


@pytest.fixture
def client(sandbox: Any) -> Iterator[LoyaltyClient]:
    with terminal_client(sandbox.url, sandbox.demo) as made:
        made.campaign()  # signed in now, so an injected fault meets the call under test, not /auth
        yield made


@pytest.fixture
def clocked(sandbox: Any, control: SandboxControl) -> Iterator[tuple[LoyaltyClient, SandboxClock]]:
    """The demo terminal's client on a clock that moves with the sandbox's (tokens renewed as time passes)."""
    clock = SandboxClock(control)
    demo = sandbox.demo
    with LoyaltyClient(
        sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=TerminalLogin(**demo["terminal"]),
        clock=clock,
    ) as client:
        yield client, clock


@pytest.fixture
def dead_url() -> Iterator[str]:
    """A loopback address where nothing listens: the server is off.

    Its port stays bound (never listening: a connection is refused) until the test ends, so no other test running
    beside this one (pytest-xdist), and no server they start on a free port, can be given it meanwhile.
    """
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{held.getsockname()[1]}"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "terminal" / "kiosk.sqlite3"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with open_store(store_path) as opened:
        yield opened
