"""Plain helpers that more than one test file needs (fixtures live in the conftests; nothing here imports Qt)."""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import re
import sqlite3
import struct
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from kiosk.api import ApiError, Login, LoyaltyClient, TerminalLogin
from kiosk.store import NewOperation

#: Where the store tests' hand-moved clock starts.
T0 = 1_700_000_000.0
#: SQLite's page size in the terminal's store.
PAGE = 4096
#: How often a wait looks again at what another thread or process does.
POLL = 0.02

T = TypeVar("T")


def wait_until(
    probe: Callable[[], T], *, within: float, what: str, process: subprocess.Popen[Any] | None = None, every: float = POLL
) -> T:
    """`probe()`'s first true answer, looked for `every` s; fails after `within` s, or as soon as `process` exits.

    For what another thread or process does; Qt tests wait with qtbot.waitUntil / waitSignal instead.
    """
    deadline = time.monotonic() + within
    while not (value := probe()):
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the process exited with {process.returncode} before {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {within} s waiting for {what}")
        time.sleep(every)
    return value


def terminal_client(url: str, demo: dict[str, Any]) -> LoyaltyClient:
    """The demo terminal's client for `url` (with the enrolment login too).

    A short connect timeout, so a dead address fails fast; the app's own read timeout, because the sandbox answers
    from a thread of the test's own process, which a busy machine (two workers, apps started by e2e tests) can
    leave waiting several seconds: 5 s made a till's plain call fail as unanswered one run in five.
    """
    return LoyaltyClient(
        url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=TerminalLogin(**demo["terminal"]),
        synchro=Login(**demo["customersynchro"]), connect_timeout=2.0, read_timeout=15.0,
    )


# -- a damaged store ---------------------------------------------------------------


def purchase(n: int, card: str = "2000000000015") -> NewOperation:
    """The n-th of many purchases, each a few hundred bytes, so a few hundred fill several pages."""
    return NewOperation("purchase", card, {"amount": 1000 + n, "receipt": f"R-{n}-" + "x" * 400}, points_delta=10)


def outbox_leaves(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT pageno FROM dbstat WHERE name = 'outbox' AND pagetype = 'leaf' ORDER BY pageno")
        return [row[0] for row in rows]
    finally:
        conn.close()


def scramble_two_pages(path: Path) -> bytes:
    """Two leaf pages of old outbox rows overwritten with noise, as a failing disk leaves them; the new bytes."""
    pages = outbox_leaves(path)[1:3]
    raw = bytearray(path.read_bytes())
    for number in pages:
        start = (number - 1) * PAGE
        raw[start : start + PAGE] = bytes((i * 37 + number) % 251 for i in range(PAGE))
    path.write_bytes(bytes(raw))
    return bytes(raw)


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as error:
        return str(error)  # "database disk image is malformed"
    finally:
        conn.close()


# -- secrets kept out of the till's files -------------------------------------------


@contextlib.contextmanager
def kiosk_log(folder: Path) -> Iterator[Path]:
    """The till's log file at DEBUG in `folder`, written as the app writes it (redaction filter included)."""
    from kiosk.logs import LOG_FILE_NAME, setup_logging

    setup_logging(folder, level="DEBUG", to_stderr=False)
    try:
        yield folder / LOG_FILE_NAME
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_kiosk", False):
                root.removeHandler(handler)
                handler.close()


def secrets_in(paths: list[Path], secrets: list[str]) -> list[str]:
    """Which of `secrets` appear in which file, as whole tokens (a 4-digit PIN inside a longer number does not count)."""
    found = []
    for path in paths:
        data = path.read_bytes()
        for secret in secrets:
            token = re.compile(rb"(?<![0-9A-Za-z.])" + re.escape(secret.encode()) + rb"(?![0-9A-Za-z.])")
            if token.search(data):
                found.append(f"{secret!r} in {path.name}")
    return found


@contextlib.contextmanager
def raises_saying(kind: type[BaseException], pattern: str) -> Iterator[Any]:
    """Like pytest.raises, and the error's words (the command line's English, from its typed value) match `pattern`.

    The error itself carries an enum member and its parameters, never a sentence: what
    a person reads is made from those, so that is what is checked here.
    """
    import pytest

    from kiosk.cli_text import say

    with pytest.raises(kind) as caught:
        yield caught
    words = say(caught.value)  # type: ignore[arg-type]
    assert re.search(pattern, words), f"{pattern!r} not in {words!r}"


def wrong_code(code: str) -> str:
    """A one-time code that is surely not `code`: the same length, the last digits moved on by one."""
    return f"{(int(code) + 1) % 10 ** len(code):0{len(code)}d}"


def directory_entry(client: Any, card: str) -> Any:
    """The card's entry in the terminal's card directory (every page read), or None."""
    since, found = "", None
    while True:
        page = client.card_directory(since=since)
        found = next((entry for entry in page.cards if entry.card == card), found)
        if not page.more:
            return found
        since = page.next


def refusal(call: Callable[[], object]) -> ApiError:
    """The refusal the loyalty server answers `call` with; the test fails if the call goes through."""
    import pytest

    with pytest.raises(ApiError) as refused:
        call()
    return refused.value


#: Parameters enough for any typed value's words (each takes the ones it needs).
EXAMPLE_PARAMS = {
    "attempts": 2, "seconds": 30, "field": "email", "code": 31, "doing": "write", "state": "pending",
    "found": 8, "known": 7, "backup": "terminal-1.sqlite3", "example": "1,234.56", "example_cents": "12.50",
    "minimum": 100, "available": 1250, "waiting": 40, "currency": "EUR", "text": "abc", "card": "2000000000015",
    "new_card": "2000000000022", "format": "UPCA", "longest": 48, "offline": True, "room": 100, "hours": 24,
    "kind": "purchase", "operationid": "op-1", "label": "Name", "length": 8, "letter": True, "digit": True,
    "digits": 6, "address": "a@example.com", "low": 6, "high": 8, "name": "api_key", "env": "KIOSK_X",
    "source": "environment", "where": "", "raw": "x", "number": -1, "path": "/etc/kiosk.toml", "key": "k",
    "detail": "1:2", "file": "kiosk.toml", "url": "https://loyalty.example", "names": "api_key,campaign_id",
    "campaign": "Demo", "kept": True, "choices": "it, en, ru, pt", "lowest": -90.0, "highest": 90.0,
    "backend": "keyring.backends.SecretService.Keyring",
}


class SandboxClock:
    """A clock moved together with the sandbox's: the app's expiries and waits see the same time as the server."""

    def __init__(self, control: Any) -> None:
        self.control = control  # a SandboxControl
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.control.advance_clock(seconds)
        self.offset += seconds


#: The icon's sizes drawn in resources/icons (packaging/icons.py), one hicolor folder each.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    """A PNG's width and height, from its header (the IHDR chunk always comes first)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def compile_catalogue(folder: Path, language: str, translations: dict[str, str], i18n_tool: Any) -> None:
    """kiosk_XX.qm in `folder` holding only `translations` (source: translation) of the desktop entries' words
    (context DesktopEntry), built by Qt's lrelease."""
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "DesktopEntry"
    for source, translation in translations.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = translation
    ts = folder / f"kiosk_{language}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([i18n_tool.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)


def packaging_script(name: str) -> Any:
    """packaging/NAME.py as a module (a script, not a package: "packaging" is also a PyPI library's name)."""
    path = Path(__file__).resolve().parent.parent / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"kiosk_{name}_tool", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
