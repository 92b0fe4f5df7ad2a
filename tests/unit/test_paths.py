"""Every file the terminal writes is its owner's only (0600) in folders of 0700, whatever the umask."""

from __future__ import annotations

import contextlib
import logging
import os
import stat

import pytest

from kiosk.logs import LOG_FILE_NAME, setup_logging
from kiosk.paths import Paths, private_file
from kiosk.sandbox import SandboxConfig, seed_demo
from kiosk.sandbox.config import DATABASE_NAME
from kiosk.sandbox.db import Database
from kiosk.settings import CONFIG_FILE_NAME, save_settings
from kiosk.store import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@contextlib.contextmanager
def _umask(mask):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request):
    with _umask(request.param):
        yield request.param


def test_the_app_folders_are_private(tmp_path, umask):
    paths = Paths.for_basedir(tmp_path / "new" / "base").create()
    for folder in (paths.data, paths.config, paths.logs, tmp_path / "new" / "base", tmp_path / "new"):
        assert _mode(folder) == 0o700, folder


def test_an_existing_open_folder_is_tightened(tmp_path, umask):
    base = tmp_path / "base"
    (base / "data").mkdir(parents=True, mode=0o777)
    os.chmod(base / "data", 0o755)
    paths = Paths.for_basedir(base).create()
    assert _mode(paths.data) == 0o700


def test_the_store_and_its_wal_and_shm_are_private(tmp_path, umask):
    paths = Paths.for_basedir(tmp_path / "base")
    with open_store(paths.store) as store:
        names = {p.name for p in paths.data.iterdir()}
        assert {"terminal.sqlite3", "terminal.sqlite3-wal", "terminal.sqlite3-shm"} <= names
        for path in paths.data.iterdir():
            assert _mode(path) == 0o600, path
    assert _mode(paths.data) == 0o700


def test_the_log_and_its_rotations_are_private(tmp_path, umask):
    folder = tmp_path / "logs"
    setup_logging(folder, level="INFO", to_stderr=False)
    root = logging.getLogger()
    handler = next(h for h in root.handlers if getattr(h, "_kiosk", False))
    try:
        logging.getLogger("kiosk.app").info("before the rotation")
        handler.doRollover()
        logging.getLogger("kiosk.app").info("after the rotation")
        handler.flush()
        files = sorted(p.name for p in folder.iterdir())
        assert files == [LOG_FILE_NAME, LOG_FILE_NAME + ".1"]
        for path in folder.iterdir():
            assert _mode(path) == 0o600, path
        assert _mode(folder) == 0o700
    finally:
        for old in [h for h in root.handlers if getattr(h, "_kiosk", False)]:
            root.removeHandler(old)
            old.close()


def test_the_sandbox_database_and_its_folder_are_private(tmp_path, umask):
    data = tmp_path / "sandbox"
    seed_demo(data)
    database = Database(SandboxConfig(data_dir=data).database_path)
    try:
        names = {p.name for p in data.iterdir()}
        assert {DATABASE_NAME, DATABASE_NAME + "-wal", DATABASE_NAME + "-shm"} <= names
        for path in data.iterdir():
            assert _mode(path) == 0o600, path
    finally:
        database.close()
    assert _mode(data) == 0o700


def test_the_settings_file_and_its_folder_are_private(tmp_path, umask):
    path = save_settings(tmp_path / "config", {"language": "it"})
    assert path.name == CONFIG_FILE_NAME
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700


def test_private_file_tightens_an_open_file_and_keeps_its_bytes(tmp_path, umask):
    path = tmp_path / "backup.sqlite3"
    path.write_bytes(b"kept")
    os.chmod(path, 0o644)
    assert private_file(path) == path
    assert _mode(path) == 0o600
    assert path.read_bytes() == b"kept"


def test_tightening_never_makes_a_read_only_file_writable(tmp_path, umask):
    path = tmp_path / "kept.sqlite3"
    path.write_bytes(b"kept")
    os.chmod(path, 0o444)
    private_file(path)
    assert _mode(path) == 0o400
