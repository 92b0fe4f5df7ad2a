"""The till's commands without a window: look-up, earn, redeem, sync, queue, directory (and `store`, in store_commands)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kiosk.api import LoyaltyError
from kiosk.app import Backend, open_backend
from kiosk import cli_text
from kiosk.cli_text import say
from kiosk.domain.errors import InputError, KioskError, Why
from kiosk.domain.identifiers import Lookup, LookupKind, clean_scan, parse_lookup
from kiosk.domain.numbers import NumberFormat, parse_amount, parse_points
from kiosk.domain.redemption import Redemption, Tender, plan_redemption
from kiosk.cli_output import (
    EXIT_FAILED,
    EXIT_LEFT,
    EXIT_OK,
    EXIT_REFUSED,
    open_till_store,
    print_answer,
    utc_or_none,
)
from kiosk.paths import Paths
from kiosk.settings import Settings, SettingsError
from kiosk.printer_commands import add_printers_command, printers_command
from kiosk.store_commands import add_store_command, store_command
from kiosk.sync.underway import CallsUnderWay

# The core (the answers' models, the store's SQL) is imported by the command that runs, not when the
# window starts: `kiosk` with no command builds this parser too (tests/unit/test_start_imports.py).
if TYPE_CHECKING:
    from kiosk.core.redeem import Attempt
    from kiosk.core.terminal import LookupAnswer
    from kiosk.store import Operation

__all__ = [
    "add_commands", "run_command", "exit_code_for", "EXIT_OK", "EXIT_REFUSED", "EXIT_FAILED", "EXIT_LEFT",
]

log = logging.getLogger("kiosk.app")


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Declare the till commands on the `kiosk` parser."""

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        parser.add_argument("--json", action="store_true", help=cli_text.JSON_HELP)
        return parser

    lookup = command("lookup", cli_text.LOOKUP_HELP)
    lookup.add_argument("text", metavar="TEXT", help=cli_text.LOOKUP_TEXT_HELP)

    earn = command("earn", cli_text.EARN_HELP)
    earn.add_argument("--card", required=True, help=cli_text.CARD_HELP)
    earn.add_argument("--amount", required=True, help=cli_text.EARN_AMOUNT_HELP)
    earn.add_argument("--receipt", required=True, help=cli_text.EARN_RECEIPT_HELP)

    redeem = command("redeem", cli_text.REDEEM_HELP)
    redeem.add_argument("--card", required=True, help=cli_text.CARD_HELP)
    tender = redeem.add_mutually_exclusive_group(required=True)
    tender.add_argument("--points", metavar="N", help=cli_text.REDEEM_POINTS_HELP)
    tender.add_argument("--credit", metavar="AMOUNT", help=cli_text.REDEEM_CREDIT_HELP)

    sync = command("sync", cli_text.SYNC_HELP)
    mode = sync.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help=cli_text.SYNC_ONCE_HELP)
    mode.add_argument("--watch", action="store_true", help=cli_text.SYNC_WATCH_HELP)

    queue = command("queue", cli_text.QUEUE_HELP)
    actions = queue.add_subparsers(dest="queue_action", metavar="ACTION")
    for action, text in (
        ("show", cli_text.QUEUE_SHOW_HELP),
        ("retry", cli_text.QUEUE_RETRY_HELP),
        ("discard", cli_text.QUEUE_DISCARD_HELP),
    ):
        sub = actions.add_parser(action, parents=[common], help=text, description=text)
        sub.add_argument("operationid", metavar="ID", help=cli_text.QUEUE_ID_HELP)
        sub.add_argument("--json", action="store_true", help=cli_text.JSON_HELP)

    directory = command("directory", cli_text.DIRECTORY_HELP)
    directory.add_argument("directory_action", choices=["sync"], help=cli_text.DIRECTORY_ACTION_HELP)

    add_store_command(command, common)
    add_printers_command(command)


