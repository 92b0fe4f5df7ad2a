"""Runs the real `kiosk` command with each call to the loyalty server timed, for the load test.

    KIOSK_LOAD_TIMINGS=FILE python tests/e2e/timed_kiosk.py [kiosk arguments...]

Appends one line per HTTP call to FILE: "<epoch at start> <seconds> <METHOD> <path> <status>",
the seconds from sending the request to the answer's head (the answers are small JSON).
The path has no query string. Nothing else of the command changes: it is `kiosk`'s own main().
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import httpx

from kiosk.__main__ import main


def _time_calls(file: str) -> None:
    out = open(file, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - open for the life of the process
    send = httpx.HTTPTransport.handle_request

    def timed(self: httpx.HTTPTransport, request: httpx.Request) -> Any:
        began, started = time.time(), time.perf_counter()
        status = "error"
        try:
            response = send(self, request)
            status = str(response.status_code)
            return response
        finally:
            # One short line per write: appends from many processes never interleave within a line.
            out.write(f"{began:.3f} {time.perf_counter() - started:.6f} {request.method} {request.url.path} {status}\n")

    httpx.HTTPTransport.handle_request = timed  # type: ignore[method-assign]


if __name__ == "__main__":
    _time_calls(os.environ["KIOSK_LOAD_TIMINGS"])
    sys.exit(main(sys.argv[1:]))
