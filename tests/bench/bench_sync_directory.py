"""Benchmark, run by hand: filling the store's card directory from a sandbox holding many cards.

    python tests/bench/bench_sync_directory.py [--cards 1000000] [--page-size 1000]

The cards go straight into the sandbox's database (kiosk.sandbox.bulk): through
the HTTP API a million would take hours. Then `sync_directory` fetches them all
into a fresh store, page by page, each page one transaction.
"""

from __future__ import annotations

import argparse
import pathlib
import tempfile
import time

from kiosk.api import LoyaltyClient, TerminalLogin
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread
from kiosk.sandbox.bulk import add_cards
from kiosk.store import open_store
from kiosk.sync import sync_directory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1_000_000)
    parser.add_argument("--page-size", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        folder = pathlib.Path(tmp)
        data = folder / "sandbox"
        demo = seed_demo(data)
        started = time.perf_counter()
        add_cards(data, args.cards)
        seeded = time.perf_counter() - started
        print(f"seeded {args.cards} cards into the sandbox in {seeded:.1f} s ({args.cards / seeded:,.0f} cards/s)")
        with start_in_thread(SandboxConfig(data_dir=data)) as sandbox:
            with LoyaltyClient(
                sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                terminal=TerminalLogin(**demo["terminal"]), read_timeout=120.0,
            ) as client, open_store(folder / "terminal.sqlite3") as store:
                client.campaign()
                started = time.perf_counter()
                report = sync_directory(client, store, page_size=args.page_size)
                elapsed = time.perf_counter() - started
                size = store.directory_size()
        store_bytes = (folder / "terminal.sqlite3").stat().st_size
    print(f"sync_directory: {report.cards} cards in {report.pages} pages of {args.page_size}")
    print(f"total {elapsed:.1f} s, {report.cards / elapsed:,.0f} cards/s, {elapsed / report.pages * 1000:.0f} ms per page")
    print(f"store directory rows: {size}; store file {store_bytes / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
