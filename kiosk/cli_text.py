"""Every sentence the command line prints or shows in --help, in English, with numbers in the terminal's format.

The layers below say what happened as typed values (`Notice`: an enum member
and its parameters); `say` turns one into the CLI's words. The screens have
their own words, in four languages, in `kiosk.ui.words`.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

# Only the standard library at import: `kiosk --help` and the parser read this module before anything
# else is needed, so the types it puts into words are imported where they are used.
if TYPE_CHECKING:
    from kiosk.core.redeem import Attempt
    from kiosk.core.terminal import CardAnswer, LookupAnswer
    from kiosk.domain.errors import KioskError, Notice
    from kiosk.domain.redemption import Redemption
    from kiosk.store import Operation
    from kiosk.store.health import CheckReport, RestoreReport
    from kiosk.sync.connectivity import Connectivity

__all__ = [
    "say", "plural", "number", "signed", "money", "signed_money", "age_words", "STATE_WORDS", "status", "lookup_text",
    "operation_text",
    "purchase_saved", "interrupted", "redeem_text", "CUSTOMER_PIN_PROMPT", "drained", "link_state", "requeued",
    "discarded", "queue_text", "directory_fetched", "backup_made", "restored", "store_check", "MANAGER_PIN_PROMPT",
    "MANAGER_PIN_AGAIN", "manager_pin_saved", "secret_prompt", "secret_saved", "secret_flag_refusal",
    "secret_saved_in_keyring", "secret_overridden", "secrets_moved", "nothing_to_move", "secrets_kept",
    "secrets_left_in_file",
]

_Words = Callable[[Mapping[str, Any]], str]


def plural(count: int, one: str, many: str) -> str:
    """"1 try", "3 tries": the count in the terminal's number format and the word that fits it."""
    return f"{number(count)} {one if count == 1 else many}"


def number(value: int) -> str:
    return f"{value:,}"


def signed(value: int) -> str:
    """A change of a count, with its sign: "+1,250", "-500"."""
    return f"{value:+,}"


def money(cents: int, currency: str = "") -> str:
    return f"{cents / 100:,.2f} {currency}".strip()


def signed_money(cents: int, currency: str = "") -> str:
    """A change of money, with its sign: "+5.00", "-12.50 EUR"."""
    return f"{cents / 100:+,.2f} {currency}".strip()


def age_words(seconds: float) -> str:
    from kiosk.domain.ages import AgeUnit, age_of

    age = age_of(seconds)
    if age.unit is AgeUnit.JUST_NOW:
        return "just now"
    if age.unit is AgeUnit.MINUTES:
        return f"{age.count} min old"
    if age.unit is AgeUnit.HOURS:
        return f"{age.count} h old"
    return "1 day old" if age.count == 1 else f"{age.count} days old"


def _utc(epoch: float | None) -> str | None:
    from kiosk.api.utctime import utc_text_at

    return None if epoch is None else utc_text_at(epoch)


# -- what the till's commands print ------------------------------------------------------

STATE_WORDS = {
    "pending": "waiting to be sent",
    "inflight": "being sent, or its answer was lost: the next sync asks the server",
    "done": "accepted by the loyalty server",
    "failed": "refused for good, waiting for staff (retry or discard)",
    "discarded": "given up: nothing of it was applied",
}

CUSTOMER_PIN_PROMPT = "Customer's PIN (not shown): "
MANAGER_PIN_PROMPT = "New manager PIN: "
MANAGER_PIN_AGAIN = "Type it again: "


def status(card: CardAnswer) -> str:
    """The card's status as the server names it; "unknown" when not checked with it yet."""
    return card.status.value if card.status is not None else "unknown"


def lookup_text(answer: LookupAnswer, now: float, currency: str) -> str:
    from kiosk.api.models import CardStatus

    lines = []
    for c in answer.cards:
        usable = c.status is CardStatus.ACTIVE
        state = "active" if usable else status(c).upper() + ": nothing can be earned or redeemed"
        # Offline the directory has no names: only a customer this terminal served has one.
        name = c.name or (
            "(not registered)" if c.registered is False or c.name_known else "(name not kept on this terminal)"
        )
        lines.append(f"{name} — card {c.card} — {state}")
        pending = f" (of which {signed(c.pending_points)} pending)" if c.pending_count else ""
        lines.append(f"  points {number(c.points)}{pending}   credit {money(c.credit, currency)}")
    if answer.fresh:
        lines.append("Fresh from the loyalty API.")
    else:
        age = answer.age(now)
        when = f", as of {_utc(answer.as_of)} ({age_words(age)})" if age is not None else ""
        lines.append(f"From this terminal's store{when}: {say(answer.why_not_fresh) or 'not checked with the API'}")
    return "\n".join(lines)


def operation_text(op: Operation) -> str:
    lines = [f"{op.operationid}  {op.type} card {op.card}  {_utc(op.created_at)}", STATE_WORDS[op.state.value] + "."]
    if op.points_delta or op.credit_delta:
        lines.append(f"points {signed(op.points_delta)}, credit {signed_money(op.credit_delta)}")
    if op.approved_offline:
        lines.append("approved offline by a manager")
    if op.result:
        balance = op.result.get("balance") or {}
        points, credit = number(balance.get("points") or 0), money(balance.get("credit") or 0)
        lines.append(f"movement {op.result.get('movementid')}; balance then: {points} points, credit {credit}")
    if op.last_error:
        lines.append(say(op.last_error))
    return "\n".join(lines)


def purchase_saved(op: Operation, amount: int) -> str:
    return (
        f"Saved: purchase of {money(amount)} on card {op.card}, receipt {op.body['receipt']}"
        f" ({signed(op.points_delta)} points expected, sent when the loyalty API is reachable).\n"
        f"operationid {op.operationid}"
    )


def _lost_words(operationid: str) -> str:
    return (
        "It is not known yet whether the loyalty server redeemed it: do not hand anything over yet."
        " Run `kiosk sync --once` in a moment (or keep `kiosk sync --watch` running): it asks the server"
        f" and settles operation {operationid}."
    )


def interrupted(operationid: str) -> str:
    return f"kiosk: interrupted. {_lost_words(operationid)}"


_RESET_WORDS = (
    "To reset it, look the card up at the counter, press Customer PIN (F12) and choose"
    " “Forgot the PIN? Reset it with a code”: a one-time code goes to the customer's e-mail or phone."
)


def _tender_words(plan: Redemption, currency: str) -> str:
    if plan.tender.value == "points":
        return f"{number(plan.amount)} points (worth {money(plan.value, currency)})"
    return f"{money(plan.amount, currency)} of credit"


def redeem_text(plan: Redemption, attempt: Attempt, currency: str) -> str:
    outcome = attempt.outcome.value
    if outcome == "done" and attempt.result is not None:
        balance = attempt.result.balance
        return (
            f"Redeemed {_tender_words(plan, currency)} on card {plan.card}.\n"
            f"New balance: {number(balance.points)} points, credit {money(balance.credit, currency)}.\n"
            f"operationid {attempt.operation.operationid}"
        )
    if outcome == "unknown":
        return f"The loyalty server's answer was lost. {_lost_words(attempt.operation.operationid)}"
    if outcome == "locked":
        return f"The PIN of card {plan.card} is locked after too many wrong tries. Nothing was redeemed. {_RESET_WORDS}"
    return say(attempt.notice)


