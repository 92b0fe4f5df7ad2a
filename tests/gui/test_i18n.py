"""Every screen in each of the four languages, its words whole; a language chosen in the settings applies at once."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from kiosk.api import SandboxControl
from kiosk.app import Backend
from kiosk.core.staff import hash_manager_pin
from kiosk.domain import onboarding as ob
from kiosk.domain.identifiers import with_check_digit
from kiosk.paths import Paths
from kiosk.settings import LANGUAGES
from kiosk.store import open_store
from kiosk.sync import sync_directory
from kiosk.ui import i18n
from kiosk.ui.common.codes import CardCodesDialog
from kiosk.ui.earn_dialogs import PurchaseDialog, RefundDialog, TopUpDialog
from kiosk.ui.main import CounterApp
from kiosk.ui.manager_pin import ManagerPinDialog
from kiosk.ui.pin_dialog import CustomerPinDialog
from kiosk.ui.settings_dialog import SettingsDialog
from tests.gui.driver import (
    GIULIA,
    MANAGER_PIN,
    WAIT,
    CounterDriver,
    answer_manager_pin,
    open_amount_dialog,
    open_redeem,
    to_pin,
    with_manager_pin,
)
from tests.gui.enrolling import Clock, Enrol, fresh_email
from tests.gui.words_whole import cut_off

LUCA = with_check_digit("200000000005")  # his phone is +39 347 111 2233
UNKNOWN = with_check_digit("299999999999")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The screens in one language, as the app installs it at start; English again afterwards."""
    assert i18n.install(qapp, request.param), "the .qm files are built from the .ts (tests/conftest.py)"
    yield request.param
    i18n.install(qapp, "en")


@pytest.fixture
def backend(backend: Backend, language: str) -> Backend:
    """The counter's backend (tests/gui/conftest.py) in `language`, with a manager PIN for the staff tools."""
    return with_manager_pin(Backend(backend.settings.replace(language=language), demo=backend.demo))


def test_the_check_finds_a_button_too_narrow_and_a_wrapped_label_too_short(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    fits, narrow = QPushButton("OK"), QPushButton("Отменить последнюю операцию (Esc)")
    narrow.setFixedWidth(60)
    short = QLabel("Перемешивать цифры каждый раз, против следов пальцев и посторонних глаз " * 3)
    short.setWordWrap(True)
    short.setFixedSize(120, 20)
    for widget in (fits, narrow, short):
        layout.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)
    found = cut_off(box)
    assert len(found) == 2 and found[0].startswith("QPushButton 'Отменить") and found[1].startswith("QLabel 'Перемешивать")


class Tour:
    """Visits the screens at the counter, keeping a picture of each and what is cut off in it."""

    def __init__(self, counter: CounterDriver, language: str) -> None:
        self.counter = counter
        self.qtbot = counter.qtbot
        self.window = counter.window
        self.language = language
        self.problems: list[str] = []

    def look(self, name: str, widget: QWidget | None = None) -> None:
        widget = widget or self.window
        self.qtbot.waitExposed(widget)
        self.problems += [f"{name}: {problem}" for problem in cut_off(widget)]
        self.counter.shot(f"{self.language}-{name}", widget)

    def dialog(self, key: Qt.Key, kind: type[QDialog]) -> QDialog:
        self.counter.key(key)
        dialog = self.window.dialog
        assert isinstance(dialog, kind), f"{key} opened {dialog!r}"
        self.qtbot.waitExposed(dialog)
        return dialog

    def close(self, dialog: QDialog) -> None:
        dialog.reject()
        self.qtbot.waitUntil(lambda: self.window.dialog is None and self.window.search.hasFocus(), timeout=WAIT)

    def customer(self, card: str) -> None:
        """Look `card` up and wait for the server's answer, whatever the language says of it."""
        self.counter.look_up(card)
        panel = self.window.panel
        self.qtbot.waitUntil(
            lambda: self.window.stack.currentWidget() is panel and panel.card is not None and panel.card.card == card
            and panel._answer is not None and panel._answer.fresh,
            timeout=WAIT,
        )


