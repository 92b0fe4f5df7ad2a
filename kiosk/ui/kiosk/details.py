""""My details": the signed-in customer's profile, typed on the kiosk's keyboard, and their consents in full.

The profile is the campaign's form (the enrolment's DataForm: which fields, which required) filled in with
what the server has; "Save" sends only what changed, after the same check the enrolment makes, so a required
field emptied is said in words before anything is sent (the server refuses it too). The e-mail and the
mobile are not typed here: a new one needs a code sent to it (details_contact.ContactScreen). Consents have
a screen of their own (ConsentsScreen): each with its full wording and a switch; switching one off withdraws
it at once. Reads ask no PIN; writes are plain network calls (PUT /customer is idempotent), see KioskService.
Every request answers a Scope that `wipe()` ends: a late answer never paints on the next customer.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from kiosk.api.models import CustomerProfile
from kiosk.domain.enrolment_input import FormField, check_form
from kiosk.domain.errors import message_for
from kiosk.services.kiosk import Details, KioskService, Visit
from kiosk.services.operation import Scope
from kiosk.ui import words
from kiosk.ui.common.data_form import DataForm
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.lists import add_row, clear_rows, scroll_area
from kiosk.ui.kiosk.screen import PROBLEM_SIGN, KioskScreen, kiosk_button, kiosk_label, mark_checked

__all__ = ["DetailsScreen", "ConsentsScreen", "CONTACT_FIELDS", "NO_PASSWORD", "changed_values"]

log = logging.getLogger("kiosk.ui")

#: Said to a customer who has no password (card and PIN only), instead of "Change password".
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "DetailsScreen",
    "Your account has no password: you sign in with your card and PIN. To add one, tap Join on the welcome"
    " screen and give this card's number.",
)

#: The profile's addresses: changed only with a code sent to the new one, never typed into the form.
CONTACT_FIELDS = ("mailcontactdata", "mobilecontactdata")


def profile_values(profile: CustomerProfile) -> dict[str, Any]:
    from kiosk.core.onboarding import profile_values as values

    return values(profile)


def changed_values(
    fields: tuple[FormField, ...], before: dict[str, Any], typed: dict[str, Any], *, phone_region: str = "IT"
) -> tuple[dict[str, Any], dict[str, Any]]:
    """What to send (field name -> new value, None to empty an optional one) and, per field, what is wrong."""
    clean, errors = check_form(fields, typed, phone_region=phone_region)
    was, _ = check_form(fields, before, phone_region=phone_region)
    changes = {f.name: clean.get(f.name) for f in fields if f.visible and clean.get(f.name) != was.get(f.name)}
    return changes, errors


def primary_in_bar(screen: KioskScreen, button: QPushButton) -> None:
    """`button` the one thing to press, in the screen's bar before a big "Done"; the bar's room goes to its buttons."""
    screen.bar.insertWidget(screen.bar.indexOf(screen.done_button), button, 1)
    for index in range(screen.bar.count()):
        if screen.bar.itemAt(index).spacerItem() is not None:
            screen.bar.setStretch(index, 0)
    screen.done_button.setProperty("role", "big")


class _DetailsPart(KioskScreen):
    """What the details' screens share: a Scope, the visit, a line for news and one for problems."""

    def __init__(self, service: KioskService, name: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._service = service
        self._scope = Scope(self)
        self._visit: Visit | None = None
        self._name = name
        self.status = kiosk_label(name=f"{name}Status", role="muted", customer=True)
        self.status.hide()
        self.problem = kiosk_label(name=f"{name}Problem", role="problem", customer=True)
        self.problem.hide()

    def _scrolling(self) -> QVBoxLayout:
        """Under the news and problem lines, a column that scrolls (by drag too) and keeps the focused field in
        sight: with the keyboard up on a landscape screen a form is taller than what is left of it."""
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.scroll, column = scroll_area(f"{self._name}Scroll")
        self.scroll.setMinimumHeight(40)
        self.body.addWidget(self.scroll, 1)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        return column

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        scroll = getattr(self, "scroll", None)
        if new is not None and scroll is not None and scroll.widget().isAncestorOf(new):
            QTimer.singleShot(0, lambda: shiboken6.isValid(new) and new.isVisible()
                              and scroll.ensureWidgetVisible(new, 20, 40))

    def _say_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))

    def _say_problem(self, text: str) -> None:
        self.problem.setText(f"{PROBLEM_SIGN} {text}" if text else "")
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    def _failed(self, exc: Exception) -> None:
        self._say_status("")
        self._say_problem(words.say(message_for(exc, log, "my details")))

    def wipe(self) -> None:
        self._scope.end()
        self._scope = Scope(self)
        self._visit = None
        super().wipe()
        self._say_status("")
        self._say_problem("")


