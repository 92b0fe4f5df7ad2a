"""Where the app writes: data, config and log folders, all under one --basedir when given."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import platformdirs

__all__ = ["Paths"]

APP_NAME = "kiosk"


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
        for folder in (self.data, self.config, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def store(self) -> Path:
        """This terminal's own database: cache, card directory, outbox."""
        return self.data / "terminal.sqlite3"

    @property
    def sandbox_data(self) -> Path:
        """The embedded sandbox's own database folder."""
        return self.data / "sandbox"
