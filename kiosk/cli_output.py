"""What every `kiosk` sub-command shares: its exit codes, the till's database, how an answer is printed."""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kiosk.api.utctime import utc_text_at
from kiosk.paths import Paths

if TYPE_CHECKING:
    from kiosk.store import Store

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_FAILED", "EXIT_LEFT", "open_till_store", "print_answer", "utc_or_none"]

EXIT_OK = 0
EXIT_REFUSED = 1  # redeem: nothing was redeemed (wrong PIN, PIN locked, refused by the server, unreachable)
EXIT_FAILED = 4  # sync: some operations failed and wait for staff
EXIT_LEFT = 3  # sync: some operations could not be sent yet (offline); redeem: the answer was lost


@contextlib.contextmanager
def open_till_store(paths: Paths) -> Iterator[Store]:
    # Here, not at the top: `kiosk` with no command imports this module before its window (the store opens after it).
    from kiosk.store import open_store

    with open_store(paths.store) as store:
        yield store


def print_answer(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    """JSON for a machine (`--json`), else the words for a person."""
    print(json.dumps(data, indent=2) if args.json else text)


def utc_or_none(epoch: float | None) -> str | None:
    return None if epoch is None else utc_text_at(epoch)
