"""An unfinished enrolment kept in the terminal's store: it survives a restart, and once over nothing of it stays."""

from __future__ import annotations

from kiosk.store import open_store


def _file_bytes(path):
    """The database file and its WAL, as a disk forensics tool would read them."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_saved_enrolment_is_there_after_a_restart_until_it_is_forgotten(path):
    saved = {"step": "data", "address": {"kind": "email", "value": "ada.lovelace@example.com"},
             "values": {"name": "Augusta-Ada-Byron"}}
    with open_store(path) as store:
        assert store.saved_enrolment() is None
        store.save_enrolment(saved)
    with open_store(path) as store:
        assert store.saved_enrolment() == saved
        store.save_enrolment({**saved, "step": "pin"})  # one enrolment at a time: the newer replaces it
        assert store.saved_enrolment()["step"] == "pin"
        store.forget_enrolment()
        assert store.saved_enrolment() is None
    # The customer's typed details are wiped from the file, not only unlinked from the table.
    assert b"Augusta-Ada-Byron" not in _file_bytes(path)
    assert b"ada.lovelace@example.com" not in _file_bytes(path)
