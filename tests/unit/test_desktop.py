"""`kiosk install-desktop`: the menu entries and the icon, where a freedesktop desktop looks for them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from configparser import ConfigParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from kiosk import desktop
from kiosk.desktop import exec_line
from kiosk.ui.desktop_words import entry_words
from tests.helpers import ICON_SIZES, compile_catalogue, png_size

#: The keys whose words are the app's, in English and translated.
WORDED = ("Name", "GenericName", "Comment", "Keywords")

pytestmark = pytest.mark.skipif(os.name != "posix" or sys.platform == "darwin", reason="freedesktop desktops only")


def install_desktop(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    return subprocess.run([sys.executable, "-m", "kiosk", "install-desktop", *args],
                          capture_output=True, text=True, env=env, timeout=60)


def read_entry(path: Path) -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_install_writes_both_entries_and_every_icon_size_then_uninstall_removes_them(tmp_path: Path) -> None:
    data = tmp_path / "share"
    done = install_desktop(data, "--user")
    assert done.returncode == 0, done.stderr
    counter = read_entry(data / "applications" / "kiosk.desktop")
    kiosk_face = read_entry(data / "applications" / "kiosk-self-service.desktop")
    assert counter["Icon"] == kiosk_face["Icon"] == "kiosk"
    program = counter["TryExec"]
    assert Path(program).is_absolute() and os.access(program, os.X_OK), program
    assert counter["Exec"].split()[0] == program
    assert kiosk_face["Exec"] == counter["Exec"] + " --face kiosk"
    assert counter["Name"] == "Kiosk counter" and kiosk_face["Name"] == "Kiosk self-service"
    for size in ICON_SIZES:
        png = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "kiosk.png"
        assert png_size(png.read_bytes()) == (size, size)
        assert png.stat().st_mode & 0o777 == 0o644
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "kiosk.svg").is_file()
    assert str(data / "applications" / "kiosk.desktop") in done.stdout

    # The command the entry gives starts this kiosk: it answers as one.
    started = subprocess.run([*counter["Exec"].split(), "--version"], capture_output=True, text=True, timeout=60,
                             cwd=tmp_path)
    assert started.stdout.startswith("kiosk "), started.stderr

    gone = install_desktop(data, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert not list((data / "applications").glob("*.desktop"))
    assert not list((data / "icons").rglob("kiosk.*"))
    assert "Removed 11 files" in gone.stdout


def test_the_entries_start_kiosk_with_the_basedir_given(tmp_path: Path) -> None:
    base = tmp_path / "shop folder"
    done = install_desktop(tmp_path / "share", "--basedir", str(base))
    assert done.returncode == 0, done.stderr
    entry = read_entry(tmp_path / "share" / "applications" / "kiosk-self-service.desktop")
    assert entry["Exec"].endswith(f' --basedir "{base}" --face kiosk')


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_written_entries_are_valid_desktop_files(tmp_path: Path) -> None:
    assert install_desktop(tmp_path, "--user").returncode == 0
    entries = sorted((tmp_path / "applications").glob("*.desktop"))
    assert len(entries) == 2
    checked = subprocess.run(["desktop-file-validate", *map(str, entries)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout


@pytest.mark.parametrize("language", ["it", "ru", "pt"])
def test_the_entries_say_what_the_translation_of_each_language_says(
    language: str, tmp_path: Path, i18n_tool: Any
) -> None:
    assert install_desktop(tmp_path, "--user").returncode == 0
    catalogue = QTranslator()
    assert catalogue.load(str(i18n_tool.FOLDER / f"kiosk_{language}.qm"))
    counter = read_entry(tmp_path / "applications" / "kiosk.desktop")
    assert counter[f"Name[{language}]"] == catalogue.translate("DesktopEntry", "Kiosk counter") != counter["Name"]
    for name in ("kiosk.desktop", "kiosk-self-service.desktop"):
        entry = read_entry(tmp_path / "applications" / name)
        for key in WORDED:
            translated = catalogue.translate("DesktopEntry", entry[key])
            if translated and translated != entry[key]:
                assert entry[f"{key}[{language}]"] == translated, f"{name} {key}"
            else:  # the menu shows the English: never written again as if it were the translation
                assert f"{key}[{language}]" not in entry, f"{name} {key}"
    assert counter[f"Keywords[{language}]"].endswith(";")


def test_a_language_without_its_translation_keeps_to_the_english(tmp_path: Path, i18n_tool: Any) -> None:
    compile_catalogue(tmp_path, "it", {"Kiosk counter": "Kiosk cassa"}, i18n_tool)
    words = entry_words(tmp_path)
    assert words.untranslated == ("ru", "pt")
    counter = words.by_face["counter"]
    assert counter["Name"] == {"": "Kiosk counter", "it": "Kiosk cassa"}
    assert counter["GenericName"] == {"": "Loyalty counter"}  # not in the Italian .qm: no Italian key
    assert words.by_face["kiosk"]["Name"] == {"": "Kiosk self-service"}


def test_a_translation_cannot_break_the_entry(tmp_path: Path, i18n_tool: Any) -> None:
    compile_catalogue(tmp_path, "it", {
        "Kiosk counter": "Kiosk\ncassa\t\\",
        "Loyalty counter": " Cassa fedeltà\n",
        "loyalty;card;points;shop;till;": " fedeltà ; carta;;punti\npremi ;negozio",
    }, i18n_tool)
    files = desktop.DesktopFiles(tmp_path / "share")
    desktop.install(files, ["/opt/kiosk/kiosk"], words=entry_words(tmp_path).by_face)
    written = files.entries()["counter"]
    lines = written.read_text(encoding="utf-8").splitlines()
    assert "Name[it]=Kiosk\\ncassa\\t\\\\" in lines
    assert "GenericName[it]=Cassa fedeltà" in lines  # the spaces and line break around the words are a slip
    assert "Keywords[it]=fedeltà;carta;punti\\npremi;negozio;" in lines
    # Each line a key, a comment or the group: no translation spilled onto a line of its own.
    assert all(line.startswith(("#", "[Desktop Entry]")) or "=" in line for line in lines), lines
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(written)], capture_output=True, text=True)
        assert checked.returncode == 0 and checked.stdout == "", checked.stdout


def test_exec_quotes_what_the_desktop_entry_spec_reserves() -> None:
    assert exec_line(["/opt/kiosk/kiosk", "--face", "kiosk"]) == "/opt/kiosk/kiosk --face kiosk"
    # A space: the argument in double quotes. "$" and "\" escaped by a backslash, then every backslash
    # doubled again as the file's string escaping asks; "%" doubled, or it would read as a field code.
    assert exec_line(["/home/a b/kiosk"]) == '"/home/a b/kiosk"'
    assert exec_line(["/x/$y"]) == '"/x/\\\\$y"'
    assert exec_line(["/x/a\\b"]) == '"/x/a\\\\\\\\b"'
    assert exec_line(["/x/100%"]) == "/x/100%%"
