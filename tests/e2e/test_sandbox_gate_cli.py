"""`kiosk sandbox` as a demo user and a shop owner run it: the control key, --dev, and the network warning."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.api.marta import API_KEY_HEADER, SANDBOX_KEY_HEADER, Path as ApiPath
from tests.e2e.tills import KIOSK, free_port, seed_demo

ADDRESS = "new.one@example.com"


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KIOSK, *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def demo(tmp_path: Path) -> dict[str, Any]:
    return seed_demo(tmp_path / "sandbox")


def _send_code(url: str, demo: dict[str, Any]) -> None:
    with httpx.Client(base_url=url, headers={API_KEY_HEADER: demo["apikey"]}) as http:
        login = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "customersynchro", **demo["customersynchro"]}
        token = http.post(ApiPath.AUTH, json=login).json()["token"]
        body = {"campaignid": demo["campaignid"], "email": ADDRESS, "devicetype": 1}
        assert http.post(ApiPath.VERIFYEMAIL, json=body, headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_demo_prints_a_control_key_kept_privately_in_its_folder(tmp_path: Path, demo: dict[str, Any]) -> None:
    key = demo["controlkey"]
    assert isinstance(key, str) and len(key) >= 32
    again = json.loads(_run("sandbox", "demo", "--data", str(tmp_path / "sandbox")).stdout)
    assert again["controlkey"] == key
    other = json.loads(_run("sandbox", "demo", "--data", str(tmp_path / "other")).stdout)
    assert other["controlkey"] != key
    files = [path for path in (tmp_path / "sandbox").iterdir() if path.is_file() and key in path.read_bytes().decode("latin-1")]
    assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600


def test_a_shop_server_has_no_sandbox_paths(tmp_path: Path, demo: dict[str, Any], serve: Any) -> None:
    server = serve(tmp_path / "sandbox")
    _send_code(server.url, demo)
    answer = httpx.get(server.url + ApiPath.SANDBOX_MESSAGES, params={"to": ADDRESS},
                       headers={SANDBOX_KEY_HEADER: demo["controlkey"]})
    assert answer.status_code == 404
    assert httpx.post(server.url + ApiPath.SANDBOX_FAULTS, json={"status": 503, "count": 9}).status_code == 404


def test_a_dev_server_hands_codes_only_to_the_key_holder(tmp_path: Path, demo: dict[str, Any], serve: Any) -> None:
    server = serve(tmp_path / "sandbox", "--dev")
    _send_code(server.url, demo)
    assert httpx.get(server.url + ApiPath.SANDBOX_MESSAGES, params={"to": ADDRESS}).status_code == 401
    keyed = httpx.get(server.url + ApiPath.SANDBOX_MESSAGES, params={"to": ADDRESS},
                      headers={SANDBOX_KEY_HEADER: demo["controlkey"]})
    assert keyed.status_code == 200 and keyed.json()["messages"][0]["code"]
    shown = _run("sandbox", "messages", "--data", str(tmp_path / "sandbox"), "--to", ADDRESS, "--url", server.url)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)[0]["code"] == keyed.json()["messages"][0]["code"]
    elsewhere = _run("sandbox", "messages", "--data", str(tmp_path / "other"), "--to", ADDRESS, "--url", server.url)
    assert elsewhere.returncode == 2 and "control key" in elsewhere.stderr
    assert "WARNING" not in server.stop()  # on loopback: nothing to warn about


@pytest.mark.parametrize("dev", [False, True])
def test_listening_beyond_loopback_warns_loudly(tmp_path: Path, demo: dict[str, Any], dev: bool) -> None:
    # 192.0.2.1 is TEST-NET-1: no machine has it, so the bind fails and nothing is ever exposed.
    flags = ["--dev"] if dev else []
    result = _run("sandbox", "serve", "--data", str(tmp_path / "sandbox"), "--host", "192.0.2.1",
                  "--port", str(free_port()), *flags, timeout=30)
    assert result.returncode != 0
    first = result.stderr.splitlines()[0]
    assert first.startswith("WARNING: the sandbox listens on 192.0.2.1, so it is reachable from the network")
    assert "Never use --dev there" in result.stderr
    assert ("--dev is ON now" in result.stderr) is dev

