"""How one sandbox server is set up: where its data lives and how long tokens live."""

from __future__ import annotations

import dataclasses
import pathlib

from kiosk.api.marta import ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_SECONDS

__all__ = ["SandboxConfig", "DATABASE_NAME"]

DATABASE_NAME = "sandbox.sqlite3"


@dataclasses.dataclass
class SandboxConfig:
    """Settings of one sandbox; tests shorten the token lifetimes to reach expiry quickly."""

    data_dir: pathlib.Path
    access_ttl: int = ACCESS_TOKEN_SECONDS
    refresh_ttl: int = REFRESH_TOKEN_SECONDS

    @property
    def database_path(self) -> pathlib.Path:
        return pathlib.Path(self.data_dir) / DATABASE_NAME