def drained(sent: int, failed: int, left: int) -> str:
    return f"sent {number(sent)}, failed {number(failed)}, left {number(left)}"


def link_state(state: Connectivity) -> str:
    text = f"{state.state.value}: {number(state.pending)} pending, {number(state.failed)} failed"
    return f"{text} ({say(state.last_error)})" if state.last_error else text


def requeued(operationid: str) -> str:
    return f"Operation {operationid} will be sent again."


def discarded(operationid: str) -> str:
    return f"Operation {operationid} is discarded; it will not be sent."


def queue_text(counts: Mapping[str, int], failed: list[Operation]) -> str:
    lines = ["  ".join(f"{state} {number(n)}" for state, n in counts.items())]
    for op in failed:
        lines.append(f"failed {op.operationid}  {op.type} card {op.card}  {_utc(op.created_at)}: {say(op.last_error)}")
    return "\n".join(lines)


def directory_fetched(cards: int, pages: int, size: int) -> str:
    return (
        f"Fetched {number(cards)} changed cards in {number(pages)} pages; the directory holds {number(size)} cards."
    )


# -- what `kiosk store` prints ------------------------------------------------------------


def backup_made(path: object) -> str:
    return f"Backup made: {path}"


def restored(report: RestoreReport) -> str:
    lines = [f"Restored the database from {report.restored_from.name}."]
    if report.kept_aside is not None:
        lines.append(f"The damaged file is kept as {report.kept_aside} for support.")
        lines.append(f"{number(report.rescued)} unsent operations saved after the backup were copied over from it.")
        if report.rescue_failed:
            lines.append(
                "Part of the damaged file could not be read: operations saved there after the backup may be"
                " missing; check the till's receipts against `kiosk queue`."
            )
    return "\n".join(lines)


def store_check(found: CheckReport, backups: list[dict[str, Any]]) -> str:
    if not found.exists:
        verdict = f"There is no database at {found.path} yet: the terminal makes one when it starts."
    elif found.sound:
        verdict = f"The database {found.path} is sound."
    else:
        verdict = f"The database {found.path} is DAMAGED:\n  " + "\n  ".join(found.problems[:10])
        verdict += "\nRestore the newest backup with `kiosk store restore BACKUP`, or call support."
    listed = "\n".join(f"  {b['file']}  ({b['made_at']})" for b in backups) or "  none"
    return f"{verdict}\nBackups, newest first:\n{listed}"


# -- what `kiosk settings` prints ---------------------------------------------------------


def manager_pin_saved() -> str:
    return "Manager PIN saved."


def secret_prompt(name: str) -> str:
    return f"{name} (not shown): "


def secret_saved(name: str, path: object) -> str:
    return f"{name} saved in {path} (readable by its owner only)."


def secret_saved_in_keyring(name: str, backend: str, username: str, removed_from: object | None) -> str:
    said = f"{name} saved in the system keyring ({backend}), service “kiosk”, user “{username}”."
    if removed_from is not None:
        said += f" The older copy in {removed_from} was removed."
    return said


def secret_overridden(env: str) -> str:
    return f"Note: {env} is set in this environment, and wins over the saved value wherever it is set."


def secrets_moved(moved: list[str], kept: list[str], backend: str, path: object) -> str:
    """`kiosk settings move-secrets`: what went into the keyring, and what the keyring already held."""
    lines = []
    if moved:
        lines.append(f"Moved into the system keyring ({backend}): {', '.join(moved)}.")
    if kept:
        lines.append(
            f"Already in the keyring with another value, which was the one in force and stays: {', '.join(kept)}."
        )
    lines.append(f"{path} no longer holds them (rewritten, its old bytes overwritten).")
    return "\n".join(lines)


def secrets_left_in_file(names: list[str]) -> str:
    return f"{', '.join(names)} still in the settings file: `kiosk settings move-secrets` moves them into the keyring."


def nothing_to_move(path: object) -> str:
    return f"{path} holds no api key or password: nothing to move."


#: Why the secrets stay in the file, by FileBecause's value.
_FILE_BECAUSE = {
    "no_keyring": "no system keyring found",
    "only_weak": "only a plaintext keyring found, no safer than this file (name one in PYTHON_KEYRING_BACKEND to use it)",
    "named_unusable": "the keyring named in PYTHON_KEYRING_BACKEND or keyringrc.cfg cannot be used here",
    "no_answer": "the system keyring did not answer",
}


def secrets_kept(in_keyring: bool, backend: str, because: str, path: object, mode: str) -> str:
    """`kiosk settings`: where the api key and the passwords are kept."""
    if in_keyring:
        return f"system keyring ({backend})"
    return f"{path} ({mode or 'not written yet'}): {_FILE_BECAUSE.get(because, because)}"


def secret_flag_refusal(flag: str, env: str, name: str, config_file: str) -> str:
    """Why a secret's flag is refused, and the three places it can be given instead."""
    how = (
        "`kiosk settings manager-pin` (the PIN read from standard input)"
        if name == "manager_pin_hash"
        else f"`kiosk settings set-secret {name}` (the value read from standard input)"
    )
    return (
        f"{flag} is not taken on the command line, where every user of this machine can read it"
        f" (ps, shell history); the value was not used and is not repeated here. Set {env} in the"
        f" environment, or {name} in {config_file}, or run {how}."
    )


# -- `kiosk --help`: the parser's words, by command ------------------------------------------
# argparse's own words ("usage:", "options", "the following arguments are required") are its own.
# argparse reads a help text as a %-format: it fills in `%(default)s`, and a lone % would break it.

DESCRIPTION = (
    "Loyalty terminal for shops. With no command, opens the counter; "
    "with no KIOSK_API_URL, on its embedded sandbox with demo data."
)
VERSION_HELP = "print the version of this kiosk and exit"
BASEDIR_HELP = "keep every file the app writes (data, config, logs) under DIR"
SETTINGS_GROUP = "settings (also KIOSK_* variables or kiosk.toml; secrets only there or by `kiosk settings set-secret`)"
JSON_HELP = "print JSON instead of text"

