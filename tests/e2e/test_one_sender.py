"""One sender per store: two `kiosk sync --watch` on one store, one sends, the other waits and takes over after kill -9."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from kiosk.api import LoyaltyClient, TerminalLogin
from kiosk.store import OperationState, open_store
from kiosk.sync.worker import LEASE_SECONDS
from tests.e2e.tills import KIOSK, till_env
from tests.helpers import wait_until

GIULIA = "2000000000015"


def _env(sandbox) -> dict[str, str]:
    return till_env(sandbox.url, sandbox.demo, KIOSK_CONNECT_TIMEOUT="2", KIOSK_DIRECTORY_REFRESH="0")


def _watch(base: Path, env: dict[str, str], name: str) -> tuple[subprocess.Popen[str], Path]:
    errors = base.parent / f"{name}.stderr"
    with errors.open("w") as sink:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [*KIOSK, "--basedir", str(base), "sync", "--watch"], env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=sink, text=True,
        )
    return process, errors


def _earn(base: Path, env: dict[str, str], receipt: str) -> str:
    done = subprocess.run(
        [*KIOSK, "--basedir", str(base), "earn", "--card", GIULIA, "--amount", "1.00", "--receipt", receipt, "--json"],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return str(__import__("json").loads(done.stdout)["operationid"])


def _holder(store_file: Path) -> str | None:
    with open_store(store_file) as store:
        lease = store.sender_lease()
    return None if lease is None else lease[0]


def _done(store_file: Path, ids: list[str]) -> bool:
    with open_store(store_file) as store:
        return all(store.operation(i).state is OperationState.DONE for i in ids)


def test_two_watchers_one_sends_the_other_takes_over_after_kill_9(sandbox, tmp_path):
    base = tmp_path / "till"
    env = _env(sandbox)
    store_file = base / "data" / "terminal.sqlite3"
    first_ids = [_earn(base, env, f"R-{n}") for n in range(3)]

    first, first_err = _watch(base, env, "first")
    second = None
    try:
        wait_until(lambda: f":{first.pid}:" in (_holder(store_file) or ""), within=30, what="the first holding the lease")
        second, second_err = _watch(base, env, "second")
        wait_until(lambda: _done(store_file, first_ids), within=30, what="the first three sent")
        more = [_earn(base, env, f"S-{n}") for n in range(3)]
        wait_until(lambda: _done(store_file, more), within=30, what="three more sent")
        time.sleep(2)  # the second has had its looks at the lease by now
        assert f":{first.pid}:" in (_holder(store_file) or "")  # the second never took it while the first lived

        first.send_signal(signal.SIGKILL)
        first.wait(10)
        after = [_earn(base, env, f"T-{n}") for n in range(3)]
        # The dead holder's lease runs out, and the second sends.
        wait_until(lambda: _done(store_file, after), within=LEASE_SECONDS * 3, what="the second to send")
        assert f":{second.pid}:" in (_holder(store_file) or "")
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                process.wait(15)

    # Nothing doubled: each operation once on the server, and no error in either process's output.
    demo = sandbox.demo
    login = TerminalLogin(demo["terminal"]["username"], demo["terminal"]["password"], demo["terminal"]["serialnumber"])
    with LoyaltyClient(sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=login) as client:
        seen = [m.operationid for m in client.movements(GIULIA, limit=200)]
    assert sorted(op for op in seen if op in set(first_ids + more + after)) == sorted(first_ids + more + after)
    for errors in (first_err, second_err):
        text = errors.read_text()
        assert "ERROR" not in text.upper() and "Traceback" not in text, text
    assert second.returncode == 0
