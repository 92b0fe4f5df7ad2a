"""How one sandbox server is set up: where its data lives and how long tokens live."""

from __future__ import annotations

import dataclasses
import pathlib

from kiosk.api.marta import (
    ACCESS_TOKEN_SECONDS,
    CODE_RESEND_SECONDS,
    CODE_VALID_SECONDS,
    REFRESH_TOKEN_SECONDS,
    SANDBOX_PURGE_SECONDS,
)

__all__ = ["SandboxConfig", "DATABASE_NAME"]

DATABASE_NAME = "sandbox.sqlite3"


@dataclasses.dataclass
class SandboxConfig:
    """Settings of one sandbox; tests shorten the token and code lifetimes to reach expiry quickly."""

    data_dir: pathlib.Path
    access_ttl: int = ACCESS_TOKEN_SECONDS
    refresh_ttl: int = REFRESH_TOKEN_SECONDS
    code_ttl: int = CODE_VALID_SECONDS  # how long a one-time code works
    code_resend: int = CODE_RESEND_SECONDS  # how soon another code may be sent to the same address
    #: --dev: mount the /sandbox/ paths (behind the control key); a shop's server runs without.
    dev: bool = False
    purge_every: float = SANDBOX_PURGE_SECONDS  # seconds between passes that forget expired rows

    @property
    def database_path(self) -> pathlib.Path:
        return pathlib.Path(self.data_dir) / DATABASE_NAME
