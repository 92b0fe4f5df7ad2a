"""The demo's control key: the secret every /sandbox/ call must carry in `x-sandbox-key`.

Made once per sandbox data folder, from `secrets`, and kept there in a file only its
owner can read; never a constant in code. `kiosk sandbox demo` prints it as "controlkey".
"""

from __future__ import annotations

import hmac
import os
import pathlib
import secrets
import time

__all__ = ["CONTROL_KEY_FILE", "control_key", "existing_control_key", "same_key"]

#: The file in the sandbox's data folder that holds the control key (mode 0600).
CONTROL_KEY_FILE = "controlkey"
_KEY_BYTES = 32


def control_key(data_dir: pathlib.Path) -> str:
    """The folder's control key, made on first use; two processes asking at once get the same key."""
    folder = pathlib.Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CONTROL_KEY_FILE
    try:
        # O_EXCL: whoever creates the file writes the key; everyone else reads it.
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read(path)
    key = secrets.token_urlsafe(_KEY_BYTES)
    try:
        os.write(handle, key.encode("ascii"))
        os.fsync(handle)
    finally:
        os.close(handle)
    return key


def existing_control_key(data_dir: pathlib.Path) -> str | None:
    """The folder's control key if it has one; never makes one (a typo in a path makes no new key)."""
    path = pathlib.Path(data_dir) / CONTROL_KEY_FILE
    return _read(path) if path.is_file() else None


def _read(path: pathlib.Path) -> str:
    # A reader that comes between the creator's open and its write sees an empty file: wait for the key.
    for _ in range(200):
        key = path.read_text(encoding="ascii").strip()
        if key:
            return key
        time.sleep(0.01)
    raise RuntimeError(f"the sandbox's control key file {path} is empty: delete it and start again")


def same_key(sent: str | None, key: str) -> bool:
    """Whether the key sent is the control key, compared in constant time."""
    if not sent:
        return False
    return hmac.compare_digest(sent.encode("utf-8", "surrogateescape"), key.encode("ascii"))
