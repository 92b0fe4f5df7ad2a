"""The one place in the face that turns what happened (typed values from below) into words.

Below `ui` errors and results say *what* happened: an enum member (`Problem`,
`Why`, `StoreFault`) and its parameters, bundled as a `Notice`. `say(value)`
gives the words for it in the screens' language (through Qt's translation
system, with `%n` plurals and the locale's numbers and money). Every screen
shows what comes from below through `say`; none looks at the words to decide
anything. The server's own `Message` (`server_message`) is never shown here.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from kiosk.api.errors import Problem
from kiosk.api.kinds import MovementType
from kiosk.domain.errors import KioskError, Notice, PrinterState, Why
from kiosk.store.db import StoreFault
from kiosk.ui.money import format_money

__all__ = ["Words", "say", "OPERATION_NAMES", "operation_name"]

_Make = Callable[[Mapping[str, Any]], str]


def _num(value: Any) -> str:
    return QLocale().toString(int(value))


class Words(QObject):
    """Words for every Notice, in the installed language (translated afresh at each call)."""

    def say(self, value: Notice | KioskError | None) -> str:
        if value is None:
            return ""
        notice = value.notice if isinstance(value, KioskError) else value
        text = self._one(notice.what, notice.params)
        if notice.then is not None:
            text = f"{text} {self._one(notice.then, {})}"
        return text

    def _one(self, what: enum.Enum, params: Mapping[str, Any]) -> str:
        make = self._table().get(what)
        try:
            if make is not None:
                return make(params)
        except (KeyError, TypeError, ValueError):
            pass  # a notice without the detail its words need (an old record): said as not recorded
        else:
            return self.tr("Something went wrong; the log has the details.")
        return self.tr("The reason was not recorded.")

    # -- pieces shared by several words ------------------------------------------------------

    def _outcome(self, p: Mapping[str, Any]) -> str:
        doing = p.get("doing", "write")
        if doing == "read":
            return self.tr("nothing could be read.")
        if doing == "open":
            return self.tr("the kiosk cannot use it.")
        return self.tr("this operation was NOT saved.")

    def _source(self, p: Mapping[str, Any]) -> str:
        source, where = p.get("source", ""), p.get("where", "")
        if source == "environment":
            return self.tr("environment")
        if source == "file":
            return self.tr("in {file}").format(file=where)
        if source == "flag":
            return self.tr("flag {flag}").format(flag=where)
        if source == "saving":
            return self.tr("to be saved")
        return self.tr("default")

    def _setting_name(self, name: str) -> str:
        names = {
            "api_key": self.tr("the api key"),
            "campaign_id": self.tr("the campaign number"),
            "terminal_username": self.tr("the terminal's user name"),
            "terminal_password": self.tr("the terminal's password"),
            "terminal_serial": self.tr("the terminal's serial number"),
        }
        return names.get(name, name)

    def _fill_in(self, p: Mapping[str, Any]) -> str:
        names = [self._setting_name(n) for n in str(p["names"]).split(",") if n]
        # A list, not a sentence built from pieces: each name is a whole item.
        return self.tr("Fill in first: {names}.").format(names=self.tr(", ").join(names))

    def _state(self, state: str) -> str:
        names = {
            "pending": self.tr("waiting"),
            "inflight": self.tr("being sent"),
            "done": self.tr("sent"),
            "failed": self.tr("failed"),
            "discarded": self.tr("discarded"),
        }
        return names.get(state, state)

    def _wrong_state(self, p: Mapping[str, Any]) -> str:
        wanted = [self._state(s) for s in str(p.get("wanted") or "").split(",") if s]
        if not wanted:
            return self.tr("This operation has changed meanwhile: nothing was changed.")
        either = wanted[0] if len(wanted) == 1 else self.tr("{one} or {other}").format(one=wanted[0], other=wanted[1])
        return self.tr("This operation is {state}, not {wanted}: nothing was changed.").format(
            state=self._state(str(p["state"])), wanted=either
        )

    def _password(self, p: Mapping[str, Any]) -> str:
        least, letter, digit = int(p.get("length") or 0), bool(p.get("letter")), bool(p.get("digit"))
        if least and letter and digit:
            return self.tr("The password needs at least %n characters, with a letter and a digit.", "", least)
        if least and letter:
            return self.tr("The password needs at least %n characters, with a letter.", "", least)
        if least and digit:
            return self.tr("The password needs at least %n characters, with a digit.", "", least)
        if least:
            return self.tr("The password needs at least %n characters.", "", least)
        if letter and digit:
            return self.tr("The password needs a letter and a digit.")
        if letter:
            return self.tr("The password needs a letter.")
        return self.tr("The password needs a digit.")

    def _table(self) -> dict[enum.Enum, _Make]:
        return {
            # -- the loyalty server's answers -------------------------------------------------
            Problem.TERMINAL_SIGN_IN: lambda p: self.tr(
                "The terminal could not sign in to the loyalty server: ask the shop manager to check the terminal's"
                " user, password, serial number and api key in the settings."
            ),
            Problem.CUSTOMER_SIGN_IN: lambda p: self.tr(
                "The user name or password is not right: ask the customer to type them again."
            ),
            Problem.SESSION_EXPIRED: lambda p: self.tr(
                "The connection to the loyalty server had to be renewed and failed: try again."
            ),
            Problem.CUSTOMER_SESSION_EXPIRED: lambda p: self.tr(
                "The customer's session has expired: ask the customer to sign in again."
            ),
            Problem.NOT_ALLOWED: lambda p: self.tr(
                "This terminal is not allowed to do that on the loyalty server: call support."
            ),
            Problem.TOO_MANY_TRIES: lambda p: (
                self.tr("Too many tries: wait %n seconds, then try again.", "", int(p["seconds"]))
                if p.get("seconds") is not None
                else self.tr("Too many tries: wait a while, then try again.")
            ),
            Problem.BAD_FIELD: lambda p: (
                self.tr("The loyalty server refused the value of “{field}”: check it and try again.").format(
                    field=p["field"]
                )
                if p.get("field")
                else self.tr("The loyalty server refused what was sent: check what was entered and try again.")
            ),
            Problem.CARD_UNKNOWN: lambda p: self.tr(
                "This card is not known to the loyalty program: scan it again or check the number."
            ),
            Problem.CARD_BLOCKED: lambda p: self.tr(
                "This card is blocked or was replaced: ask the customer for their current card."
            ),
            Problem.CARD_IN_USE: lambda p: self.tr("That new card number is already in use: take another new card."),
            Problem.WRONG_PIN: lambda p: (
                self.tr(
                    "The PIN is not right (%n tries left): ask the customer to type it again.", "", int(p["attempts"])
                )
                if p.get("attempts") is not None
                else self.tr("The PIN is not right: ask the customer to type it again.")
            ),
            Problem.PIN_LOCKED: lambda p: self.tr(
                "The PIN is locked after too many wrong tries: the customer must reset it before redeeming."
            ),
            Problem.CURRENT_PIN_NEEDED: lambda p: self.tr(
                "This card already has a PIN: the customer must type the current PIN to choose a new one."
            ),
            Problem.NOT_ENOUGH_POINTS: lambda p: self.tr(
                "There are not enough points on the card: check the balance and use fewer points."
            ),
            Problem.NOT_ENOUGH_CREDIT: lambda p: self.tr(
                "There is not enough credit on the card: check the balance and use less credit."
            ),
            Problem.OFFLINE_REDEEM_REFUSED: lambda p: self.tr(
                "This campaign does not allow this redemption without the customer's PIN: it is beyond what may be"
                " redeemed offline."
            ),
            Problem.PIN_RESET_NO_CONTACT: lambda p: self.tr(
                "This customer has no e-mail or phone on file, so the PIN cannot be reset here: the customer must"
                " first add one to their account."
            ),
            Problem.CODE_WRONG: lambda p: self.tr("The code is not right: check it and type it again."),
            Problem.CODE_EXPIRED: lambda p: self.tr("The code has expired or was already used: ask for a new code."),
            Problem.CODE_TOO_MANY: lambda p: (
                self.tr("Too many tries or codes: wait %n seconds, then try again.", "", int(p["seconds"]))
                if p.get("seconds") is not None
                else self.tr("Too many tries or codes: wait a while, then ask for a new code.")
            ),
            Problem.CUSTOMER_NOT_FOUND: lambda p: self.tr("No customer was found: sign up as a new customer."),
            Problem.ALREADY_REGISTERED: lambda p: self.tr("This customer is already registered: sign in instead."),
            Problem.OPERATION_UNKNOWN: lambda p: self.tr(
                "The loyalty server has no record of this operation: it was not applied."
            ),
            Problem.OPERATION_CONFLICT: lambda p: self.tr(
                "This operation was already sent with different details: call support."
            ),
            Problem.OPERATION_RUNNING: lambda p: self.tr(
                "The loyalty server is still working on this operation: wait a moment and check again."
            ),
            Problem.NOT_REVERSIBLE: lambda p: self.tr(
                "This movement cannot be reversed: it was already reversed or is itself a reversal."
            ),
            Problem.MOVEMENT_UNKNOWN: lambda p: self.tr(
                "The movement to reverse is not known to the loyalty server: check the card's history."
            ),
            Problem.VOUCHER_UNKNOWN: lambda p: self.tr("This voucher code is not known: check it and type it again."),
            Problem.VOUCHER_USED: lambda p: self.tr("This voucher was already used."),
            Problem.VOUCHER_EXPIRED: lambda p: self.tr("This voucher has expired."),
            Problem.TOO_FEW_POINTS_FOR_VOUCHER: lambda p: self.tr(
                "That is fewer points than a voucher takes: choose more points."
            ),
            Problem.PRIZE_UNKNOWN: lambda p: self.tr("This prize is no longer in the catalogue."),
            Problem.PRIZE_OUT_OF_STOCK: lambda p: self.tr(
                "This prize has just run out: choose another one. No points were spent."
            ),
            Problem.SHIPPING_ADDRESS_NEEDED: lambda p: self.tr(
                "To have the prize sent, give the address to send it to."
            ),
            Problem.PRIZE_REQUEST_UNKNOWN: lambda p: self.tr("This prize request is not known."),
            Problem.PRIZE_REQUEST_NOT_CANCELLABLE: lambda p: self.tr(
                "This prize is already being prepared, so the request can no longer be cancelled."
            ),
            Problem.CONTEST_UNKNOWN: lambda p: self.tr("This game is over or not open yet."),
            Problem.NO_PLAYS_LEFT: lambda p: self.tr("You have no plays left in this game."),
            Problem.NEWS_UNKNOWN: lambda p: self.tr("This news item is no longer available."),
            Problem.NOTIFICATION_UNKNOWN: lambda p: self.tr("This message is no longer available."),
            Problem.STORE_UNKNOWN: lambda p: self.tr("This shop is no longer in the list."),
            Problem.GEOLOCATION_CONSENT_NEEDED: lambda p: self.tr(
                "To see the shops near here, first allow the use of your position in My details."
            ),
            Problem.WRONG_PASSWORD: lambda p: self.tr("The password is not right: type your current password again."),
            Problem.NO_PASSWORD: lambda p: self.tr(
                "This account has no password: it was opened with the card only. Confirm with your PIN instead."
            ),
            Problem.SERVER_FAULT: lambda p: (
                self.tr("The loyalty server has a problem: try again in %n seconds.", "", int(p["seconds"]))
                if p.get("seconds") is not None
                else self.tr("The loyalty server has a problem: try again in a moment.")
            ),
            Problem.SERVER_REFUSED: lambda p: (
                self.tr(
                    "The loyalty server refused the request (error {code}): try again, and call support if it keeps"
                    " happening."
                ).format(code=p["code"])
                if p.get("code") is not None
                else self.tr(
                    "The loyalty server refused the request: try again, and call support if it keeps happening."
                )
            ),
            Problem.NETWORK_DOWN: lambda p: self.tr(
                "The loyalty server cannot be reached: check the network and try again."
            ),
            Problem.NETWORK_NO_ANSWER: lambda p: self.tr(
                "The loyalty server did not answer: the operation may have gone through, so check it before doing it"
                " again."
            ),
            Problem.BAD_ANSWER: lambda p: self.tr(
                "The loyalty server sent an answer the terminal cannot read: try again, and call support if it keeps"
                " happening."
            ),
            Problem.NOT_CONFIGURED: lambda p: self.tr(
                "The terminal's loyalty sign-in is not set up: ask the shop manager to enter it in the settings."
            ),
            # -- the terminal's database ------------------------------------------------------
            StoreFault.DISK_FULL: lambda p: self.tr(
                "The terminal's disk is full: {outcome} Free some space and try again."
            ).format(outcome=self._outcome(p)),
            StoreFault.READ_ONLY: lambda p: self.tr(
                "The terminal's database is read-only: {outcome} Check that the kiosk may write its data folder and"
                " that the disk has not switched to read-only."
            ).format(outcome=self._outcome(p)),
            StoreFault.LOCKED: lambda p: self.tr(
                "The terminal's database stayed locked by another kiosk program for too long: {outcome} Try again;"
                " if it keeps happening, restart the terminal."
            ).format(outcome=self._outcome(p)),
            StoreFault.DAMAGED: lambda p: self.tr(
                "The terminal's database is damaged: nothing was saved, and nothing will be until it is repaired."
                " Run `kiosk store check` to see what is wrong and which backups there are, then"
                " `kiosk store restore BACKUP` with the newest good one; or call support. Do not delete the file."
            ),
            StoreFault.CANNOT_OPEN: lambda p: self.tr(
                "The terminal's database cannot be opened: check that its data folder exists and may be written."
            ),
            StoreFault.DISK_ERROR: lambda p: self.tr(
                "The terminal's disk reported an error: {outcome} Try again; if it keeps happening, call support."
            ).format(outcome=self._outcome(p)),
            StoreFault.FAILED: lambda p: self.tr(
                "The terminal's database failed unexpectedly: {outcome} Try again; if it keeps happening, call"
                " support."
            ).format(outcome=self._outcome(p)),
            StoreFault.DUPLICATE_OPERATION: lambda p: self.tr(
                "This operation was already saved once: it was not saved again."
            ),
            StoreFault.UNKNOWN_OPERATION: lambda p: self.tr("This operation is not in the terminal's queue."),
            StoreFault.WRONG_STATE: self._wrong_state,
            StoreFault.NEWER_SCHEMA: lambda p: self.tr(
                "The terminal's database was written by a newer kiosk program: install the newer program. The"
                " database was not changed."
            ),
            StoreFault.BACKUP_FAILED: lambda p: self.tr(
                "The terminal's database could not be backed up before its upgrade, so it was not upgraded: check"
                " that the disk has space and the data folder may be written."
            ),
            StoreFault.NO_BACKUP: lambda p: self.tr("There is no backup file {backup}: nothing was changed.").format(
                backup=p["backup"]
            ),
            StoreFault.BAD_BACKUP: lambda p: self.tr(
                "The backup {backup} is damaged too: nothing was changed. Choose an older one."
            ).format(backup=p["backup"]),
            StoreFault.IN_USE: lambda p: self.tr(
                "Another kiosk program is using this database now: stop it first. Nothing was changed."
            ),
            # -- the terminal's own ------------------------------------------------------------
            Why.UNEXPECTED: lambda p: self.tr("Something went wrong; the log has the details."),
            Why.UNKNOWN: lambda p: self.tr("The reason was not recorded."),
            Why.TRY_AGAIN: lambda p: self.tr("Try again."),
            Why.NOTHING_REDEEMED: lambda p: self.tr("Nothing was redeemed."),
            Why.NOTHING_REDEEMED_TRY_AGAIN: lambda p: self.tr("Nothing was redeemed. Try again."),
            Why.CONNECTING: lambda p: self.tr("Connecting to the loyalty server…"),
            Why.AMOUNT_NOT_POSITIVE: lambda p: self.tr("The amount must be more than zero."),
            Why.AMOUNT_TOO_LARGE: lambda p: self.tr("The amount is too large for one purchase."),
            Why.AMOUNT_NOT_A_NUMBER: lambda p: self.tr(
                "That is not an amount of money: write it with digits, like {example} or {example_cents}."
            ).format(example=p["example"], example_cents=p["example_cents"]),
            Why.AMOUNT_TOO_MANY_DECIMALS: lambda p: self.tr("The amount has more than two decimals."),
            Why.POINTS_NOT_POSITIVE: lambda p: self.tr("The points must be more than zero."),
            Why.POINTS_TOO_LARGE: lambda p: self.tr("That number of points is too large."),
            Why.POINTS_NOT_A_NUMBER: lambda p: self.tr(
                "That is not a number of points: points are whole numbers written with digits, like 500 or"
                " {example}."
            ).format(example=p["example"]),
            Why.TOPUP_NOT_POSITIVE: lambda p: self.tr("The top-up must be more than zero."),
            Why.POINTS_BELOW_MINIMUM: lambda p: self.tr(
                "At least %n points must be redeemed at a time.", "", int(p["minimum"])
            ),
            Why.POINTS_NOT_ENOUGH: lambda p: (
                self.tr(
                    "The card has only {available} points to redeem ({waiting} more are still waiting to reach the"
                    " loyalty server)."
                ).format(available=_num(p["available"]), waiting=_num(p["waiting"]))
                if p.get("waiting")
                else self.tr("The card has only {available} points to redeem.").format(available=_num(p["available"]))
            ),
            Why.CREDIT_NOT_ENOUGH: lambda p: (
                self.tr(
                    "The card has only {money} of credit to spend (more is still waiting to reach the loyalty server)."
                )
                if p.get("waiting")
                else self.tr("The card has only {money} of credit to spend.")
            ).format(money=format_money(int(p["available"]), str(p.get("currency", "")), QLocale())),
            Why.CAMPAIGN_UNKNOWN: lambda p: self.tr(
                "The campaign's rules are not known on this terminal yet: points cannot be redeemed."
            ),
            Why.NOT_A_CARD: lambda p: self.tr("“{text}” is not a card number.").format(text=p["text"]),
            Why.CARD_CHECK_DIGIT: lambda p: self.tr(
                "Card number {card} is not valid (wrong check digit): scan it again or check the digits."
            ).format(card=p["card"]),
            Why.NOT_AN_EMAIL: lambda p: self.tr("“{text}” is not an e-mail address.").format(text=p["text"]),
            Why.NOT_A_PHONE: lambda p: self.tr("“{text}” is not a phone number.").format(text=p["text"]),
            Why.LOOKUP_EMPTY: lambda p: self.tr("Scan a card, or type a card number, e-mail or phone."),
            Why.LOOKUP_UNREADABLE: lambda p: self.tr(
                "“{text}” is neither a card number, an e-mail nor a phone number."
            ).format(text=p["text"]),
            Why.CARD_NOT_EAN13: lambda p: self.tr(
                "Card number {card} is not a valid EAN-13 (13 digits with the right check digit): check the card"
                " number."
            ).format(card=p["card"]),
            Why.CARD_NOT_CODE128: lambda p: self.tr(
                "Card number “{card}” cannot be shown as a Code 128 barcode: it needs 1 to {longest} letters, digits"
                " or signs, without accents."
            ).format(card=p["card"], longest=p["longest"]),
            Why.CARD_FORMAT_UNKNOWN: lambda p: self.tr(
                "Card format {format} is not one this terminal can draw: check the campaign's card format."
            ).format(format=p["format"]),
            Why.QR_NO_CARD: lambda p: self.tr("There is no card number to show as a QR code."),
            Why.QR_TOO_LONG: lambda p: self.tr("This card number is too long for a QR code."),
            Why.CARD_REPLACED: lambda p: (
                self.tr("Card {card} was replaced by card {new_card}: use the new card.").format(
                    card=p["card"], new_card=p["new_card"]
                )
                if p.get("new_card")
                else self.tr("Card {card} was replaced: use the new card.").format(card=p["card"])
            ),
            Why.CARD_BLOCKED: lambda p: self.tr(
                "Card {card} is blocked: nothing can be earned, redeemed or refunded on it."
            ).format(card=p["card"]),
            Why.CARD_UNCHECKED: lambda p: self.tr(
                "Card {card} has not been checked with the loyalty server yet: nothing can be done on it offline."
            ).format(card=p["card"]),
            Why.NO_CARD_WITH_EMAIL: lambda p: self.tr(
                "No card in the loyalty program has this e-mail address: check the spelling."
            ),
            Why.NO_CARD_WITH_PHONE: lambda p: self.tr(
                "No card in the loyalty program has this phone number: check the digits."
            ),
            Why.NO_API: lambda p: self.tr("No loyalty API is configured."),
            Why.OFFLINE_SEARCH_NOT_YET: lambda p: self.tr(
                "The terminal cannot search by e-mail or phone offline yet: its card directory has never been"
                " fetched."
            ),
            Why.OFFLINE_SEARCH_REFETCH: lambda p: self.tr(
                "The terminal cannot search by e-mail or phone offline until it has fetched the campaign again;"
                " search by card number."
            ),
            Why.DIRECTORY_REFETCHING: lambda p: self.tr(
                "The terminal is fetching its card directory again, so a card may not be found by e-mail or phone"
                " offline yet; search by card number."
            ),
            Why.NOT_FOUND_HERE: lambda p: (
                self.tr(
                    "No card found on this terminal (the loyalty API cannot be reached, so only cards seen before"
                    " are known)."
                )
                if p.get("offline")
                else self.tr("No card found on this terminal.")
            ),
            Why.NO_CARD_CATEGORY: lambda p: self.tr(
                "The campaign has no card category: a new card cannot be issued here."
            ),
            Why.ISSUE_NEEDS_SERVER: lambda p: self.tr(
                "A new card needs the loyalty server, which cannot be reached now: try again later."
            ),
            Why.LOOK_UP_FIRST: lambda p: self.tr("Look up a customer first."),
            Why.RECEIPT_MISSING: lambda p: self.tr("Give the receipt number."),
            Why.RECEIPT_TOO_LONG: lambda p: self.tr(
                "The receipt number must be at most %n plain characters.", "", int(p["longest"])
            ),
            Why.EARN_NEEDS_API: lambda p: self.tr(
                "This campaign does not allow earning points without the loyalty API."
            ),
            Why.REFUND_NOT_SENT_YET: lambda p: self.tr(
                "This operation has not reached the loyalty server yet: it cannot be refunded now."
            ),
            Why.REFUND_NOT_REVERSIBLE: lambda p: self.tr("This movement was already refunded, or is itself a refund."),
            Why.REFUND_ALREADY_SAVED: lambda p: self.tr(
                "A refund of this movement is already saved and waiting to sync."
            ),
            Why.CREDIT_NEEDS_SERVER: lambda p: self.tr(
                "Credit can only be spent with the loyalty server: it cannot be reached now."
            ),
            Why.REDEEM_NEEDS_SERVER: lambda p: self.tr(
                "This campaign does not allow redeeming without the loyalty server: it cannot be reached now."
            ),
            Why.OFFLINE_CAP: lambda p: self.tr(
                "Without the loyalty server at most {room} more points may be redeemed here (the campaign's limit"
                " over %n hours): redeem fewer, or wait for the connection.",
                "",
                int(p["hours"]),
            ).format(room=_num(p["room"])),
            Why.REDEEMED: lambda p: self.tr("Redeemed."),
            Why.WRONG_PIN: lambda p: (
                self.tr("Wrong PIN. %n tries left before the PIN locks.", "", int(p["attempts"]))
                if p.get("attempts") is not None
                else self.tr("Wrong PIN.")
            ),
            Why.PIN_LOCKED: lambda p: self.tr(
                "The PIN is locked after too many wrong tries. Nothing was redeemed. Reset the PIN with a code sent"
                " to the customer."
            ),
            Why.PIN_LOCKED_RESET: lambda p: self.tr(
                "The PIN is locked after too many wrong tries: reset it with a code."
            ),
            Why.CURRENT_PIN_WRONG: lambda p: (
                self.tr("The current PIN is wrong. %n tries left before the PIN locks.", "", int(p["attempts"]))
                if p.get("attempts") is not None
                else self.tr("The current PIN is wrong.")
            ),
            Why.SERVER_UNREACHABLE: lambda p: self.tr("The loyalty server cannot be reached now."),
            Why.CARD_CHANGE_NEEDS_SERVER: lambda p: self.tr(
                "Blocking, unblocking or replacing a card needs the loyalty server, which cannot be reached now."
                " Nothing was changed: try again when the link is back."
            ),
            Why.VOUCHER_NEEDS_SERVER: lambda p: self.tr(
                "A voucher can be checked and used only with the loyalty server, which cannot be reached now."
                " Do not take it off the bill: try again when the link is back."
            ),
            Why.KIOSK_NEEDS_SERVER: lambda p: self.tr(
                "Signing in needs the loyalty server, which cannot be reached now. Scan your card to see its codes."
            ),
            Why.KIOSK_SIGNED_OUT: lambda p: self.tr("You were signed out. Please sign in again."),
            Why.ANSWER_LOST: lambda p: self.tr(
                "The loyalty server's answer was lost: the terminal is finding out whether it was redeemed. Do not"
                " hand anything over until it shows."
            ),
            Why.SERVER_REFUSED_IT: lambda p: self.tr("The loyalty server refused it."),
            Why.COUNTER_COMPLETING: lambda p: self.tr("The counter is still completing this redemption."),
            Why.NEEDS_PIN_AGAIN: lambda p: self.tr(
                "This redemption needs the customer's PIN, which the terminal never keeps: nothing was redeemed;"
                " ask the customer to redeem again."
            ),
            Why.SAVED_INCOMPLETE: lambda p: self.tr(
                "This operation was saved incomplete and cannot be sent: discard it and enter it again."
            ),
            Why.NOT_IN_QUEUE: lambda p: self.tr("This operation is not in the terminal's queue."),
            Why.ADDRESS_MISSING: lambda p: self.tr("Type your e-mail address or mobile number."),
            Why.NOT_A_DATE: lambda p: self.tr("“{text}” is not a date (YYYY-MM-DD).").format(text=p["text"]),
            Why.CHOOSE_AN_OPTION: lambda p: self.tr("Choose one of the options."),
            Why.CHOOSE_YES_OR_NO: lambda p: self.tr("Choose yes or no."),
            Why.FIELD_REQUIRED: lambda p: self.tr("{label} is required.").format(label=p["label"]),
            Why.PASSWORD_WEAK: self._password,
            Why.PASSWORDS_DIFFER: lambda p: self.tr("The two passwords are not the same: type them again."),
            Why.ENROL_PASSWORD_AGAIN: lambda p: self.tr("Type your password again, then ask for the code."),
            Why.ENROL_WELCOME_BACK: lambda p: self.tr("Welcome back: type your password to go on."),
            Why.ENROL_ALREADY_REGISTERED: lambda p: self.tr(
                "This customer is already registered: they sign in with their e-mail or phone and password."
            ),
            Why.ENROL_DONE_PIN_KEPT: lambda p: self.tr(
                "Welcome! The card is ready, with the PIN it already had: keep using it."
            ),
            Why.ENROL_DONE: lambda p: self.tr("Welcome! The card is ready: scan it at every purchase."),
            Why.ENROL_UNREACHABLE: lambda p: self.tr(
                "The loyalty server cannot be reached: check the connection and try again. Nothing typed is lost."
            ),
            Why.ENROL_LOOK_AT_FIELDS: lambda p: self.tr("Some answers need a look: see the fields marked."),
            Why.ENROL_CORRECT_ADDRESS: lambda p: self.tr("Correct the address, then ask for the code again."),
            Why.ENROL_TYPE_PASSWORD: lambda p: self.tr("Type your password."),
            Why.ENROL_PASSWORD_WRONG: lambda p: self.tr("That password is not right: try again."),
            Why.ENROL_RESEND_WAIT: lambda p: self.tr("A new code can be sent in %n s.", "", int(p["seconds"])),
            Why.ENROL_CODE_DIGITS: lambda p: self.tr("The code has %n digits.", "", int(p["digits"])),
            Why.ENROL_CODE_TOO_MANY: lambda p: self.tr("Too many wrong codes: send a new code."),
            Why.ENROL_CODE_EXPIRED: lambda p: self.tr("The code has expired: send a new code."),
            Why.ENROL_CODE_WRONG: lambda p: self.tr("That code is not right: %n tries left.", "", int(p["attempts"])),
            Why.ENROL_CODE_SENT_EMAIL: lambda p: self.tr(
                "A %n-digit code was sent to {address}: type it here (look in the e-mail).", "", int(p["digits"])
            ).format(address=p["address"]),
            Why.ENROL_CODE_SENT_PHONE: lambda p: self.tr(
                "A %n-digit code was sent to {address}: type it here (look in the phone's messages).",
                "",
                int(p["digits"]),
            ).format(address=p["address"]),
            Why.ENROL_TOO_MANY_CODES: lambda p: self.tr(
                "Too many codes were sent to this address: try again later, or use another one."
            ),
            Why.ENROL_ADDRESS_TAKEN: lambda p: self.tr(
                "This e-mail or phone is already someone's sign-in: use another one."
            ),
            Why.ENROL_CHECK_FAILED: lambda p: self.tr("The check failed."),
            Why.ENROL_PIN_DIGITS: lambda p: self.tr("The PIN has %n digits.", "", int(p["digits"])),
            Why.MANAGER_PIN_DIGITS: lambda p: self.tr("The manager PIN must be {low} to {high} digits.").format(
                low=p["low"], high=p["high"]
            ),
            Why.PINS_DIFFER: lambda p: self.tr("The two PINs are not the same: type them again."),
            Why.MANAGER_PINS_DIFFER: lambda p: self.tr("The two PINs are not the same: nothing was saved."),
            Why.REDEEM_NEEDS_CONNECTION: lambda p: self.tr(
                "Redeeming needs the connection to the loyalty server, which cannot be reached now."
            ),
            Why.NO_PIN_GIVEN: lambda p: self.tr("No PIN was given. Nothing was redeemed."),
            Why.PIN_FORM: lambda p: self.tr("The customer's PIN is digits only: nothing was redeemed."),
            Why.NO_VALUE_GIVEN: lambda p: self.tr("No value was given for {name}: nothing was saved.").format(
                name=p["name"]
            ),
            Why.SETTING_NOT_BOOL: lambda p: self.tr("{env} ({source}) must be true or false, not “{raw}”.").format(
                env=p["env"], source=self._source(p), raw=p["raw"]
            ),
            Why.SETTING_NOT_WHOLE: lambda p: self.tr("{env} ({source}) must be a whole number.").format(
                env=p["env"], source=self._source(p)
            ),
            Why.SETTING_TOO_SMALL: lambda p: self.tr("{env} ({source}) must be {minimum} or more, not {number}.").format(
                env=p["env"], source=self._source(p), minimum=_num(p["minimum"]), number=_num(p["number"])
            ),
            Why.SETTING_NOT_NUMBER: lambda p: self.tr("{env} ({source}) must be a number, not “{raw}”.").format(
                env=p["env"], source=self._source(p), raw=p["raw"]
            ),
            Why.SETTING_NOT_POSITIVE: lambda p: self.tr("{env} ({source}) must be more than zero.").format(
                env=p["env"], source=self._source(p)
            ),
            Why.SETTING_NOT_TEXT: lambda p: self.tr("{env} ({source}) must be text.").format(
                env=p["env"], source=self._source(p)
            ),
            Why.SETTING_NOT_A_CHOICE: lambda p: self.tr("{env} ({source}) must be one of {choices}, not “{raw}”.").format(
                env=p["env"], source=self._source(p), choices=p["choices"], raw=p["raw"]
            ),
            Why.SETTING_NOT_IN_RANGE: lambda p: self.tr(
                "{env} ({source}) must be empty or a number from {lowest} to {highest}, not “{raw}”."
            ).format(env=p["env"], source=self._source(p), lowest=_num(p["lowest"]), highest=_num(p["highest"]),
                     raw=p["raw"]),
            Why.SETTINGS_UNREADABLE: lambda p: self.tr("The settings file {path} cannot be read (at {where}).").format(
                path=p["path"], where=p["detail"]
            ),
            Why.SETTINGS_UNKNOWN_KEY: lambda p: self.tr(
                "The settings file {path} names an unknown setting “{key}”."
            ).format(path=p["path"], key=p["key"]),
            Why.SETTING_IS_SECRET: lambda p: self.tr("{name} is a secret: give it by {env} or in {file}.").format(
                name=p["name"], env=p["env"], file=p["file"]
            ),
            Why.SETTING_UNKNOWN: lambda p: self.tr("There is no setting “{name}”.").format(name=p["name"]),
            Why.SETTINGS_NOT_WRITTEN: lambda p: self.tr(
                "The settings could not be saved in {path} ({detail}); the previous settings still apply."
            ).format(path=p["path"], detail=p["detail"]),
            Why.SETTINGS_NOT_USABLE: lambda p: self.tr("The new settings were saved but cannot be used."),
            Why.API_URL_HAS_LOGIN: lambda p: self.tr(
                "The loyalty server address must not hold a user name or password: put them in the terminal's own"
                " settings."
            ),
            Why.API_URL_NOT_AN_ADDRESS: lambda p: self.tr("“{url}” is not a web address (https://...).").format(
                url=p["url"]
            ),
            Why.API_URL_NOT_HTTPS: lambda p: self.tr(
                "“{url}” must use https://: plain http is allowed only on this machine."
            ).format(url=p["url"]),
            Why.API_SETTINGS_MISSING: lambda p: self.tr(
                "A loyalty server address is set, so these settings are needed too: {names}."
            ).format(names=p["names"]),
            Why.FILL_IN_FIRST: self._fill_in,
            Why.CONNECTION_OK: lambda p: self.tr("Connected: campaign “{campaign}” ({currency}).").format(
                campaign=p["campaign"], currency=p["currency"]
            ),
            Why.CONNECTION_UNREACHABLE: lambda p: self.tr(
                "The loyalty server at {url} cannot be reached: check the network cable or Wi-Fi, and the address."
            ).format(url=p["url"]),
            Why.CONNECTION_NOT_LOYALTY: lambda p: self.tr(
                "Something answers at {url}, but it is not a loyalty server: check the address."
            ).format(url=p["url"]),
            Why.CONNECTION_NO_CAMPAIGN: lambda p: self.tr(
                "Campaign {campaign} does not exist on this loyalty server: check the campaign number."
            ).format(campaign=p["campaign"]),
            Why.CONNECTION_WRONG_LOGIN: lambda p: self.tr(
                "The loyalty server refused the api key or the terminal's user name and password: check them."
            ),
            Why.CONNECTION_NOT_TERMINAL: lambda p: self.tr(
                "The loyalty server does not let this user sign in as a terminal: check the terminal's user name."
            ),
            Why.KEYRING_NO_ANSWER: lambda p: self.tr(
                "This computer's keyring ({backend}) did not answer within %n second(s): it may be locked."
                " Unlock it and try again.", "", int(p["seconds"])
            ).format(backend=p["backend"]),
            Why.KEYRING_FAILED: lambda p: self.tr(
                "This computer's keyring ({backend}) refused the request: unlock it and try again."
            ).format(backend=p["backend"]),
            Why.KEYRING_NOT_KEPT: lambda p: self.tr(
                "This computer's keyring ({backend}) did not keep {name}. Nothing else was changed."
            ).format(backend=p["backend"], name=self._setting_name(p["name"])),
            Why.NO_KEYRING: lambda p: self.tr(
                "This computer has no keyring: the secrets stay in {path}, which only the app's own user can read."
            ).format(path=p["path"]),
            # -- the receipt printer ----------------------------------------------------------
            PrinterState.PRINTED: lambda p: self.tr("Printed."),
            PrinterState.READY: lambda p: self.tr("The printer is ready."),
            PrinterState.PAPER_NEAR_END: lambda p: self.tr(
                "The paper roll is nearly finished: have a new one at hand."
            ),
            PrinterState.PAPER_OUT: lambda p: self.tr("The printer is out of paper: load a new roll, then print again."),
            PrinterState.COVER_OPEN: lambda p: self.tr("The printer's cover is open: close it, then print again."),
            PrinterState.PRINTER_ERROR: lambda p: self.tr(
                "The printer reports an error (paper jam or cutter): turn it off and on, then print again."
            ),
            PrinterState.NOT_ANSWERING: lambda p: self.tr(
                "The printer did not answer within {seconds} seconds: check that it is on and connected."
            ).format(seconds=_num(p["seconds"])),
            PrinterState.NOT_REACHABLE: lambda p: self.tr(
                "The printer at {where} cannot be reached: check its cable or network address, and that it is on."
            ).format(where=p["where"]),
            PrinterState.NO_PERMISSION: lambda p: self.tr(
                "This computer's user may not use the printer at {where}: ask whoever installed the terminal."
            ).format(where=p["where"]),
            PrinterState.NOT_CONFIGURED: lambda p: self.tr("No receipt printer is set."),
            PrinterState.ADDRESS_WRONG: lambda p: self.tr(
                "“{raw}” is not a printer address: use usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD],"
                " file:PATH or dummy."
            ).format(raw=p["raw"]),
        }


_WORDS: Words | None = None


def say(value: Notice | KioskError | None) -> str:
    """The words for `value` in the screens' language; "" for None. Every screen shows what comes from below by this."""
    global _WORDS
    if _WORDS is None:
        _WORDS = Words()
    return _WORDS.say(value)


