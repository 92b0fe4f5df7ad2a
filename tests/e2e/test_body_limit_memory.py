"""A 40 MB body does not grow a real `kiosk sandbox serve` process: it is refused at the door (413/21)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.api.marta import API_KEY_HEADER, AnswerCode, Path as ApiPath
from tests.e2e.tills import seed_demo

FORTY_MB = 40 * 1024 * 1024
#: Far below the 40 MB sent, far above what one request's bookkeeping costs.
MAX_GROWTH_KIB = 10 * 1024

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc/PID/status (Linux)")


def _peak_rss_kib(pid: int) -> int:
    """The process's high-water mark of resident memory (VmHWM): a body held even briefly shows here."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in /proc status")


def _stream(total: int) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        piece = b" " * min(65536, total - sent)
        sent += len(piece)
        yield piece


@pytest.fixture
def server(tmp_path: Path, serve: Any) -> tuple[str, int, dict[str, Any]]:
    data = tmp_path / "sandbox"
    demo = seed_demo(data)
    served = serve(data)
    return served.url, served.process.pid, demo


@pytest.mark.parametrize("chunked", [False, True])
def test_forty_megabytes_leave_the_server_s_memory_as_it_was(server: tuple[str, int, dict[str, Any]], chunked: bool) -> None:
    url, pid, demo = server
    with httpx.Client(base_url=url, timeout=60) as http:
        # Warm up every path the refusal takes, so what is measured is the body alone.
        login = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal", **demo["terminal"]}
        assert http.post(ApiPath.AUTH, json=login, headers={API_KEY_HEADER: demo["apikey"]}).status_code == 200
        http.post(ApiPath.AUTH, content=b" " * (70 * 1024))  # 413 (before: 401 after reading it all)
        before = _peak_rss_kib(pid)
        headers = {} if chunked else {"content-length": str(FORTY_MB)}
        answer = http.post(ApiPath.AUTH, content=_stream(FORTY_MB), headers=headers)
        after = _peak_rss_kib(pid)
    print(f"peak RSS of the server grew by {(after - before) / 1024:.1f} MB for a 40 MB body", end=" ")
    assert after - before < MAX_GROWTH_KIB, f"the server grew by {(after - before) / 1024:.1f} MB"
    assert answer.status_code == 413 and answer.json()["AnswerCode"] == AnswerCode.BODY_TOO_LARGE
