"""Where a terminal's secrets are kept: the system keyring when there is a usable one, else the 0600 kiosk.toml.

The keyring is the `keyring` package's: the backend it chooses (Secret Service on a
Linux desktop, Windows' Credential Manager, macOS' Keychain), or the one an integrator
names in PYTHON_KEYRING_BACKEND or keyring's own keyringrc.cfg. Not used: keyring's
fail, null and empty chainer backends (no keyring at all), and a backend keyring only
falls back on by itself with a priority below 1 (keyrings.alt's plaintext file, which
is no safer than our own 0600 file, and sits in a folder we do not guard).

Each secret is an entry of service "kiosk" whose username is `NAME@CONFIG_DIR`: two
base folders on one machine are two terminals, each with its own api key and
passwords. Every keyring call runs on a thread of its own and is waited for at most
`TIMEOUT` seconds: a locked keyring nobody unlocks, or a D-Bus that stopped
answering, gives an error saying so instead of a hang. No value reaches a message or
the log; a keyring's own exception is logged by its type only.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from kiosk.domain.errors import KioskError, Notice, Why

__all__ = [
    "KEPT_IN_KEYRING", "SERVICE", "TIMEOUT", "SecretsAt", "FileBecause", "SecretStore", "KeyringError",
    "find_secret_store",
]

log = logging.getLogger("kiosk.app")

#: The secrets the keyring keeps: the api key, the terminal's password, the enrolment (customersynchro) password.
#: The manager PIN's salted hash stays in kiosk.toml: it is no credential for anything beyond this terminal.
KEPT_IN_KEYRING = ("api_key", "terminal_password", "synchro_password")
#: The keyring service every entry of ours is under.
SERVICE = "kiosk"
#: Seconds a keyring call may take (an unlock prompt answered, a slow D-Bus) before it counts as not answering.
TIMEOUT = 20.0

_T = TypeVar("_T")


class SecretsAt(enum.Enum):
    """Where the secrets of KEPT_IN_KEYRING are kept."""

    KEYRING = "keyring"
    FILE = "file"


class FileBecause(enum.Enum):
    """Why the secrets stay in kiosk.toml."""

    NO_KEYRING = "no_keyring"  # keyring found none: a kiosk without a desktop session, a server
    ONLY_WEAK = "only_weak"  # only a backend keyring itself does not recommend (a plaintext file)
    NAMED_UNUSABLE = "named_unusable"  # PYTHON_KEYRING_BACKEND or keyringrc.cfg names one that cannot be loaded
    NO_ANSWER = "no_answer"  # finding the keyring took longer than TIMEOUT


class KeyringError(KioskError):
    """The keyring did not answer in time, refused a call, or did not keep what was written: `what` says which."""


@dataclasses.dataclass(frozen=True)
class SecretStore:
    """This terminal's secret store: the keyring (`backend` names it), or the file (`because` says why)."""

    at: SecretsAt
    config_dir: Path
    backend: str = ""  # the keyring's class as PYTHON_KEYRING_BACKEND names it ("" for the file)
    because: FileBecause | None = None
    timeout: float = TIMEOUT
    _keyring: Any = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def file_only(cls, config_dir: Path) -> SecretStore:
        """kiosk.toml alone: for reading a setting that is never in the keyring without asking the keyring."""
        return cls(SecretsAt.FILE, Path(config_dir))

    @property
    def in_keyring(self) -> bool:
        return self.at is SecretsAt.KEYRING

    @property
    def problem(self) -> Notice | None:
        """Why a keyring that may hold this terminal's secrets could not be asked, if that is why it is the file."""
        if self.because is FileBecause.NO_ANSWER:
            return Notice(Why.KEYRING_NO_ANSWER, {"backend": "keyring", "seconds": round(self.timeout)})
        return None

    def username(self, name: str) -> str:
        """The keyring entry's username for secret `name` of this terminal."""
        return f"{name}@{self.config_dir}"

    def read(self, names: Iterable[str]) -> dict[str, str]:
        """The secrets among `names` the keyring holds for this terminal (all in one timed call)."""
        wanted = [name for name in names if name in KEPT_IN_KEYRING]
        if not self.in_keyring or not wanted:
            return {}

        def read_all() -> dict[str, str]:
            found = {name: self._keyring.get_password(SERVICE, self.username(name)) for name in wanted}
            return {name: value for name, value in found.items() if value}

        return self._timed(read_all, "reading")

    def write(self, name: str, value: str) -> None:
        """Put secret `name` into the keyring and read it back; KeyringError if it was not kept as written."""
        self._check(name)

        def write_and_check() -> bool:
            self._keyring.set_password(SERVICE, self.username(name), value)
            return self._keyring.get_password(SERVICE, self.username(name)) == value

        if not self._timed(write_and_check, "writing"):
            raise KeyringError(Why.KEYRING_NOT_KEPT, backend=self.backend, name=name)

    def _check(self, name: str) -> None:
        if not self.in_keyring or name not in KEPT_IN_KEYRING:
            raise ValueError(f"{name} is not kept in a keyring here")

    def _timed(self, call: Callable[[], _T], doing: str) -> _T:
        return _timed(call, backend=self.backend, timeout=self.timeout, doing=doing)


