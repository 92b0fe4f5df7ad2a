"""Typed settings: declared once, read from defaults, the TOML file, KIOSK_* variables and flags."""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import tempfile
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import tomli_w

from kiosk.domain.errors import KioskError, Notice, Why
from kiosk.paths import private_dir
from kiosk.secret_store import KEPT_IN_KEYRING, KeyringError, SecretStore, find_secret_store

__all__ = [
    "Setting", "SETTINGS", "Settings", "SettingsError", "CONFIG_FILE_NAME", "MASKED", "LANGUAGES", "save_settings",
    "FACES", "STAFF_CORNERS", "KIOSK_IDLE_DEFAULT", "remove_from_file", "THEMES", "PAPER_WIDTHS",
]

log = logging.getLogger("kiosk.app")

CONFIG_FILE_NAME = "kiosk.toml"
#: What a secret setting shows as wherever settings are shown or reported.
MASKED = "****"
#: The languages the screens speak (the seeds' shops): Italian, English, Russian, Portuguese.
LANGUAGES = ("it", "en", "ru", "pt")
#: The app's two faces: the cashier's counter, and the self-service kiosk a customer uses alone.
FACES = ("counter", "kiosk")
#: The counter's colours: the desktop's colour scheme (light or dark, as it changes), or always light, or always dark.
THEMES = ("system", "light", "dark")
#: The corners of the kiosk's screen a hidden staff gesture may be made in.
STAFF_CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
#: The receipt printer's paper rolls, in mm (the `paper_width` setting).
PAPER_WIDTHS = ("80", "58")
#: Seconds untouched before the kiosk asks "Still there?", when idle_timeout is not set anywhere.
KIOSK_IDLE_DEFAULT = 60


class SettingsError(KioskError):
    """A setting has a value the app cannot use: `what` says why; `env`, `source` and `where` name it and its source.

    `source` is "environment", "file" (`where`: the file), "flag" (`where`: the flag) or "saving".
    """


@dataclasses.dataclass(frozen=True)
class Setting:
    """One setting: its name, type and default, and the rules on its value. Its words are the faces':
    the command line's help in kiosk/cli_text.py (SETTING_HELP), the settings screen's labels in ui."""

    name: str
    type: type
    default: Any
    secret: bool = False
    minimum: int | None = None  # for an int: the least value allowed
    choices: tuple[str, ...] = ()  # for text: the only values allowed (any when empty)
    #: For text: empty, or a decimal number from the first to the second (a shop's latitude or longitude).
    degrees: tuple[float, float] | None = None

    @property
    def env(self) -> str:
        return "KIOSK_" + self.name.upper()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def parse(self, raw: Any, source: str, where: str = "") -> Any:
        """Turn a raw value (text from the environment, or a TOML value) into this setting's type.

        `source` and `where` say where the value came from, for a refusal (see SettingsError).
        """
        named = {"env": self.env, "source": source, "where": where}
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise SettingsError(Why.SETTING_NOT_BOOL, raw=str(raw), **named)
        if self.type is int:
            if isinstance(raw, bool):
                raise SettingsError(Why.SETTING_NOT_WHOLE, **named)
            try:
                number = int(str(raw).strip())
            except ValueError:
                raise SettingsError(Why.SETTING_NOT_WHOLE, raw=str(raw), **named) from None
            if self.minimum is not None and number < self.minimum:
                raise SettingsError(Why.SETTING_TOO_SMALL, minimum=self.minimum, number=number, **named)
            return number
        if self.type is float:
            try:
                value = float(str(raw).strip())
            except ValueError:
                raise SettingsError(Why.SETTING_NOT_NUMBER, raw=str(raw), **named) from None
            if value <= 0:
                raise SettingsError(Why.SETTING_NOT_POSITIVE, **named)
            return value
        if not isinstance(raw, (str, int, float)) or isinstance(raw, bool):
            raise SettingsError(Why.SETTING_NOT_TEXT, **named)
        if self.degrees is not None:
            return self._degrees(str(raw).strip(), named)
        if self.choices:
            choice = str(raw).strip().lower()
            if choice not in self.choices:
                raise SettingsError(Why.SETTING_NOT_A_CHOICE, raw=str(raw), choices=", ".join(self.choices), **named)
            return choice
        return str(raw).strip()

    def _degrees(self, text: str, named: dict[str, str]) -> str:
        """Empty, or a number of degrees within `degrees`, kept as written (the TOML file's number or the text)."""
        if not text:
            return ""
        lowest, highest = self.degrees or (0.0, 0.0)
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or not lowest <= value <= highest:
            raise SettingsError(Why.SETTING_NOT_IN_RANGE, raw=text, lowest=lowest, highest=highest, **named)
        return text


