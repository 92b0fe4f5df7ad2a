"""The PIN-checked calls this process is making itself, so its sync worker leaves those operations alone."""

from __future__ import annotations

import threading

__all__ = ["CallsUnderWay"]


class CallsUnderWay:
    """Operation ids whose call (and outcome) one part of the process has taken on; shared by its threads.

    Made once by whoever makes the counter and its sync worker (the app's
    ServiceContext, a CLI command), and handed to both: the counter begins and
    ends a call, the worker asks before it sends.
    """

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._lock = threading.Lock()

    def begin(self, operationid: str) -> None:
        """This process makes `operationid`'s call (and writes its outcome) itself, from now."""
        with self._lock:
            self._ids.add(operationid)

    def end(self, operationid: str) -> None:
        """The call's outcome is written (or cannot be): the worker may settle the operation again."""
        with self._lock:
            self._ids.discard(operationid)

    def __contains__(self, operationid: object) -> bool:
        with self._lock:
            return operationid in self._ids