class DetailsScreen(_DetailsPart):
    """The profile to change and save; the ways to the consents, a new address and a new password.

    `contact`, `consents` and `password` ask the face for those screens ("Delete my account" is a tile of
    More for you, beside this one).
    """

    contact = Signal()
    consents = Signal()
    password = Signal()

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__(service, "details", parent=parent)
        self._details: Details | None = None
        self.form: DataForm | None = None
        self.intro = kiosk_label(name="detailsIntro", role="muted")
        self.intro.setParent(self)  # at the top of the form, once there is one
        self.intro.hide()
        self.addresses = kiosk_label(name="detailsAddresses", customer=True)
        self.no_password = kiosk_label(name="detailsNoPassword", role="muted")
        self.no_password.hide()
        self.contact_button = kiosk_button(name="changeContact", role="big")
        self.contact_button.clicked.connect(self.contact)
        self.consents_button = kiosk_button(name="openConsents", role="big")
        self.consents_button.clicked.connect(self.consents)
        self.password_button = kiosk_button(name="changePassword", role="big")
        self.password_button.clicked.connect(self.password)
        self.save_button = kiosk_button(name="saveDetails", role="primary")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self._form_place = QHBoxLayout()
        self.actions = QGridLayout()
        self.actions.setSpacing(18)
        self._tall: bool | None = None
        self._arrange(tall=False)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addLayout(self._form_place, 1)
        self.body.addWidget(self.addresses)
        self.body.addWidget(self.no_password)
        self.body.addLayout(self.actions)
        primary_in_bar(self, self.save_button)  # Save is the one thing to press here
        self._compact = False
        self._keyboard: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.retranslate()

    # -- words ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("My details"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(self.tr("Tap a field to change it, then tap Save. Slide the form up to see more."))
        self.contact_button.setText(self.tr("Change e-mail or mobile"))
        self.consents_button.setText(self.tr("My consents"))
        self.password_button.setText(self.tr("Change password"))
        self.save_button.setText(self.tr("Save"))
        for button in (self.contact_button, self.consents_button, self.password_button, self.save_button):
            button.setAccessibleName(button.text())
        self.no_password.setText(QCoreApplication.translate("DetailsScreen", NO_PASSWORD))
        if self._details is not None:
            typed = self.form.values() if self.form is not None else None
            self._show(self._details, typed=typed)

    # -- loading -------------------------------------------------------------------------------

    def show_visit(self, visit: Visit) -> None:
        """Ask for the customer's profile and the campaign's form, and show them."""
        self.wipe()
        self._visit = visit
        self._say_status(self.tr("Looking up your details…"))
        self._service.my_details(parent=self._scope, visit=visit).success(self._loaded).failure(self._failed).run()

    def _loaded(self, details: Details) -> None:
        self._say_status("")
        self._show(details)

    def _personal(self, details: Details) -> tuple[FormField, ...]:
        return tuple(f for f in details.fields if not f.privacy and f.name not in CONTACT_FIELDS and f.visible)

    def _show(self, details: Details, *, typed: dict[str, Any] | None = None) -> None:
        self._details = details
        self._drop_form()
        form = DataForm(self._personal(details))
        form.setObjectName("detailsForm")
        form.set_values(profile_values(details.profile))
        if typed is not None:
            form.set_values(typed)
        form.changed.connect(lambda: self._say_status(""))
        self._form_place.addWidget(form)
        self.form = form
        fit_in_window(form)
        # The words on how to use it scroll with the form; the form may shrink to a few lines: with the keyboard
        # up on a landscape screen the rest of the screen keeps its place (the window never grows past the screen).
        column = form.scroll_area.widget().layout()
        self.intro.setParent(None)
        column.insertWidget(0, self.intro)
        self.intro.show()
        form.scroll_area.setMinimumHeight(40)
        # The kiosk window's own background (and its high-contrast theme) shows behind the fields.
        column.parentWidget().setAutoFillBackground(False)
        form.scroll_area.viewport().setAutoFillBackground(False)
        form.show()  # now, not when the layout gets round to it: a tap may go to a field at once
        for edit in form.findChildren(QLineEdit):
            edit.installEventFilter(self)  # its focus arrives before the keyboard's: the room is made first
            for clear in edit.findChildren(QToolButton):  # the field's own "clear" cross, named for a screen reader
                clear.setAccessibleName(self.tr("Clear {field}").format(field=edit.accessibleName()))
        profile = details.profile
        none = self.tr("none")
        self.addresses.setText(
            self.tr("E-mail: {email}\nMobile: {mobile}").format(
                email=profile.mailcontactdata or none, mobile=profile.mobilecontactdata or none
            )
        )
        self.addresses.setAccessibleName(self.addresses.text())
        has_password = profile.registered_customer
        self.password_button.setVisible(has_password)
        self.no_password.setVisible(not has_password)
        self.consents_button.setVisible(any(f.privacy and f.visible for f in details.fields))
        self.save_button.setEnabled(True)
        self._set_compact(False)

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        """Check what was typed as the enrolment does; send only what changed; say what is wrong in words."""
        details, form, visit = self._details, self.form, self._visit
        if details is None or form is None or visit is None:
            return
        self._say_problem("")
        fields = self._personal(details)
        changes, errors = changed_values(
            fields, profile_values(details.profile), form.values(), phone_region=self._service.phone_region()
        )
        form.show_errors(errors)
        if errors:
            self._say_problem(self.tr("Something is missing or not right: see the words under the field."))
            return
        if not changes:
            self._say_status(self.tr("Nothing to save: your details are as they were."))
            return
        self.save_button.setEnabled(False)
        self._say_status(self.tr("Saving your details…"))
        self._service.save_details(parent=self._scope, visit=visit, changes=changes) \
            .success(self._saved).failure(self._refused).run()

    def _saved(self, profile: CustomerProfile) -> None:
        assert self._details is not None
        self._show(Details(profile, self._details.fields))
        self._say_status(self.tr("Saved. Your details are up to date."))

    def _refused(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self._failed(exc)

    def _arrange(self, *, tall: bool) -> None:
        """The three ways on in a row on a wide screen; on a tall one the address's longer words get a row."""
        if tall == self._tall:
            return
        self._tall = tall
        buttons = (self.contact_button, self.consents_button, self.password_button)
        for button in buttons:
            self.actions.removeWidget(button)
        if tall:
            self.actions.addWidget(self.contact_button, 0, 0, 1, 2)
            self.actions.addWidget(self.consents_button, 1, 0)
            self.actions.addWidget(self.password_button, 1, 1)
        else:
            for index, button in enumerate(buttons):
                self.actions.addWidget(button, 0, index)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        size = event.size()
        self._arrange(tall=size.height() > size.width())
        super().resizeEvent(event)

    # -- the keyboard --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        keyboard = getattr(self.window(), "keyboard", None)
        if isinstance(keyboard, QWidget) and keyboard is not self._keyboard:
            self._keyboard = keyboard
            keyboard.installEventFilter(self)  # the keyboard put away: the rest comes back
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._keyboard and event.type() == QEvent.Type.Hide:
            self._set_compact(False)
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit) and self.form is not None:
            self._set_compact(True)
            form, field = self.form, watched
            QTimer.singleShot(0, lambda: self._show_field(form, field))
        return super().eventFilter(watched, event)

    def _show_field(self, form: DataForm, field: QLineEdit) -> None:
        """The field typed into stays in sight above the keyboard."""
        if form is self.form and shiboken6.isValid(field) and field.isVisible():
            form.scroll_area.ensureWidgetVisible(field, 20, 40)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """While a field of the form takes the keyboard, the form has the room: the rest steps aside."""
        form = self.form
        if form is None or not self.isVisible():
            return
        self._set_compact(isinstance(new, QLineEdit) and form.isAncestorOf(new))

    def _set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        for widget in (self.addresses, self.contact_button, self.consents_button):
            widget.setVisible(not compact)
        if self._details is not None:
            self.password_button.setVisible(not compact and self._details.profile.registered_customer)
            self.no_password.setVisible(not compact and not self._details.profile.registered_customer)

    # -- the customer goes ---------------------------------------------------------------------

    def first_focus(self) -> QWidget | None:
        return self.back_button

    def _drop_form(self) -> None:
        form, self.form = self.form, None
        if form is None:
            return
        self.intro.setParent(self)  # kept for the next form
        self.intro.hide()
        for widget in (form, *form.findChildren(QWidget)):
            if isinstance(widget, QLineEdit):
                widget.clear()
            widget.setAccessibleName("")
            widget.setAccessibleDescription("")
        self._form_place.removeWidget(form)
        form.hide()
        form.setParent(None)
        form.deleteLater()

    def wipe(self) -> None:
        self._drop_form()
        self._details = None
        self._set_compact(False)
        super().wipe()
        self.save_button.setEnabled(False)
        self.no_password.hide()


