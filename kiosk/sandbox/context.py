"""What every route reaches through the app: database, clock, mailbox, faults and settings."""

from __future__ import annotations

import dataclasses

from fastapi import Request

from kiosk.sandbox.clock import SandboxClock
from kiosk.sandbox.config import SandboxConfig
from kiosk.sandbox.db import Database
from kiosk.sandbox.faults import Faults
from kiosk.sandbox.messages import Mailbox
from kiosk.sandbox.throttle import Throttle

__all__ = ["Sandbox", "sandbox_of"]


@dataclasses.dataclass
class Sandbox:
    config: SandboxConfig
    db: Database
    clock: SandboxClock
    mailbox: Mailbox
    faults: Faults
    throttle: Throttle = dataclasses.field(default_factory=Throttle)


def sandbox_of(request: Request) -> Sandbox:
    sandbox: Sandbox = request.app.state.sandbox
    return sandbox
