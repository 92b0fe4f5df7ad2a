"""Contrast on the counter, light and dark (WCAG 2.2 AA): the theme's pairs, and the words on the pixels a cashier sees.

Measured as tests/gui/test_kiosk_contrast.py measures the kiosk: the window grabbed whole, each piece of
text cut out of it, the colour most of it is taken as the background and the pixel furthest from it as
the text. Controls that cannot be used now are left out (WCAG exempts them).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import Backend
from kiosk.domain.identifiers import with_check_digit
from kiosk.paths import Paths
from kiosk.ui.common.slip import SlipDialog
from kiosk.ui.main import CounterSession
from kiosk.ui.palette import CounterColours, Tone, tone_of
from kiosk.ui.styles import apply_counter_theme, contrast_ratio, counter_colours
from tests.gui.driver import GIULIA, WAIT, CounterDriver, show_active
from tests.gui.contrast_measure import inner as _inner, measured_contrast, texts as _texts

AA = 4.5
MARCO = with_check_digit("200000000003")  # blocked in the demo


def test_each_counter_theme_pairs_its_colours_at_aa_or_better() -> None:
    for theme in (counter_colours("light"), counter_colours("dark")):  # as resources/styles/ gives them
        for name, (fore, back) in theme.pairs().items():
            assert contrast_ratio(fore, back) >= AA, f"{theme.name}: {name} {fore} on {back}"


def test_system_follows_the_desktop_s_colour_scheme() -> None:
    assert counter_colours("system", Qt.ColorScheme.Dark).name == "dark"
    assert counter_colours("system", Qt.ColorScheme.Light).name == "light"
    assert counter_colours("system", Qt.ColorScheme.Unknown).name == "light"  # a desktop that does not say
    assert counter_colours("dark", Qt.ColorScheme.Light).name == "dark"  # chosen: whatever the desktop


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> CounterColours:
    """The counter dressed as CounterApp dresses it at start, before its window is made."""
    return apply_counter_theme(qapp, request.param)


@pytest.fixture
def session(theme: CounterColours, qtbot: Any, backend: Backend, till: Paths) -> Iterator[CounterSession]:
    opened = CounterSession.open(backend, till)
    show_active(qtbot, opened.window)
    qtbot.waitUntil(lambda: opened.service.campaign is not None, timeout=WAIT)
    yield opened
    opened.close()


def low_contrast(window: QWidget, where: str, measured: list[str]) -> list[str]:
    image = window.grab().toImage()
    found = []
    for widget in _texts(window):
        if not widget.isEnabled():
            continue
        rect = _inner(widget, window).intersected(image.rect())
        if rect.isEmpty():
            continue
        ratio, text, background = measured_contrast(image, rect)
        measured.append(f"{where}/{widget.objectName() or type(widget).__name__}")
        if ratio < AA:
            found.append(f"{where}/{widget.objectName() or type(widget).__name__} {widget.text()[:30]!r}:"
                         f" {ratio:.2f} ({text.name()} on {background.name()})")
    return found


def test_every_word_on_the_counter_reads_at_aa(
    counter: CounterDriver, theme: CounterColours, qtbot: Any, shots: Path
) -> None:
    window = counter.window
    assert QApplication.palette().window().color().name() == theme.window  # the theme's own, not the desktop's
    measured: list[str] = []
    low = low_contrast(window, "ready", measured)
    counter.shot(f"{theme.name}-ready")

    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    low += low_contrast(window, "customer", measured)
    counter.shot(f"{theme.name}-customer")

    counter.look_up(MARCO)
    qtbot.waitUntil(lambda: window.panel.banner.isVisible(), timeout=WAIT)
    assert tone_of(window.panel.banner) is Tone.ALARM
    low += low_contrast(window, "blocked", measured)
    counter.shot(f"{theme.name}-blocked")

    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    counter.key(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.amount.hasFocus(), timeout=WAIT)
    counter.type("7.50")
    with qtbot.waitSignal(window.saved, timeout=WAIT):
        counter.key(Qt.Key.Key_Return)
    slip = window.slip
    assert isinstance(slip, SlipDialog)
    qtbot.waitExposed(slip)
    paper = slip.paper.grab().toImage()
    ratio, _text, background = measured_contrast(paper, QRect(0, 0, paper.width(), paper.height()))
    assert background.name() == theme.base  # the theme's paper: no white glare in the dark
    assert ratio >= AA
    low += low_contrast(slip, "slip", measured)
    counter.shot(f"{theme.name}-slip", slip)

    assert {where.split("/")[0] for where in measured} == {"ready", "customer", "blocked", "slip"}
    assert len(measured) > 20
    assert low == [], "text below 4.5:1:\n" + "\n".join(low)


def test_a_problem_is_said_in_the_theme_s_colour(counter: CounterDriver, theme: CounterColours) -> None:
    """The words a cashier must not miss take the theme's problem colour, dark or light, not a fixed red."""
    counter.look_up(with_check_digit("999999999999"))
    window = counter.window
    window.say("This card cannot be used", "problem")
    image = window.grab().toImage()
    rect = _inner(window.message, window)
    ratio, text, _background = measured_contrast(image, rect)
    assert contrast_ratio(text, theme.problem) < 1.1  # the text's own pixels are the problem's colour
    assert ratio >= AA
