"""The app's resources: found in this checkout, and the icon drawn in every size desktops ask for."""

from __future__ import annotations

import struct
from pathlib import Path

from kiosk.paths import resources_dir
from tests.helpers import ICON_SIZES as SIZES
from tests.helpers import png_size

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_uses_its_own_resources_folder() -> None:
    # Not the checkout an editable install points at: a worktree reads its own style sheets and translations.
    assert resources_dir() == ROOT / "resources"
    assert (resources_dir() / "__init__.py").is_file()


def test_the_icon_is_there_in_every_size_and_as_svg() -> None:
    icons = resources_dir() / "icons"
    assert (icons / "kiosk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in SIZES:
        assert png_size((icons / f"kiosk-{size}.png").read_bytes()) == (size, size)


def test_the_windows_icon_holds_each_size_up_to_256_as_png() -> None:
    data = (resources_dir() / "icons" / "kiosk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    found = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        image = data[offset:offset + length]
        assert png_size(image) == (width or 256, height or 256)
        assert (planes, bits) == (1, 32)
        found.append(width or 256)
    assert found == [size for size in SIZES if size <= 256]
