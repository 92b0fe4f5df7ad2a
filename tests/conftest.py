"""Fixtures shared by every test layer: a real sandbox on 127.0.0.1, folders in tmp_path."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.api import SandboxControl  # noqa: E402
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread  # noqa: E402


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