#: What each setting is, for its flag's help (a secret has no flag, so no help).
SETTING_HELP = {
    "face": "Which face starts: counter (a cashier's till) or kiosk (a customer's self-service touch screen).",
    "staff_corner": "The kiosk's corner where staff tap to reach the staff menu: top-left, top-right, bottom-left, bottom-right.",
    "staff_taps": "Taps in the staff corner, within 3 seconds, that ask the kiosk for the manager PIN.",
    "api_url": "Base URL of the loyalty API. Empty: run the embedded sandbox with demo data.",
    "campaign_id": "The loyalty campaign this terminal serves.",
    "terminal_username": "Terminal login (scope terminal).",
    "terminal_serial": "This terminal's serial number, registered with the provider.",
    "terminal_foreignid": "This terminal's id in the shop's own systems (optional).",
    "synchro_username": "Login for enrolment calls (scope customersynchro).",
    "language": "Language, dates and number format of the screens: it, en, ru or pt.",
    "phone_region": "Country of phone numbers typed without +prefix (ISO code).",
    "connect_timeout": "Seconds to wait for the loyalty API to accept a connection.",
    "read_timeout": "Seconds to wait for the loyalty API's answer.",
    "log_level": "Least level written to the log file (DEBUG, INFO, WARNING).",
    "idle_timeout": (
        "Seconds without a key press or touch before a customer's screen is wiped; 0 means never"
        " (default 90 at the counter, 60 at the kiosk)."
    ),
    "directory_refresh": (
        "Minutes between refreshes of the card directory used for look-ups offline; 0 means only by command."
    ),
    "outbox_keep_days": (
        "Days a sent or discarded operation stays in the terminal's queue as a record; failed ones stay until handled."
    ),
    "password_min_length": "Fewest characters of the password a customer chooses at enrolment.",
    "password_needs_letter": "A customer's password must hold a letter.",
    "password_needs_digit": "A customer's password must hold a digit.",
    "pin_pad_scrambled": "Shuffle the digits of the PIN pad each time it is shown, against smudges and onlookers.",
    "shop_latitude": (
        "Latitude of this shop (decimal degrees) for the kiosk's nearest shops; empty: the demo shop on the sandbox,"
        " no list on a provider."
    ),
    "shop_longitude": "Longitude of this shop (decimal degrees), with the latitude.",
    "theme": (
        "The counter's colours: system (light or dark as the desktop's colour scheme is), light or dark;"
        " the colours themselves are in resources/styles/."
    ),
    # Printing
    "printer": (
        "The ESC/POS receipt printer: empty for none, usb:VID:PID, network:HOST[:PORT] (port 9100 when not given),"
        " serial:PORT[:BAUD], file:PATH (e.g. file:/dev/usb/lp0) or dummy; `kiosk printers` lists those found."
    ),
    "paper_width": "The receipt printer's roll in mm: 80 (48 characters a line) or 58 (32 characters).",
    "printer_model": (
        "The receipt printer's model in python-escpos's printer database (e.g. TM-T20II, POS-5890): it says whether"
        " the printer draws QR codes itself; default: a generic Epson-compatible printer."
    ),
    "print_slip_at_once": "Print an operation's slip on the receipt printer as soon as the counter saves it.",
}


# `kiosk printers`
PRINTERS_HELP = "list the receipt printers this machine sees, and the state of the one set (KIOSK_PRINTER)"
PRINTERS_TEST_HELP = "print a test slip on the printer set"
TEST_SLIP_TITLE = "Test slip"
TEST_SLIP_PRINTER = "Printer"
TEST_SLIP_PAPER = "Paper"
TEST_SLIP_MODEL = "Model"
TEST_SLIP_CHARACTERS = "àèéìòù ç ñ € Привет £"
TEST_SLIP_QR = "kiosk test slip"


def paper_words(width_mm: int, columns: int) -> str:
    return f"{width_mm} mm, {columns} characters a line"


def printers_listing(found: list[tuple[str, str]], configured: str, state: str) -> str:
    """What `kiosk printers` prints: each printer seen (as a KIOSK_PRINTER value), then the one set and its state."""
    lines = ["Receipt printers seen here (use one as KIOSK_PRINTER):"] if found else ["No receipt printer seen here."]
    lines += [f"  {address}" + (f"  ({description})" if description else "") for address, description in found]
    lines.append("Network printers are not searched for: set network:HOST[:PORT].")
    if configured:
        lines.append(f"Set: KIOSK_PRINTER={configured}. {state}")
    else:
        lines.append("Set: none (KIOSK_PRINTER is empty).")
    return "\n".join(lines)


def setting_help(name: str, env: str) -> str:
    """A setting flag's help: what it is, and its variable."""
    return f"{SETTING_HELP[name]} [{env}]"


# `kiosk sandbox`
SANDBOX_HELP = "the loyalty API sandbox server"
SANDBOX_SERVE_HELP = "run the sandbox until stopped"
SANDBOX_DATA_HELP = "folder of the sandbox's database"
SANDBOX_HOST_HELP = "address to listen on (default %(default)s)"
SANDBOX_DEV_HELP = (
    "demo/test mode: open /sandbox/ (codes sent, faults, clock) to holders of the control key; never on a shop's server"
)
SANDBOX_PORT_HELP = "port to listen on (default %(default)s)"
SANDBOX_ACCESS_TTL_HELP = "access token lifetime"
SANDBOX_REFRESH_TTL_HELP = "refresh token lifetime"
SANDBOX_CODE_TTL_HELP = "one-time code lifetime"
SANDBOX_CODE_RESEND_HELP = "wait before another code to one address"
SANDBOX_DEMO_HELP = "seed the demo campaign if absent and print its settings as JSON"
SANDBOX_TERMINALS_HELP = 'also make sure there are N terminal logins (for load tests), listed as "terminals"'
SANDBOX_MESSAGES_HELP = "the one-time codes a --dev sandbox has sent to an address, newest first"
SANDBOX_MESSAGES_DATA_HELP = "the sandbox's data folder (holds its control key)"
SANDBOX_TO_HELP = "the e-mail or mobile number"
SANDBOX_URL_HELP = "the sandbox's address (default %(default)s)"


def exposure_warning(host: str, *, dev: bool) -> str:
    """What `kiosk sandbox serve` says first when it listens beyond this machine."""
    lines = [
        f"WARNING: the sandbox listens on {host}, so it is reachable from the network, not only from this machine.",
        "Never use --dev there: --dev opens /sandbox/ (the one-time codes sent, faults, the clock).",
    ]
    if dev:
        lines.append("--dev is ON now: stop this server and start it on 127.0.0.1, or without --dev.")
    return "\n".join(lines)


def no_control_key(data: object) -> str:
    return f"{data} holds no sandbox control key: give the sandbox's data folder."


def sandbox_refused(url: str, status: int) -> str:
    return f"the sandbox at {url} answered {status}: is it started with --dev, from this data folder?"


def no_sandbox_at(url: str) -> str:
    return f"no sandbox answers at {url}."


# `kiosk lookup`, `earn`, `redeem`
LOOKUP_HELP = "look up a card, e-mail or phone (fresh from the API, else from this terminal)"
LOOKUP_TEXT_HELP = "card number, e-mail or phone"
CARD_HELP = "card number"
EARN_HELP = "queue a purchase so its points are earned; returns once it is safely stored"
EARN_AMOUNT_HELP = "amount paid in the number format of KIOSK_LANGUAGE, e.g. 12.50 (en), 12,50 (it)"
EARN_RECEIPT_HELP = "the till's receipt number"
REDEEM_HELP = (
    "redeem points or spend credit with the customer's PIN, read from standard input (never from the command line);"
    " exits 0 redeemed, 1 nothing redeemed, 2 refused before any call, 3 answer lost (`kiosk sync` settles it)"
)
REDEEM_POINTS_HELP = "points to redeem, a whole number, e.g. 500"
REDEEM_CREDIT_HELP = "credit to spend, as money, e.g. 5.00"

