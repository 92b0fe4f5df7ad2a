"""The `kiosk` command: the app with no sub-command, and the sub-commands for integrators."""

from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from kiosk import __version__
from kiosk.commands import add_commands, exit_code_for, run_command
from kiosk.domain.errors import InputError, KioskError, Why
from kiosk.paths import Paths
from kiosk.settings import CONFIG_FILE_NAME, SETTINGS, Setting, Settings, save_settings

__all__ = ["main", "build_parser"]


def _add_common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a flag given before or after the sub-command lands in the same place,
    # and one not given at all never hides a value from the file or the environment.
    parser.add_argument(
        "--basedir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep every file the app writes (data, config, logs) under DIR",
    )
    group = parser.add_argument_group(
        "settings (also KIOSK_* variables or kiosk.toml; secrets only there or by `kiosk settings secret`)"
    )
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
            help=f"{setting.description} [{setting.env}]",
        )


def secret_flag_refusal(setting: Setting) -> str:
    """Why a secret's flag is refused, and the three places it can be given instead."""
    from kiosk import cli_text

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
            what = f"unknown option {', '.join(names)}" if names else "unexpected words"
            self.error(f"{what} (what was typed after it is not repeated here); see kiosk --help")
        return parsed

    def error(self, message: str) -> NoReturn:
        # argparse repeats a word it finds no command for; after a mistyped secret
        # flag (`--terminal-pass SECRET`) that word is the secret.
        message = _INVALID_CHOICE.sub(r"\g<what>: not one of \g<choices> (what was typed is not repeated here)", message)
        super().error(message)


_INVALID_CHOICE = re.compile(r"(?P<what>invalid choice): .*? \(choose from (?P<choices>.*)\)\s*$", re.DOTALL)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    _add_common(common)
    parser = _Parser(
        prog="kiosk",
        parents=[common],
        description="Loyalty terminal for shops. With no command, opens the counter; "
        "with no KIOSK_API_URL, on its embedded sandbox with demo data.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sandbox = commands.add_parser("sandbox", parents=[common], help="the loyalty API sandbox server")
    sandbox_cmds = sandbox.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)
    serve = sandbox_cmds.add_parser("serve", parents=[common], help="run the sandbox until stopped")
    serve.add_argument("--data", metavar="DIR", required=True, help="folder of the sandbox's database")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument(
        "--dev", action="store_true",
        help="demo/test mode: open /sandbox/ (codes sent, faults, clock) to holders of the control key;"
        " never on a shop's server",
    )
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    serve.add_argument("--access-ttl", type=int, default=None, metavar="SECONDS", help="access token lifetime")
    serve.add_argument("--refresh-ttl", type=int, default=None, metavar="SECONDS", help="refresh token lifetime")
    serve.add_argument("--code-ttl", type=int, default=None, metavar="SECONDS", help="one-time code lifetime")
    serve.add_argument(
        "--code-resend", type=int, default=None, metavar="SECONDS", help="wait before another code to one address"
    )
    demo = sandbox_cmds.add_parser(
        "demo", parents=[common], help="seed the demo campaign if absent and print its settings as JSON"
    )
    demo.add_argument("--data", metavar="DIR", required=True, help="folder of the sandbox's database")
    demo.add_argument(
        "--terminals", type=int, default=0, metavar="N",
        help="also make sure there are N terminal logins (for load tests), listed as \"terminals\"",
    )
    messages = sandbox_cmds.add_parser(
        "messages", parents=[common], help="the one-time codes a --dev sandbox has sent to an address, newest first"
    )
    messages.add_argument("--data", metavar="DIR", required=True, help="the sandbox's data folder (holds its control key)")
    messages.add_argument("--to", metavar="ADDRESS", required=True, help="the e-mail or mobile number")
    messages.add_argument(
        "--url", default="http://127.0.0.1:8765", help="the sandbox's address (default http://127.0.0.1:8765)"
    )

    add_commands(commands, common)

    settings = commands.add_parser(
        "settings", parents=[common], help="print the settings in force and where each comes from"
    )
    settings.add_argument("--json", action="store_true", help="print JSON")
    settings_cmds = settings.add_subparsers(dest="settings_command", metavar="ACTION")
    settings_cmds.add_parser(
        "manager-pin",
        parents=[common],
        help="set the manager PIN (6 to 8 digits; asked twice on a terminal, else one line from stdin)",
    )
    secret = settings_cmds.add_parser(
        "secret",
        parents=[common],
        help="save a secret setting in kiosk.toml, read unseen on a terminal, else one line from stdin",
    )
    secret.add_argument("name", choices=[s.name for s in SETTINGS if s.secret and s.name != "manager_pin_hash"])
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
        print(f"kiosk: {data} holds no sandbox control key: give the sandbox's data folder.", file=sys.stderr)
        return 2
    try:
        with SandboxControl(url, key) as control:
            found = control.messages(to)
    except httpx.HTTPStatusError as exc:
        print(f"kiosk: the sandbox at {url} answered {exc.response.status_code}: is it started with --dev, from"
              f" this data folder?", file=sys.stderr)
        return 1
    except httpx.TransportError:
        print(f"kiosk: no sandbox answers at {url}.", file=sys.stderr)
        return 1
    print(json.dumps([dataclasses.asdict(message) for message in found], indent=2))
    return 0


def _read_new_manager_pin() -> str:
    """The new PIN, typed twice unseen on a terminal; one line from stdin when piped (scripts, tests)."""
    from kiosk import cli_text
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
    from kiosk import cli_text

    print(cli_text.manager_pin_saved())
    return 0


def _cmd_secret(name: str, paths: Paths) -> int:
    """A secret setting from standard input into kiosk.toml (0600): never on the command line, never echoed."""
    from kiosk import cli_text

    if sys.stdin.isatty():
        value = getpass.getpass(cli_text.secret_prompt(name))
    else:
        value = sys.stdin.readline()
    value = value.strip()
    if not value:
        raise InputError(Why.NO_VALUE_GIVEN, name=name)
    path = save_settings(paths.config, {name: value})
    print(cli_text.secret_saved(name, path))
    return 0


def _cmd_settings(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    if getattr(args, "settings_command", None) == "manager-pin":
        return _cmd_manager_pin(paths)
    if getattr(args, "settings_command", None) == "secret":
        return _cmd_secret(args.name, paths)
    shown = settings.as_dict()
    if args.json:
        print(json.dumps({"settings": shown, "paths": {k: str(v) for k, v in vars(paths).items()}}, indent=2))
        return 0
    for setting in SETTINGS:
        print(f"{setting.env:<26} {shown[setting.name]!s:<28} ({settings.source(setting.name)})")
    print(f"{'data folder':<26} {paths.data}")
    print(f"{'config folder':<26} {paths.config}")
    print(f"{'log folder':<26} {paths.logs}")
    return 0


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
        paths = Paths.for_basedir(getattr(args, "basedir", None)).create()
        settings = _settings_from(args, paths)
        if args.command == "settings":
            return _cmd_settings(args, settings, paths)
        if args.command is None:
            return _cmd_app(settings, paths)
        return run_command(args, settings, paths)
    except KioskError as exc:
        from kiosk.cli_text import say

        print(f"kiosk: {say(exc)}", file=sys.stderr)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
