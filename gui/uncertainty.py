"""How sure: the Monte Carlo behind the headline's P10–P90 bands, run off the UI thread once edits settle.

An edit never waits for it. Each edit cancels the run in progress (it stops at its next chunk) and restarts a
short timer; when the edits pause (a drag, a spin box held down) one run starts in a worker on a snapshot of the
plan, reports progress, and hands its result back by signal. The seed is fixed, so the bands move only when the
plan does, and each assumption row keeps its own random stream (see core.uncertainty).

The worker runs at the lowest priority, in a pool of its own with one thread. On a machine whose cores are busy a
normal-priority Monte Carlo took the UI thread's core half the time and doubled an edit's redraw (23 → 48 ms on
100 lines, 2 cores); at the lowest priority the edit does not notice it. Linux ignores Qt's thread priorities, so
there the thread's nice value is raised; an unprivileged process cannot lower it again, which is why the thread
is the Monte Carlo's own and never runs anyone else's work.
"""
from __future__ import annotations

import logging
import os
import sys
import threading

import numpy as np
from PySide6.QtCore import QLocale, QObject, QThread, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressBar

from market_entry_planner.gui import workers
from market_entry_planner.gui.document import PlanDocument

DRAWS = 10_000
SEED = 0
DEBOUNCE_MS = 300
# Linux nice of the worker: at 10 the UI thread gets ~90% of a core they share, and a Monte Carlo still gets ~10%
# of one when every core is taken by other programs (at 19 it was starved: seconds, not a quarter of one)
NICE = 10
# what the headline shows a band for, and what its details need
METRICS = ("reach", "reach_pct", "effective_reach", "effective_reach_pct", "gmv", "contribution", "roi")


class _Events(QObject):
    progress = Signal(float)  # fraction of the draws done


class MonteCarloJob(workers.Job):
    """One Monte Carlo on a snapshot of the plan; cancelling stops it at its next chunk."""

    def __init__(self, plan, compiled, budgets: np.ndarray, draws: int = DRAWS, seed: int = SEED):
        super().__init__(self._simulate)
        self.plan, self.compiled, self.budgets, self.draws, self.seed = plan, compiled, budgets, draws, seed
        self.events = _Events()
        self.ended = False

    def _simulate(self):
        from market_entry_planner.core.analysis.uncertainty import (
            monte_carlo,  # pandas loads in the worker, not at start-up
        )

        return monte_carlo(self.plan, self.draws, self.seed, compiled=self.compiled, budgets=self.budgets,
                           metrics=METRICS, progress=self._progress)

    def _progress(self, fraction: float) -> bool:
        self.events.progress.emit(fraction)
        return not self.cancelled

    def run(self):
        _give_way()
        try:
            super().run()
        finally:
            self.ended = True  # the worker has returned: the job may be let go


def _give_way():
    """Lowest priority for the calling (worker) thread: an edit on the UI thread goes first."""
    QThread.currentThread().setPriority(QThread.LowestPriority)  # Windows, macOS
    if sys.platform.startswith("linux"):  # per-thread nice: Qt's priorities are ignored there
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)
        except OSError:
            pass


class UncertaintyRunner(QObject):
    """Keeps one Monte Carlo of the current plan: debounced after edits, the previous run cancelled."""

    stale = Signal()            # the plan changed: the bands shown belong to an earlier plan
    started = Signal()
    progress = Signal(int)      # percent of the current run
    finished = Signal(object)   # a MonteCarlo of the current plan, or None when the plan cannot be estimated
    failed = Signal(str)

    def __init__(self, document: PlanDocument, parent=None, delay_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.document = document
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run_now)
        self.pool = QThreadPool(self)  # its own thread, at the lowest priority (see the module's docstring)
        self.pool.setMaxThreadCount(1)
        self.job: MonteCarloJob | None = None
        self.result = None
        self._jobs: list[MonteCarloJob] = []  # started jobs, kept alive until their worker has returned
        document.resultsChanged.connect(self.schedule)

    @property
    def running(self) -> bool:
        return self.job is not None

    def schedule(self):
        """After an edit: cancel the run in progress and start again once the edits pause."""
        self.cancel()
        self.stale.emit()
        self.timer.start()

    def cancel(self):
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def stop(self, wait_ms: int = 5000) -> bool:
        """The window closes: nothing more starts, the run in progress stops at its next chunk (a few ms)."""
        self.timer.stop()
        self.cancel()
        return self.pool.waitForDone(wait_ms)

    def run_now(self) -> MonteCarloJob | None:
        self.timer.stop()
        self.cancel()
        self._jobs = [job for job in self._jobs if not job.ended]
        document = self.document
        if document.compiled is None or document.results is None:
            self.result = None
            self.finished.emit(None)
            return None
        job = MonteCarloJob(document.plan, document.compiled, document.budgets)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.events.progress.connect(self._progress)
        self.job = job
        self._jobs.append(job)
        self.started.emit()
        self.progress.emit(0)
        self.pool.start(job)
        return job

    def _current(self, signals) -> bool:
        return self.job is not None and signals in (self.job.signals, self.job.events)

    def _progress(self, fraction: float):
        if self._current(self.sender()):
            self.progress.emit(int(round(fraction * 100)))

    def _finished(self, result):
        if self._current(self.sender()):
            self.job = None
            self.result = result
            self.finished.emit(result)

    def _failed(self, error):
        if self._current(self.sender()):
            self.job = None
            logging.getLogger(__name__).error("the Monte Carlo failed: %r", error)
            self.failed.emit(f"{type(error).__name__}: {error}")


class UncertaintyProgress(QProgressBar):
    """A small bar in the status bar while the ranges are being worked out."""

    def __init__(self, runner: UncertaintyRunner, parent=None):
        super().__init__(parent)
        self.setRange(0, 100)
        self.setMaximumWidth(170)
        self.setMaximumHeight(16)
        self.setFormat(self.tr("Ranges %p%"))
        self.setToolTip(self.tr("Working out the P10–P90 ranges: {0} plans drawn from the assumptions' low–high "
                                "ranges. Editing starts it again.").format(QLocale().toString(DRAWS)))
        self.hide()
        runner.started.connect(self.show)
        runner.progress.connect(self.setValue)
        runner.finished.connect(self.hide)
        runner.failed.connect(self.hide)
        runner.stale.connect(self.hide)
