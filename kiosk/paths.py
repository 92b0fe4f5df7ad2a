"""Where the app reads its resources, and where it writes: data, config and log folders, all under one --basedir when given."""

from __future__ import annotations

import dataclasses
import functools
import os
import stat
import sys
from pathlib import Path

import platformdirs

__all__ = ["Paths", "private_dir", "private_file", "resources_dir", "PRIVATE_DIR_MODE", "PRIVATE_FILE_MODE"]

APP_NAME = "kiosk"

#: The app's folders and files hold customers' data, the outbox and secrets: their owner's only.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@functools.cache
def resources_dir() -> Path:
    """The folder of the app's resources (i18n/, icons/, styles/, desktop/), wherever this kiosk runs from.

    - a frozen bundle (PyInstaller): `kiosk/resources` in the bundle's folder, where its spec puts them;
    - a source checkout, installed for development (`pip install -e`) or not at all: its own `resources/`,
      beside the `kiosk/` this code runs from (not the checkout an editable install once pointed at);
    - an installed wheel: the package `kiosk.resources`, through importlib.resources.
    """
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "kiosk" / "resources"
    root = Path(__file__).resolve().parent.parent
    if (root / "pyproject.toml").is_file() and (root / "resources" / "__init__.py").is_file():
        return root / "resources"
    from importlib.resources import files

    found = files("kiosk.resources")
    # A wheel installs into folders, never into a zip: its resources are files with a path.
    assert isinstance(found, Path), f"kiosk.resources is not in a folder: {found!r}"
    return found


def private_dir(folder: Path | str) -> Path:
    """Make `folder` and any missing parent readable by their owner only (0700), whatever the umask.

    An existing folder of ours is tightened too, so a terminal installed before
    this rule keeps no data open to other users of the machine; one owned by
    someone else is left as it is (the error, if any, comes from using it).
    """
    folder = Path(folder)
    missing = [each for each in (folder, *folder.parents) if not each.exists()]
    for each in reversed(missing):  # from the outermost: every folder made here is private, not only the last
        try:
            each.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            continue
        each.chmod(PRIVATE_DIR_MODE)  # a umask can take more than group and others' bits away
    _tighten(folder, PRIVATE_DIR_MODE)
    return folder


def private_file(path: Path | str) -> Path:
    """Create `path` empty (0600) in a private folder if it is missing; an existing file of ours is tightened.

    Create a database this way before SQLite opens it: SQLite gives its -wal, -shm
    and -journal files the main file's mode, so they are private too.
    """
    path = Path(path)
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE_MODE)
    except FileExistsError:
        _tighten(path, PRIVATE_FILE_MODE)
        return path
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)  # whatever the umask took away or left
    finally:
        os.close(fd)
    return path


def _tighten(path: Path, mode: int) -> None:
    """Take away what `mode` does not allow (others' access), never add (a read-only file stays read-only)."""
    info = path.stat()
    current = stat.S_IMODE(info.st_mode)
    if current & ~mode == 0 or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        return
    path.chmod(current & mode)


@dataclasses.dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path

    @classmethod
    def for_basedir(cls, basedir: Path | str | None) -> Paths:
        """Every folder under `basedir`, or the platform's usual places when it is None."""
        if basedir is not None:
            base = Path(basedir).expanduser().resolve()
            return cls(data=base / "data", config=base / "config", logs=base / "logs")
        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    def create(self) -> Paths:
        """Make the three folders, each readable by its owner only (0700)."""
        for folder in (self.data, self.config, self.logs):
            private_dir(folder)
        return self

    @property
    def store(self) -> Path:
        """This terminal's own database: cache, card directory, outbox."""
        return self.data / "terminal.sqlite3"

    @property
    def sandbox_data(self) -> Path:
        """The embedded sandbox's own database folder."""
        return self.data / "sandbox"


def resource_text(path: Path) -> str | None:
    """A resource file's text (UTF-8), or None when it is missing or unreadable: the screens fall back on their own."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
