"""`kiosk lookup / earn / redeem / sync / queue / directory` as the till software and field support run them."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import time

import pytest

from kiosk.api import ApiError, LoyaltyClient, TerminalLogin
from kiosk.api.sandbox_control import SandboxControl
from kiosk.domain.identifiers import with_check_digit
from kiosk.store import open_store
from tests.e2e.tills import KIOSK, till_env
from tests.helpers import wait_until

GIULIA, BLOCKED, ANNA, LUCA = "2000000000015", "2000000000039", "2000000000046", "2000000000053"
GIULIA_PIN = "1234"  # the demo's; Anna's PIN is locked


@pytest.fixture
def till(sandbox, tmp_path):
    """Runs `kiosk --basedir ... COMMAND` against the sandbox; `.url` can be pointed elsewhere."""
    demo = sandbox.demo

    class Till:
        url = sandbox.url

        base = tmp_path / "base"

        def __call__(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
            env = till_env(self.url, demo, KIOSK_CONNECT_TIMEOUT="1")
            # stdin is always a pipe, so no command ever waits on the terminal pytest runs in.
            return subprocess.run([*KIOSK, "--basedir", str(self.base), *args], env=env, input=stdin,
                                  capture_output=True, text=True, timeout=60)

        def json(self, *args: str, stdin: str = "") -> dict:
            done = self(*args, "--json", stdin=stdin)
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
    # Never served by this till: the directory gives no name, and the text does not call her unregistered.
    assert by_mail["cards"][0]["name"] is None
    assert "(name not kept on this terminal) — card " + GIULIA in till("lookup", "giulia.rossi@example.com").stdout


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


ARABIC_GIULIA = "".join(chr(0x0660 + int(d)) for d in GIULIA)  # the same digits in Arabic-Indic script


@pytest.mark.parametrize(
    "args, words",
    [
        (["earn", "--card", GIULIA, "--amount", "1e3", "--receipt", "R-e"], "not an amount"),
        (["earn", "--card", GIULIA, "--amount", "1_000", "--receipt", "R-u"], "not an amount"),
        (["earn", "--card", GIULIA, "--amount", "١٠٠", "--receipt", "R-a"], "not an amount"),
        (["earn", "--card", GIULIA, "--amount", "12,50", "--receipt", "R-c"], "not an amount"),
        (["earn", "--card", ARABIC_GIULIA, "--amount", "5", "--receipt", "R-k"], "card number"),
        (["redeem", "--card", GIULIA, "--points", "100.5"], "not a number of points"),
        (["redeem", "--card", GIULIA, "--points", "1e3"], "not a number of points"),
        (["redeem", "--card", GIULIA, "--credit", "1e1"], "not an amount"),
        (["redeem", "--card", ARABIC_GIULIA, "--points", "100"], "card number"),
    ],
)
def test_a_number_that_is_not_plainly_written_exits_2_and_nothing_is_queued_or_sent(till, client, args, words):
    before = client.card(card=GIULIA)
    done = till(*args, stdin=GIULIA_PIN + "\n")
    assert done.returncode == 2, done.stdout + done.stderr
    assert words in done.stderr
    store_file = till.base / "data" / "terminal.sqlite3"
    if store_file.exists():
        with open_store(store_file) as store:
            assert sum(store.counts().values()) == 0
    after = client.card(card=GIULIA)
    assert (after.points, after.credit) == (before.points, before.credit)


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


# -- kiosk redeem ------------------------------------------------------------


def _burns(client, card: str) -> list:
    return [m for m in client.movements(card) if m.type in ("burnpoints", "burncredit")]


def _holds_pin(data: bytes, pin: str) -> bool:
    """The PIN as a value of its own (not digits inside an id, a time or a phone number), or any pincode field."""
    alone = re.search(rb"(?<![0-9A-Za-z.+-])" + pin.encode() + rb"(?![0-9A-Za-z.-])", data)
    return alone is not None or re.search(rb"pincode(?!length)", data) is not None


def _files_holding(base, pin: str) -> list[str]:
    """Every file the terminal wrote (store and its -wal, logs, config) that holds the PIN."""
    return [str(f) for f in sorted(base.rglob("*")) if f.is_file() and _holds_pin(f.read_bytes(), pin)]


def test_redeem_with_the_right_pin_shows_the_new_balance(till, client):
    done = till("redeem", "--card", GIULIA, "--points", "500", stdin=GIULIA_PIN + "\n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Redeemed 500 points (worth 5.00 EUR) on card 2000000000015." in done.stdout
    assert "New balance: 750 points, credit 15.00 EUR." in done.stdout
    assert client.card(card=GIULIA).points == 1250 - 500
    burns = _burns(client, GIULIA)
    assert len(burns) == 1 and burns[0].points == -500
    assert burns[0].operationid in done.stdout
    credit = till.json("redeem", "--card", GIULIA, "--credit", "2.50", stdin=GIULIA_PIN + "\n")
    assert credit["outcome"] == "done" and credit["redeemed"] is True
    assert credit["balance"] == {"points": 750, "credit": 1500 - 250}
    assert credit["tender"] == "credit" and credit["amount"] == 250
    assert client.card(card=GIULIA).credit == 1250
    queue = till.json("queue")
    assert queue["counts"]["done"] == 2 and queue["counts"]["inflight"] == 0


def test_redeem_with_a_wrong_pin_redeems_nothing_and_says_the_tries_left(till, client):
    done = till("redeem", "--card", GIULIA, "--points", "500", stdin="9876\n")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Wrong PIN. 4 tries left before the PIN locks. Nothing was redeemed." in done.stdout
    assert "9876" not in done.stdout + done.stderr
    assert client.card(card=GIULIA).points == 1250 and _burns(client, GIULIA) == []
    second = till("redeem", "--card", GIULIA, "--points", "500", "--json", stdin="9876\n")
    assert second.returncode == 1
    again = json.loads(second.stdout)
    assert again["outcome"] == "wrong_pin" and again["attempts_left"] == 3 and again["redeemed"] is False
    queue = till.json("queue")  # kept as refused records, nothing for staff to do
    assert queue["counts"]["discarded"] == 2 and queue["counts"]["failed"] == 0 and queue["counts"]["pending"] == 0


def test_redeem_on_a_locked_pin_says_so_and_how_to_reset_it(till, client):
    done = till("redeem", "--card", ANNA, "--points", "100", stdin="9999\n")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "locked" in done.stdout and "Nothing was redeemed" in done.stdout
    assert "Reset it with a code" in done.stdout
    second = till("redeem", "--card", ANNA, "--credit", "1", "--json", stdin="9999\n")
    assert second.returncode == 1 and json.loads(second.stdout)["outcome"] == "locked"
    assert client.card(card=ANNA).points == 500 and _burns(client, ANNA) == []


@pytest.mark.parametrize(
    "args, words",
    [
        (["--points", "50"], "At least 100 points must be redeemed at a time."),
        (["--points", "5000"], "The card has only 1,250 points to redeem."),
        (["--credit", "99"], "The card has only 15.00 EUR of credit to spend."),
        (["--points", "lots"], "is not a number of points"),
    ],
)
def test_redeem_refuses_what_the_card_or_campaign_does_not_allow_before_any_call(till, client, args, words):
    before = client.movements(GIULIA)
    done = till("redeem", "--card", GIULIA, *args, stdin=GIULIA_PIN + "\n")
    assert done.returncode == 2, done.stdout + done.stderr
    assert words in done.stderr
    assert client.movements(GIULIA) == before
    assert client.card(card=GIULIA).points == 1250
    assert sum(till.json("queue")["counts"].values()) == 0  # nothing saved


@pytest.mark.slow
def test_redeem_whose_answer_is_lost_asks_the_server_and_else_leaves_it_to_sync(till, client, sandbox):
    with SandboxControl(sandbox.url, sandbox.controlkey) as control:
        # Applied, then the answer cut off: the terminal asks what became of it and learns it is done.
        control.set_faults(dropcount=1, path="/terminal/movement/burnpoints")
        dropped = till("redeem", "--card", GIULIA, "--points", "200", "--json", stdin=GIULIA_PIN + "\n")
        assert dropped.returncode == 0, dropped.stdout + dropped.stderr
        assert json.loads(dropped.stdout)["balance"]["points"] == 1250 - 200
        # Still running when the terminal gives up waiting and asks: nobody knows yet.
        control.set_faults(delayms=2000, path="/terminal/movement/burnpoints")
        lost = till("redeem", "--card", GIULIA, "--points", "300", "--read-timeout", "1", stdin=GIULIA_PIN + "\n")
        assert lost.returncode == 3, lost.stdout + lost.stderr
        assert "answer was lost" in lost.stdout and "do not hand anything over yet" in lost.stdout
        assert "kiosk sync --once" in lost.stdout
        assert till.json("queue")["counts"]["inflight"] == 1
        control.clear_faults()
    operationid = re.search(r"settles operation ([0-9a-f-]+)", lost.stdout).group(1)

    def applied() -> bool:  # the server goes on with it, answered or not
        with contextlib.suppress(ApiError):
            return client.operation(operationid) is not None
        return False

    wait_until(applied, within=10, what="the server to apply the redemption")
    waiting = till.json("queue", "show", operationid)
    assert (waiting["state"], waiting["points"], waiting["movementid"]) == ("inflight", -300, None)
    assert till("sync", "--once").returncode == 0
    # What the till program asks afterwards: did that redemption go through?
    shown = till.json("queue", "show", operationid)
    assert shown["state"] == "done" and shown["balance"] == {"points": 750, "credit": 1500}
    assert shown["movementid"] == _burns(client, GIULIA)[0].movementid
    assert "accepted by the loyalty server" in till("queue", "show", operationid).stdout
    unknown = till("queue", "show", "no-such-operation")
    assert unknown.returncode == 1 and "not in this terminal's queue" in unknown.stderr
    assert [b.points for b in _burns(client, GIULIA)] == [-300, -200]
    assert client.card(card=GIULIA).points == 1250 - 200 - 300
    assert till.json("lookup", GIULIA)["cards"][0]["points"] == 750


def test_redeem_needs_the_server_and_saves_nothing_without_it(till):
    _unreachable(till)
    done = till("redeem", "--card", GIULIA, "--points", "500", stdin=GIULIA_PIN + "\n")
    assert done.returncode == 1
    assert "Redeeming needs the connection to the loyalty server, which cannot be reached now." in done.stderr
    assert sum(till.json("queue")["counts"].values()) == 0


def test_redeem_takes_the_pin_only_on_stdin_and_keeps_it_nowhere(till, client):
    # No way to give it on the command line, where `ps` shows it to every user.
    flag = till("redeem", "--card", GIULIA, "--points", "500", "--pincode", GIULIA_PIN)
    assert flag.returncode == 2 and "unknown option --pincode" in flag.stderr and GIULIA_PIN not in flag.stderr
    missing = till("redeem", "--card", GIULIA, "--points", "500")  # stdin empty
    assert missing.returncode == 2 and "No PIN was given" in missing.stderr
    odd = till("redeem", "--card", GIULIA, "--points", "500", stdin="12345\n")
    assert odd.returncode == 2 and "4 digits" in odd.stderr and "12345" not in odd.stderr
    assert _burns(client, GIULIA) == []
    wrong = till("redeem", "--card", GIULIA, "--points", "100", stdin="9876\n")
    assert wrong.returncode == 1
    right = till("redeem", "--card", GIULIA, "--points", "100", stdin=GIULIA_PIN + "\n")
    assert right.returncode == 0, right.stdout + right.stderr
    assert len(_burns(client, GIULIA)) == 1
    for done in (missing, odd, wrong, right):
        assert not _holds_pin((done.stdout + done.stderr).encode(), GIULIA_PIN)
    store = till.base / "data" / "terminal.sqlite3"
    log = till.base / "logs" / "kiosk.log"
    assert store.exists() and log.exists() and "redemption" in log.read_text()
    assert _files_holding(till.base, GIULIA_PIN) == []
    assert _files_holding(till.base, "9876") == []


# -- held back by the server's limits on guessing (429/13) -----------------------------------------


def _guessing(sandbox, account: str = "terminal"):
    """A session of the till's own login, calling from another loopback address, as a thief with its token would."""
    import httpx

    from kiosk.api.marta import API_KEY_HEADER, Path

    demo = sandbox.demo
    http = httpx.Client(base_url=sandbox.url, headers={API_KEY_HEADER: demo["apikey"]},
                        transport=httpx.HTTPTransport(local_address="127.0.0.9"))
    body = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal", **demo[account]}
    http.headers["Authorization"] = f"Bearer {http.post(Path.AUTH, json=body).json()['token']}"
    return http


