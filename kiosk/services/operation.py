"""One way to run a piece of work off the GUI thread: steps on the store thread and the network, one answer back.

In the manner of Anki's CollectionOp::

    Op.store(ctx, lambda: load(card), parent=dialog) \
        .then_network(lambda saved: send(saved)) \
        .success(dialog.sent).failure(dialog.refused).run()

Each step runs on its runner (the store thread, or the network pool) with the
previous step's result; the last result, or the first exception, comes back on
the GUI thread to this operation's callbacks alone. Once the parent is closed
(a dialog finished, a widget's close accepted, or hidden before the start) or
destroyed, nothing more is delivered and no later step starts; a step already
running ends, and its result goes nowhere. Work that must finish whatever a
screen does (a save that must reach the outbox, a redemption's record) is marked
`.always_finish()`: every step runs even once the parent is gone, and only the
delivery is dropped. A `Scope` is a parent for work that belongs to something on
screen rather than to a widget (the customer shown): `end()` it, and its
operations deliver nothing more. Do not touch a widget inside a step.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from kiosk.services.context import ServiceContext

__all__ = ["Op", "Scope"]

log = logging.getLogger("kiosk.ui")

T = TypeVar("T")
U = TypeVar("U")


class _Where(enum.Enum):
    STORE = "store"
    NETWORK = "network"


class Scope(QObject):
    """A parent for operations that belong to one thing on screen (a customer, a look-up), not to a widget.

    Once `end()` is called, its operations deliver nothing more (and start no
    further step unless they `always_finish`); start the next thing's work on a new Scope.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ended = False
        if isinstance(parent, QDialog):
            parent.finished.connect(self.end)  # a dialog closed ends what it asked too

    @property
    def ended(self) -> bool:
        return self._ended

    def end(self, *_result: object) -> None:
        if not self._ended:
            self._ended = True
            self.deleteLater()  # its watches (children) go with it


class _Watch(QObject):
    """A child of the operation's parent: dies with it, and notes when it is closed."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # Already closed (hidden after being shown): an operation started now has nobody to answer.
        self._finished = isinstance(parent, QWidget) and parent.isHidden() and parent.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        )
        self._close_asked = False
        if isinstance(parent, QDialog):
            parent.finished.connect(self._on_finished)
        if isinstance(parent, QWidget):
            parent.installEventFilter(self)

    def _on_finished(self, _result: int) -> None:
        self._finished = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close:
            self._close_asked = True  # it counts once the widget is really hidden (a close may be refused)
        return False

    def gone(self) -> bool:
        if not shiboken6.isValid(self):
            return True  # the parent was destroyed, and this child with it
        parent = self.parent()
        if isinstance(parent, Scope):
            return parent.ended
        return self._finished or (self._close_asked and isinstance(parent, QWidget) and not parent.isVisible())

    def release(self) -> None:
        if shiboken6.isValid(self):
            self.deleteLater()  # its filter and connections go with it


class Op(Generic[T]):
    """Steps to run in order off the GUI thread, and who hears the outcome; nothing runs before `run()`."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QObject | None,
        steps: tuple[tuple[_Where, Callable[[Any], Any]], ...],
    ) -> None:
        self._ctx = ctx
        self._parent = parent
        self._steps = steps
        self._on_success: Callable[[T], None] = _ignore
        self._on_failure: Callable[[Exception], None] = _log_failure
        self._finish = False

    @staticmethod
    def store(ctx: ServiceContext, work: Callable[[], U], *, parent: QObject | None) -> Op[U]:
        """Begin with `work` on the store thread (where `ctx.terminal()` and `ctx.stores.get()` may be used)."""
        return Op(ctx, parent, ((_Where.STORE, lambda _: work()),))

    @staticmethod
    def network(ctx: ServiceContext, work: Callable[[], U], *, parent: QObject | None) -> Op[U]:
        """Begin with `work` on the network pool (API calls; never the store)."""
        return Op(ctx, parent, ((_Where.NETWORK, lambda _: work()),))

    def then_store(self, step: Callable[[T], U]) -> Op[U]:
        """Then `step(previous result)` on the store thread."""
        return self._then(_Where.STORE, step)

    def then_network(self, step: Callable[[T], U]) -> Op[U]:
        """Then `step(previous result)` on the network pool."""
        return self._then(_Where.NETWORK, step)

    def _then(self, where: _Where, step: Callable[[Any], Any]) -> Op[Any]:
        chained: Op[Any] = Op(self._ctx, self._parent, (*self._steps, (where, step)))
        chained._finish = self._finish
        return chained

    def always_finish(self) -> Op[T]:
        """Run every step even if the parent is closed or destroyed meanwhile; only the delivery is dropped.

        For work whose end matters more than its answer: a save that must reach the outbox.
        A failure nobody hears any more goes to the log.
        """
        self._finish = True
        return self

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        """`callback(result)` on the GUI thread once every step has run."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op[T]:
        """`callback(exception)` on the GUI thread when a step raised; the later steps do not run.

        Without one, the exception goes to the log.
        """
        self._on_failure = callback
        return self

    def run(self) -> None:
        """Start the first step (call it on the GUI thread)."""
        watch = _Watch(self._parent) if self._parent is not None else None
        self._step(0, None, watch)

    def _step(self, index: int, previous: Any, watch: _Watch | None) -> None:
        if index == len(self._steps):
            gone = watch is not None and watch.gone()
            if watch is not None:
                watch.release()
            if not gone:
                self._on_success(previous)
            return
        if watch is not None and watch.gone() and not self._finish:
            watch.release()
            return
        where, step = self._steps[index]
        runner = self._ctx.store_runner if where is _Where.STORE else self._ctx.network
        runner.run(
            lambda: step(previous),
            on_success=lambda result: self._step(index + 1, result, watch),
            on_failure=lambda exc: self._failed(exc, watch),
        )

    def _failed(self, exc: Exception, watch: _Watch | None) -> None:
        if watch is not None:
            gone = watch.gone()
            watch.release()
            if gone:
                if self._finish:
                    _log_failure(exc)  # work that had to finish did not, and nobody is left to say it
                return
        self._on_failure(exc)


def _ignore(_result: object) -> None:
    return None


def _log_failure(exc: Exception) -> None:
    log.error("background work failed unexpectedly", exc_info=exc)
