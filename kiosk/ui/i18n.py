"""The screens' language: our translations and Qt's own for its standard dialogs, and the language's locale.

`install(app, language)` at start and again when the manager picks another
language; the windows made after it speak the new one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.paths import resources_dir
from kiosk.ui.locale_text import locale_for

__all__ = ["install", "catalogue", "translator"]

log = logging.getLogger("kiosk.ui")

#: The object name of the translators installed here, so a change of language finds and removes them.
_OURS = "kiosk-translator"
# Qt ships Brazilian Portuguese only: its buttons (Cancel, Yes) read the same in Portugal.
_QT_CATALOGUES = {"pt": ("qtbase_pt", "qtbase_pt_BR")}


def catalogue(language: str, folder: Path | None = None) -> Path:
    """Our compiled translation of `language`: kiosk_XX.qm in the translations folder."""
    return (folder or resources_dir() / "i18n") / f"kiosk_{language}.qm"


def translator(language: str, folder: Path | None = None) -> QTranslator | None:
    """Our translation of `language` on its own, installed nowhere: for words written outside the screens (the
    desktop's menu entries), with no application running. None when the file is missing or unreadable."""
    found = QTranslator()
    return found if found.load(str(catalogue(language, folder))) else None


def install(app: QCoreApplication | None, language: str, *, folder: Path | None = None) -> bool:
    """Make `language` the screens' language, replacing the one installed before.

    Sets the default locale (numbers, money, dates) and installs our kiosk_XX.qm and
    Qt's qtbase_XX.qm. False when our file is missing or unreadable: that is logged,
    and the screens show their English source words.
    """
    assert app is not None, "make the QApplication first"
    for old in app.findChildren(QTranslator, _OURS):
        app.removeTranslator(old)
        old.setParent(None)
    QLocale.setDefault(locale_for(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt asks the translator installed last first: Qt's own, then ours over it.
    for name in _QT_CATALOGUES.get(language, (f"qtbase_{language}",)):
        if _load(app, name, qt_folder):
            break
    else:
        log.info("Qt has no translation of its standard dialogs for %s", language)
    ours = catalogue(language, folder)
    if not _load(app, ours.stem, str(ours.parent)):
        log.warning("no translation file %s (build it with packaging/i18n.py build): the screens stay in English", ours)
        return False
    return True


def _load(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(_OURS)
    if not translator.load(name, folder) or not app.installTranslator(translator):
        translator.setParent(None)
        return False
    return True