def test_every_screen_shows_its_words_whole_in_each_language(
    counter: CounterDriver, control: SandboxControl, till: Paths, language: str, qtbot: Any
) -> None:
    tour = Tour(counter, language)
    window = counter.window
    assert QLocale().name() == {"it": "it_IT", "en": "en_GB", "ru": "ru_RU", "pt": "pt_PT"}[language]
    if language != "en" and window.buttons["purchase"].text() == "Purchase (F3)":
        tour.problems.append("the counter's buttons are in English")  # really in the language, not the source

    tour.customer(GIULIA)
    tour.look("counter")

    purchase = open_amount_dialog(counter, Qt.Key.Key_F3, PurchaseDialog)
    counter.type("12")
    counter.key(Qt.Key.Key_Tab)
    counter.type("R-1")
    tour.look("purchase", purchase)
    with qtbot.waitSignal(window.saved, timeout=WAIT):
        counter.key(Qt.Key.Key_Return)
    slip = window.slip
    assert slip is not None
    tour.look("slip", slip)
    # The shop's own way: 30/11/2026 and 12,00 € in Italy, 30.11.2026 in Russia, €12.00 in English.
    assert time.strftime("%d.%m.%Y" if language == "ru" else "%d/%m/%Y") in slip.text()
    assert re.search(r"€12\.00" if language == "en" else r"12,00\s€", slip.text())
    counter.key(Qt.Key.Key_Escape, slip)
    qtbot.waitUntil(window.search.hasFocus, timeout=WAIT)

    qtbot.waitUntil(lambda: any(line.refundable for line in window.panel.lines), timeout=WAIT)  # synced
    tour.look("counter-history")
    counter.key(Qt.Key.Key_F4)  # onto the list of movements
    panel = window.panel
    qtbot.waitUntil(lambda: panel.selected_line() is not None and panel.selected_line().refundable, timeout=WAIT)
    refund = tour.dialog(Qt.Key.Key_F4, RefundDialog)
    tour.look("refund", refund)
    tour.close(refund)

    topup = open_amount_dialog(counter, Qt.Key.Key_F5, TopUpDialog)
    tour.look("topup", topup)
    tour.close(topup)

    redeem = open_redeem(counter, None)
    tour.look("redeem", redeem)
    to_pin(counter, redeem, "200")
    tour.look("redeem-pin", redeem)
    tour.close(redeem)

    tour.look("pin", pin := tour.dialog(Qt.Key.Key_F12, CustomerPinDialog))
    tour.close(pin)
    tour.look("codes", codes := tour.dialog(Qt.Key.Key_F6, CardCodesDialog))
    tour.close(codes)

    queue = counter.session.open_queue()
    tour.look("queue", queue)
    queue.close()

    ctx = counter.session.ctx
    for name, made in (
        ("settings", SettingsDialog(ctx, window)),
        ("manager-pin", ManagerPinDialog(ctx, hash_manager_pin(MANAGER_PIN), parent=window)),
        ("manager-pin-new", ManagerPinDialog(ctx, "", parent=window)),
    ):
        made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        made.open()
        tour.look(name, made)
        made.reject()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT)

    counter.look_up(UNKNOWN)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.not_found, timeout=WAIT)
    tour.look("not-found")

    enrol = Enrol(qtbot, counter, control, Clock(control))
    enrol.open_from_counter(fresh_email())
    tour.look("enrol-start", enrol.w)
    enrol.enter()
    enrol.rests_at(ob.Step.CREDENTIALS)
    tour.look("enrol-credentials", enrol.w)
    enrol.credentials()
    tour.look("enrol-code", enrol.w)
    enrol.type_code(enrol.latest_code())
    enrol.rests_at(ob.Step.DATA)
    tour.look("enrol-data", enrol.w)
    enrol.fill_form()
    enrol.enter()
    enrol.rests_at(ob.Step.PIN)
    tour.look("enrol-pin", enrol.w)
    enrol.choose_pin()
    enrol.rests_at(ob.Step.DONE)
    tour.look("enrol-done", enrol.w)
    enrol.enter()
    qtbot.waitUntil(lambda: window.dialog is None, timeout=WAIT)

    # Two cards on one phone, looked up offline: the directory answers with both.
    counter.session.client.replace_card(LUCA, newcard=with_check_digit("200000000077"))
    with open_store(till.store) as store:
        sync_directory(counter.session.client, store)
    control.set_faults(status=503, count=1000)
    with qtbot.waitSignal(window.shown, check_params_cb=lambda a: len(a.cards) == 2, timeout=WAIT):
        counter.look_up("+39 347 111 2233")
    tour.look("matches")
    control.clear_faults()

    assert not tour.problems, f"{len(tour.problems)} problems in {language}: " + "; ".join(tour.problems)


