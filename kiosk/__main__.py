"""The `kiosk` command: the app with no sub-command, and the sub-commands for integrators."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from kiosk import cli_text
from kiosk.commands import add_commands, exit_code_for, run_command
from kiosk.domain.errors import InputError, KioskError, Why
from kiosk.domain.manager_pin import MANAGER_PIN_DIGITS
from kiosk.paths import Paths
from kiosk.secret_store import KEPT_IN_KEYRING, KeyringError, SecretStore, find_secret_store
from kiosk.settings import CONFIG_FILE_NAME, SETTINGS, Setting, Settings, remove_from_file, save_settings

__all__ = ["main", "build_parser"]


def _add_common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a flag given before or after the sub-command lands in the same place,
    # and one not given at all never hides a value from the file or the environment.
    parser.add_argument(
        "--basedir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=cli_text.BASEDIR_HELP,
    )
    group = parser.add_argument_group(cli_text.SETTINGS_GROUP)
    for setting in SETTINGS:
        if setting.secret:
            # Hidden from the help, but known: typed anyway, it is refused without its value being repeated.
            group.add_argument(
                setting.flag, nargs="?", action=_RefuseSecret, setting=setting, default=argparse.SUPPRESS,
                help=argparse.SUPPRESS,
            )
            continue
        group.add_argument(
            setting.flag,
            dest=f"setting_{setting.name}",
            metavar=setting.type.__name__.upper(),
            default=argparse.SUPPRESS,
            help=cli_text.setting_help(setting.name, setting.env),
        )


def secret_flag_refusal(setting: Setting) -> str:
    """Why a secret's flag is refused, and the three places it can be given instead."""
    return cli_text.secret_flag_refusal(setting.flag, setting.env, setting.name, CONFIG_FILE_NAME)


class _RefuseSecret(argparse.Action):
    """A flag carrying a secret (password, api key): exit 2 saying where it belongs, never echoing it."""

    def __init__(self, option_strings: Sequence[str], dest: str, *, setting: Setting, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, **kwargs)
        self.setting = setting

    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option_string: Any = None) -> None:
        parser.exit(2, f"kiosk: {secret_flag_refusal(self.setting)}\n")


class _Parser(argparse.ArgumentParser):
    """Whole option names only, and no echo of what it could not read.

    With abbreviations, a guessed `--pin 1234` would be taken as `--pin-pad-scrambled`
    and its value repeated in the error; a PIN must never be printed back.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:  # type: ignore[override]
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            names = sorted({word.split("=", 1)[0] for word in extras if word.startswith("-")})
            self.error(cli_text.unknown_options(names))
        return parsed

    def error(self, message: str) -> NoReturn:
        # argparse repeats a word it finds no command for; after a mistyped secret
        # flag (`--terminal-pass SECRET`) that word is the secret.
        message = _INVALID_CHOICE.sub(lambda found: cli_text.not_a_choice(found["what"], found["choices"]), message)
        super().error(message)


class _Version(argparse.Action):
    """`kiosk --version`: the installed package's version, read only when asked (see kiosk.__version__)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option_string: Any = None) -> None:
        import kiosk

        print(f"kiosk {kiosk.__version__}")  # on stdout, as argparse's own version action does
        parser.exit(0)


