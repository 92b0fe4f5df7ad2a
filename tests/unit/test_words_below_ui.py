"""Below the screens, code says what happened as typed values; only the faces (and the CLI's text module) have words.

An AST scan of every module below `ui` finds string literals that read as a
sentence for a person (a capital, then words and spaces), outside docstrings, log
calls and programming errors (ValueError, TypeError...): there must be none. And
every typed value has its words in the command line's text module.
"""

from __future__ import annotations

import ast
import enum
import pathlib
import re

import pytest

import kiosk
from kiosk import cli_text
from kiosk.api.errors import Problem
from kiosk.domain.errors import KioskError, Notice, Why
from kiosk.store.db import StoreFault
from tests.helpers import EXAMPLE_PARAMS

ROOT = pathlib.Path(kiosk.__file__).parent
#: The layers below the face (sandbox is a stand-in server with its own English, for developers).
BELOW_UI = ["api", "core", "domain", "services", "store", "sync"]
#: Top-level modules the screens read errors from, also below the face.
ALSO = ["settings.py", "app.py"]

# A sentence: a word with a capital, then at least two more words.
_PROSE = re.compile(r"[A-Z][a-z’']*(?:[ ,;:]+[A-Za-z0-9’'“”()\-]+){2,}[.:!?…]?")
_LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
_LOGGERS = {"log", "logging", "logger"}
# Programming errors (never shown to a person as such), and the CLI's own help text.
_EXEMPT_CALLS = {
    name for name in dir(__builtins__) if name.endswith("Error") or name in {"Exception", "AssertionError"}
} | {"Setting"}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _exempt(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        if (name in _LOG_CALLS and owner in _LOGGERS) or name in _EXEMPT_CALLS:
            found.update(id(sub) for sub in ast.walk(node))
    return found


def sentences_in(source: str) -> list[tuple[int, str]]:
    """The string literals of `source` (f-strings' text included) that read as a sentence for a person."""
    tree = ast.parse(source)
    skip = _docstrings(tree) | _exempt(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            # An f-string is read whole, each placeholder as a word: "Card {card} is blocked."
            text = "".join(part.value if isinstance(part, ast.Constant) else "x" for part in node.values)
            skip.update(id(part) for part in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if _PROSE.fullmatch(text.strip()):
            found.append((node.lineno, text.strip()))
    return found


def _modules() -> list[pathlib.Path]:
    paths = [p for layer in BELOW_UI for p in sorted((ROOT / layer).rglob("*.py"))]
    return paths + [ROOT / name for name in ALSO]


def test_the_scan_finds_a_sentence_made_for_a_person_and_lets_the_rest_be() -> None:
    source = '''
"""A module docstring, with several words in it."""
import logging
log = logging.getLogger("x")

def refuse(card):
    """A docstring is for developers."""
    log.warning("The sync worker could not send %s", card)
    if not card:
        raise ValueError("a card number is needed here")
    raise KioskError(f"Card {card} is blocked: nothing can be earned.")

def words():
    return "Nothing was redeemed."

SQL = "INSERT INTO outbox (card) VALUES (?)"
KEY = "terminal_username"
'''
    found = [text for _, text in sentences_in(source)]
    assert "Nothing was redeemed." in found
    assert "Card x is blocked: nothing can be earned." in found
    assert not any("sync worker" in text or "card number is needed" in text or "docstring" in text for text in found)
    assert not any("INSERT" in text or "terminal_username" in text for text in found)


#: Sentences that are not for a person: the loyalty contract's own `Message` text, which the sandbox
#: sends and the client reads the tries left back out of (CONTRACT: 403/40 carries them).
WIRE_TEXT = {("marta.py", "Wrong PIN: x attemptx left")}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_below_the_screens_holds_a_sentence_for_a_person(path: pathlib.Path) -> None:
    found = [(line, text) for line, text in sentences_in(path.read_text(encoding="utf-8"))
             if (path.name, text) not in WIRE_TEXT]
    assert not found, "\n".join(f"{path.name}:{line}: {text}" for line, text in found)


FAMILIES: list[type[enum.Enum]] = [Problem, Why, StoreFault]


@pytest.mark.parametrize("member", [m for family in FAMILIES for m in family], ids=str)
def test_every_typed_value_has_the_command_line_s_words(member: enum.Enum) -> None:
    said = cli_text.say(Notice(member, EXAMPLE_PARAMS))
    assert said and said != cli_text.say(Notice(Why.UNKNOWN)) or member is Why.UNKNOWN


def test_no_two_families_share_a_member() -> None:
    # A str enum member equals its value: Why.CARD_BLOCKED must not be Problem.CARD_BLOCKED in a table.
    members = [m for family in FAMILIES for m in family]
    assert len(set(members)) == len(members)
    assert Notice(Why.CARD_BLOCKED, {"card": "1"}) != Notice(Problem.CARD_BLOCKED, {"card": "1"})


def test_an_error_s_text_is_its_code_never_words() -> None:
    error = KioskError(Why.CARD_BLOCKED, card="2000000000015")
    assert str(error) == "card_blocked" and error.notice == Notice(Why.CARD_BLOCKED, {"card": "2000000000015"})