# `kiosk sync`, `queue`, `directory`
SYNC_HELP = "send queued operations to the loyalty API"
SYNC_ONCE_HELP = "send what can be sent, then exit (3: some left, 4: some failed)"
SYNC_WATCH_HELP = "keep sending until stopped (Ctrl+C or SIGTERM)"
QUEUE_HELP = "the queue of operations: counts, failed ones; retry or discard a failed one"
QUEUE_SHOW_HELP = "one operation: its state, why it failed, or what the server answered"
QUEUE_RETRY_HELP = "send a failed operation again"
QUEUE_DISCARD_HELP = "drop a failed operation for good"
QUEUE_ID_HELP = "the operation's id (see `kiosk queue`)"
DIRECTORY_HELP = "the card directory used for look-ups without the network"
DIRECTORY_ACTION_HELP = "sync: fetch the directory now"

# `kiosk store`
STORE_HELP = "support: check this terminal's database, back it up, or restore a backup"
STORE_CHECK_HELP = "check the database in full and list its backups (exit 0 sound, 1 damaged)"
STORE_BACKUP_HELP = "make a backup now ({kept} are kept, beside the database in backups/)"
STORE_RESTORE_HELP = (
    "put BACKUP in place of the database (stop the app and `kiosk sync --watch` first);"
    " the old file is kept aside and its unsent operations copied over where readable"
)
STORE_BACKUP_FILE_HELP = "a backup file (see `kiosk store check`)"

# `kiosk settings`
SETTINGS_HELP = "print the settings in force and where each comes from"
SETTINGS_JSON_HELP = "print JSON"
MANAGER_PIN_HELP = "set the manager PIN ({low} to {high} digits; asked twice on a terminal, else one line from stdin)"
SECRET_HELP = (
    "save a secret setting in the system keyring when one is in use, else in kiosk.toml (0600);"
    " read unseen on a terminal, else one line from stdin"
)
SECRET_NAME_HELP = "which secret: api_key, terminal_password or synchro_password (the enrolment password)"
MOVE_SECRETS_HELP = (
    "move the api key and the passwords from kiosk.toml into the system keyring, checked by reading them back;"
    " kiosk.toml is rewritten without them and no copy is left"
)

#: Where a setting's value came from, as `kiosk settings` lists it (the codes are Settings.source's).
SOURCE_WORDS = {
    "default": "default", "file": "file", "keyring": "keyring", "environment": "environment", "flag": "flag",
    "app": "app",
}


def settings_listing(
    rows: list[tuple[str, object, str]], data: object, config: object, logs: object, *, secrets: str = "",
    problem: str = "",
) -> str:
    """`kiosk settings`: each variable, its value and where it came from; then the three folders and the secrets' store."""
    lines = [f"{env:<26} {value!s:<28} ({SOURCE_WORDS.get(source, source)})" for env, value, source in rows]
    lines += [f"{'data folder':<26} {data}", f"{'config folder':<26} {config}", f"{'log folder':<26} {logs}"]
    if secrets:
        lines.append(f"{'secrets kept in':<26} {secrets}")
    if problem:
        lines.append(f"{'':<26} {problem}")
    return "\n".join(lines)


# The parser's refusals (`kiosk: error: ...`): what was typed is never repeated, as it may be a secret.


def unknown_options(names: list[str]) -> str:
    what = f"unknown option {', '.join(names)}" if names else "unexpected words"
    return f"{what} (what was typed after it is not repeated here); see kiosk --help"


def not_a_choice(what: str, choices: str) -> str:
    """argparse's "invalid choice: 'X' (choose from ...)", without the X."""
    return f"{what}: not one of {choices} (what was typed is not repeated here)"


def say(value: Notice | KioskError | None) -> str:
    """The English words for what happened; "" for nothing."""
    from kiosk.domain.errors import KioskError

    if value is None:
        return ""
    notice = value.notice if isinstance(value, KioskError) else value
    text = _one(notice.what, notice.params)
    if notice.then is not None:
        text = f"{text} {_one(notice.then, {})}"
    return text


def _one(what: enum.Enum, params: Mapping[str, Any]) -> str:
    from kiosk.domain.errors import Why

    table = _table()
    words = table.get(what)
    if words is None:
        return table[Why.UNEXPECTED](params)
    try:
        return words(params)
    except (KeyError, TypeError, ValueError):
        # A notice without the detail its words need (an old record, say): its plain words.
        return table[Why.UNKNOWN](params) if what is not Why.UNKNOWN else "Unknown."


def _variant(base: str, **variants: str) -> _Words:
    """`base`, or the variant for the first detail the notice carries (its words use that detail)."""

    def words(p: Mapping[str, Any]) -> str:
        for name, text in variants.items():
            if p.get(name) is not None:
                return text.format(**p)
        return base

    return words


def _source(p: Mapping[str, Any]) -> str:
    where = p.get("where", "")
    return {
        "environment": "environment",
        "file": f"in {where}",
        "flag": f"flag {where}",
        "saving": "to be saved",
    }.get(p.get("source", ""), "default")


_OUTCOME = {
    "write": "this operation was NOT saved.",
    "read": "nothing could be read.",
    "open": "the kiosk cannot use it.",
}

_DAMAGED = (
    "The terminal's database is damaged: nothing was saved, and nothing will be until it is repaired. "
    "Run `kiosk store check` to see what is wrong and which backups there are, then "
    "`kiosk store restore BACKUP` with the newest good one; or call support. Do not delete the file."
)

_NAMES = {
    "api_key": "the api key",
    "campaign_id": "the campaign number",
    "terminal_username": "the terminal's user name",
    "terminal_password": "the terminal's password",
    "terminal_serial": "the terminal's serial number",
}


def _listed(names: str) -> str:
    parts = [_NAMES.get(n, n) for n in names.split(",") if n]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _password(p: Mapping[str, Any]) -> str:
    wants = []
    if p.get("length"):
        wants.append(f"at least {p['length']} characters")
    if p.get("letter"):
        wants.append("a letter")
    if p.get("digit"):
        wants.append("a digit")
    return "The password needs " + (wants[0] if len(wants) == 1 else ", ".join(wants[:-1]) + " and " + wants[-1]) + "."


