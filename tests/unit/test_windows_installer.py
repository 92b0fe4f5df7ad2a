"""The Windows installer's words (packaging/windows/kiosk.iss): the Start-menu entries and the installer's own
words come from the app's translations, as the Linux menu's do. Inno Setup itself is not here (no Windows):
what is checked is the file packaging/bundle.py gives it, and that the script uses only messages that file has."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from kiosk.ui.desktop_words import installer_messages
from tests.helpers import compile_catalogue, packaging_script

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "kiosk.iss"
#: The custom messages every one of Inno Setup's languages already has (its Default.isl and translations).
INNO_OWN = {"UninstallProgram", "LaunchProgram"}


def messages(text: str) -> dict[str, str]:
    """Each custom message's value by its name as written (`CounterEntry`, `it.CounterEntry`)."""
    lines = text.splitlines()
    assert lines[0] == "[CustomMessages]"
    found: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition("=")
        assert name not in found, f"{name} given twice"
        found[name] = value
    return found


@pytest.mark.parametrize("language", ["it", "ru", "pt"])
def test_the_start_menu_says_what_each_language_s_translation_says(language: str, i18n_tool: Any) -> None:
    catalogue = QTranslator()
    assert catalogue.load(str(i18n_tool.FOLDER / f"kiosk_{language}.qm"))
    given = messages(installer_messages(i18n_tool.FOLDER))
    assert given["CounterEntry"] == "Kiosk counter" and given["KioskEntry"] == "Kiosk self-service"
    for name, english in (("CounterEntry", "Kiosk counter"), ("KioskEntry", "Kiosk self-service"),
                          ("DesktopShortcut", "A desktop shortcut for the counter")):
        translated = catalogue.translate("DesktopEntry", english)
        assert translated, f"{english!r} has no {language} translation"
        if translated == english:  # the same words: the English line stands for this language too
            assert f"{language}.{name}" not in given
        else:
            assert given[f"{language}.{name}"] == translated
    assert given[f"{language}.DesktopShortcut"] != given["DesktopShortcut"]


def test_the_script_writes_no_words_of_its_own_and_uses_only_messages_it_is_given(i18n_tool: Any) -> None:
    script = ISS.read_text(encoding="utf-8")
    assert script.isascii(), "a word in one language written in the script, not in the translations"
    assert re.search(r"^\[CustomMessages\]", script, re.M) is None
    assert re.search(r"^#include Messages$", script, re.M)
    used = set(re.findall(r"\{cm:(\w+)", script))
    given = {name.rpartition(".")[2] for name in messages(installer_messages(i18n_tool.FOLDER))}
    assert used - INNO_OWN <= given and {"CounterEntry", "KioskEntry", "DesktopShortcut"} <= used


def test_bundle_py_writes_the_messages_file_it_gives_inno_setup(tmp_path: Path, i18n_tool: Any) -> None:
    written = packaging_script("bundle").write_messages(tmp_path / "work")
    assert written == tmp_path / "work" / "messages.iss"
    assert written.read_text(encoding="utf-8") == installer_messages(i18n_tool.FOLDER)
    assert "ru.CounterEntry=Kiosk касса" in written.read_text(encoding="utf-8").splitlines()


def test_a_translation_cannot_break_the_installer_or_name_an_entry_windows_refuses(
    tmp_path: Path, i18n_tool: Any
) -> None:
    compile_catalogue(tmp_path, "it", {
        "Kiosk counter": 'Cassa: "100%"\nfedeltà/sconti? {app}.',
        "Kiosk self-service": "...",
        "A desktop shortcut for the counter": "Collegamento\tal 50%\r\nsul desktop",
    }, i18n_tool)
    text = installer_messages(tmp_path)
    given = messages(text)
    # A Start-menu entry is a file: none of \ / : * ? " < > | (nor Inno's braces), no trailing dot.
    assert given["it.CounterEntry"] == "Cassa 100%% fedeltà sconti app"
    assert "it.KioskEntry" not in given  # nothing left of it: the English stands
    # The installer's words: on one line, "%" doubled so that Inno does not read "%n" or "%1" in them.
    assert given["it.DesktopShortcut"] == "Collegamento al 50%% sul desktop"
    assert all(line.count("=") >= 1 for line in text.splitlines()[1:])
    assert set(given) == {"CounterEntry", "it.CounterEntry", "KioskEntry", "DesktopShortcut", "it.DesktopShortcut"}