def test_lookup_held_back_says_how_long_to_wait(till, sandbox):
    from kiosk.api.marta import LOOKUP_MISSES_MAX, Path

    with contextlib.closing(_guessing(sandbox)) as http:
        for n in range(LOOKUP_MISSES_MAX):
            assert http.get(Path.CARD, params={"email": f"nobody{n}@example.com"}).status_code == 404
    done = till("lookup", "giulia.rossi@example.com")
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.fullmatch(r"kiosk: Too many tries; wait \d+ s\.\n", done.stderr), done.stderr
    assert "Traceback" not in done.stderr


def test_redeem_held_back_says_how_long_to_wait_and_redeems_nothing(till, client, sandbox):
    from kiosk.api.marta import TERMINAL_WRONG_PINS_MAX, Path

    with (
        contextlib.closing(_guessing(sandbox)) as http,
        contextlib.closing(_guessing(sandbox, "terminal2")) as other_till,
    ):
        for n in range(TERMINAL_WRONG_PINS_MAX):
            assert http.post(Path.PIN_VERIFY, json={"card": GIULIA, "pincode": "0000"}).status_code == 403
            if n % 4 == 3:  # never five in a row on the card, so its PIN does not lock
                other_till.post(Path.PIN_VERIFY, json={"card": GIULIA, "pincode": GIULIA_PIN})
    done = till("redeem", "--card", GIULIA, "--points", "500", stdin=f"{GIULIA_PIN}\n")
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r"Too many tries; wait \d+ s\. Nothing was redeemed\.", done.stdout), done.stdout
    assert client.card(card=GIULIA).points == 1250 and _burns(client, GIULIA) == []