# The kinds of movement by name, as the history, the slip and the refund say them. Their translation context
# is the customer panel's, where the history first named them.
_OPERATIONS_CONTEXT = "CustomerPanel"
#: The English names (translated where shown: operation_name()).
OPERATION_NAMES = {
    MovementType.PURCHASE: QT_TRANSLATE_NOOP("CustomerPanel", "Purchase"),
    MovementType.BURNPOINTS: QT_TRANSLATE_NOOP("CustomerPanel", "Points redeemed"),
    MovementType.BURNCREDIT: QT_TRANSLATE_NOOP("CustomerPanel", "Credit spent"),
    MovementType.LOADCREDIT: QT_TRANSLATE_NOOP("CustomerPanel", "Credit top-up"),
    MovementType.REVERSAL: QT_TRANSLATE_NOOP("CustomerPanel", "Refund"),
    MovementType.VOUCHER: QT_TRANSLATE_NOOP("CustomerPanel", "Points to voucher"),
    MovementType.PRIZE: QT_TRANSLATE_NOOP("CustomerPanel", "Prize"),
    MovementType.BONUS: QT_TRANSLATE_NOOP("CustomerPanel", "Bonus"),
}


def operation_name(kind: MovementType) -> str:
    """The name of a kind of movement in the screens' language ("Purchase", "Refund"...)."""
    english = OPERATION_NAMES.get(kind)
    return QCoreApplication.translate(_OPERATIONS_CONTEXT, english) if english is not None else kind.value
