"""The `kiosk` command: the app with no sub-command, and the sub-commands for integrators."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.commands import add_commands, exit_code_for, run_command
from kiosk.domain.errors import InputError, KioskError
from kiosk.paths import Paths
from kiosk.settings import SETTINGS, Settings, save_settings

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
    group = parser.add_argument_group("settings (also KIOSK_* variables or kiosk.toml)")
    for setting in SETTINGS:
        group.add_argument(
            setting.flag,
            dest=f"setting_{setting.name}",
            metavar=setting.type.__name__.upper(),
            default=argparse.SUPPRESS,
            help=f"{setting.description} [{setting.env}]",
        )


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
    return parser


def _settings_from(args: argparse.Namespace, paths: Paths) -> Settings:
    flags = {s.name: getattr(args, f"setting_{s.name}", None) for s in SETTINGS}
    return Settings.load(paths.config, flags=flags)


def _cmd_sandbox(args: argparse.Namespace) -> int:
    from kiosk.sandbox import SandboxConfig, seed_demo, serve

    data = Path(args.data)
    if args.sandbox_command == "demo":
        print(json.dumps(seed_demo(data), indent=2))
        return 0
    extra: dict[str, Any] = {}
    if args.access_ttl is not None:
        extra["access_ttl"] = args.access_ttl
    for name in ("refresh_ttl", "code_ttl", "code_resend"):
        if getattr(args, name) is not None:
            extra[name] = getattr(args, name)
    serve(SandboxConfig(data_dir=data, **extra), host=args.host, port=args.port)
    return 0


def _read_new_manager_pin() -> str:
    """The new PIN, typed twice unseen on a terminal; one line from stdin when piped (scripts, tests)."""
    from kiosk.core.staff import valid_manager_pin

    if sys.stdin.isatty():
        first = getpass.getpass("New manager PIN: ")
        valid_manager_pin(first)
        if getpass.getpass("Type it again: ") != first:
            raise InputError("The two PINs are not the same: nothing was saved. Run the command again.")
        return first
    line = sys.stdin.readline().strip()
    valid_manager_pin(line)
    return line


def _cmd_manager_pin(paths: Paths) -> int:
    from kiosk.core.staff import hash_manager_pin

    pin = _read_new_manager_pin()
    save_settings(paths.config, {"manager_pin_hash": hash_manager_pin(pin)})
    print("Manager PIN saved.")
    return 0


def _cmd_settings(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    if getattr(args, "settings_command", None) == "manager-pin":
        return _cmd_manager_pin(paths)
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
    backend = open_backend(settings, paths)
    for setting in SETTINGS:
        if setting.secret:
            redaction.add_secret(getattr(backend.settings, setting.name))
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
        print(f"kiosk: {exc.message}", file=sys.stderr)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