@functools.cache
def _table() -> dict[enum.Enum, _Words]:
    """Each typed value's words: made on first use, as the types are imported only then."""
    from kiosk.api.errors import Problem
    from kiosk.domain.errors import PrinterState, Why
    from kiosk.store.db import StoreFault

    return {
        # -- the loyalty server's answers ------------------------------------------------------
        Problem.TERMINAL_SIGN_IN: lambda p: "The terminal could not sign in to the loyalty server: ask the shop manager to check the terminal's user, password, serial number and api key in the settings.",
        Problem.CUSTOMER_SIGN_IN: lambda p: "The user name or password is not right: ask the customer to type them again.",
        Problem.SESSION_EXPIRED: lambda p: "The connection to the loyalty server had to be renewed and failed: try again.",
        Problem.CUSTOMER_SESSION_EXPIRED: lambda p: "The customer's session has expired: ask the customer to sign in again.",
        Problem.NOT_ALLOWED: lambda p: "This terminal is not allowed to do that on the loyalty server: call support.",
        Problem.TOO_MANY_TRIES: _variant(
            "Too many tries: wait a while, then try again.", seconds="Too many tries; wait {seconds} s."
        ),
        Problem.BAD_FIELD: _variant(
            "The loyalty server refused what was sent: check what was entered and try again.",
            field="The loyalty server refused the value of “{field}”: check it and try again.",
        ),
        Problem.CARD_UNKNOWN: lambda p: "This card is not known to the loyalty program: scan it again or check the number.",
        Problem.CARD_BLOCKED: lambda p: "This card is blocked or was replaced: ask the customer for their current card.",
        Problem.CARD_IN_USE: lambda p: "That new card number is already in use: take another new card.",
        Problem.WRONG_PIN: lambda p: (
            f"The PIN is not right ({plural(p['attempts'], 'try', 'tries')} left): ask the customer to type it again."
            if p.get("attempts") is not None
            else "The PIN is not right: ask the customer to type it again."
        ),
        Problem.PIN_LOCKED: lambda p: "The PIN is locked after too many wrong tries: the customer must reset it before redeeming.",
        Problem.CURRENT_PIN_NEEDED: lambda p: "This card already has a PIN: the customer must type the current PIN to choose a new one.",
        Problem.NOT_ENOUGH_POINTS: lambda p: "There are not enough points on the card: check the balance and use fewer points.",
        Problem.NOT_ENOUGH_CREDIT: lambda p: "There is not enough credit on the card: check the balance and use less credit.",
        Problem.OFFLINE_REDEEM_REFUSED: lambda p: "This campaign does not allow this redemption without the customer's PIN: it is beyond what may be redeemed offline.",
        Problem.PIN_RESET_NO_CONTACT: lambda p: "This customer has no e-mail or phone on file, so the PIN cannot be reset here: the customer must first add one to their account.",
        Problem.CODE_WRONG: lambda p: "The code is not right: check it and type it again.",
        Problem.CODE_EXPIRED: lambda p: "The code has expired or was already used: ask for a new code.",
        Problem.CODE_TOO_MANY: _variant(
            "Too many tries or codes: wait a while, then ask for a new code.",
            seconds="Too many tries or codes: wait {seconds} seconds, then try again.",
        ),
        Problem.CUSTOMER_NOT_FOUND: lambda p: "No customer was found: sign up as a new customer.",
        Problem.ALREADY_REGISTERED: lambda p: "This customer is already registered: sign in instead.",
        Problem.OPERATION_UNKNOWN: lambda p: "The loyalty server has no record of this operation: it was not applied.",
        Problem.OPERATION_CONFLICT: lambda p: "This operation was already sent with different details: call support.",
        Problem.OPERATION_RUNNING: lambda p: "The loyalty server is still working on this operation: wait a moment and check again.",
        Problem.NOT_REVERSIBLE: lambda p: "This movement cannot be reversed: it was already reversed or is itself a reversal.",
        Problem.MOVEMENT_UNKNOWN: lambda p: "The movement to reverse is not known to the loyalty server: check the card's history.",
        Problem.VOUCHER_UNKNOWN: lambda p: "This voucher code is not known: check it and type it again.",
        Problem.VOUCHER_USED: lambda p: "This voucher was already used.",
        Problem.VOUCHER_EXPIRED: lambda p: "This voucher has expired.",
        Problem.TOO_FEW_POINTS_FOR_VOUCHER: lambda p: "That is fewer points than a voucher takes: choose more points.",
        Problem.PRIZE_UNKNOWN: lambda p: "This prize is no longer in the catalogue.",
        Problem.PRIZE_OUT_OF_STOCK: lambda p: "This prize has just run out: choose another one. No points were spent.",
        Problem.SHIPPING_ADDRESS_NEEDED: lambda p: "To have the prize sent, give the address to send it to.",
        Problem.PRIZE_REQUEST_UNKNOWN: lambda p: "This prize request is not known.",
        Problem.PRIZE_REQUEST_NOT_CANCELLABLE: lambda p: "This prize is already being prepared, so the request can no longer be cancelled.",
        Problem.CONTEST_UNKNOWN: lambda p: "This game is over or not open yet.",
        Problem.NO_PLAYS_LEFT: lambda p: "No plays are left in this game.",
        Problem.NEWS_UNKNOWN: lambda p: "This news item is not known: it may have been withdrawn.",
        Problem.NOTIFICATION_UNKNOWN: lambda p: "This message is not known to this customer.",
        Problem.STORE_UNKNOWN: lambda p: "This shop is not known to the loyalty server.",
        Problem.GEOLOCATION_CONSENT_NEEDED: lambda p: "The customer has not consented to geolocation, so the shops near a position cannot be listed.",
        Problem.WRONG_PASSWORD: lambda p: "The password is not right: type the current password again.",
        Problem.NO_PASSWORD: lambda p: "This account has no password (it was opened with the card only): confirm with the PIN instead.",
        Problem.SERVER_FAULT: _variant(
            "The loyalty server has a problem: try again in a moment.",
            seconds="The loyalty server has a problem: try again in {seconds} seconds.",
        ),
        Problem.SERVER_REFUSED: _variant(
            "The loyalty server refused the request: try again, and call support if it keeps happening.",
            code="The loyalty server refused the request (error {code}): try again, and call support if it keeps happening.",
        ),
        Problem.NETWORK_DOWN: lambda p: "The loyalty server cannot be reached: check the network and try again.",
        Problem.NETWORK_NO_ANSWER: lambda p: "The loyalty server did not answer: the operation may have gone through, so check it before doing it again.",
        Problem.BAD_ANSWER: lambda p: "The loyalty server sent an answer the terminal cannot read: try again, and call support if it keeps happening.",
        Problem.NOT_CONFIGURED: lambda p: "The terminal's loyalty sign-in is not set up: ask the shop manager to enter it in the settings.",
        # -- the terminal's database -----------------------------------------------------------
        StoreFault.DISK_FULL: lambda p: f"The terminal's disk is full: {_OUTCOME[p.get('doing', 'write')]} Free some space and try again.",
        StoreFault.READ_ONLY: lambda p: (
            f"The terminal's database is read-only: {_OUTCOME[p.get('doing', 'write')]} "
            "Check that the kiosk may write its data folder and that the disk has not switched to read-only."
        ),
        StoreFault.LOCKED: lambda p: (
            f"The terminal's database stayed locked by another kiosk program for too long: {_OUTCOME[p.get('doing', 'write')]} "
            "Try again; if it keeps happening, restart the terminal."
        ),
        StoreFault.DAMAGED: lambda p: _DAMAGED,
        StoreFault.CANNOT_OPEN: lambda p: "The terminal's database cannot be opened: check that its data folder exists and may be written.",
        StoreFault.DISK_ERROR: lambda p: f"The terminal's disk reported an error: {_OUTCOME[p.get('doing', 'write')]} Try again; if it keeps happening, call support.",
        StoreFault.FAILED: lambda p: f"The terminal's database failed unexpectedly: {_OUTCOME[p.get('doing', 'write')]} Try again; if it keeps happening, call support.",
        StoreFault.DUPLICATE_OPERATION: lambda p: "This operation was already saved once: it was not saved again.",
        StoreFault.UNKNOWN_OPERATION: lambda p: "This operation is not in the terminal's queue.",
        StoreFault.WRONG_STATE: lambda p: (
            f"This operation is {p['state']}, not {' or '.join(str(p['wanted']).split(','))}: nothing was changed."
            if p.get("wanted")
            else f"This operation is {p['state']}: nothing was changed."
        ),
        StoreFault.NEWER_SCHEMA: lambda p: (
            f"The terminal's database was written by a newer kiosk program (schema {p['found']}; this program knows up to"
            f" {p['known']}). Install the newer program; the database was not changed."
        ),
        StoreFault.BACKUP_FAILED: lambda p: (
            "The terminal's database could not be backed up before its upgrade, so it was not upgraded:"
            " check that the disk has space and the data folder may be written."
        ),
        StoreFault.NO_BACKUP: lambda p: f"There is no backup file {p['backup']}: nothing was changed.",
        StoreFault.BAD_BACKUP: lambda p: f"The backup {p['backup']} is damaged too: nothing was changed. Choose an older one.",
        StoreFault.IN_USE: lambda p: (
            "The app or `kiosk sync --watch` is using this database now: stop it first, then restore. Nothing was changed."
        ),
        # -- the terminal's own ----------------------------------------------------------------
        Why.UNEXPECTED: lambda p: "Something went wrong; the log has the details.",
        Why.UNKNOWN: lambda p: "The reason was not recorded.",
        Why.TRY_AGAIN: lambda p: "Try again.",
        Why.NOTHING_REDEEMED: lambda p: "Nothing was redeemed.",
        Why.NOTHING_REDEEMED_TRY_AGAIN: lambda p: "Nothing was redeemed. Try again.",
        Why.CONNECTING: lambda p: "Connecting to the loyalty server…",
        Why.AMOUNT_NOT_POSITIVE: lambda p: "The amount must be more than zero.",
        Why.AMOUNT_TOO_LARGE: lambda p: "The amount is too large for one purchase.",
        Why.AMOUNT_NOT_A_NUMBER: lambda p: (
            f"That is not an amount of money: write it with digits, like {p['example']} or {p['example_cents']}."
        ),
        Why.AMOUNT_TOO_MANY_DECIMALS: lambda p: "The amount has more than two decimals.",
        Why.POINTS_NOT_POSITIVE: lambda p: "The points must be more than zero.",
        Why.POINTS_TOO_LARGE: lambda p: "That number of points is too large.",
        Why.POINTS_NOT_A_NUMBER: lambda p: (
            f"That is not a number of points: points are whole numbers written with digits, like 500 or {p['example']}."
        ),
        Why.TOPUP_NOT_POSITIVE: lambda p: "The top-up must be more than zero.",
        Why.POINTS_BELOW_MINIMUM: lambda p: f"At least {number(p['minimum'])} points must be redeemed at a time.",
        Why.POINTS_NOT_ENOUGH: lambda p: (
            f"The card has only {number(p['available'])} points to redeem"
            + (f" ({number(p['waiting'])} more are still waiting to reach the loyalty server)." if p.get("waiting") else ".")
        ),
        Why.CREDIT_NOT_ENOUGH: lambda p: (
            f"The card has only {money(p['available'], p.get('currency', ''))} of credit to spend"
            + (" (more is still waiting to reach the loyalty server)." if p.get("waiting") else ".")
        ),
        Why.CAMPAIGN_UNKNOWN: lambda p: "The campaign's rules are not known on this terminal yet: points cannot be redeemed.",
        Why.NOT_A_CARD: lambda p: f"“{p['text']}” is not a card number.",
        Why.CARD_CHECK_DIGIT: lambda p: f"Card number {p['card']} is not valid (wrong check digit): scan it again or check the digits.",
        Why.NOT_AN_EMAIL: lambda p: f"“{p['text']}” is not an e-mail address.",
        Why.NOT_A_PHONE: lambda p: f"“{p['text']}” is not a phone number.",
        Why.LOOKUP_EMPTY: lambda p: "Scan a card, or type a card number, e-mail or phone.",
        Why.LOOKUP_UNREADABLE: lambda p: f"“{p['text']}” is neither a card number, an e-mail nor a phone number.",
        Why.CARD_NOT_EAN13: lambda p: (
            f"Card number {p['card']} is not a valid EAN-13 (13 digits with the right check digit): check the card number."
        ),
        Why.CARD_NOT_CODE128: lambda p: (
            f"Card number “{p['card']}” cannot be shown as a Code 128 barcode: it needs 1 to {p['longest']} letters,"
            " digits or signs, without accents."
        ),
        Why.CARD_FORMAT_UNKNOWN: lambda p: f"Card format {p['format']} is not one this terminal can draw: check the campaign's card format.",
        Why.QR_NO_CARD: lambda p: "There is no card number to show as a QR code.",
        Why.QR_TOO_LONG: lambda p: "This card number is too long for a QR code.",
        Why.CARD_REPLACED: lambda p: (
            f"Card {p['card']} was replaced by card {p['new_card']}: use the new card."
            if p.get("new_card")
            else f"Card {p['card']} was replaced: use the new card."
        ),
        Why.CARD_BLOCKED: lambda p: f"Card {p['card']} is blocked: nothing can be earned, redeemed or refunded on it.",
        Why.CARD_UNCHECKED: lambda p: (
            f"Card {p['card']} has not been checked with the loyalty server yet: nothing can be done on it offline."
        ),
        Why.NO_CARD_WITH_EMAIL: lambda p: "No card in the loyalty program has this e-mail address: check the spelling.",
        Why.NO_CARD_WITH_PHONE: lambda p: "No card in the loyalty program has this phone number: check the digits.",
        Why.NO_API: lambda p: "No loyalty API is configured.",
        Why.OFFLINE_SEARCH_NOT_YET: lambda p: (
            "The terminal cannot search by e-mail or phone offline yet: its card directory has never been fetched."
        ),
        Why.OFFLINE_SEARCH_REFETCH: lambda p: (
            "The terminal cannot search by e-mail or phone offline until it has fetched the campaign again;"
            " search by card number."
        ),
        Why.DIRECTORY_REFETCHING: lambda p: (
            "The terminal is fetching its card directory again, so a card may not be found by e-mail or phone offline"
            " yet; search by card number."
        ),
        Why.NOT_FOUND_HERE: lambda p: (
            "No card found on this terminal (the loyalty API cannot be reached, so only cards seen before are known)."
            if p.get("offline")
            else "No card found on this terminal."
        ),
        Why.NO_CARD_CATEGORY: lambda p: "The campaign has no card category: a new card cannot be issued here.",
        Why.ISSUE_NEEDS_SERVER: lambda p: "A new card needs the loyalty server, which cannot be reached now: try again later.",
        Why.LOOK_UP_FIRST: lambda p: "Look up a customer first.",
        Why.RECEIPT_MISSING: lambda p: "Give the receipt number.",
        Why.RECEIPT_TOO_LONG: lambda p: f"The receipt number must be at most {p['longest']} plain characters.",
        Why.EARN_NEEDS_API: lambda p: "This campaign does not allow earning points without the loyalty API.",
        Why.REFUND_NOT_SENT_YET: lambda p: "This operation has not reached the loyalty server yet: it cannot be refunded now.",
        Why.REFUND_NOT_REVERSIBLE: lambda p: "This movement was already refunded, or is itself a refund.",
        Why.REFUND_ALREADY_SAVED: lambda p: "A refund of this movement is already saved and waiting to sync.",
        Why.CREDIT_NEEDS_SERVER: lambda p: "Credit can only be spent with the loyalty server: it cannot be reached now.",
        Why.REDEEM_NEEDS_SERVER: lambda p: "This campaign does not allow redeeming without the loyalty server: it cannot be reached now.",
        Why.OFFLINE_CAP: lambda p: (
            f"Without the loyalty server at most {number(p['room'])} more points may be redeemed here"
            f" (the campaign's limit over {p['hours']} hours): redeem fewer, or wait for the connection."
        ),
        Why.REDEEMED: lambda p: "Redeemed.",
        Why.WRONG_PIN: lambda p: (
            f"Wrong PIN. {plural(p['attempts'], 'try', 'tries')} left before the PIN locks."
            if p.get("attempts") is not None
            else "Wrong PIN."
        ),
        Why.PIN_LOCKED: lambda p: (
            "The PIN is locked after too many wrong tries. Nothing was redeemed. Reset the PIN with a code sent to the customer."
        ),
        Why.PIN_LOCKED_RESET: lambda p: "The PIN is locked after too many wrong tries: reset it with a code.",
        Why.CURRENT_PIN_WRONG: lambda p: (
            f"The current PIN is wrong. {plural(p['attempts'], 'try', 'tries')} left before the PIN locks."
            if p.get("attempts") is not None
            else "The current PIN is wrong."
        ),
        Why.SERVER_UNREACHABLE: lambda p: "The loyalty server cannot be reached now.",
        Why.ANSWER_LOST: lambda p: (
            "The loyalty server's answer was lost: the terminal is finding out whether it was redeemed."
            " Do not hand anything over until it shows."
        ),
        Why.SERVER_REFUSED_IT: lambda p: "The loyalty server refused it.",
        Why.COUNTER_COMPLETING: lambda p: "The counter is still completing this redemption.",
        Why.NEEDS_PIN_AGAIN: lambda p: (
            "This redemption needs the customer's PIN, which the terminal never keeps: nothing was redeemed;"
            " ask the customer to redeem again."
        ),
        Why.SAVED_INCOMPLETE: lambda p: f"This {p['kind']} was saved incomplete and cannot be sent: discard it and enter it again.",
        Why.NOT_IN_QUEUE: lambda p: f"Operation {p['operationid']} is not in this terminal's queue.",
        Why.ADDRESS_MISSING: lambda p: "Type your e-mail address or mobile number.",
        Why.NOT_A_DATE: lambda p: f"“{p['text']}” is not a date (YYYY-MM-DD).",
        Why.CHOOSE_AN_OPTION: lambda p: "Choose one of the options.",
        Why.CHOOSE_YES_OR_NO: lambda p: "Choose yes or no.",
        Why.FIELD_REQUIRED: lambda p: f"{p['label']} is required.",
        Why.PASSWORD_WEAK: _password,
        Why.PASSWORDS_DIFFER: lambda p: "The two passwords are not the same: type them again.",
        Why.ENROL_PASSWORD_AGAIN: lambda p: "Type your password again, then ask for the code.",
        Why.ENROL_WELCOME_BACK: lambda p: "Welcome back: type your password to go on.",
        Why.ENROL_ALREADY_REGISTERED: lambda p: (
            "This customer is already registered: they sign in with their e-mail or phone and password."
        ),
        Why.ENROL_DONE_PIN_KEPT: lambda p: "Welcome! The card is ready, with the PIN it already had: keep using it.",
        Why.ENROL_DONE: lambda p: "Welcome! The card is ready: scan it at every purchase.",
        Why.ENROL_UNREACHABLE: lambda p: (
            "The loyalty server cannot be reached: check the connection and try again. Nothing typed is lost."
        ),
        Why.ENROL_LOOK_AT_FIELDS: lambda p: "Some answers need a look: see the fields marked.",
        Why.ENROL_CORRECT_ADDRESS: lambda p: "Correct the address, then ask for the code again.",
        Why.ENROL_TYPE_PASSWORD: lambda p: "Type your password.",
        Why.ENROL_PASSWORD_WRONG: lambda p: "That password is not right: try again.",
        Why.ENROL_RESEND_WAIT: lambda p: f"A new code can be sent in {p['seconds']} s.",
        Why.ENROL_CODE_DIGITS: lambda p: f"The code has {p['digits']} digits.",
        Why.ENROL_CODE_TOO_MANY: lambda p: "Too many wrong codes: send a new code.",
        Why.ENROL_CODE_EXPIRED: lambda p: "The code has expired: send a new code.",
        Why.ENROL_CODE_WRONG: lambda p: f"That code is not right: {plural(p['attempts'], 'try', 'tries')} left.",
        Why.ENROL_CODE_SENT_EMAIL: lambda p: (
            f"A {p['digits']}-digit code was sent to {p['address']}: type it here (look in the e-mail)."
        ),
        Why.ENROL_CODE_SENT_PHONE: lambda p: (
            f"A {p['digits']}-digit code was sent to {p['address']}: type it here (look in the phone)."
        ),
        Why.ENROL_TOO_MANY_CODES: lambda p: "Too many codes were sent to this address: try again later, or use another one.",
        Why.ENROL_ADDRESS_TAKEN: lambda p: "This e-mail or phone is already someone's sign-in: use another one.",
        Why.ENROL_CHECK_FAILED: lambda p: "The check failed.",
        Why.ENROL_PIN_DIGITS: lambda p: f"The PIN has {p['digits']} digits.",
        Why.MANAGER_PIN_DIGITS: lambda p: f"The manager PIN must be {p['low']} to {p['high']} digits.",
        Why.PINS_DIFFER: lambda p: "The two PINs are not the same: type them again.",
        Why.MANAGER_PINS_DIFFER: lambda p: "The two PINs are not the same: nothing was saved. Run the command again.",
        Why.REDEEM_NEEDS_CONNECTION: lambda p: (
            "Redeeming needs the connection to the loyalty server, which cannot be reached now."
        ),
        Why.NO_PIN_GIVEN: lambda p: "No PIN was given: pass the customer's PIN on standard input. Nothing was redeemed.",
        Why.PIN_FORM: lambda p: (
            f"The customer's PIN is {p['digits']} digits: nothing was redeemed."
            if p.get("digits")
            else "The customer's PIN is digits only: nothing was redeemed."
        ),
        Why.NO_VALUE_GIVEN: lambda p: f"No value was given for {p['name']} on standard input: nothing was saved.",
        Why.SETTING_NOT_BOOL: lambda p: f"{p['env']} ({_source(p)}) must be true or false, not “{p['raw']}”.",
        Why.SETTING_NOT_WHOLE: lambda p: (
            f"{p['env']} ({_source(p)}) must be a whole number, not “{p['raw']}”."
            if "raw" in p
            else f"{p['env']} ({_source(p)}) must be a whole number."
        ),
        Why.SETTING_TOO_SMALL: lambda p: f"{p['env']} ({_source(p)}) must be {p['minimum']} or more, not {p['number']}.",
        Why.SETTING_NOT_NUMBER: lambda p: f"{p['env']} ({_source(p)}) must be a number, not “{p['raw']}”.",
        Why.SETTING_NOT_POSITIVE: lambda p: f"{p['env']} ({_source(p)}) must be more than zero.",
        Why.SETTING_NOT_TEXT: lambda p: f"{p['env']} ({_source(p)}) must be text.",
        Why.SETTING_NOT_A_CHOICE: lambda p: f"{p['env']} ({_source(p)}) must be one of {p['choices']}, not “{p['raw']}”.",
        Why.SETTING_NOT_IN_RANGE: lambda p: (
            f"{p['env']} ({_source(p)}) must be empty or a number from {p['lowest']} to {p['highest']}, not “{p['raw']}”."
        ),
        Why.SETTINGS_UNREADABLE: lambda p: (
            f"The settings file {p['path']} cannot be read (at {p['detail']})"
            + (", so it was left as it is." if p.get("kept") else ".")
        ),
        Why.SETTINGS_UNKNOWN_KEY: lambda p: f"The settings file {p['path']} names an unknown setting “{p['key']}”.",
        Why.SETTING_IS_SECRET: lambda p: f"{p['name']} is a secret: give it by {p['env']} or in {p['file']}.",
        Why.SETTING_UNKNOWN: lambda p: f"There is no setting “{p['name']}”.",
        Why.SETTINGS_NOT_WRITTEN: lambda p: (
            f"The settings could not be saved in {p['path']} ({p['detail']}); the previous settings still apply."
        ),
        Why.SETTINGS_NOT_USABLE: lambda p: "The new settings were saved but cannot be used.",
        Why.API_URL_HAS_LOGIN: lambda p: (
            "The loyalty server address must not hold a user name or password: put them in the terminal's own settings."
        ),
        Why.API_URL_NOT_AN_ADDRESS: lambda p: f"KIOSK_API_URL “{p['url']}” is not a web address (https://...).",
        Why.API_URL_NOT_HTTPS: lambda p: f"KIOSK_API_URL “{p['url']}” must use https://: plain http is allowed only on this machine.",
        Why.API_SETTINGS_MISSING: lambda p: f"KIOSK_API_URL is set, so these settings are needed too: {p['names']}.",
        Why.FILL_IN_FIRST: lambda p: f"Fill in {_listed(p['names'])} first.",
        Why.CONNECTION_OK: lambda p: f"Connected: campaign “{p['campaign']}” ({p['currency']}).",
        Why.CONNECTION_UNREACHABLE: lambda p: (
            f"The loyalty server at {p['url']} cannot be reached: check the network cable or Wi-Fi, and the address."
        ),
        Why.CONNECTION_NOT_LOYALTY: lambda p: f"Something answers at {p['url']}, but it is not a loyalty server: check the address.",
        Why.CONNECTION_NO_CAMPAIGN: lambda p: (
            f"Campaign {p['campaign']} does not exist on this loyalty server: check the campaign number."
        ),
        Why.CONNECTION_WRONG_LOGIN: lambda p: (
            "The loyalty server refused the api key or the terminal's user name and password: check them."
        ),
        Why.CONNECTION_NOT_TERMINAL: lambda p: (
            "The loyalty server does not let this user sign in as a terminal: check the terminal's user name."
        ),
        Why.KEYRING_NO_ANSWER: lambda p: (
            f"The system keyring ({p['backend']}) did not answer within {p['seconds']} seconds: it may be locked,"
            " or its service stopped. Unlock it (log in to the desktop) and try again."
        ),
        Why.KEYRING_FAILED: lambda p: (
            f"The system keyring ({p['backend']}) refused the request: unlock it (log in to the desktop) and try"
            " again; the log says what failed."
        ),
        Why.KEYRING_NOT_KEPT: lambda p: (
            f"The system keyring ({p['backend']}) did not keep {p['name']}: read back, it differs."
            " The settings file was left as it was."
        ),
        Why.NO_KEYRING: lambda p: (
            f"No system keyring is in use on this machine, so the secrets stay in {p['path']}, readable by its owner"
            " only; nothing was moved."
        ),
        # -- the receipt printer ------------------------------------------------------------
        PrinterState.PRINTED: lambda p: "Printed.",
        PrinterState.READY: lambda p: "The printer is ready.",
        PrinterState.PAPER_NEAR_END: lambda p: "The printer's paper roll is nearly finished: have a new one at hand.",
        PrinterState.PAPER_OUT: lambda p: "The printer is out of paper: load a new roll, then print again.",
        PrinterState.COVER_OPEN: lambda p: "The printer's cover is open: close it, then print again.",
        PrinterState.PRINTER_ERROR: lambda p: (
            "The printer reports an error (paper jam or cutter): turn it off and on, then print again."
        ),
        PrinterState.NOT_ANSWERING: lambda p: (
            f"The printer did not answer within {p['seconds']} seconds: check that it is on and connected."
        ),
        PrinterState.NOT_REACHABLE: lambda p: (
            f"The printer at {p['where']} cannot be reached: check its cable or network address, and that it is on."
        ),
        PrinterState.NO_PERMISSION: lambda p: (
            f"This user may not use the printer at {p['where']}: see Printers in the README (udev rule for USB,"
            " the dialout group for serial ports)."
        ),
        PrinterState.NOT_CONFIGURED: lambda p: "No receipt printer is set (KIOSK_PRINTER).",
        PrinterState.ADDRESS_WRONG: lambda p: (
            f"KIOSK_PRINTER “{p['raw']}” is not a printer address: use usb:VID:PID, network:HOST[:PORT],"
            " serial:PORT[:BAUD], file:PATH or dummy."
        ),
    }