def _timed(call: Callable[[], _T], *, backend: str, timeout: float, doing: str) -> _T:
    """`call()` on a thread of its own, waited for `timeout` seconds; a late one is left to finish alone."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="keyring", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        log.warning("the keyring %s did not answer within %.0f s (%s)", backend, timeout, doing)
        raise KeyringError(Why.KEYRING_NO_ANSWER, backend=backend, seconds=round(timeout))
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, KeyringError):
            raise error
        # A backend's message may quote what it was given: only its type reaches the log.
        log.warning("the keyring %s failed %s: %s", backend, doing, type(error).__name__)
        raise KeyringError(Why.KEYRING_FAILED, backend=backend) from None
    return outcome["value"]


def _name_of(backend: Any) -> str:
    """The backend as PYTHON_KEYRING_BACKEND names it; for keyring's chainer, the first it writes to."""
    chained = getattr(backend, "backends", None) if type(backend).__name__ == "ChainerBackend" else None
    kind = type(chained[0] if chained else backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _choose_backend() -> tuple[Any, FileBecause | None]:
    """keyring's backend for this process and whether it is usable: (backend, None) or (None, why not)."""
    import keyring
    import keyring.core
    from keyring.backends import chainer, fail, null

    try:
        named = keyring.core.load_env() or keyring.core.load_config()
    except Exception as exc:  # noqa: BLE001 - a wrong name, or a backend not viable on this machine
        log.warning("the keyring named in PYTHON_KEYRING_BACKEND or keyringrc.cfg cannot be used: %s",
                    type(exc).__name__)
        return None, FileBecause.NAMED_UNUSABLE
    chosen = named if named is not None else keyring.get_keyring()
    if isinstance(chosen, (fail.Keyring, null.Keyring)):
        return None, FileBecause.NO_KEYRING
    if isinstance(chosen, chainer.ChainerBackend):
        chained = list(chosen.backends)
        if not chained:
            return None, FileBecause.NO_KEYRING
        if named is None and not any(keyring.core.recommended(each) for each in chained):
            return None, FileBecause.ONLY_WEAK
        return chosen, None
    if named is None and not keyring.core.recommended(chosen):
        return None, FileBecause.ONLY_WEAK
    return chosen, None


_NO_KEYRING_NAMES = {"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"}


def _no_keyring_can_answer() -> bool:
    """True where no usable keyring can exist, known without loading `keyring` (~100 ms at every start).

    On Linux, a keyring that keyring recommends by itself (Secret Service, KWallet) is
    reached over the session's D-Bus: with no session bus (a kiosk under cage with no
    user session, a server), nothing named in PYTHON_KEYRING_BACKEND or keyringrc.cfg,
    there is none. Elsewhere (Windows, macOS), the system keyring is always there. And
    keyring's fail and null backends, when named, are no keyring by name.
    """
    named = os.environ.get("PYTHON_KEYRING_BACKEND", "")
    if named in _NO_KEYRING_NAMES:
        return True
    if not sys.platform.startswith("linux") or named:
        return False
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    if Path(config_home, "python_keyring", "keyringrc.cfg").exists():
        return False
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    return not Path(runtime, "bus").exists()


_chosen: dict[str, tuple[Any, FileBecause | None]] = {}
_choosing = threading.Lock()


def find_secret_store(config_dir: Path, *, timeout: float = TIMEOUT) -> SecretStore:
    """The keyring when a usable one is found within `timeout` seconds, else kiosk.toml, saying why.

    Found once per process and PYTHON_KEYRING_BACKEND value (finding it may ask D-Bus).
    """
    config_dir = Path(config_dir).resolve()
    key = os.environ.get("PYTHON_KEYRING_BACKEND", "")
    with _choosing:
        found = _chosen.get(key)
    if found is None and _no_keyring_can_answer():
        found = (None, FileBecause.NO_KEYRING)
    elif found is None:
        try:
            found = _timed(_choose_backend, backend=key or "keyring", timeout=timeout, doing="finding the keyring")
        except KeyringError as exc:
            if exc.what is Why.KEYRING_NO_ANSWER:
                return SecretStore(SecretsAt.FILE, config_dir, because=FileBecause.NO_ANSWER, timeout=timeout)
            found = (None, FileBecause.NAMED_UNUSABLE)
        with _choosing:
            _chosen[key] = found
    backend, because = found
    if backend is None:
        return SecretStore(SecretsAt.FILE, config_dir, because=because, timeout=timeout)
    return SecretStore(SecretsAt.KEYRING, config_dir, backend=_name_of(backend), timeout=timeout, _keyring=backend)
