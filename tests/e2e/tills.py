"""The environment a real till process runs with in these tests: the demo's provider, nothing inherited."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

__all__ = ["till_env"]


def till_env(
    url: str, demo: Mapping[str, Any], *, base: Mapping[str, str] | None = None, **settings: str
) -> dict[str, str]:
    """`base` (default: this process's environment) without its KIOSK_* variables, plus the demo's
    server, api key, campaign and terminal login, plus `settings` (KIOSK_...="...")."""
    env = {k: v for k, v in (os.environ if base is None else base).items() if not k.startswith("KIOSK_")}
    terminal = demo["terminal"]
    env.update(
        KIOSK_API_URL=url, KIOSK_API_KEY=demo["apikey"], KIOSK_CAMPAIGN_ID=str(demo["campaignid"]),
        KIOSK_TERMINAL_USERNAME=terminal["username"], KIOSK_TERMINAL_PASSWORD=terminal["password"],
        KIOSK_TERMINAL_SERIAL=terminal["serialnumber"],
    )
    env.update(settings)
    return env
