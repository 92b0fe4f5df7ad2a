"""The steps of a change of PIN (the current one, then the new one twice) or of a reset (the code, then the new one
twice), shared by the counter's PIN dialog and the kiosk's PIN screens: what was typed, held only until it is sent."""

from __future__ import annotations

import enum

__all__ = ["Step", "PinSteps"]


class Step(enum.Enum):
    """Where a PIN flow is: sending a code, or which PIN or code the pad is taking."""

    SEND = enum.auto()
    CURRENT = enum.auto()
    NEW = enum.auto()
    AGAIN = enum.auto()
    CODE = enum.auto()


class PinSteps:
    """What was typed at each step, until `clear()`; no widget, no words, nothing logged.

    `took(step, typed)` answers the step to ask next, or None once the new PIN was typed twice alike.
    When the second new PIN differs from the first, both are forgotten, `differed` is True and the
    next step is NEW again.
    """

    def __init__(self) -> None:
        self._typed: dict[Step, str] = {}
        self.differed = False

    def took(self, step: Step, typed: str) -> Step | None:
        self.differed = False
        self._typed[step] = typed
        if step is Step.CURRENT or step is Step.CODE:
            return Step.NEW
        if step is Step.NEW:
            return Step.AGAIN
        if self._typed.pop(Step.AGAIN, None) != self._typed.get(Step.NEW):
            self._typed.pop(Step.NEW, None)
            self.differed = True
            return Step.NEW
        return None

    @property
    def new(self) -> str:
        return self._typed.get(Step.NEW, "")

    @property
    def current(self) -> str:
        return self._typed.get(Step.CURRENT, "")

    @property
    def code(self) -> str:
        return self._typed.get(Step.CODE, "")

    def clear(self) -> None:
        self._typed.clear()
        self.differed = False

    def __repr__(self) -> str:
        return f"<PinSteps {sorted(step.name for step in self._typed)}>"  # which steps, never what
