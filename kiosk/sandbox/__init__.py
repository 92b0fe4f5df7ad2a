"""The sandbox loyalty server: a full implementation of CONTRACT.md on FastAPI with its own SQLite."""

from __future__ import annotations

from kiosk.sandbox.config import SandboxConfig
from kiosk.sandbox.demo import seed_demo
from kiosk.sandbox.server import RunningSandbox, create_app, serve, start_in_thread

__all__ = ["SandboxConfig", "create_app", "start_in_thread", "serve", "seed_demo", "RunningSandbox"]
