"""The faces' clothes from resources/styles/: read as shipped, rethemed without code, never in the way of a start.

A missing or broken style file is logged and the built-in colours (kiosk.ui.palette) are used; the theme
setting is chosen in the settings dialog and applies at once; "system" follows the desktop as it changes.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk import paths
from kiosk.ui.kiosk.look import Look
from kiosk.ui.main import CounterApp
from kiosk.ui.palette import DARK, HIGH_CONTRAST, PLAIN
from kiosk.ui.settings_dialog import SettingsDialog
from kiosk.ui.styles import apply_counter_theme, counter_colours, kiosk_colours
from tests.gui.driver import MANAGER_PIN, WAIT, answer_manager_pin
from tests.gui.kiosking import KioskDriver

SHIPPED = paths.resources_dir() / "styles"


@pytest.fixture
def styles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped styles folder that the app reads instead, for a test to change."""
    folder = tmp_path / "resources"
    shutil.copytree(SHIPPED, folder / "styles")
    monkeypatch.setattr(paths, "resources_dir", lambda: folder)
    return folder / "styles"


def _errors(caplog: pytest.LogCaptureFixture, level: int = logging.ERROR) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "kiosk.ui" and r.levelno == level]


@pytest.mark.parametrize(("name", "read"), [
    ("kiosk-plain.toml", lambda: kiosk_colours(contrast=False)),
    ("kiosk-contrast.toml", lambda: kiosk_colours(contrast=True)),
    ("counter-light.toml", lambda: counter_colours("light")),
    ("counter-dark.toml", lambda: counter_colours("dark")),
])
def test_the_app_wears_the_shipped_colour_files(name: str, read: Any) -> None:
    written = tomllib.loads((SHIPPED / name).read_text(encoding="utf-8"))
    worn = dataclasses.asdict(read())
    worn.pop("name")
    assert worn == written  # every colour from the file: none fell back to the built-in ones


def test_an_integrator_rethemes_the_kiosk_without_code(styles: Path, qtbot: Any) -> None:
    plain = styles / "kiosk-plain.toml"
    plain.write_text(plain.read_text(encoding="utf-8").replace('primary = "#0a4f9c"', 'primary = "#6a1b4d"'))
    button = QPushButton("Start")
    button.setProperty("role", "primary")
    button.setStyleSheet(Look().stylesheet())
    qtbot.addWidget(button)
    button.resize(300, 120)
    button.show()
    qtbot.waitExposed(button)
    assert button.grab().toImage().pixelColor(150, 20).name() == "#6a1b4d"  # what a customer sees


def test_no_styles_folder_the_built_in_colours_and_the_app_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, qapp: QApplication
) -> None:
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nothing")
    assert kiosk_colours(contrast=True) == HIGH_CONTRAST
    look = Look(contrast=True)
    assert look.stylesheet() == ""
    assert look.palette().window().color().name() == HIGH_CONTRAST.background  # the theme without its sheet
    assert apply_counter_theme(qapp, "dark") == DARK
    assert qapp.palette().window().color().name() == DARK.window and qapp.styleSheet() == ""
    said = _errors(caplog)
    for name in ("kiosk-contrast.toml", "kiosk.qss", "counter-dark.toml", "counter.qss"):
        assert any(name in line and "cannot be read" in line for line in said), name


@pytest.mark.parametrize(("broken", "why"), [
    ("background = #f7f7f4\n", "is not TOML"),
    ('background = "not a colour"\n', "no usable colour for background"),
    ('text = "#1b1b1b"\n', "no usable colour for background"),  # one missing
])
def test_a_broken_colour_file_falls_back_to_the_built_in_theme(
    styles: Path, caplog: pytest.LogCaptureFixture, broken: str, why: str
) -> None:
    plain = styles / "kiosk-plain.toml"
    lines = plain.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith(("background", "text"))]
    plain.write_text("\n".join([*kept, broken]), encoding="utf-8")
    assert kiosk_colours(contrast=False) == PLAIN
    assert any("kiosk-plain.toml" in line and why in line for line in _errors(caplog))
    assert "#f7f7f4" in Look().stylesheet()  # the sheet is worn, in the built-in colours