class ConsentsScreen(_DetailsPart):
    """The customer's consents, each with its full wording and a switch: off withdraws it, on gives it, at once."""

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__(service, "consents", parent=parent)
        self._details: Details | None = None
        self.switches: dict[str, QPushButton] = {}
        self._labels: dict[str, str] = {}
        self.intro = kiosk_label(name="consentsIntro", role="muted")
        self.scroll, self._rows = scroll_area("consents")
        self._items: list[QWidget] = []
        self.body.addWidget(self.intro)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("My consents"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(self.tr(
            "Read each one. Tap its switch to give or withdraw your consent; you can change your mind at any time."
        ))
        for name, switch in self.switches.items():
            self._word_switch(name, switch)

    def _word_switch(self, name: str, switch: QPushButton) -> None:
        mark_checked(switch, self.tr("I agree") if switch.isChecked() else self.tr("I do not agree"))
        switch.setAccessibleName(
            self.tr("{consent}: I agree").format(consent=self._labels.get(name, name)) if switch.isChecked()
            else self.tr("{consent}: I do not agree").format(consent=self._labels.get(name, name))
        )

    def show_visit(self, visit: Visit) -> None:
        self.wipe()
        self._visit = visit
        self._say_status(self.tr("Looking up your consents…"))
        self._service.my_details(parent=self._scope, visit=visit).success(self._show).failure(self._failed).run()

    def _show(self, details: Details) -> None:
        self._details = details
        self._clear_items()
        self._say_status("")
        given = details.profile.privacy
        for field in details.fields:
            if not (field.privacy and field.visible):
                continue
            self._add_item(self._row(field, bool(given.get(field.name))))
        if not self.switches:
            self._say_status(self.tr("This shop asks for no consents."))
        fit_in_window(self.scroll.widget())

    def _row(self, field: FormField, on: bool) -> QWidget:
        row = QWidget()
        row.setObjectName(f"consent_{field.name}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        words_box = QWidget()
        column = QGridLayout(words_box)
        column.setContentsMargins(0, 0, 0, 0)
        label = field.label or field.name
        self._labels[field.name] = label
        heading = scaled(kiosk_label(label, name=f"{field.name}_label"), 1.0, bold=True)
        column.addWidget(heading, 0, 0)
        if field.text:
            column.addWidget(kiosk_label(field.text, name=f"{field.name}_text"), 1, 0)
        switch = kiosk_button(name=f"{field.name}_switch", role="big")
        switch.setCheckable(True)
        switch.setChecked(on)
        switch.toggled.connect(lambda checked, name=field.name: self._switched(name, checked))
        self.switches[field.name] = switch
        self._word_switch(field.name, switch)
        layout.addWidget(words_box, 1)
        layout.addWidget(switch, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _switched(self, name: str, checked: bool) -> None:
        switch = self.switches[name]
        self._word_switch(name, switch)
        visit = self._visit
        if visit is None:
            return
        for other in self.switches.values():
            other.setEnabled(False)
        self._say_problem("")
        self._say_status(self.tr("Saving your choice…"))
        self._service.save_details(parent=self._scope, visit=visit, changes={name: checked}) \
            .success(lambda profile: self._saved(name, profile)) \
            .failure(lambda exc: self._refused(name, exc)).run()

    def _saved(self, name: str, profile: CustomerProfile) -> None:
        for switch in self.switches.values():
            switch.setEnabled(True)
        label = self._labels.get(name, name)
        if profile.privacy.get(name):
            self._say_status(self.tr("Saved: you agree to “{consent}”.").format(consent=label))
        else:
            self._say_status(self.tr("Saved: your consent to “{consent}” is withdrawn.").format(consent=label))

    def _refused(self, name: str, exc: Exception) -> None:
        switch = self.switches.get(name)
        if switch is not None:
            switch.blockSignals(True)
            switch.setChecked(not switch.isChecked())  # as it was: the server did not take the change
            switch.blockSignals(False)
            self._word_switch(name, switch)
        for other in self.switches.values():
            other.setEnabled(True)
        self._failed(exc)

    def _add_item(self, item: QWidget) -> None:
        add_row(self._rows, self._items, item)

    def _clear_items(self) -> None:
        clear_rows(self._rows, self._items, self.scroll)
        self.switches = {}
        self._labels = {}

    def first_focus(self) -> QWidget | None:
        return next(iter(self.switches.values()), self.back_button)

    def wipe(self) -> None:
        self._clear_items()
        self._details = None
        super().wipe()