def run_command(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    runner = {
        "lookup": _lookup,
        "earn": _earn,
        "redeem": _redeem,
        "sync": _sync,
        "queue": _queue,
        "directory": _directory,
        "store": store_command,
        "printers": printers_command,
    }[args.command]
    return runner(args, settings, paths)


# -- helpers ---------------------------------------------------------------


@contextlib.contextmanager
def _online(settings: Settings, paths: Paths) -> Iterator[tuple[Backend, Any]]:
    backend = open_backend(settings, paths)
    try:
        with backend.client() as client:
            yield backend, client
    finally:
        backend.close()


def _operation_json(op: Operation, *, full: bool = False) -> dict[str, Any]:
    """The operation for a machine; `full` adds what it does and, once done, the server's movement and balance."""
    made = {
        "operationid": op.operationid,
        "type": op.type,
        "card": op.card,
        "state": op.state.value,
        "attempts": op.attempts,
        "created": utc_or_none(op.created_at),
        "error": say(op.last_error) or None,
        "reason": op.last_error.to_code() if op.last_error is not None else None,
    }
    if full:
        result = op.result or {}
        made.update(
            points=op.points_delta,
            credit=op.credit_delta,
            settled=utc_or_none(op.settled_at) if op.settled_at is not None else None,
            movementid=result.get("movementid"),
            balance=result.get("balance"),
            approval=op.body.get("approval"),
        )
    return made


# -- commands ----------------------------------------------------------------


def _lookup(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    from kiosk.core.terminal import Terminal

    with open_till_store(paths) as store, _online(settings, paths) as (_, client):
        terminal = Terminal(store, client, phone_region=settings.phone_region)
        answer = terminal.lookup(args.text)
        campaign = terminal.campaign()
    currency = campaign.currency if campaign else ""
    now = time.time()
    print_answer(args, _lookup_json(answer, now), cli_text.lookup_text(answer, now, currency))
    return EXIT_OK


def _lookup_json(answer: LookupAnswer, now: float) -> dict[str, Any]:
    return {
        "fresh": answer.fresh,
        "source": "api" if answer.fresh else "terminal",
        "as_of": utc_or_none(answer.as_of),
        "age_seconds": answer.age(now),
        "why_not_fresh": say(answer.why_not_fresh) or None,
        "cards": [
            {
                "card": c.card,
                "name": c.name,
                "status": cli_text.status(c),
                "points": c.points,
                "credit": c.credit,
                "pending_points": c.pending_points,
                "pending_credit": c.pending_credit,
                "pending_operations": c.pending_count,
            }
            for c in answer.cards
        ],
    }


def _earn(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    from kiosk.core.terminal import Terminal

    amount = parse_amount(args.amount, NumberFormat.for_language(settings.language))
    with open_till_store(paths) as store:
        op = Terminal(store, None, phone_region=settings.phone_region).queue_purchase(
            args.card, amount=amount, receipt=args.receipt
        )
    print_answer(args, {"operationid": op.operationid}, cli_text.purchase_saved(op, amount))
    return EXIT_OK


class NeedsServer(KioskError):
    """A redemption was asked for while the loyalty server cannot be reached: nothing was saved."""


def _redeem(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    """Look the card up fresh, check the amount, read the PIN, save the redemption, make the call, say how it went.

    Nothing is saved or sent until the card, the amount and the PIN's form are
    checked. The PIN is read from standard input only, handed to the one call
    that sends it, and neither printed, logged nor stored.
    """
    from kiosk.core.redeem import Outcome, save_redemption, send_redemption
    from kiosk.core.terminal import Terminal, falls_back, fetch_card
    from kiosk.logs import setup_logging

    redaction = setup_logging(paths.logs, level=settings.log_level)
    tender = Tender.POINTS if args.points is not None else Tender.CREDIT
    fmt = NumberFormat.for_language(settings.language)
    amount = parse_points(args.points, fmt) if tender is Tender.POINTS else parse_amount(args.credit, fmt)
    query = _card_query(args.card)
    with open_till_store(paths) as store, _online(settings, paths) as (backend, client):
        redaction.add_secrets(backend.settings.secrets())
        terminal = Terminal(store, client, phone_region=settings.phone_region)
        try:
            campaign = client.campaign()
            card = fetch_card(client, query)
        except LoyaltyError as exc:
            if falls_back(exc):
                raise NeedsServer(Why.REDEEM_NEEDS_CONNECTION) from None
            raise
        terminal.remember_campaign(campaign)
        plan = plan_redemption(terminal.remember(card).cards[0], campaign, tender, amount)
        pincode = _read_customer_pin(campaign.pincodelength)
        under_way = CallsUnderWay()  # no sync worker runs in this process: only the call itself holds it
        op = save_redemption(store, plan, under_way=under_way)
        log.info("redemption %s (%s %d, card %s): saved, calling the loyalty server",
                 op.operationid, tender.value, amount, op.card)
        try:
            attempt = send_redemption(client, store, op, pincode, under_way=under_way)
        except KeyboardInterrupt:
            print(cli_text.interrupted(op.operationid), file=sys.stderr)
            raise
    log.info("redemption %s (card %s): %s", op.operationid, op.card, attempt.outcome.value)
    print_answer(args, _redeem_json(plan, attempt, campaign.currency), cli_text.redeem_text(plan, attempt, campaign.currency))
    if attempt.outcome is Outcome.DONE:
        return EXIT_OK
    return EXIT_LEFT if attempt.outcome is Outcome.UNKNOWN else EXIT_REFUSED


def _card_query(text: str) -> Lookup:
    """The card as typed, checked like every card number (check digit included) before anything is asked."""
    query = parse_lookup(text)
    if query.kind is not LookupKind.CARD:
        raise InputError(Why.NOT_A_CARD, field="card", text=clean_scan(text))
    return query


def _read_customer_pin(length: int) -> str:
    """The customer's PIN: typed unseen on a terminal, else one line from standard input. Never echoed back."""
    if sys.stdin is None:
        typed = ""
    elif sys.stdin.isatty():
        typed = getpass.getpass(cli_text.CUSTOMER_PIN_PROMPT)
    else:
        typed = sys.stdin.readline()
    typed = typed.strip()
    if not typed:
        raise InputError(Why.NO_PIN_GIVEN, field="pincode")
    if not (typed.isascii() and typed.isdigit()) or (length > 0 and len(typed) != length):
        raise InputError(Why.PIN_FORM, field="pincode", digits=max(length, 0))
    return typed


def _redeem_json(plan: Redemption, attempt: Attempt, currency: str) -> dict[str, Any]:
    from kiosk.core.redeem import Outcome

    result = attempt.result
    return {
        "outcome": attempt.outcome.value,
        "redeemed": attempt.outcome is Outcome.DONE,
        "operationid": attempt.operation.operationid,
        "card": plan.card,
        "tender": plan.tender.value,
        "amount": plan.amount,
        "value": plan.value,
        "currency": currency,
        "message": cli_text.redeem_text(plan, attempt, currency).split("\n")[0],
        "attempts_left": attempt.attempts_left,
        "movementid": result.movementid if result is not None else None,
        "balance": None if result is None else {"points": result.balance.points, "credit": result.balance.credit},
    }


def _sync(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    from kiosk.sync import SyncWorker

    with _online(settings, paths) as (_, client):
        if args.once:
            worker = SyncWorker(paths.store, client, keep_days=settings.outbox_keep_days)
            report = worker.drain_once(include_waiting=True)
            data = {"sent": report.sent, "failed": report.failed, "left": report.left}
            print_answer(args, data, cli_text.drained(report.sent, report.failed, report.left))
            if report.failed:
                return EXIT_FAILED
            return EXIT_LEFT if report.left else EXIT_OK
        return _watch(
            args, paths, client, directory_every=settings.directory_refresh * 60, keep_days=settings.outbox_keep_days
        )


def _watch(args: argparse.Namespace, paths: Paths, client: Any, *, directory_every: float, keep_days: int) -> int:
    from kiosk.sync import Connectivity, SyncWorker

    stop = threading.Event()

    def report(state: Connectivity) -> None:
        data = {
            "state": state.state.value,
            "since": utc_or_none(state.since),
            "pending": state.pending,
            "failed": state.failed,
            "error": say(state.last_error) or None,
        }
        print(json.dumps(data) if args.json else cli_text.link_state(state), flush=True)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    worker = SyncWorker(paths.store, client, on_change=report, directory_every=directory_every, keep_days=keep_days)
    worker.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        # Promptly, as a service manager expects: a call to a slow server is left to the daemon thread,
        # and the operation it carries is asked about on the next run, as after a kill.
        worker.stop(timeout=_WATCH_STOP_SECONDS)
    return EXIT_OK


# How long `kiosk sync --watch` waits, once told to stop, for the call in progress.
_WATCH_STOP_SECONDS = 2.0


def _queue(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    with open_till_store(paths) as store:
        if args.queue_action == "show":
            op = store.operation(args.operationid)
            if op is None:
                raise KioskError(Why.NOT_IN_QUEUE, operationid=args.operationid)
            print_answer(args, _operation_json(op, full=True), cli_text.operation_text(op))
            return EXIT_OK
        if args.queue_action == "retry":
            store.retry(args.operationid)
            print_answer(args, {"operationid": args.operationid, "state": "pending"},
                   cli_text.requeued(args.operationid))
            return EXIT_OK
        if args.queue_action == "discard":
            store.discard(args.operationid)
            print_answer(args, {"operationid": args.operationid, "state": "discarded"},
                   cli_text.discarded(args.operationid))
            return EXIT_OK
        counts = {state.value: n for state, n in store.counts().items()}
        failed = store.failed()
    print_answer(args, {"counts": counts, "failed": [_operation_json(op) for op in failed]}, cli_text.queue_text(counts, failed))
    return EXIT_OK


def _directory(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    from kiosk.sync import sync_directory

    with open_till_store(paths) as store, _online(settings, paths) as (_, client):
        report = sync_directory(client, store)
        size = store.directory_size()
    print_answer(
        args,
        {"pages": report.pages, "cards": report.cards, "directory_size": size},
        cli_text.directory_fetched(report.cards, report.pages, size),
    )
    return EXIT_OK


def exit_code_for(exc: KioskError) -> int:
    """Wrong input or settings: 2; anything else the user can read (not found, offline...): 1."""
    return 2 if isinstance(exc, (InputError, SettingsError)) else 1
