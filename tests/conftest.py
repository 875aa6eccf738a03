"""Test set-up: Qt offscreen before anything imports it, settings and app folders redirected, no stray threads."""
import os
import sys
import tempfile
import traceback
import weakref

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# platformdirs (autosave, logs) must never touch the user's real folders during tests
_HOME = tempfile.mkdtemp(prefix="mep-tests-home-")
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = os.path.join(_HOME, variable.lower())

import pytest

from market_entry_planner.core.sample import sample_plan as _sample_plan

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_OURS = tuple(os.path.join(_ROOT, top) + os.sep for top in ("core", "gui", "tests"))  # not .venv's libraries
POOL_GRACE_MS = 500  # a job whose result the test waited for may still be returning from run()


@pytest.fixture
def sample_plan():
    return _sample_plan()


@pytest.fixture
def qt_settings(qapp, tmp_path):
    """QSettings in a private folder: tests never read or write the user's real settings."""
    from PySide6.QtCore import QSettings

    from market_entry_planner.gui.settings import configure_application

    configure_application(qapp)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture
def window(qtbot, qt_settings):
    """The real main window on the sample plan, shown offscreen; closed without a save prompt afterwards."""
    from tests.gui_helpers import close_without_prompt, make_window

    window = make_window(qtbot)
    yield window
    close_without_prompt(window)


def _where_started() -> str:
    """The innermost place in our code (gui/, core/, tests/; not this file) that started a job or a timer, and the
    test line that led there."""
    ours = [frame for frame in traceback.extract_stack()[:-3]
            if frame.filename.startswith(_OURS) and not frame.filename.endswith("conftest.py")]
    if not ours:
        return "(outside the project)"
    places = [f"{os.path.relpath(f.filename, _ROOT)}:{f.lineno}" for f in (ours[-1], ours[0])]
    return places[0] if places[0] == places[1] else f"{places[0]} (from {places[1]})"


class _Started:
    """Qt objects started during a test, by their C++ address, with where each was started. An object Python owns
    is held weakly (once Python drops it, it is gone and cannot fire); one Qt owns — the global pool, a timer or a
    pool with a parent — strongly, since its Python wrapper may come and go while it lives on."""

    def __init__(self):
        self.entries: dict[int, tuple] = {}

    def add(self, qt_object):
        import shiboken6

        address = shiboken6.getCppPointer(qt_object)[0]
        if address not in self.entries:
            held = weakref.ref(qt_object) if shiboken6.ownedByPython(qt_object) else (lambda o=qt_object: o)
            self.entries[address] = (held, [])
        self.entries[address][1].append(_where_started())

    def alive(self):
        """(object, where it was started) for each object still there."""
        import shiboken6

        for held, places in self.entries.values():
            qt_object = held()
            if qt_object is not None and shiboken6.isValid(qt_object):
                yield qt_object, places


@pytest.fixture(autouse=True)
def no_qt_work_left_running(request, monkeypatch):
    """A test that leaves a thread-pool job (in any QThreadPool, the global one or a pool of its own) or a QTimer
    running fails, and says where each was started — as napari's conftest does. A job or a timer that outlives
    its test fires into the next test's objects, or into deleted ones, and fails somewhere far away.

    Every QThreadPool.start/tryStart and QTimer.start made during the test is recorded; at the end, a pool still
    busy after a short grace, or a timer still active, is a failure. (QTimer.singleShot creates a timer nobody
    can stop: ruff bans it in our code, see pyproject.toml.)"""
    uses_qt = "qapp" in request.fixturenames or "qtbot" in request.fixturenames or "PySide6.QtCore" in sys.modules
    if not uses_qt:  # a core test: Qt is never loaded for it
        yield
        return
    from PySide6.QtCore import QThreadPool, QTimer

    pools, timers = _Started(), _Started()
    pool_start, pool_try_start, timer_start = QThreadPool.start, QThreadPool.tryStart, QTimer.start

    def start(self, runnable, *args, **kwargs):
        pools.add(self)
        return pool_start(self, runnable, *args, **kwargs)

    def try_start(self, runnable, *args, **kwargs):
        started = pool_try_start(self, runnable, *args, **kwargs)
        if started:
            pools.add(self)
        return started

    def start_timer(self, *args, **kwargs):
        timers.add(self)
        return timer_start(self, *args, **kwargs)

    monkeypatch.setattr(QThreadPool, "start", start)
    monkeypatch.setattr(QThreadPool, "tryStart", try_start)
    monkeypatch.setattr(QTimer, "start", start_timer)
    yield

    left = []
    for pool, places in pools.alive():
        if not pool.waitForDone(POOL_GRACE_MS):
            left.append(f"a QThreadPool job started at {places[-1]}"
                        + (f" ({len(places)} jobs started in that pool)" if len(places) > 1 else ""))
            pool.clear()
            pool.waitForDone(30_000)  # do not let it run into the next test
    for timer, places in timers.alive():
        if timer.isActive():
            left.append(f"a QTimer ({timer.interval()} ms, {'single shot' if timer.isSingleShot() else 'repeating'})"
                        f" started at {places[-1]}")
            timer.stop()
    assert not left, ("the test left Qt work running (stop it, or wait for it, before the test ends: close the "
                      "window, qtbot.waitSignal / waitUntil for a job's result):\n  " + "\n  ".join(left))


@pytest.fixture(autouse=True)
def no_modal_dialogs(request, monkeypatch):
    """A modal dialog nobody patched would block an offscreen test forever: make it fail instead."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"an unexpected modal dialog opened: {args[1:3]}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    yield


@pytest.fixture(autouse=True)
def private_app_folders(tmp_path, monkeypatch):
    """Autosaves, crash reports and logs of one test are never seen by another."""
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "xdg" / variable.lower()))
