"""The kiosk's own position (its shop's latitude and longitude): declared as settings, checked, and where it is not set."""

from __future__ import annotations

import re
import types
from pathlib import Path

import pytest

from kiosk.services.kiosk import KioskService
from kiosk.settings import Settings, SettingsError
from tests.helpers import raises_saying


def _service(settings: Settings, *, on_sandbox: bool) -> KioskService:
    return KioskService(types.SimpleNamespace(settings=settings), on_sandbox=on_sandbox)  # type: ignore[arg-type]


def test_the_kiosk_s_position_comes_from_its_settings_else_the_sandbox_s_demo_shop() -> None:
    unset = Settings.load(Path("/nonexistent"), env={})
    assert unset.shop_position is None
    assert _service(unset, on_sandbox=True).shop_position() == (45.4655, 9.1865), "the demo shop, Milano Duomo"
    assert _service(unset, on_sandbox=False).shop_position() is None, "a provider's kiosk with none set"
    rome = Settings.load(Path("/nonexistent"), env={"KIOSK_SHOP_LATITUDE": "41.9028", "KIOSK_SHOP_LONGITUDE": "12.4964"})
    assert rome.shop_position == (41.9028, 12.4964)
    assert _service(rome, on_sandbox=True).shop_position() == (41.9028, 12.4964), "its own, even on the sandbox"
    half = Settings.load(Path("/nonexistent"), env={"KIOSK_SHOP_LATITUDE": "41.9"})
    assert half.shop_position is None, "a latitude alone is no position"


def test_a_position_from_the_file_and_negative_degrees_are_taken(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text("shop_latitude = -33.8688\nshop_longitude = 151.2093\n")
    settings = Settings.load(tmp_path, env={})
    assert settings.shop_position == (-33.8688, 151.2093)
    assert settings.source("shop_latitude") == "file"


@pytest.mark.parametrize("env, raw", [
    ({"KIOSK_SHOP_LATITUDE": "91"}, "91"),
    ({"KIOSK_SHOP_LONGITUDE": "-180.5"}, "-180.5"),
    ({"KIOSK_SHOP_LATITUDE": "north"}, "north"),
    ({"KIOSK_SHOP_LONGITUDE": "nan"}, "nan"),
])
def test_a_position_out_of_range_is_refused_by_name(env: dict[str, str], raw: str) -> None:
    name = next(iter(env))
    with raises_saying(SettingsError, rf"{name} \(environment\) must be empty or a number from .* not “{re.escape(raw)}”"):
        Settings.load(Path("/nonexistent"), env=env)
