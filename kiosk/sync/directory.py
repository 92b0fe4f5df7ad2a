"""Fills the store's card directory (for offline look-up) from the server, page by page, resumably."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from kiosk.api.marta import CARDS_PAGE_DEFAULT

if TYPE_CHECKING:
    from kiosk.store import Store
    # Annotations only: kiosk.api.client loads httpx, which the counter loads on first use (kiosk.app.ClientOnFirstUse).
    from kiosk.api.client import LoyaltyClient

__all__ = ["sync_directory", "DirectoryReport"]

log = logging.getLogger("kiosk.sync")


@dataclasses.dataclass(frozen=True)
class DirectoryReport:
    """Pages fetched, cards received, the cursor the directory now stands at, and whether it is up to date."""

    pages: int
    cards: int
    cursor: str
    complete: bool = True


def sync_directory(
    client: LoyaltyClient,
    store: Store,
    *,
    page_size: int = CARDS_PAGE_DEFAULT,
    max_pages: int | None = None,
    with_campaign: bool = True,
) -> DirectoryReport:
    """Fetch every card changed since the store's cursor; errors are the client's and the store's.

    Each page and the cursor after it are committed together, so an
    interrupted sync resumes where it stopped instead of starting over.
    With `max_pages`, stop after that many (`complete` is then False if more
    remain): the sync worker fills a large directory a few pages at a time
    between outbox passes, so a purchase never waits for a million cards.
    """
    if with_campaign:
        # The campaign goes first: its lookup salt is what makes the directory's
        # e-mail and phone hashes usable.
        store.save_campaign(client.campaign().to_json())
    cursor = store.directory_cursor()
    pages = cards = 0
    more = True
    while more and (max_pages is None or pages < max_pages):
        page = client.card_directory(since=cursor, limit=page_size)
        store.apply_directory_page(page)
        pages += 1
        cards += len(page.cards)
        cursor = page.next
        more = page.more
    if not more:
        log.info("card directory synced: %d cards in %d pages, cursor %s", cards, pages, cursor)
    return DirectoryReport(pages=pages, cards=cards, cursor=cursor, complete=not more)
