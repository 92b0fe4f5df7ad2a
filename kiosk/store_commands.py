"""`kiosk store check | backup | restore BACKUP`: support's tools for a till's damaged or lost database."""

from __future__ import annotations

import argparse
import pathlib
import time
from collections.abc import Callable

from kiosk import cli_text
from kiosk.cli_output import EXIT_OK, EXIT_REFUSED, open_till_store, print_answer, utc_or_none
from kiosk.store import StoreError, StoreFault
from kiosk.paths import Paths
from kiosk.settings import Settings
from kiosk.store import health

__all__ = ["add_store_command", "store_command"]


def add_store_command(
    command: Callable[[str, str], argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Declare `kiosk store` and its actions; `command` makes a sub-command as the other till commands are made."""
    store = command("store", cli_text.STORE_HELP)
    store_actions = store.add_subparsers(dest="store_action", metavar="ACTION", required=True)
    for action, text in (
        ("check", cli_text.STORE_CHECK_HELP),
        ("backup", cli_text.STORE_BACKUP_HELP.format(kept=health.BACKUPS_KEPT)),
        ("restore", cli_text.STORE_RESTORE_HELP),
    ):
        sub = store_actions.add_parser(action, parents=[common], help=text, description=text)
        sub.add_argument("--json", action="store_true", help=cli_text.JSON_HELP)
        if action == "restore":
            sub.add_argument("backup", metavar="BACKUP", help=cli_text.STORE_BACKUP_FILE_HELP)


def store_command(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    """`kiosk store check`, `backup` or `restore BACKUP`, as `args.store_action` says."""
    if args.store_action == "backup":
        with open_till_store(paths) as store:
            made = store.backup()
        print_answer(args, {"backup": str(made)}, cli_text.backup_made(made))
        return EXIT_OK
    if args.store_action == "restore":
        from kiosk.sync.worker import holder_gone

        lease = health.lease_in(paths.store)
        if lease is not None and lease[1] > time.time() and not holder_gone(lease[0]):
            raise StoreError(StoreFault.IN_USE, code="in_use")
        backup = pathlib.Path(args.backup)
        if not backup.is_absolute() and not backup.exists():
            backup = health.backup_folder(paths.store) / backup  # a name as `kiosk store check` lists it
        report = health.restore(paths.store, backup)
        print_answer(
            args,
            {
                "restored_from": str(report.restored_from),
                "kept_aside": None if report.kept_aside is None else str(report.kept_aside),
                "rescued": report.rescued,
                "rescue_incomplete": report.rescue_failed,
            },
            cli_text.restored(report),
        )
        return EXIT_OK
    found = health.check(paths.store)
    listed = [{"file": b.path.name, "made_at": utc_or_none(b.made_at)} for b in found.backups]
    print_answer(
        args,
        {"database": str(found.path), "exists": found.exists, "sound": found.sound, "problems": found.problems,
         "backups": listed},
        cli_text.store_check(found, listed),
    )
    return EXIT_OK if found.sound or not found.exists else EXIT_REFUSED
