"""The /sandbox/ paths (codes sent, faults, clock, offline policy) are the demo's back door, not the shop's.

They exist only on a server started with --dev, and every call needs the data
folder's control key in x-sandbox-key (CONTRACT §5).
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path as FilePath
from typing import Any

import httpx
import pytest

from kiosk.api import SandboxControl
from kiosk.api.marta import API_KEY_HEADER, SANDBOX_KEY_HEADER, AnswerCode, Path
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread
from kiosk.sandbox.controlkey import CONTROL_KEY_FILE

# Every /sandbox/ route with a body it would accept.
ROUTES: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", Path.SANDBOX_MESSAGES, None),
    ("POST", Path.SANDBOX_FAULTS, {"status": 503, "count": 5}),
    ("DELETE", Path.SANDBOX_FAULTS, None),
    ("GET", Path.SANDBOX_CLOCK, None),
    ("POST", Path.SANDBOX_CLOCK, {"advance": 86400}),
    (
        "PUT",
        Path.SANDBOX_OFFLINE_POLICY,
        {"earn": True, "redeem": True, "redeemmaxpoints": 99999, "redeemwindowhours": 24, "redeemmaxtotalpoints": 0},
    ),
]


def _send_code(url: str, demo: dict[str, Any], address: str) -> None:
    """The enrolment login asks the server to mail a one-time code to `address`."""
    with httpx.Client(base_url=url, headers={API_KEY_HEADER: demo["apikey"]}) as http:
        login = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "customersynchro", **demo["customersynchro"]}
        token = http.post(Path.AUTH, json=login).json()["token"]
        sent = http.post(
            Path.VERIFYEMAIL,
            json={"campaignid": demo["campaignid"], "email": address, "devicetype": 1},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert sent.status_code == 200, sent.text


@pytest.fixture
def shop_server(sandbox_data: tuple[FilePath, dict[str, Any]]) -> Iterator[Any]:
    """A sandbox as a shop runs it: `kiosk sandbox serve` without --dev."""
    data, demo = sandbox_data
    with start_in_thread(SandboxConfig(data_dir=data)) as running:
        running.demo = demo
        yield running


@pytest.mark.parametrize(("method", "path", "body"), ROUTES)
def test_without_dev_the_sandbox_paths_do_not_exist_even_with_the_key(
    shop_server: Any, method: str, path: str, body: dict[str, Any] | None
) -> None:
    headers = {SANDBOX_KEY_HEADER: shop_server.demo["controlkey"], API_KEY_HEADER: shop_server.demo["apikey"]}
    answer = httpx.request(method, shop_server.url + path, json=body, headers=headers)
    assert answer.status_code == 404
    assert shop_server.controlkey is None


def test_without_dev_the_codes_sent_cannot_be_read_and_the_schema_has_no_back_door(shop_server: Any) -> None:
    _send_code(shop_server.url, shop_server.demo, "new.one@example.com")
    key = {SANDBOX_KEY_HEADER: shop_server.demo["controlkey"]}
    answer = httpx.get(shop_server.url + Path.SANDBOX_MESSAGES, params={"to": "new.one@example.com"}, headers=key)
    assert answer.status_code == 404 and "code" not in answer.json()
    paths = httpx.get(shop_server.url + "/openapi.json").json()["paths"]
    assert not [path for path in paths if path.startswith("/sandbox")]


@pytest.mark.parametrize(("method", "path", "body"), ROUTES)
@pytest.mark.parametrize("sent", [None, "", "not-the-key", "demo-api-key"])
def test_with_dev_a_missing_or_wrong_control_key_is_401(
    sandbox: Any, method: str, path: str, body: dict[str, Any] | None, sent: str | None
) -> None:
    headers = {API_KEY_HEADER: sandbox.demo["apikey"]}
    if sent is not None:
        headers[SANDBOX_KEY_HEADER] = sent
    answer = httpx.request(method, sandbox.url + path, json=body, headers=headers)
    assert answer.status_code == 401
    assert answer.json() == {
        "AnswerCode": AnswerCode.WRONG_CREDENTIALS,
        "Message": "The sandbox control key is missing or wrong.",
        "Field": SANDBOX_KEY_HEADER,
    }


def test_a_wrong_key_changes_nothing_and_reads_no_code(sandbox: Any) -> None:
    _send_code(sandbox.url, sandbox.demo, "new.one@example.com")
    wrong = {SANDBOX_KEY_HEADER: sandbox.controlkey[:-1]}
    for method, path, body in ROUTES:
        assert httpx.request(method, sandbox.url + path, json=body, headers=wrong).status_code == 401
    with SandboxControl(sandbox.url, sandbox.controlkey) as control:
        before = control.now()
        assert [m.purpose for m in control.messages("new.one@example.com")] == ["register"]
        # No fault was switched on and the clock did not jump a day.
        assert before[:13] == control.now()[:13]
    with httpx.Client(base_url=sandbox.url, headers={API_KEY_HEADER: sandbox.demo["apikey"]}) as http:
        assert http.get(Path.CAMPAIGN.format(campaignid=sandbox.demo["campaignid"])).status_code == 401  # no 503


def test_with_dev_and_the_key_every_control_works(sandbox: Any) -> None:
    _send_code(sandbox.url, sandbox.demo, "new.one@example.com")
    with SandboxControl(sandbox.url, sandbox.controlkey) as control:
        assert len(control.latest_code("new.one@example.com")) == 6
        control.set_faults(delayms=1)
        control.clear_faults()
        before = control.now()
        assert control.advance_clock(3600) > before
        assert control.set_offline_policy(redeem=True, redeemmaxpoints=300).redeemmaxpoints == 300


def test_the_control_key_is_made_once_per_data_folder_and_kept_there_privately(tmp_path: FilePath) -> None:
    first = seed_demo(tmp_path / "one")["controlkey"]
    assert seed_demo(tmp_path / "one")["controlkey"] == first  # kept: the same on the next start
    other = seed_demo(tmp_path / "two")["controlkey"]
    assert other != first and len(first) >= 32 and len(other) >= 32
    kept = tmp_path / "one" / CONTROL_KEY_FILE
    assert kept.read_text().strip() == first
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    with start_in_thread(SandboxConfig(data_dir=tmp_path / "one", dev=True)) as running:
        assert running.controlkey == first
        assert httpx.get(running.url + Path.SANDBOX_CLOCK, headers={SANDBOX_KEY_HEADER: other}).status_code == 401
        assert httpx.get(running.url + Path.SANDBOX_CLOCK, headers={SANDBOX_KEY_HEADER: first}).status_code == 200



def test_the_app_s_embedded_demo_runs_in_dev_mode_behind_the_folder_s_key(tmp_path: FilePath) -> None:
    from kiosk.app import open_backend
    from kiosk.paths import Paths
    from kiosk.settings import Settings

    paths = Paths.for_basedir(tmp_path).create()
    backend = open_backend(Settings.load(tmp_path / "none.toml", env={}), paths)
    try:
        url = backend.settings.api_url
        key = (paths.sandbox_data / CONTROL_KEY_FILE).read_text().strip()
        assert backend.demo is not None and backend.demo["controlkey"] == key
        assert httpx.get(url + Path.SANDBOX_CLOCK).status_code == 401
        assert httpx.get(url + Path.SANDBOX_CLOCK, headers={SANDBOX_KEY_HEADER: key}).status_code == 200
    finally:
        backend.close()
