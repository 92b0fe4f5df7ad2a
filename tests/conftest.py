"""Fixtures shared by every test layer: a real sandbox on 127.0.0.1, folders in tmp_path, the English screens."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reaches the keyring of the machine it runs on (a developer's desktop keyring): the tests of the
# keyring name their own (tests/e2e/test_secrets_keyring.py), in this process and in the `kiosk` they start.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from kiosk.api import SandboxControl  # noqa: E402
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread  # noqa: E402
from tests.helpers import packaging_script  # noqa: E402


#: pytest-xdist's modes that keep track of tests by their node id rather than their place in the collection.
_BY_NODE_ID = {"loadscope", "loadfile", "loadgroup"}


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook, on the controller; absent with -p no:xdist
def pytest_xdist_node_collection_finished(node: Any, ids: list[str]) -> None:
    """Refuse an xdist mode that would run only one of several tests sharing a node id.

    schemathesis names every case of test_schemathesis.py's one test alike; under loadfile, loadscope or
    loadgroup pytest-xdist runs the first and drops the others without a word (the run still says "passed").
    """
    dist = node.config.getoption("dist", "no")
    seen: set[str] = set()
    shared = sorted({nodeid for nodeid in ids if nodeid in seen or seen.add(nodeid)})
    if dist in _BY_NODE_ID and shared:
        pytest.exit(
            f"--dist {dist} would run only one test of each shared node id ({', '.join(shared)}); "
            "use --dist load or worksteal (packaging/dev.py test gives --dist load)",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )


@pytest.fixture(scope="session")
def i18n_tool() -> Any:
    return packaging_script("i18n")


@pytest.fixture(scope="session", autouse=True)
def screens_in_english(qapp: Any, i18n_tool: Any) -> Iterator[None]:
    """The .qm files fresh from their .ts (as dev.py builds them), and English installed as the app does at start.

    English plurals ("1 point", "2 points") come from kiosk_en.qm: the source says "%n point(s)".
    """
    from kiosk.ui import i18n

    i18n_tool.build(only_stale=True)
    i18n.install(qapp, "en")
    yield


@pytest.fixture
def sandbox_data(tmp_path):
    """A sandbox data folder with the demo campaign seeded; yields the demo settings."""
    data = tmp_path / "sandbox"
    demo = seed_demo(data)
    return data, demo


@pytest.fixture
def sandbox(sandbox_data):
    """A running sandbox (uvicorn in a thread, --dev) with the demo seeded: `.url`, `.demo`, `.config`, `.controlkey`."""
    data, demo = sandbox_data
    with start_in_thread(SandboxConfig(data_dir=data, dev=True)) as running:
        running.demo = demo
        yield running


@pytest.fixture
def control(sandbox):
    """The sandbox's own controls: messages sent, faults, its clock."""
    with SandboxControl(sandbox.url, sandbox.controlkey) as made:
        yield made
