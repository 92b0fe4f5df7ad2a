"""The .ts files hold every word the code puts through tr(), each translated in full, and nothing the code dropped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from kiosk.settings import LANGUAGES

#: How many plural forms each language's numerus messages need (Russian: one, few, many).
PLURAL_FORMS = {"it": 2, "en": 2, "ru": 3, "pt": 2}

Key = tuple[str, str]  # context, source


def messages(ts: Path) -> dict[Key, ET.Element]:
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def shown(key: Key) -> str:
    return f"{key[0]}: {key[1]!r}"


@pytest.fixture(scope="module")
def in_the_code(i18n_tool: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What pyside6-lupdate finds in kiosk/ now, as the maintainer's `packaging/i18n.py update` would write it."""
    fresh = tmp_path_factory.mktemp("lupdate") / "kiosk_ru.ts"
    i18n_tool.lupdate(fresh, "ru_RU")
    return messages(fresh)


def test_the_code_has_words_to_translate_and_the_sandbox_is_left_out(in_the_code: dict[Key, ET.Element]) -> None:
    contexts = {context for context, _source in in_the_code}
    assert "SettingsDialog" in contexts and "AgeWords" in contexts
    assert not any(context.startswith("kiosk.sandbox") for context in contexts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_of_the_code_is_in_the_ts_and_nothing_else(
    language: str, in_the_code: dict[Key, ET.Element], i18n_tool: Any
) -> None:
    committed = messages(i18n_tool.FOLDER / f"kiosk_{language}.ts")
    missing = sorted(shown(key) for key in in_the_code.keys() - committed.keys())
    gone = sorted(shown(key) for key in committed.keys() - in_the_code.keys())
    assert not missing, f"not in kiosk_{language}.ts (run packaging/i18n.py update): {missing}"
    assert not gone, f"kiosk_{language}.ts holds words the code no longer has (run packaging/i18n.py update): {gone}"
    for key, message in in_the_code.items():
        plural = message.get("numerus") == "yes"
        assert (committed[key].get("numerus") == "yes") == plural, f"{shown(key)}: plural in one, not the other"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_in_full(language: str, i18n_tool: Any) -> None:
    ts = i18n_tool.FOLDER / f"kiosk_{language}.ts"
    assert ET.parse(ts).getroot().get("language", "").split("_")[0] == language
    unfinished = []
    for key, message in messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            unfinished.append(f"{shown(key)} ({translation.get('type')})")
        elif message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.findall("numerusform")]
            if len(forms) != PLURAL_FORMS[language] or not all(form.strip() for form in forms):
                unfinished.append(f"{shown(key)} (needs {PLURAL_FORMS[language]} plural forms, has {forms})")
        elif not (translation.text or "").strip():
            unfinished.append(f"{shown(key)} (empty)")
    assert not unfinished, f"kiosk_{language}.ts: {len(unfinished)} messages not translated in full: {unfinished}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_keeps_the_placeholders_of_its_source(language: str, i18n_tool: Any) -> None:
    """A {name} or %n lost in translation would show a blank or crash .format(); a stray one would too."""
    fields = re.compile(r"\{[a-z_]+\}|%n|%\d")
    wrong = []
    for key, message in messages(i18n_tool.FOLDER / f"kiosk_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        texts = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        wanted = sorted(set(fields.findall(key[1])))
        for text in texts:
            if text.strip() and sorted(set(fields.findall(text))) != wanted:
                wrong.append(f"{shown(key)} → {text!r}")
    assert not wrong, f"kiosk_{language}.ts: placeholders differ from the source: {wrong}"
