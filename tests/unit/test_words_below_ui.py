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
from collections.abc import Iterator

import pytest

import kiosk
from kiosk import cli_text
from kiosk.api.errors import Problem
from kiosk.domain.errors import KioskError, Notice, PrinterState, Why
from kiosk.store.db import StoreFault
from tests.helpers import EXAMPLE_PARAMS

ROOT = pathlib.Path(kiosk.__file__).parent
#: The layers below the face (sandbox is a stand-in server with its own English, for developers).
BELOW_UI = ["api", "core", "domain", "printing", "services", "store", "sync"]
#: Top-level modules the screens read errors from, also below the face.
ALSO = ["settings.py", "app.py", "secret_store.py"]

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


def _texts(tree: ast.AST, skip: set[int]) -> Iterator[tuple[int, str]]:
    """Each string literal of `tree` not in `skip`, with its line; an f-string whole, each placeholder as "x"."""
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
        yield node.lineno, text.strip()


def sentences_in(source: str) -> list[tuple[int, str]]:
    """The string literals of `source` (f-strings' text included) that read as a sentence for a person."""
    tree = ast.parse(source)
    return [(line, text) for line, text in _texts(tree, _docstrings(tree) | _exempt(tree)) if _PROSE.fullmatch(text)]


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


FAMILIES: list[type[enum.Enum]] = [Problem, Why, StoreFault, PrinterState]


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


# -- the command line: its words, --help's included, are all in cli_text ---------------------------

#: The modules of the `kiosk` command that declare its parser and print its answers.
CLI = ["__main__.py", "commands.py", "store_commands.py", "cli_output.py"]
#: Arguments that argparse (or a prompt) shows to a person, whatever their case or length.
_SHOWN = {"help", "description", "epilog", "title", "usage", "prompt"}
# A word as --help writes them, in lower case too: two letters or more, maybe with its punctuation.
_WORD = re.compile(r"[(“\"'`]?[A-Za-z][a-z’'\-]+[.,;:!?)”\"'`]*")


def cli_words_in(source: str) -> list[tuple[int, str]]:
    """Words for a person in `source`: a sentence, two words or more in any case, or any text given as help."""
    tree = ast.parse(source)
    skip = _docstrings(tree) | _exempt(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "re.compile":
            skip.update(id(sub) for sub in ast.walk(node))  # a pattern reads argparse's words; it shows none
        elif isinstance(node, ast.keyword) and node.arg in _SHOWN and id(node.value) not in skip:
            if isinstance(node.value, (ast.Constant, ast.JoinedStr)):
                found.append((node.value.lineno, f"{node.arg}={ast.unparse(node.value)}"))
                skip.update(id(sub) for sub in ast.walk(node.value))
    for line, text in _texts(tree, skip):
        if _PROSE.fullmatch(text) or sum(1 for word in text.split() if _WORD.fullmatch(word)) >= 2:
            found.append((line, text))
    return found


def test_the_command_line_scan_finds_help_and_lower_case_words_and_lets_the_rest_be() -> None:
    source = '''
import logging
log = logging.getLogger("kiosk.app")

def build(parser, flags):
    """A docstring is for developers."""
    parser.add_argument("--card", metavar="CARD", help="card number")
    parser.add_argument("--json", action="store_true", help=cli_text.JSON_HELP)
    parser.add_argument("--port", help="port")
    group = parser.add_argument_group("settings (also KIOSK_* variables)")
    sub = parser.add_parser("sync", description=f"send {what} now")
    for name in flags:
        parser.add_argument(f"--{name}", dest=f"setting_{name}", help=argparse.SUPPRESS)
    log.info("redemption %s saved, calling the server", card)
    print(f"kiosk: {cli_text.say(exc)}", file=sys.stderr)
    print(f"{'data folder':<26} {paths.data}")
    print("sent", sent)
    return {"source": "api" if fresh else "terminal", "state": "pending"}

PATTERN = re.compile(r"invalid choice: .*? \\(choose from (?P<choices>.*)\\)")
'''
    found = [text for _, text in cli_words_in(source)]
    assert found.count("help='card number'") == 1 and "help='port'" in found
    assert "settings (also KIOSK_* variables)" in found and "description=f'send {what} now'" in found
    assert "data folder" in found
    assert len(found) == 5, found


@pytest.mark.parametrize("name", CLI)
def test_the_command_line_s_words_are_all_in_its_text_module(name: str) -> None:
    found = cli_words_in((ROOT / name).read_text(encoding="utf-8"))
    assert not found, "\n".join(f"{name}:{line}: {text}" for line, text in found)


def test_importing_the_command_line_s_words_costs_no_more_than_the_standard_library() -> None:
    # The parser reads cli_text for --help whenever `kiosk` starts, the counter included.
    import subprocess
    import sys

    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, kiosk.cli_text; print(' '.join(sorted(sys.modules)))"],
        cwd=ROOT.parent, capture_output=True, text=True, timeout=60, check=True,
    ).stdout.split()
    assert [name for name in loaded if name.startswith("kiosk")] == ["kiosk", "kiosk.cli_text"]


def test_every_setting_with_a_flag_has_its_help_in_the_command_line_s_words() -> None:
    from kiosk.settings import SETTINGS

    flagged = {setting.name for setting in SETTINGS if not setting.secret}
    assert set(cli_text.SETTING_HELP) == flagged