_INVALID_CHOICE = re.compile(r"(?P<what>invalid choice): .*? \(choose from (?P<choices>.*)\)\s*$", re.DOTALL)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    _add_common(common)
    parser = _Parser(
        prog="kiosk",
        parents=[common],
        description=cli_text.DESCRIPTION,
    )
    parser.add_argument("--version", action=_Version, help=cli_text.VERSION_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sandbox = commands.add_parser("sandbox", parents=[common], help=cli_text.SANDBOX_HELP)
    sandbox_cmds = sandbox.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)
    serve = sandbox_cmds.add_parser("serve", parents=[common], help=cli_text.SANDBOX_SERVE_HELP)
    serve.add_argument("--data", metavar="DIR", required=True, help=cli_text.SANDBOX_DATA_HELP)
    serve.add_argument("--host", default="127.0.0.1", help=cli_text.SANDBOX_HOST_HELP)
    serve.add_argument("--dev", action="store_true", help=cli_text.SANDBOX_DEV_HELP)
    serve.add_argument("--port", type=int, default=8765, help=cli_text.SANDBOX_PORT_HELP)
    for flag, text in (
        ("--access-ttl", cli_text.SANDBOX_ACCESS_TTL_HELP),
        ("--refresh-ttl", cli_text.SANDBOX_REFRESH_TTL_HELP),
        ("--code-ttl", cli_text.SANDBOX_CODE_TTL_HELP),
        ("--code-resend", cli_text.SANDBOX_CODE_RESEND_HELP),
    ):
        serve.add_argument(flag, type=int, default=None, metavar="SECONDS", help=text)
    demo = sandbox_cmds.add_parser("demo", parents=[common], help=cli_text.SANDBOX_DEMO_HELP)
    demo.add_argument("--data", metavar="DIR", required=True, help=cli_text.SANDBOX_DATA_HELP)
    demo.add_argument(
        "--terminals", type=int, default=0, metavar="N",
        help=cli_text.SANDBOX_TERMINALS_HELP,
    )
    messages = sandbox_cmds.add_parser("messages", parents=[common], help=cli_text.SANDBOX_MESSAGES_HELP)
    messages.add_argument("--data", metavar="DIR", required=True, help=cli_text.SANDBOX_MESSAGES_DATA_HELP)
    messages.add_argument("--to", metavar="ADDRESS", required=True, help=cli_text.SANDBOX_TO_HELP)
    messages.add_argument("--url", default="http://127.0.0.1:8765", help=cli_text.SANDBOX_URL_HELP)

    add_commands(commands, common)

    settings = commands.add_parser("settings", parents=[common], help=cli_text.SETTINGS_HELP)
    settings.add_argument("--json", action="store_true", help=cli_text.SETTINGS_JSON_HELP)
    settings_cmds = settings.add_subparsers(dest="settings_command", metavar="ACTION")
    settings_cmds.add_parser(
        "manager-pin",
        parents=[common],
        help=cli_text.MANAGER_PIN_HELP.format(low=MANAGER_PIN_DIGITS[0], high=MANAGER_PIN_DIGITS[1]),
    )
    # Issue 16, the Linux desktop: the menu entries and the icon.
    desktop = commands.add_parser("install-desktop", help=cli_text.INSTALL_DESKTOP_HELP)
    where = desktop.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help=cli_text.INSTALL_DESKTOP_USER_HELP)
    where.add_argument("--system", action="store_true", help=cli_text.INSTALL_DESKTOP_SYSTEM_HELP)
    desktop.add_argument("--uninstall", action="store_true", help=cli_text.INSTALL_DESKTOP_UNINSTALL_HELP)
    desktop.add_argument(
        "--basedir", metavar="DIR", default=argparse.SUPPRESS, help=cli_text.INSTALL_DESKTOP_BASEDIR_HELP,
    )
    # `secret` was its name before the keyring: kept, for the scripts that call it.
    secret = settings_cmds.add_parser("set-secret", aliases=["secret"], parents=[common], help=cli_text.SECRET_HELP)
    secret.add_argument("name", choices=KEPT_IN_KEYRING, help=cli_text.SECRET_NAME_HELP)
    settings_cmds.add_parser("move-secrets", parents=[common], help=cli_text.MOVE_SECRETS_HELP)
    return parser


def _settings_from(args: argparse.Namespace, paths: Paths) -> Settings:
    flags = {s.name: getattr(args, f"setting_{s.name}", None) for s in SETTINGS}
    return Settings.load(paths.config, flags=flags)


def _cmd_sandbox(args: argparse.Namespace) -> int:
    from kiosk.sandbox import SandboxConfig, seed_demo, serve

    data = Path(args.data)
    if args.sandbox_command == "demo":
        print(json.dumps(seed_demo(data, terminals=max(0, args.terminals)), indent=2))
        return 0
    if args.sandbox_command == "messages":
        return _sandbox_messages(data, args.to, args.url)
    extra: dict[str, Any] = {}
    if args.access_ttl is not None:
        extra["access_ttl"] = args.access_ttl
    for name in ("refresh_ttl", "code_ttl", "code_resend"):
        if getattr(args, name) is not None:
            extra[name] = getattr(args, name)
    from kiosk.sandbox.server import reachable_from_the_network

    if reachable_from_the_network(args.host):
        print(cli_text.exposure_warning(args.host, dev=args.dev), file=sys.stderr, flush=True)
    serve(SandboxConfig(data_dir=data, dev=args.dev, **extra), host=args.host, port=args.port)
    return 0


