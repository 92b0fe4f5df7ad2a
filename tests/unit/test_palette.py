"""Every screen takes its colours from kiosk/ui/palette.py: no colour is written out anywhere else in the face."""

from __future__ import annotations

import re
from pathlib import Path

import kiosk.ui

UI = Path(kiosk.ui.__file__).parent
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
QT_NAMED = re.compile(r"Qt\.GlobalColor\.\w+")


def test_no_screen_writes_a_colour_of_its_own() -> None:
    found = {
        f"{path.name}:{number}: {match}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "palette.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in HEX_COLOUR.findall(line) + QT_NAMED.findall(line)
    }
    assert not found, "colours outside kiosk/ui/palette.py:\n" + "\n".join(sorted(found))


def test_the_check_finds_a_colour_written_out() -> None:
    assert HEX_COLOUR.findall('label.setStyleSheet("color: #b71c1c;")') == ["#b71c1c"]
    assert QT_NAMED.findall("item.setForeground(Qt.GlobalColor.darkRed)") == ["Qt.GlobalColor.darkRed"]