# `kiosk install-desktop` (issue 16: the Linux desktop's menu entries and icon).
INSTALL_DESKTOP_HELP = "add the counter and the kiosk face to the desktop's menu, with the icon (Linux)"
INSTALL_DESKTOP_USER_HELP = "for this user only, under $XDG_DATA_HOME (~/.local/share): the default"
INSTALL_DESKTOP_SYSTEM_HELP = "for every user of the machine, under /usr/local/share (run it as root)"
INSTALL_DESKTOP_UNINSTALL_HELP = "remove the entries and icons an earlier install-desktop wrote"
INSTALL_DESKTOP_BASEDIR_HELP = "the entries start kiosk with --basedir DIR"


def desktop_installed(entries: list[object], icons: int, hicolor: object, command: str, refreshed: list[str]) -> str:
    lines = [f"Menu entry: {entry}" for entry in entries]
    lines.append(f"Icon: {plural(icons, 'file', 'files')} under {hicolor}")
    lines.append(f"The entries start: {command}")
    if refreshed:
        lines.append(f"Refreshed: {', '.join(refreshed)}")
    return "\n".join(lines)


def desktop_removed(removed: int, data: object) -> str:
    if not removed:
        return f"Nothing to remove under {data}."
    return f"Removed {plural(removed, 'file', 'files')} under {data}."


def desktop_not_supported(platform: str) -> str:
    return (f"install-desktop writes freedesktop menu entries (Linux); this is {platform}."
            " On Windows the installer makes the Start-menu entries.")


def desktop_untranslated(languages: Sequence[str]) -> str:
    return (f"no translation file for {', '.join(languages)} (build them with packaging/i18n.py build):"
            " the menu shows the entries in English there.")


def desktop_not_writable(folder: object) -> str:
    return f"cannot write under {folder}: for every user of the machine, run it as root (sudo)."