@pytest.mark.parametrize("broken", ["QLabel { color: $nosuch; }", "QLabel { color: $; }"])
def test_a_broken_style_sheet_leaves_qt_s_own_look(styles: Path, caplog: pytest.LogCaptureFixture, broken: str) -> None:
    (styles / "kiosk.qss").write_text(broken, encoding="utf-8")
    assert Look().stylesheet() == ""
    assert any("kiosk.qss" in line for line in _errors(caplog))


def test_a_colour_that_reads_badly_is_said_in_the_log(styles: Path, caplog: pytest.LogCaptureFixture) -> None:
    dark = styles / "counter-dark.toml"
    dark.write_text(dark.read_text(encoding="utf-8").replace('hint = "#b4b4b4"', 'hint = "#444444"'), encoding="utf-8")
    assert counter_colours("dark").hint == "#444444"  # the shop's choice is worn
    warned = _errors(caplog, logging.WARNING)
    assert any("hint on window reads at" in line and "below 4.5:1" in line for line in warned), warned


def test_the_kiosk_without_its_style_files_still_shows_its_theme(
    kiosk: KioskDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nothing")
    kiosk.window.set_look(large=False, contrast=True)
    image = kiosk.window.grab().toImage()
    assert QColor(image.pixel(image.width() // 2, image.height() - 5)).name() == HIGH_CONTRAST.background
    kiosk.tap(kiosk.face.attract.have_card_button)  # and the customer goes on
    kiosk.wait_screen("find")


def test_the_theme_chosen_in_the_settings_applies_at_once(app: CounterApp, qtbot: Any) -> None:
    first = app.window
    qtbot.waitExposed(first)
    assert QApplication.palette().window().color().name() == counter_colours("light").window  # "system", offscreen
    answer_manager_pin(qtbot, MANAGER_PIN)
    qtbot.keyClick(first, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog), timeout=WAIT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    assert [dialog.theme.itemText(i) for i in range(dialog.theme.count())] == [
        "As the computer's (light or dark)", "Light", "Dark"
    ]
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.api_url, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.window is not first, timeout=WAIT)
    assert app.session.ctx.settings.theme == "dark"
    assert QApplication.palette().window().color().name() == counter_colours("dark").window
    # A dark desktop's word changes nothing now: dark was chosen, not "as the computer's".
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert QApplication.palette().window().color().name() == counter_colours("dark").window


def test_system_follows_the_desktop_going_dark_and_back(app: CounterApp, qtbot: Any) -> None:
    qtbot.waitExposed(app.window)
    hints = QApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what Qt says when the desktop goes dark
    assert QApplication.palette().base().color().name() == counter_colours("dark").base
    app.window.say("Refused", "problem")
    image = app.window.grab().toImage()
    message = app.window.message.geometry()
    colours = {image.pixelColor(x, y).name() for x in range(message.left(), message.right())
               for y in range(message.top(), message.bottom())}
    assert counter_colours("dark").problem in colours  # the problem said in the dark theme's colour
    # What carries colours of its own in rich text takes the new theme's too: the status bar's link.
    qtbot.waitUntil(lambda: counter_colours("dark").hint in app.session.indicator.label.text(), timeout=WAIT)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert QApplication.palette().base().color().name() == counter_colours("light").base
    qtbot.waitUntil(lambda: counter_colours("light").hint in app.session.indicator.label.text(), timeout=WAIT)



def test_a_stopped_counter_no_longer_follows_the_desktop(app: CounterApp, qtbot: Any) -> None:
    """Another counter in the same process (after a test's, or a restart's) keeps the colours it chose."""
    qtbot.waitExposed(app.window)
    app.stop()
    apply_counter_theme(QApplication.instance(), "dark")
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert QApplication.palette().window().color().name() == counter_colours("dark").window
    # (the fixture stops it again: a second stop does nothing)