@pytest.fixture
def english_afterwards(qapp: Any) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


def test_a_language_chosen_in_the_settings_applies_at_once(
    app: CounterApp, qtbot: Any, shots: Path, english_afterwards: None
) -> None:
    first = app.window
    qtbot.waitExposed(first)
    qtbot.waitUntil(lambda: app.session.service.campaign is not None, timeout=WAIT)
    assert first.buttons["purchase"].text() == "Purchase (F3)"
    Tour(CounterDriver(qtbot, app.session, shots), "en").customer(GIULIA)

    answer_manager_pin(qtbot, MANAGER_PIN)
    qtbot.keyClick(first, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog), timeout=WAIT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Italiano", "English", "Русский", "Português"]
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.api_url, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: app.window is not first, timeout=WAIT)
    window = app.window
    assert QLocale().name() == "it_IT"
    # The customer being served is still on screen, now in Italian.
    qtbot.waitUntil(
        lambda: window.panel.card is not None and window.panel.card.card == GIULIA
        and window.stack.currentWidget() is window.panel,
        timeout=WAIT,
    )
    window.grab().save(str(shots / "it-after-the-change.png"))
    assert "15,00" in window.panel.credit.text()  # the Italian locale's money
    assert not cut_off(window)
    italian = QCoreApplication.translate("CounterWindow", "Purchase (F3)")
    assert italian != "Purchase (F3)", "kiosk_it.ts has no translation of the counter's buttons yet"
    assert window.buttons["purchase"].text() == italian


@pytest.mark.parametrize(("language", "cancel"), [("it", "Annulla"), ("ru", "Отмена"), ("pt", "Cancelar"), ("en", "Cancel")])
def test_qt_s_own_dialogs_speak_the_language_too(qapp: Any, language: str, cancel: str, english_afterwards: None) -> None:
    """A standard button (a message box's Cancel) comes from Qt's qtbase_XX.qm; Portugal gets Brazil's."""
    assert i18n.install(qapp, language)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


def test_without_its_translation_file_the_app_runs_in_english_and_says_why(
    qapp: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture, english_afterwards: None
) -> None:
    assert not i18n.install(qapp, "ru", folder=tmp_path)
    assert f"no translation file {tmp_path / 'kiosk_ru.qm'}" in caplog.text
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
    assert QLocale().name() == "ru_RU"  # numbers and dates still as the shop writes them
    assert i18n.install(qapp, "ru")  # found again: the missing one left nothing behind
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Настройки"


def test_a_card_known_only_to_the_till_keeps_the_counter_within_a_small_screen(
    counter: CounterDriver, control: SandboxControl, till: Paths, language: str, qtbot: Any
) -> None:
    """Offline, the till knows the card but not the name, and says so at length: the words wrap, the window stays 1024 wide."""
    with open_store(till.store) as store:
        sync_directory(counter.session.client, store)
    control.set_faults(status=503, count=1000)
    window = counter.window
    with qtbot.waitSignal(window.shown, timeout=WAIT):
        counter.look_up(GIULIA)
    control.clear_faults()
    assert window.panel.name.text() == QCoreApplication.translate(
        "CustomerPanel", "Name not kept on this terminal (shown when the loyalty server answers)"
    )
    for _ in range(5):
        QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1024, f"the counter needs {window.minimumSizeHint().width()} px in {language}"
    assert not cut_off(window)