def _sandbox_messages(data: Path, to: str, url: str) -> int:
    """`kiosk sandbox messages`: what the demo "sent" to an address, read with the folder's control key."""
    import dataclasses

    import httpx

    from kiosk.api.sandbox_control import SandboxControl
    from kiosk.sandbox.controlkey import existing_control_key

    key = existing_control_key(data)
    if key is None:
        print(f"kiosk: {cli_text.no_control_key(data)}", file=sys.stderr)
        return 2
    try:
        with SandboxControl(url, key) as control:
            found = control.messages(to)
    except httpx.HTTPStatusError as exc:
        print(f"kiosk: {cli_text.sandbox_refused(url, exc.response.status_code)}", file=sys.stderr)
        return 1
    except httpx.TransportError:
        print(f"kiosk: {cli_text.no_sandbox_at(url)}", file=sys.stderr)
        return 1
    print(json.dumps([dataclasses.asdict(message) for message in found], indent=2))
    return 0


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    """`kiosk install-desktop`: the menu entries and icon written (or removed) for the user or the machine."""
    from kiosk import desktop

    if not desktop.supported():
        print(f"kiosk: {cli_text.desktop_not_supported(sys.platform)}", file=sys.stderr)
        return 2
    files = desktop.DesktopFiles(desktop.data_home(system=args.system))
    try:
        if args.uninstall:
            removed = desktop.uninstall(files)
            desktop.refresh_caches(files)
            print(cli_text.desktop_removed(len(removed), files.data))
            return 0
        # The entries' words come translated from the screens' .qm files: Qt's, hence from the ui side.
        from kiosk.ui.desktop_words import entry_words

        command = desktop.kiosk_command()
        if getattr(args, "basedir", None) is not None:
            command += ["--basedir", str(Path(args.basedir).expanduser().resolve())]
        words = entry_words()
        written = desktop.install(files, command, words=words.by_face)
    except PermissionError:
        print(f"kiosk: {cli_text.desktop_not_writable(files.data)}", file=sys.stderr)
        return 1
    refreshed = desktop.refresh_caches(files)
    entries = list(files.entries().values())
    print(cli_text.desktop_installed(
        entries, len(written) - len(entries), files.hicolor, desktop.exec_line(command), refreshed,
    ))
    if words.untranslated:
        print(f"kiosk: {cli_text.desktop_untranslated(words.untranslated)}", file=sys.stderr)
    return 0


def _read_new_manager_pin() -> str:
    """The new PIN, typed twice unseen on a terminal; one line from stdin when piped (scripts, tests)."""
    from kiosk.domain.manager_pin import valid_manager_pin

    if sys.stdin.isatty():
        first = getpass.getpass(cli_text.MANAGER_PIN_PROMPT)
        valid_manager_pin(first)
        if getpass.getpass(cli_text.MANAGER_PIN_AGAIN) != first:
            raise InputError(Why.MANAGER_PINS_DIFFER)
        return first
    line = sys.stdin.readline().strip()
    valid_manager_pin(line)
    return line


def _cmd_manager_pin(paths: Paths) -> int:
    from kiosk.core.staff import hash_manager_pin

    pin = _read_new_manager_pin()
    save_settings(paths.config, {"manager_pin_hash": hash_manager_pin(pin)})
    print(cli_text.manager_pin_saved())
    return 0


def _cmd_secret(name: str, settings: Settings, paths: Paths) -> int:
    """A secret from standard input into the keyring, else kiosk.toml (0600): never on the command line, never echoed."""
    if sys.stdin.isatty():
        value = getpass.getpass(cli_text.secret_prompt(name))
    else:
        value = sys.stdin.readline()
    value = value.strip()
    if not value:
        raise InputError(Why.NO_VALUE_GIVEN, name=name)
    store = _store_of(settings, paths)
    had_copy = name in _file_table(paths)
    path = save_settings(paths.config, {name: value}, secret_store=store)
    if store.in_keyring:
        print(cli_text.secret_saved_in_keyring(name, store.backend, store.username(name), path if had_copy else None))
    else:
        print(cli_text.secret_saved(name, path))
    env = "KIOSK_" + name.upper()
    if env in os.environ:
        print(cli_text.secret_overridden(env))
    return 0


