"""Long work off the UI thread: a QRunnable that returns its result (or error) by signal.

No widget is touched from the worker; the window shows a progress dialog that can be cancelled, and a
cancelled job's result is simply dropped when it arrives.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, function, *args):
        super().__init__()
        self.function, self.args = function, args
        self.signals = _Signals()
        self.cancelled = False
        self.setAutoDelete(False)

    def run(self):
        try:
            result = self.function(*self.args)
        except Exception as error:  # handed to the UI thread, which says what went wrong
            if not self.cancelled:
                self.signals.failed.emit(error)
            return
        if not self.cancelled:
            self.signals.finished.emit(result)

    def cancel(self):
        self.cancelled = True


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
