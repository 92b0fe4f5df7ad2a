"""The settings screen (behind the manager PIN): the loyalty server, the terminal, language and idle time."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import PROVIDER_NEEDS, ConnectionCheck, check_api_url
from kiosk.domain.errors import KioskError, Notice, Why, message_for
from kiosk.services.context import ServiceContext
from kiosk.services.settings import save_changes, test_connection
from kiosk.printing import ReceiptPrinter
from kiosk.settings import MASKED, PAPER_WIDTHS, SETTINGS
from kiosk.ui import words
from kiosk.ui.locale_text import LANGUAGE_NAMES
from kiosk.ui.palette import Tone, set_tone
from kiosk.ui.printer_choice import PrinterChoice

log = logging.getLogger("kiosk.ui")

__all__ = ["SettingsDialog", "EDITABLE"]

# The settings this screen edits, in the order shown.
EDITABLE = (
    "api_url", "api_key", "campaign_id", "terminal_serial", "terminal_username", "terminal_password",
    "language", "idle_timeout", "phone_region", "pin_pad_scrambled",
    "theme",
    "printer", "paper_width", "printer_model", "print_slip_at_once",
)
# Translated where shown (self.tr), in the dialog's context.
#: The receipt printer's settings, shown on their own page.
PRINTING = ("printer", "paper_width", "printer_model", "print_slip_at_once")
_LABELS = {
    "api_url": QT_TRANSLATE_NOOP("SettingsDialog", "Loyalty server address:"),
    "api_key": QT_TRANSLATE_NOOP("SettingsDialog", "Api key:"),
    "campaign_id": QT_TRANSLATE_NOOP("SettingsDialog", "Campaign number:"),
    "terminal_serial": QT_TRANSLATE_NOOP("SettingsDialog", "Terminal serial number:"),
    "terminal_username": QT_TRANSLATE_NOOP("SettingsDialog", "Terminal user name:"),
    "terminal_password": QT_TRANSLATE_NOOP("SettingsDialog", "Terminal password:"),
    "language": QT_TRANSLATE_NOOP("SettingsDialog", "Language:"),
    "idle_timeout": QT_TRANSLATE_NOOP("SettingsDialog", "Wipe the customer's screen after (seconds):"),
    "phone_region": QT_TRANSLATE_NOOP("SettingsDialog", "Country of phone numbers:"),
    "pin_pad_scrambled": QT_TRANSLATE_NOOP("SettingsDialog", "PIN pad:"),
    "theme": QT_TRANSLATE_NOOP("SettingsDialog", "Colours:"),
    "printer": QT_TRANSLATE_NOOP("SettingsDialog", "Receipt printer:"),
    "paper_width": QT_TRANSLATE_NOOP("SettingsDialog", "Paper roll:"),
    "printer_model": QT_TRANSLATE_NOOP("SettingsDialog", "Printer model:"),
    "print_slip_at_once": QT_TRANSLATE_NOOP("SettingsDialog", "Slip:"),
}
# The choices of the theme setting, each in the cashier's words.
_THEMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "As the computer's (light or dark)"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
_BY_NAME = {s.name: s for s in SETTINGS}


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 11px;")
    set_tone(label, Tone.HINT)
    return label


class SettingsDialog(QDialog):
    """Edits the settings, tests the connection off the GUI thread, and saves into kiosk.toml (secrets: the keyring).

    Ask the manager PIN before opening it. `saved` carries {name: new value} of
    what changed; secrets are masked there ("****"): read them back with Settings.load.
    """

    saved = Signal(dict)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._settings = ctx.settings
        self.setWindowTitle(self.tr("Settings"))
        # What the embedded sandbox filled in at start ("app") is not the shop's own setting.
        self._current = {
            name: (_BY_NAME[name].default if self._settings.source(name) == "app" else getattr(self._settings, name))
            for name in EDITABLE
        }

        self.api_url = QLineEdit(self._current["api_url"])
        self.api_url.setPlaceholderText(self.tr("https://…  (empty: built-in sandbox)"))
        self.api_key = self._secret_field("api_key")
        self.campaign_id = QLineEdit(str(self._current["campaign_id"] or ""))
        self.campaign_id.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,18}"), self.campaign_id))
        self.terminal_serial = QLineEdit(self._current["terminal_serial"])
        self.terminal_username = QLineEdit(self._current["terminal_username"])
        self.terminal_password = self._secret_field("terminal_password")
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each by its own name, whatever the screens speak now
        self.language.setCurrentIndex(self.language.findData(self._current["language"]))
        self.idle_timeout = QSpinBox()
        self.idle_timeout.setRange(0, 24 * 3600)
        self.idle_timeout.setSingleStep(15)
        self.idle_timeout.setSpecialValueText(self.tr("never"))
        self.idle_timeout.setValue(self._current["idle_timeout"])
        self.phone_region = QLineEdit(self._current["phone_region"])
        self.phone_region.setMaxLength(2)
        self.phone_region.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z]{0,2}"), self))

        self.pin_pad_scrambled = QCheckBox(self.tr("Shuffle the digits each time"))
        self.pin_pad_scrambled.setChecked(bool(self._current["pin_pad_scrambled"]))
        self.theme = QComboBox()
        for value, name in _THEMES.items():
            self.theme.addItem(self.tr(name), value)
        self.theme.setCurrentIndex(self.theme.findData(self._current["theme"]))

        self.printer = PrinterChoice(ctx, self._current["printer"], self._printer_to_try)
        self.paper_width = QComboBox()
        for width in PAPER_WIDTHS:
            self.paper_width.addItem(self.tr("{width} mm").format(width=width), width)
        self.paper_width.setCurrentIndex(self.paper_width.findData(str(self._current["paper_width"])))
        self.printer_model = QComboBox()
        self.printer_model.setEditable(True)  # a model newer than the database: its name typed
        from kiosk.printing.escpos_bytes import printer_models  # python-escpos's database: when this screen opens

        self.printer_model.addItems(printer_models())
        self.printer_model.setCurrentText(self._current["printer_model"])
        self.print_slip_at_once = QCheckBox(self.tr("Print it on the receipt printer as soon as it is saved"))
        self.print_slip_at_once.setChecked(bool(self._current["print_slip_at_once"]))

        form = QFormLayout()
        printing_form = QFormLayout()  # the receipt printer's settings, on a page of their own
        for name in EDITABLE:
            rows = printing_form if name in PRINTING else form
            rows.addRow(self.tr(_LABELS[name]), getattr(self, name))
            hint = self._hint_for(name)
            if hint:
                label = _hint(hint)
                rows.addRow("", label)
                if name == "terminal_password":
                    self.secrets_kept = label  # says where the secrets are kept: the keyring, or the file

        # The printer's part in place of the rest, on demand: the screen keeps its height on a small till's display.
        self.general = QWidget()
        self.general.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)  # as wide as when the form was the dialog's own
        self.printing = QWidget()
        self.printing.setLayout(printing_form)
        printing_form.setContentsMargins(0, 0, 0, 0)
        self.printing.hide()
        self.printing_button = QPushButton(self.tr("Receipt printer…"))
        self.printing_button.setObjectName("printerSettings")
        self.printing_button.setCheckable(True)
        self.printing_button.setAutoDefault(False)
        self.printing_button.toggled.connect(self._show_printing)

        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()

        self.test_button = QPushButton(self.tr("Test connection (Ctrl+T)"))
        self.test_button.setShortcut(QKeySequence("Ctrl+T"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.test_button, self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a field must not save or close by surprise
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.printing_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.printing)
        layout.addStretch(1)  # the shorter part at the top, in the room the longer one made
        overridden = [
            _BY_NAME[name].env for name in EDITABLE if self._settings.source(name) in {"environment", "flag"}
        ]
        if overridden:
            stronger = self.tr("Set when the app was started, and stronger than what is saved here: {names}.")
            layout.addWidget(_hint(stronger.format(names=", ".join(overridden))))
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        # As tall as the form asks: Qt's own first size stops at 2/3 of the screen, and squeezes the hints.
        hint = self.sizeHint()
        self.resize(hint.width(), max(hint.height(), self.heightForWidth(hint.width())))
        self.api_url.setFocus()

    def _show_printing(self, shown: bool) -> None:
        self.general.setVisible(not shown)
        self.printing.setVisible(shown)
        (self.printer.choice if shown else self.api_url).setFocus()

    def _secret_field(self, name: str) -> QLineEdit:
        # The value in force is never put into the widget: typing replaces it, leaving it empty keeps it.
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(self.tr("unchanged") if self._current[name] else self.tr("not set"))
        return field

    def _secrets_kept(self) -> str:
        """The hint under the secrets: typing replaces one, and where they are kept (the keyring, or the file)."""
        store = self._settings.secret_store
        if store is not None and store.in_keyring:
            return self.tr("Leave them empty to keep the ones saved, in this computer's keyring.")
        return self.tr("Leave them empty to keep the ones saved, in the settings file only the app's user can read.")

    def _hint_for(self, name: str) -> str:
        if name == "api_url":
            return self.tr("Leave it empty to use the built-in sandbox with demo data (no real customers).")
        if name == "terminal_password":  # for both secrets, under the second: one line less on a full screen
            return self._secrets_kept()
        if name == "idle_timeout":
            return self.tr("0 means never.")
        if name == "phone_region":
            return self.tr("Two letters, for example IT: used for phone numbers typed without +.")
        if name == "pin_pad_scrambled":
            return self.tr("Against smudges and onlookers; a customer used to the phone layout is slower with it.")
        if name == "printer":
            return self.tr("An ESC/POS receipt printer by USB, serial port or network (port 9100).")
        if name == "printer_model":
            return self.tr("\"default\" suits most printers; the model tells whether it prints QR codes itself.")
        return ""

    def _printer_to_try(self, printer: str) -> ReceiptPrinter:
        """The printer chosen in the form, with the paper and model chosen (for a test slip before saving)."""
        chosen = self._settings.replace(
            printer=printer, paper_width=self.paper_width.currentData(),
            printer_model=self.printer_model.currentText().strip() or "default",
        )
        return ReceiptPrinter.from_settings(chosen)

    # -- reading the form ------------------------------------------------

    def typed(self) -> dict[str, Any]:
        """Every field's value, checked as the app reads it (secrets only when typed); KioskError if one is wrong."""
        raw: dict[str, Any] = {
            "api_url": self.api_url.text().strip(),
            "campaign_id": self.campaign_id.text().strip() or "0",
            "terminal_serial": self.terminal_serial.text(),
            "terminal_username": self.terminal_username.text(),
            "language": self.language.currentData(),
            "idle_timeout": self.idle_timeout.value(),
            "phone_region": self.phone_region.text().upper(),
            "pin_pad_scrambled": self.pin_pad_scrambled.isChecked(),
            "theme": self.theme.currentData(),
            "printer": self.printer.value(),
            "paper_width": self.paper_width.currentData(),
            "printer_model": self.printer_model.currentText().strip() or "default",
            "print_slip_at_once": self.print_slip_at_once.isChecked(),
        }
        for name, field in (("api_key", self.api_key), ("terminal_password", self.terminal_password)):
            if field.text():
                raw[name] = field.text()
        values = {name: _BY_NAME[name].parse(value, "in the settings screen") for name, value in raw.items()}
        if values["api_url"]:
            check_api_url(values["api_url"])
        return values

    def _with_secrets(self, values: dict[str, Any]) -> dict[str, Any]:
        return {**{n: self._current[n] for n in ("api_key", "terminal_password")}, **values}

    # -- test connection -------------------------------------------------

    def _typed_or_say(self) -> dict[str, Any] | None:
        """The typed values, or None after saying in the dialog what is wrong with them."""
        try:
            return self.typed()
        except KioskError as exc:
            self._show(ConnectionCheck(False, exc.notice))
            return None

    def test_connection(self) -> None:
        values = self._typed_or_say()
        if values is None:
            return
        if values["api_url"]:
            candidate = self._settings.replace(**self._with_secrets(values))
        elif self._settings.source("api_url") == "app":
            candidate = self._settings  # running on the built-in sandbox now: test that one
        else:
            self._say(True, self.tr("With no address, the built-in sandbox starts with the app."))
            return
        self.test_button.setEnabled(False)
        self._show(None)

        def answered(check: ConnectionCheck) -> None:
            self.test_button.setEnabled(True)
            self._show(check)

        # Closed before the answer (Esc, Save): the answer goes nowhere.
        (
            test_connection(self._ctx, candidate, parent=self)
            .success(answered)
            .failure(lambda exc: answered(ConnectionCheck(False, Notice(Why.UNEXPECTED))))
            .run()
        )

    def _show(self, check: ConnectionCheck | None) -> None:
        if check is None:
            self.outcome.setText(self.tr("Testing the connection…"))
            set_tone(self.outcome, Tone.HINT)
            self.outcome.show()
        else:
            self._say(check.ok, words.say(check.notice))

    def _say(self, ok: bool, text: str) -> None:
        self.outcome.setText(text)
        set_tone(self.outcome, Tone.GOOD if ok else Tone.PROBLEM)
        self.outcome.show()

    # -- save ------------------------------------------------------------

    def save(self) -> None:
        values = self._typed_or_say()
        if values is None:
            return
        if values["api_url"]:
            final = self._with_secrets(values)
            missing = [self.tr(_LABELS[n]).rstrip(": ").lower() for n in PROVIDER_NEEDS if not final.get(n)]
            if missing:
                needed = self.tr("With a loyalty server address, also fill in: {fields}.")
                self._say(False, needed.format(fields=", ".join(missing)))
                return
        changes = {name: value for name, value in values.items() if value != self._current.get(name)}
        if not changes:
            self.accept()
            return
        self.save_button.setEnabled(False)

        def written(_: object) -> None:
            self.saved.emit({n: (MASKED if _BY_NAME[n].secret else v) for n, v in changes.items()})
            self.accept()

        def refused(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            self._show(ConnectionCheck(False, message_for(exc, log, "saving the settings")))

        save_changes(self._ctx, changes, parent=self).success(written).failure(refused).run()

    def done(self, result: int) -> None:
        # Typed secrets leave the widgets whichever way the dialog closes.
        self.api_key.clear()
        self.terminal_password.clear()
        super().done(result)

