"""The till's commands without a window: look-up, earn, sync, queue, directory."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

from kiosk.app import Backend, open_backend
from kiosk.core.terminal import LookupAnswer, Terminal, parse_amount
from kiosk.domain.errors import InputError, KioskError
from kiosk.paths import Paths
from kiosk.settings import Settings, SettingsError
from kiosk.store import Operation, Store, open_store

__all__ = ["add_commands", "run_command", "exit_code_for", "EXIT_OK", "EXIT_FAILED", "EXIT_LEFT"]

EXIT_OK = 0
EXIT_FAILED = 4  # sync: some operations failed and wait for staff
EXIT_LEFT = 3  # sync: some operations could not be sent yet (offline)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Declare the till commands on the `kiosk` parser."""

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        parser.add_argument("--json", action="store_true", help="print JSON instead of text")
        return parser

    lookup = command("lookup", "look up a card, e-mail or phone (fresh from the API, else from this terminal)")
    lookup.add_argument("text", metavar="TEXT", help="card number, e-mail or phone")

    earn = command("earn", "queue a purchase so its points are earned; returns once it is safely stored")
    earn.add_argument("--card", required=True, help="card number")
    earn.add_argument("--amount", required=True, help="amount paid, e.g. 12.50")
    earn.add_argument("--receipt", required=True, help="the till's receipt number")

    sync = command("sync", "send queued operations to the loyalty API")
    mode = sync.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help="send what can be sent, then exit (3: some left, 4: some failed)")
    mode.add_argument("--watch", action="store_true", help="keep sending until stopped (Ctrl+C or SIGTERM)")

    queue = command("queue", "the queue of operations: counts, failed ones; retry or discard a failed one")
    actions = queue.add_subparsers(dest="queue_action", metavar="ACTION")
    for action, text in (("retry", "send a failed operation again"), ("discard", "drop a failed operation for good")):
        sub = actions.add_parser(action, parents=[common], help=text, description=text)
        sub.add_argument("operationid", metavar="ID", help="the operation's id (see `kiosk queue`)")
        sub.add_argument("--json", action="store_true", help="print JSON instead of text")

    directory = command("directory", "the card directory used for look-ups without the network")
    directory.add_argument("directory_action", choices=["sync"], help="sync: fetch the directory now")


