"""Run slow work off the UI thread and keep only the newest result.

`LatestOnly.submit(fn, *args)` runs `fn(*args)` on a worker thread; `ready` is emitted on the UI
thread with the result of the newest submission only: results of older ones are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, object, object)  # generation, result, error


class _Task(QRunnable):
    def __init__(self, relay: _Relay, generation: int, fn, args):
        super().__init__()
        self.relay, self.generation, self.fn, self.args = relay, generation, fn, args

    def run(self) -> None:
        try:
            result, error = self.fn(*self.args), None
        except Exception as exc:  # reported to the UI thread, never lost
            result, error = None, exc
        self.args = None  # drop the input (a password) as soon as possible
        self.relay.done.emit(self.generation, result, error)


class LatestOnly(QObject):
    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = 0
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # checks queue up; stale ones finish and are dropped
        self._relay = _Relay()
        self._relay.done.connect(self._done)

    def submit(self, fn, *args) -> int:
        self.generation += 1
        self.pool.start(_Task(self._relay, self.generation, fn, args))
        return self.generation

    def cancel(self) -> None:
        """Forget every pending result (e.g. when the page is left)."""
        self.generation += 1
        self.pool.clear()

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def _done(self, generation: int, result, error) -> None:
        if generation != self.generation:
            return  # a newer check was asked for meanwhile
        if error is not None:
            self.failed.emit(error)
        else:
            self.ready.emit(result)
