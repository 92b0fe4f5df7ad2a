"""The sender's lease: one holder at a time, renewed by it, taken over once it runs out, given back on a clean stop."""

from __future__ import annotations

from kiosk.store import open_store

T = 1_700_000_000.0


def test_one_holder_at_a_time_until_its_lease_runs_out(path):
    with open_store(path) as app, open_store(path) as watcher:
        assert app.take_sender_lease("app", seconds=15, now=T)
        assert not watcher.take_sender_lease("watch", seconds=15, now=T + 1)
        assert app.take_sender_lease("app", seconds=15, now=T + 10)  # renewed: now until T + 25
        assert not watcher.take_sender_lease("watch", seconds=15, now=T + 20)
        # The app died: nobody renews, and after its lease the watcher takes over.
        assert watcher.take_sender_lease("watch", seconds=15, now=T + 25.5)
        assert watcher.sender_lease() == ("watch", T + 40.5)
        assert not app.take_sender_lease("app", seconds=15, now=T + 26)


def test_a_clean_stop_gives_the_lease_back_at_once(path):
    with open_store(path) as app, open_store(path) as watcher:
        assert app.take_sender_lease("app", seconds=15, now=T)
        watcher.release_sender_lease("watch")  # not its own: nothing happens
        assert not watcher.take_sender_lease("watch", seconds=15, now=T + 1)
        app.release_sender_lease("app")
        assert app.sender_lease() is None
        assert watcher.take_sender_lease("watch", seconds=15, now=T + 1)


def test_a_garbled_lease_record_is_taken_over(path):
    with open_store(path) as store:
        store.set_meta("sender_lease", "{not json")
        assert store.take_sender_lease("app", seconds=15, now=T)


def test_a_holder_known_dead_is_replaced_before_its_lease_runs_out(path):
    with open_store(path) as app, open_store(path) as watcher:
        assert app.take_sender_lease("till:4242:a", seconds=15, now=T)
        assert not watcher.take_sender_lease("till:77:b", seconds=15, now=T + 1, gone=lambda other: False)
        assert watcher.take_sender_lease("till:77:b", seconds=15, now=T + 1, gone=lambda other: other == "till:4242:a")


def test_only_a_process_of_this_machine_that_is_gone_counts_as_dead():
    import os
    import socket
    import subprocess
    import sys

    from kiosk.sync.worker import holder_gone

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    host = socket.gethostname()
    assert holder_gone(f"{host}:{child.pid}:x")
    assert not holder_gone(f"{host}:{os.getpid()}:x")
    assert not holder_gone(f"elsewhere:{child.pid}:x")
    assert not holder_gone("garbled")