def run_command(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    runner = {
        "lookup": _lookup,
        "earn": _earn,
        "sync": _sync,
        "queue": _queue,
        "directory": _directory,
    }[args.command]
    return runner(args, settings, paths)


# -- helpers ---------------------------------------------------------------


@contextlib.contextmanager
def _store(paths: Paths) -> Iterator[Store]:
    with open_store(paths.store) as store:
        yield store


@contextlib.contextmanager
def _online(settings: Settings, paths: Paths) -> Iterator[tuple[Backend, Any]]:
    backend = open_backend(settings, paths)
    try:
        with backend.client() as client:
            yield backend, client
    finally:
        backend.close()


def _print(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    print(json.dumps(data, indent=2) if args.json else text)


def _iso(epoch: float | None) -> str | None:
    if epoch is None:
        return None
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _age_words(seconds: float) -> str:
    if seconds < 90:
        return f"{int(seconds)} s old"
    if seconds < 5400:
        return f"{round(seconds / 60)} min old"
    if seconds < 2 * 86400:
        return f"{round(seconds / 3600)} h old"
    return f"{round(seconds / 86400)} days old"


def _money(cents: int, currency: str) -> str:
    return f"{cents / 100:,.2f} {currency}".strip()


def _operation_json(op: Operation) -> dict[str, Any]:
    return {
        "operationid": op.operationid,
        "type": op.type,
        "card": op.card,
        "state": op.state.value,
        "attempts": op.attempts,
        "created": _iso(op.created_at),
        "error": op.last_error,
    }


# -- commands ----------------------------------------------------------------


def _lookup(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    with _store(paths) as store, _online(settings, paths) as (_, client):
        terminal = Terminal(store, client, phone_region=settings.phone_region)
        answer = terminal.lookup(args.text)
        campaign = terminal.campaign()
    currency = campaign.currency if campaign else ""
    now = time.time()
    _print(args, _lookup_json(answer, now), _lookup_text(answer, now, currency))
    return EXIT_OK


def _lookup_json(answer: LookupAnswer, now: float) -> dict[str, Any]:
    return {
        "fresh": answer.fresh,
        "source": "api" if answer.fresh else "terminal",
        "as_of": _iso(answer.as_of),
        "age_seconds": answer.age(now),
        "why_not_fresh": answer.why_not_fresh,
        "cards": [
            {
                "card": c.card,
                "name": c.name,
                "status": c.status,
                "points": c.points,
                "credit": c.credit,
                "pending_points": c.pending_points,
                "pending_credit": c.pending_credit,
                "pending_operations": c.pending_count,
            }
            for c in answer.cards
        ],
    }


def _lookup_text(answer: LookupAnswer, now: float, currency: str) -> str:
    lines = []
    for c in answer.cards:
        state = "active" if c.status == "active" else c.status.upper() + ": nothing can be earned or redeemed"
        lines.append(f"{c.name or '(not registered)'} — card {c.card} — {state}")
        pending = f" (of which {c.pending_points:+,} pending)" if c.pending_count else ""
        lines.append(f"  points {c.points:,}{pending}   credit {_money(c.credit, currency)}")
    if answer.fresh:
        lines.append("Fresh from the loyalty API.")
    else:
        age = answer.age(now)
        when = f", as of {_iso(answer.as_of)} ({_age_words(age)})" if age is not None else ""
        lines.append(f"From this terminal's store{when}: {answer.why_not_fresh or 'not checked with the API'}")
    return "\n".join(lines)


def _earn(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    amount = parse_amount(args.amount)
    with _store(paths) as store:
        op = Terminal(store, None, phone_region=settings.phone_region).queue_purchase(
            args.card, amount=amount, receipt=args.receipt
        )
    text = (
        f"Saved: purchase of {_money(amount, '')} on card {op.card}, receipt {op.body['receipt']}"
        f" ({op.points_delta:+,} points expected, sent when the loyalty API is reachable).\n"
        f"operationid {op.operationid}"
    )
    _print(args, {"operationid": op.operationid}, text)
    return EXIT_OK


def _sync(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    from kiosk.sync import SyncWorker

    with _online(settings, paths) as (_, client):
        if args.once:
            report = SyncWorker(paths.store, client).drain_once(include_waiting=True)
            data = {"sent": report.sent, "failed": report.failed, "left": report.left}
            _print(args, data, f"sent {report.sent}, failed {report.failed}, left {report.left}")
            if report.failed:
                return EXIT_FAILED
            return EXIT_LEFT if report.left else EXIT_OK
        return _watch(args, paths, client, directory_every=settings.directory_refresh * 60)


def _watch(args: argparse.Namespace, paths: Paths, client: Any, *, directory_every: float) -> int:
    from kiosk.sync import Connectivity, SyncWorker

    stop = threading.Event()

    def report(state: Connectivity) -> None:
        data = {
            "state": state.state.value,
            "since": _iso(state.since),
            "pending": state.pending,
            "failed": state.failed,
            "error": state.last_error,
        }
        text = f"{state.state.value}: {state.pending} pending, {state.failed} failed"
        if state.last_error:
            text += f" ({state.last_error})"
        print(json.dumps(data) if args.json else text, flush=True)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    worker = SyncWorker(paths.store, client, on_change=report, directory_every=directory_every)
    worker.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        worker.stop()
    return EXIT_OK


def _queue(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    with _store(paths) as store:
        if args.queue_action == "retry":
            store.retry(args.operationid)
            _print(args, {"operationid": args.operationid, "state": "pending"},
                   f"Operation {args.operationid} will be sent again.")
            return EXIT_OK
        if args.queue_action == "discard":
            store.discard(args.operationid)
            _print(args, {"operationid": args.operationid, "state": "discarded"},
                   f"Operation {args.operationid} is discarded; it will not be sent.")
            return EXIT_OK
        counts = {state.value: n for state, n in store.counts().items()}
        failed = store.failed()
    lines = ["  ".join(f"{state} {n}" for state, n in counts.items())]
    for op in failed:
        lines.append(f"failed {op.operationid}  {op.type} card {op.card}  {_iso(op.created_at)}: {op.last_error}")
    _print(args, {"counts": counts, "failed": [_operation_json(op) for op in failed]}, "\n".join(lines))
    return EXIT_OK


def _directory(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    from kiosk.sync import sync_directory

    with _store(paths) as store, _online(settings, paths) as (_, client):
        report = sync_directory(client, store)
        size = store.directory_size()
    _print(
        args,
        {"pages": report.pages, "cards": report.cards, "directory_size": size},
        f"Fetched {report.cards} changed cards in {report.pages} pages; the directory holds {size} cards.",
    )
    return EXIT_OK


def exit_code_for(exc: KioskError) -> int:
    """Wrong input or settings: 2; anything else the user can read (not found, offline...): 1."""
    return 2 if isinstance(exc, (InputError, SettingsError)) else 1
