"""Where the app writes: data, config and log folders, all under one --basedir when given."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

import platformdirs

__all__ = ["Paths", "private_dir", "private_file", "translations_dir", "resources_dir", "PRIVATE_DIR_MODE", "PRIVATE_FILE_MODE"]

APP_NAME = "kiosk"

#: The app's folders and files hold customers' data, the outbox and secrets: their owner's only.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def resources_dir() -> Path:
    """The app's resources (style sheets, translations, icons): the checkout's resources/ folder."""
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    """Where the screens' translations (kiosk_XX.qm, built from the .ts beside them) are: the checkout's resources/i18n."""
    return Path(__file__).resolve().parent.parent / "resources" / "i18n"


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
