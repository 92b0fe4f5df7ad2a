"""The names of the kiosk's screens, by which the face and its parts move between them."""

from __future__ import annotations

__all__ = ["Screen"]


class Screen:
    """The names of the kiosk's screens."""

    ATTRACT = "attract"
    FIND = "find"
    PIN = "pin"
    MY_CARD = "myCard"
    KEPT_CARD = "keptCard"
    CHANGE_PIN = "changePin"
    RESET_PIN = "resetPin"
    JOIN = "join"
    STILL_THERE = "stillThere"
    STAFF_PIN = "staffPin"
    STAFF = "staff"
    OFFERS = "offers"
    VOUCHERS = "vouchers"
    POINTS_VOUCHER = "pointsVoucher"
    MORE = "more"
    NEWS = "news"
    MESSAGES = "messages"
    BADGES = "badges"
    STORES = "stores"
    ERASE = "erase"
    PRIZES = "prizes"
    PRIZE_REQUEST = "prizeRequest"
    PRIZE_REQUESTS = "prizeRequests"
    PLAY = "play"
    DETAILS = "details"
    CONSENTS = "consents"
    CONTACT = "contact"
    PASSWORD = "password"