def _cmd_move_secrets(settings: Settings, paths: Paths) -> int:
    """The secrets in kiosk.toml into the keyring, each read back, then kiosk.toml rewritten without them."""
    store = _store_of(settings, paths)
    path = paths.config / CONFIG_FILE_NAME
    if not store.in_keyring:
        raise KeyringError(Why.NO_KEYRING, path=str(path))
    table = _file_table(paths)
    found = {name: str(table[name]) for name in KEPT_IN_KEYRING if name in table}
    if not found:
        print(cli_text.nothing_to_move(path))
        return 0
    # The value in force stays in force: one the keyring already holds came before the file's copy.
    held = store.read(found)
    kept = sorted(name for name in found if held.get(name) and held[name] != found[name].strip())
    moved = [name for name in found if name not in kept]
    for name in moved:
        store.write(name, found[name].strip())
    remove_from_file(paths.config, found)
    print(cli_text.secrets_moved(moved, kept, store.backend, path))
    return 0


def _store_of(settings: Settings, paths: Paths) -> SecretStore:
    """The secret store the settings were read with; a keyring that could not be found is asked again, to say why."""
    store = settings.secret_store or find_secret_store(paths.config)
    if store.problem is not None:
        raise KeyringError(store.problem.what, **store.problem.params)
    return store


def _file_table(paths: Paths) -> dict[str, Any]:
    import tomllib

    path = paths.config / CONFIG_FILE_NAME
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _cmd_settings(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    command = getattr(args, "settings_command", None)
    if command == "manager-pin":
        return _cmd_manager_pin(paths)
    if command in {"set-secret", "secret"}:
        return _cmd_secret(args.name, settings, paths)
    if command == "move-secrets":
        return _cmd_move_secrets(settings, paths)
    shown = settings.as_dict()
    kept = _secrets_kept(settings, paths)
    problem = cli_text.say(settings.secrets_problem)
    # With a keyring in use, the secrets still read from kiosk.toml: `move-secrets` is the next step.
    in_file = [n for n in KEPT_IN_KEYRING if kept["kept_in"] == "keyring" and settings.source(n) == "file"]
    if args.json:
        print(json.dumps({
            "settings": shown,
            "sources": {setting.name: settings.source(setting.name) for setting in SETTINGS},
            "paths": {k: str(v) for k, v in vars(paths).items()},
            "secrets": {**kept, "problem": problem or None, "left_in_file": in_file},
        }, indent=2))
        return 0
    rows = [(setting.env, shown[setting.name], settings.source(setting.name)) for setting in SETTINGS]
    secrets = cli_text.secrets_kept(kept["kept_in"] == "keyring", kept["backend"], kept["because"], kept["file"],
                                    kept["mode"])
    said = problem or (cli_text.secrets_left_in_file(in_file) if in_file else "")
    print(cli_text.settings_listing(rows, paths.data, paths.config, paths.logs, secrets=secrets, problem=said))
    return 0


def _secrets_kept(settings: Settings, paths: Paths) -> dict[str, str]:
    """Where the api key and the passwords are kept, for `kiosk settings`: the keyring, or the file and its mode."""
    store = settings.secret_store or find_secret_store(paths.config)
    path = paths.config / CONFIG_FILE_NAME
    mode = f"{stat.S_IMODE(path.stat().st_mode):04o}" if path.exists() else ""
    return {
        "kept_in": store.at.value,
        "backend": store.backend,
        "because": store.because.value if store.because is not None else "",
        "file": str(path),
        "mode": mode,
    }


def _cmd_app(settings: Settings, paths: Paths) -> int:
    from kiosk.app import open_backend
    from kiosk.logs import setup_logging

    redaction = setup_logging(paths.logs, level=settings.log_level)
    # The embedded sandbox, if any, starts after the window's first paint (kiosk.ui.main), not here.
    backend = open_backend(settings, paths, wait=False)
    redaction.add_secrets(backend.settings.secrets())
    try:
        from kiosk.ui.main import run_app

        return run_app(backend, paths, redaction)
    finally:
        backend.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "sandbox":
            return _cmd_sandbox(args)
        if args.command == "install-desktop":
            return _cmd_install_desktop(args)
        paths = Paths.for_basedir(getattr(args, "basedir", None)).create()
        settings = _settings_from(args, paths)
        if args.command == "settings":
            return _cmd_settings(args, settings, paths)
        if args.command is None:
            return _cmd_app(settings, paths)
        return run_command(args, settings, paths)
    except KioskError as exc:
        print(f"kiosk: {cli_text.say(exc)}", file=sys.stderr)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