SETTINGS: tuple[Setting, ...] = (
    Setting("face", str, "counter", choices=FACES),
    Setting("api_url", str, ""),
    Setting("api_key", str, "", secret=True),
    Setting("campaign_id", int, 0),
    Setting("terminal_username", str, ""),
    Setting("terminal_password", str, "", secret=True),
    Setting("terminal_serial", str, ""),
    Setting("terminal_foreignid", str, ""),
    Setting("synchro_username", str, ""),
    Setting("synchro_password", str, "", secret=True),
    Setting("language", str, "en", choices=LANGUAGES),
    Setting("phone_region", str, "IT"),
    Setting("connect_timeout", float, 5.0),
    Setting("read_timeout", float, 15.0),
    Setting("log_level", str, "INFO"),
    Setting("idle_timeout", int, 90, minimum=0),
    Setting("directory_refresh", int, 15, minimum=0),
    Setting("outbox_keep_days", int, 30, minimum=1),
    Setting("password_min_length", int, 8, minimum=6),
    Setting("password_needs_letter", bool, True),
    Setting("password_needs_digit", bool, True),
    Setting("pin_pad_scrambled", bool, False),
    Setting("manager_pin_hash", str, "", secret=True),
    Setting("staff_corner", str, "top-left", choices=STAFF_CORNERS),
    Setting("staff_taps", int, 5, minimum=3),
    # Where this shop is, for the kiosk's "shops near here" (never the customer's position). Empty: on the
    # embedded sandbox, its demo shop; on a provider, no list of shops near here.
    Setting("shop_latitude", str, "", degrees=(-90.0, 90.0)),
    Setting("shop_longitude", str, "", degrees=(-180.0, 180.0)),
    # The faces' style sheets (resources/styles/): the counter's colours.
    Setting("theme", str, "system", choices=THEMES),
    # Printing (ESC/POS receipt printer, kiosk/printing): where it is ("" none, usb:VID:PID, network:HOST[:PORT],
    # serial:PORT[:BAUD], file:PATH, dummy), its roll, its model in python-escpos's printer database, and whether
    # the counter prints an operation's slip as soon as it is saved.
    Setting("printer", str, ""),
    Setting("paper_width", str, "80", choices=PAPER_WIDTHS),
    Setting("printer_model", str, "default"),
    Setting("print_slip_at_once", bool, True),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    """The values in force, each with where it came from (default, file, keyring, environment, flag).

    `secret_store` says where this terminal's secrets are kept (the keyring or kiosk.toml);
    `secrets_problem`, when the keyring could not be read, says why (its secrets are then unset).
    """

    def __init__(
        self,
        values: Mapping[str, Any],
        sources: Mapping[str, str],
        *,
        secret_store: SecretStore | None = None,
        secrets_problem: Notice | None = None,
    ) -> None:
        self._values = dict(values)
        self._sources = dict(sources)
        self.secret_store = secret_store
        self.secrets_problem = secrets_problem

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def source(self, name: str) -> str:
        return self._sources[name]

    @property
    def idle_seconds(self) -> int:
        """Seconds untouched before a customer's screen is wiped: idle_timeout, or the kiosk's own default."""
        if self.face == "kiosk" and self.source("idle_timeout") == "default":
            return KIOSK_IDLE_DEFAULT
        return int(self._values["idle_timeout"])

    @property
    def shop_position(self) -> tuple[float, float] | None:
        """This shop's latitude and longitude as set, or None when either is not set."""
        latitude, longitude = self._values["shop_latitude"], self._values["shop_longitude"]
        if not latitude or not longitude:
            return None
        return float(latitude), float(longitude)

    def replace(self, **changes: Any) -> Settings:
        """A copy with some values set by the app itself (e.g. the embedded sandbox's credentials)."""
        unknown = set(changes) - set(_BY_NAME)
        if unknown:
            raise KeyError(f"unknown settings: {sorted(unknown)}")
        values = {**self._values, **changes}
        sources = {**self._sources, **{k: "app" for k in changes}}
        return Settings(values, sources, secret_store=self.secret_store, secrets_problem=self.secrets_problem)

    def as_dict(self, *, mask_secrets: bool = True) -> dict[str, Any]:
        out = {}
        for s in SETTINGS:
            value = self._values[s.name]
            out[s.name] = MASKED if (mask_secrets and s.secret and value) else value
        return out

    def secrets(self) -> list[str]:
        """The values of the secret settings in force, for the log's redaction to mask."""
        return [str(self._values[s.name]) for s in SETTINGS if s.secret and self._values[s.name]]

    @classmethod
    def load(
        cls,
        config_dir: Path,
        *,
        env: Mapping[str, str] | None = None,
        flags: Mapping[str, Any] | None = None,
        secret_store: SecretStore | None = None,
    ) -> Settings:
        """Defaults, then `<config_dir>/kiosk.toml`, then the keyring, then KIOSK_* variables, then flags.

        A flag given as None is not given; a secret's flag is refused. The keyring is
        `secret_store` (None: the one find_secret_store finds); it is asked only for the
        secrets no KIOSK_* variable gives. A keyring that cannot be read leaves them
        unset and says why in `secrets_problem`: the app refuses to reach a provider
        without them in those words, and `kiosk settings` still lists the rest.
        """
        env = os.environ if env is None else env
        values = {s.name: s.default for s in SETTINGS}
        sources = {s.name: "default" for s in SETTINGS}

        path = config_dir / CONFIG_FILE_NAME
        if path.exists():
            try:
                table = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise SettingsError(Why.SETTINGS_UNREADABLE, path=str(path), detail=_where_in_toml(exc)) from None
            for key, raw in table.items():
                setting = _BY_NAME.get(key)
                if setting is None:
                    raise SettingsError(Why.SETTINGS_UNKNOWN_KEY, path=str(path), key=str(key))
                values[key] = setting.parse(raw, "file", str(path))
                sources[key] = "file"

        store = find_secret_store(config_dir) if secret_store is None else secret_store
        problem = store.problem
        try:
            for name, value in store.read(n for n in KEPT_IN_KEYRING if _BY_NAME[n].env not in env).items():
                values[name] = _BY_NAME[name].parse(value, "keyring")
                sources[name] = "keyring"
        except KeyringError as exc:
            problem = exc.notice

        for setting in SETTINGS:
            if setting.env in env:
                values[setting.name] = setting.parse(env[setting.env], "environment")
                sources[setting.name] = "environment"

        for key, raw in (flags or {}).items():
            if raw is None:
                continue
            setting = _BY_NAME[key]
            if setting.secret:
                # A command line shows in `ps` to every user of the machine: secrets never come from one.
                raise SettingsError(Why.SETTING_IS_SECRET, name=setting.name, env=setting.env, file=CONFIG_FILE_NAME)
            values[key] = setting.parse(raw, "flag", setting.flag)
            sources[key] = "flag"
        return cls(values, sources, secret_store=store, secrets_problem=problem)


def save_settings(
    config_dir: Path, changes: Mapping[str, Any], *, secret_store: SecretStore | None = None
) -> Path:
    """Write `changes` into `<config_dir>/kiosk.toml`, keeping the keys already there; returns the file.

    Each value is checked as the app would read it back. With the keyring in use
    (`secret_store`; None: the one find_secret_store finds), the api key and the
    passwords go there instead, each read back before kiosk.toml loses any older copy
    of it. The file is replaced atomically (a half-written one would stop the app at
    start), is readable by its owner only, and the old file's bytes are overwritten.
    """
    path = Path(config_dir) / CONFIG_FILE_NAME
    checked: dict[str, Any] = {}
    for name, raw in changes.items():
        setting = _BY_NAME.get(name)
        if setting is None:
            raise SettingsError(Why.SETTING_UNKNOWN, name=str(name))
        checked[name] = setting.parse(raw, "saving")
    store = find_secret_store(config_dir) if secret_store is None else secret_store
    table = _read_table(path)
    if store.in_keyring:
        for name in [n for n in checked if n in KEPT_IN_KEYRING]:
            store.write(name, checked.pop(name))
            table.pop(name, None)
    table.update(checked)
    _rewrite(path, table)
    return path


def remove_from_file(config_dir: Path, names: Iterable[str]) -> Path:
    """Rewrite kiosk.toml without the settings `names` (the old file's bytes overwritten); returns the file."""
    path = Path(config_dir) / CONFIG_FILE_NAME
    table = _read_table(path)
    for name in names:
        table.pop(name, None)
    _rewrite(path, table)
    return path


def _read_table(path: Path) -> dict[str, Any]:
    """kiosk.toml's table as written, to be written back ({} when there is no file yet)."""
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(Why.SETTINGS_UNREADABLE, path=str(path), detail=_where_in_toml(exc), kept=True) from None


def _rewrite(path: Path, table: dict[str, Any]) -> None:
    try:
        _write_atomically(path, table)
    except OSError as exc:
        # A full disk or a read-only folder: the old file is still whole; say so in the manager's words.
        raise SettingsError(Why.SETTINGS_NOT_WRITTEN, path=str(path), detail=exc.strerror or type(exc).__name__) from None


def _where_in_toml(exc: Exception) -> str:
    """Where a settings file stops being TOML ("line 3, column 7"), for support: never the value found there."""
    line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    return f"{line}:{column}" if line is not None else type(exc).__name__


def _write_atomically(path: Path, table: dict[str, Any]) -> None:
    private_dir(path.parent)
    old = _open_old(path)
    try:
        # mkstemp creates the file with mode 0600, so no secret is ever readable by others, even briefly.
        handle, temp_name = tempfile.mkstemp(prefix=".kiosk-", suffix=".toml", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                tomli_w.dump(table, out)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temp_name, 0o600)
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        _sync_folder(path.parent)
        if old is not None:
            _overwrite_unlinked(old)
    finally:
        if old is not None:
            old.close()


def _open_old(path: Path) -> Any:
    """The file about to be replaced, open for writing, so its bytes can be overwritten once it is unlinked.

    Not on Windows: there a file held open cannot be replaced, and the save would fail.
    """
    if os.name == "nt":
        return None
    try:
        return open(path, "r+b")  # noqa: SIM115 - closed by the caller
    except OSError:
        return None  # none yet, or not writable: nothing of ours to overwrite


def _overwrite_unlinked(old: Any) -> None:
    """Zeros over the replaced file's bytes (a secret it held, or one moved to the keyring), once no name is left.

    The replacement is already in place, so a crash here leaves a whole new file. A
    file still linked elsewhere (a hard link someone made) is left alone. Where the
    filesystem writes elsewhere instead of in place (btrfs, ZFS, an SSD's own mapping),
    the old blocks may outlive this: there, full-disk encryption is the answer.
    """
    try:
        info = os.fstat(old.fileno())
        if info.st_nlink != 0:
            return
        old.seek(0)
        old.write(b"\0" * info.st_size)
        old.flush()
        os.fsync(old.fileno())
    except OSError as exc:
        # The new settings are saved all the same: this is no failure to save, only a trace not wiped.
        log.warning("the old settings file's bytes could not be overwritten: %s", exc.strerror or type(exc).__name__)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a platform that cannot open folders skips it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
