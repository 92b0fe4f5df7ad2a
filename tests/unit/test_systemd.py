"""The sd_notify protocol's few lines: what reaches a real notification socket, and what is never sent or raised."""

from __future__ import annotations

import logging
import os
import socket

import pytest

from kiosk.systemd import Notifier
from tests.systemd_listener import NotifyListener

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="systemd's socket is AF_UNIX")


@pytest.fixture
def listener(tmp_path):
    made = NotifyListener(tmp_path / "notify")
    yield made
    made.close()


@pytest.fixture
def abstract():
    made = NotifyListener()
    yield made
    made.close()


def test_ready_status_watchdog_and_stopping_reach_a_socket_at_a_path(listener):
    notifier = Notifier(listener.env())
    assert notifier.enabled
    assert notifier.ready() and notifier.status("Ready for scan") and notifier.watchdog() and notifier.stopping()
    listener.wait_for("STOPPING=1", within=5)
    assert listener.messages == ["READY=1", "STATUS=Ready for scan", "WATCHDOG=1", "STOPPING=1"]


def test_an_abstract_name_is_reached_without_any_file(abstract):
    assert abstract.address.startswith("@")
    assert Notifier(abstract.env()).ready("Ready for a customer")
    abstract.wait_for("READY=1", within=5)
    assert abstract.messages == ["READY=1\nSTATUS=Ready for a customer"]  # one datagram, newline-separated


def test_a_status_is_one_line(listener):
    Notifier(listener.env()).status("Ready\nfor   scan")
    listener.wait_for("STATUS=Ready for scan", within=5)


@pytest.mark.parametrize("value", ["", "relative/notify", "vsock:2:1234"])
def test_without_a_usable_socket_nothing_is_sent_and_nothing_raises(value):
    notifier = Notifier({"NOTIFY_SOCKET": value, "WATCHDOG_USEC": "30000000"} if value else {})
    assert not notifier.enabled
    assert not notifier.ready() and not notifier.watchdog() and not notifier.stopping()
    assert notifier.watchdog_interval() is None  # no one to pet


def test_a_dead_socket_is_logged_once_and_never_raises(tmp_path, caplog):
    notifier = Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    with caplog.at_level(logging.INFO, logger="kiosk.app"):
        sent = [notifier.watchdog() for _ in range(5)]
    assert sent == [False] * 5
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "ENOENT" in warnings[0].getMessage()


def test_a_socket_that_comes_back_is_used_again(tmp_path, caplog):
    path = tmp_path / "notify"
    notifier = Notifier({"NOTIFY_SOCKET": str(path)})
    with caplog.at_level(logging.INFO, logger="kiosk.app"):
        assert not notifier.watchdog()
        listener = NotifyListener(path)
        try:
            assert notifier.watchdog()
            listener.wait_for("WATCHDOG=1", within=5)
        finally:
            listener.close()
    assert "takes messages again" in caplog.text


def test_the_watchdog_interval_is_watchdog_usec_in_seconds(listener):
    assert Notifier(listener.env(WATCHDOG_USEC="30000000")).watchdog_interval() == 30.0
    assert Notifier(listener.env(WATCHDOG_USEC="400000", WATCHDOG_PID=str(os.getpid()))).watchdog_interval() == 0.4


@pytest.mark.parametrize(
    "more",
    [{}, {"WATCHDOG_USEC": "0"}, {"WATCHDOG_USEC": "soon"}, {"WATCHDOG_USEC": "-5"}],
    ids=["unset", "zero", "not-a-number", "negative"],
)
def test_no_watchdog_unless_systemd_asks_for_one(listener, more):
    assert Notifier(listener.env(**more)).watchdog_interval() is None


@pytest.mark.parametrize("pid", ["1", "someone"], ids=["another-process", "not-a-pid"])
def test_a_watchdog_for_another_process_is_not_petted_from_here(listener, pid):
    """Under cage, systemd's WATCHDOG_PID is cage's: the app must not take the watchdog as its own."""
    assert Notifier(listener.env(WATCHDOG_USEC="30000000", WATCHDOG_PID=pid)).watchdog_interval() is None
