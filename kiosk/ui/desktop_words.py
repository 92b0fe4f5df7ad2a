"""The words of the desktop's menu entries (`kiosk install-desktop`), declared once here and given in each language.

They go through the translations as every word on a screen does: lupdate finds them here (context
"DesktopEntry"), the translators translate them in the .ts, and the install reads them from each language's .qm.
kiosk/desktop.py writes them into the entries (it knows nothing of Qt, so it is given them).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from kiosk.settings import LANGUAGES
from kiosk.ui.i18n import translator

__all__ = ["CONTEXT", "INSTALLER_WORDS", "WORDS", "EntryWords", "entry_words", "installer_messages"]

CONTEXT = "DesktopEntry"
# The language the words are written in: an entry's default value (`Name=`), not a `Name[en]=` of its own.
SOURCE_LANGUAGE = "en"

# Each face's words (the faces of kiosk.desktop.ENTRIES), by the entry's key, in English.
WORDS: dict[str, dict[str, str]] = {
    "counter": {
        #: The menu entry of the cashier's app, as the desktop's menu lists it ("Kiosk" is the app's name).
        "Name": QT_TRANSLATE_NOOP("DesktopEntry", "Kiosk counter"),
        #: What the counter is, shown by some menus under or beside its name.
        "GenericName": QT_TRANSLATE_NOOP("DesktopEntry", "Loyalty counter"),
        #: The counter's menu entry's tooltip.
        "Comment": QT_TRANSLATE_NOOP(
            "DesktopEntry", "Look up loyalty cards, record purchases, redeem points and credit"
        ),
        #: Words a menu's search finds the counter by: separate them with ";" and end with ";" (no ";" inside a word).
        "Keywords": QT_TRANSLATE_NOOP("DesktopEntry", "loyalty;card;points;shop;till;"),
    },
    "kiosk": {
        #: The menu entry of the customers' self-service kiosk, as the desktop's menu lists it ("Kiosk" is the
        #: app's name).
        "Name": QT_TRANSLATE_NOOP("DesktopEntry", "Kiosk self-service"),
        #: What the self-service kiosk is, shown by some menus under or beside its name.
        "GenericName": QT_TRANSLATE_NOOP("DesktopEntry", "Loyalty self-service kiosk"),
        #: The self-service kiosk's menu entry's tooltip.
        "Comment": QT_TRANSLATE_NOOP(
            "DesktopEntry", "The customers' own screen: their card, points, prizes and vouchers, full screen"
        ),
        #: Words a menu's search finds the self-service kiosk by: separate them with ";" and end with ";" (no ";"
        #: inside a word).
        "Keywords": QT_TRANSLATE_NOOP("DesktopEntry", "loyalty;kiosk;self-service;touch;"),
    },
}


# The Windows installer's own words (packaging/windows/kiosk.iss), by the name of its custom message; the
# Start-menu entries' names are the menu entries' above (`Name`), so a shop sees the same words on either system.
INSTALLER_WORDS: dict[str, str] = {
    #: The Windows installer's check box that adds a shortcut to the counter on the desktop.
    "DesktopShortcut": QT_TRANSLATE_NOOP("DesktopEntry", "A desktop shortcut for the counter"),
}
# The installer's custom message naming each face's Start-menu entry.
_START_MENU = {"counter": "CounterEntry", "kiosk": "KioskEntry"}
# What a Windows file name (a Start-menu entry is one) cannot hold, and what the installer would read as a
# constant ("{app}") in an entry's name.
_NOT_IN_A_FILE_NAME = re.compile(r'[\\/:*?"<>|{}\x00-\x1f]')


@dataclasses.dataclass(frozen=True)
class EntryWords:
    """Each face's words for kiosk.desktop.install, and the languages left in English for want of their .qm."""

    by_face: dict[str, dict[str, dict[str, str]]]
    untranslated: tuple[str, ...]


def entry_words(folder: Path | None = None) -> EntryWords:
    """Each face's words by key, by locale: "" the English, and each language whose .qm translates them.

    A language whose .qm is missing, or lacks a message, gets no text for it: the menu shows the English then,
    as it would with the English written again under that language.
    """
    found, untranslated = _catalogues(folder)
    by_face = {
        face: {key: _in_each_language(english, found) for key, english in words.items()}
        for face, words in WORDS.items()
    }
    return EntryWords(by_face, untranslated)


def _catalogues(folder: Path | None) -> tuple[dict[str, QTranslator], tuple[str, ...]]:
    """Each translated language's catalogue, and the languages whose .qm is missing."""
    translators = {language: translator(language, folder) for language in LANGUAGES if language != SOURCE_LANGUAGE}
    found = {language: catalogue for language, catalogue in translators.items() if catalogue is not None}
    return found, tuple(language for language in translators if language not in found)


def _in_each_language(english: str, translators: dict[str, QTranslator]) -> dict[str, str]:
    texts = {"": english}
    for language, catalogue in translators.items():
        text = catalogue.translate(CONTEXT, english)
        # Empty: not translated. The same as the English: a key of its own would say nothing the default does not.
        if text.strip() and text != english:
            texts[language] = text
    return texts


def installer_messages(folder: Path | None = None) -> str:
    """The Windows installer's [CustomMessages] section (Inno Setup), from the same .qm as every other word.

    The English first, unprefixed (every language's, until one says otherwise), then each language the .qm
    translate (`it.CounterEntry=...`: Inno's language names are ours). packaging/bundle.py writes it beside the
    build and gives it to kiosk.iss, which includes it.
    """
    found, _untranslated = _catalogues(folder)
    messages = [(message, WORDS[face]["Name"], True) for face, message in _START_MENU.items()]
    messages += [(message, english, False) for message, english in INSTALLER_WORDS.items()]
    lines = ["[CustomMessages]"]
    for message, english, names_a_file in messages:
        lines.append(f"{message}={_inno_value(english, names_a_file)}")
        for language, text in _in_each_language(english, found).items():
            value = _inno_value(text, names_a_file)
            if language and value:  # nothing left of a translation: the English stands
                lines.append(f"{language}.{message}={value}")
    return "\n".join(lines) + "\n"


def _inno_value(text: str, names_a_file: bool) -> str:
    """`text` as one custom message's value: on its one line, its "%" not read as an argument (%1, %n)."""
    if names_a_file:
        text = _NOT_IN_A_FILE_NAME.sub(" ", text)
    text = " ".join(text.split())  # a line break or a tab would end the line, or bend the words
    if names_a_file:
        text = text.rstrip(". ")  # Windows drops a file name's trailing dots and spaces
    return text.replace("%", "%%")
