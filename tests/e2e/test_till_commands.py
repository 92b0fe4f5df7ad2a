"""`kiosk lookup / earn / sync / queue / directory` as the till software and field support run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from kiosk.api import LoyaltyClient, TerminalLogin
from kiosk.domain.identifiers import with_check_digit

KIOSK = [sys.executable, "-m", "kiosk"]
GIULIA, BLOCKED, LUCA = "2000000000015", "2000000000039", "2000000000053"


@pytest.fixture
def till(sandbox, tmp_path):
    """Runs `kiosk --basedir ... COMMAND` against the sandbox; `.url` can be pointed elsewhere."""
    demo = sandbox.demo

    class Till:
        url = sandbox.url

        def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
            env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
            env.update(
                KIOSK_API_URL=self.url, KIOSK_API_KEY=demo["apikey"], KIOSK_CAMPAIGN_ID=str(demo["campaignid"]),
                KIOSK_TERMINAL_USERNAME=demo["terminal"]["username"],
                KIOSK_TERMINAL_PASSWORD=demo["terminal"]["password"],
                KIOSK_TERMINAL_SERIAL=demo["terminal"]["serialnumber"], KIOSK_CONNECT_TIMEOUT="1",
            )
            return subprocess.run([*KIOSK, "--basedir", str(tmp_path / "base"), *args], env=env,
                                  capture_output=True, text=True, timeout=60)

        def json(self, *args: str) -> dict:
            done = self(*args, "--json")
            assert done.returncode == 0, done.stderr
            return json.loads(done.stdout)

    return Till()


@pytest.fixture
def client(sandbox):
    demo = sandbox.demo
    with LoyaltyClient(sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                       terminal=TerminalLogin(demo["terminal"]["username"], demo["terminal"]["password"],
                                              demo["terminal"]["serialnumber"])) as c:
        yield c


def _unreachable(till) -> None:
    till.url = "http://127.0.0.1:9"  # discard port: nothing listens there


def _reachable(till) -> None:
    del till.url  # back to the sandbox's address


def test_earn_stores_without_the_network_and_sync_sends_it_once(till, client):
    _unreachable(till)
    started = time.monotonic()
    first = till.json("earn", "--card", GIULIA, "--amount", "12.50", "--receipt", "R-1")
    assert time.monotonic() - started < 30  # returned without waiting on the network
    assert set(first) == {"operationid"}
    left = till("sync", "--once")
    assert left.returncode == 3, left.stdout + left.stderr
    _reachable(till)
    assert till("sync", "--once").returncode == 0
    assert till("sync", "--once").returncode == 0  # nothing left, nothing sent twice
    movements = [m for m in client.movements(GIULIA) if m.operationid == first["operationid"]]
    assert len(movements) == 1
    assert movements[0].receipt == "R-1" and movements[0].amount == 1250
    assert client.card(card=GIULIA).points == 1250 + 12


def test_lookup_says_fresh_then_from_the_store_with_its_age(till):
    fresh = till.json("lookup", GIULIA)
    assert fresh["fresh"] is True and fresh["cards"][0]["points"] == 1250
    assert fresh["cards"][0]["name"] == "Giulia Rossi"
    _unreachable(till)
    till("earn", "--card", GIULIA, "--amount", "20", "--receipt", "R-2")
    cached = till.json("lookup", GIULIA)
    assert cached["fresh"] is False and cached["source"] == "terminal"
    assert cached["age_seconds"] is not None and cached["age_seconds"] >= 0
    assert cached["cards"][0]["points"] == 1250 + 20
    assert cached["cards"][0]["pending_points"] == 20
    text = till("lookup", GIULIA).stdout
    assert "From this terminal's store, as of" in text and "pending" in text


def test_lookup_by_email_and_phone_offline_after_a_directory_sync(till):
    report = till.json("directory", "sync")
    assert report["directory_size"] >= 5
    _unreachable(till)
    by_mail = till.json("lookup", "Giulia.Rossi@example.com")
    assert [c["card"] for c in by_mail["cards"]] == [GIULIA] and by_mail["fresh"] is False
    by_phone = till.json("lookup", "+39 347 111 2233")
    assert [c["card"] for c in by_phone["cards"]] == [LUCA]


def test_a_failed_operation_is_shown_and_can_be_retried_or_discarded(till, client):
    op = till.json("earn", "--card", BLOCKED, "--amount", "5", "--receipt", "R-3")["operationid"]
    ok = till.json("earn", "--card", GIULIA, "--amount", "5", "--receipt", "R-4")["operationid"]
    assert till("sync", "--once").returncode == 4
    queue = till.json("queue")
    assert queue["counts"]["failed"] == 1 and queue["counts"]["done"] == 1
    assert queue["failed"][0]["operationid"] == op
    assert "block" in queue["failed"][0]["error"].lower()
    assert any(m.operationid == ok for m in client.movements(GIULIA))
    client.unblock_card(BLOCKED)
    assert till.json("queue", "retry", op)["state"] == "pending"
    assert till("sync", "--once").returncode == 0
    assert any(m.operationid == op for m in client.movements(BLOCKED))
    again = till("queue", "discard", op)
    assert again.returncode == 1 and "not failed" in again.stderr.lower()


@pytest.mark.parametrize(
    "args, words",
    [
        (["earn", "--card", GIULIA, "--amount", "abc", "--receipt", "R"], "not an amount"),
        (["earn", "--card", GIULIA, "--amount", "-3", "--receipt", "R"], "more than zero"),
        (["earn", "--card", "2000000000016", "--amount", "3", "--receipt", "R"], "check digit"),
        (["earn", "--card", GIULIA, "--amount", "3", "--receipt", " "], "receipt"),
        (["lookup", "\x02\x03"], "Scan a card"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(till, args, words):
    done = till(*args)
    assert done.returncode == 2
    assert words in done.stderr


def test_an_unknown_card_exits_1(till):
    done = till("lookup", with_check_digit("299999999999"))
    assert done.returncode == 1
    assert "card" in done.stderr.lower()


def test_earn_refuses_a_card_the_terminal_knows_is_blocked(till):
    assert till.json("lookup", BLOCKED)["cards"][0]["status"] == "blocked"
    done = till("earn", "--card", BLOCKED, "--amount", "5", "--receipt", "R-5")
    assert done.returncode == 1
    assert "blocked" in done.stderr and "nothing can be earned" in done.stderr
    assert till.json("queue")["counts"]["pending"] == 0
