"""The conftest's own checks: a test that leaves a thread-pool job (in the global pool or a pool of its own) or a
QTimer running fails and names where it was started; one that waits for its job and stops its timer passes.

Runs pytest on a small test file beside a copy of tests/conftest.py, in a folder of its own."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent

LEAKY = '''
import threading

from PySide6.QtCore import QThreadPool, QTimer

release = threading.Event()
kept = []


def test_leaves_a_timer_running(qapp):
    timer = QTimer()
    timer.start(60_000)
    kept.append(timer)


def test_leaves_a_job_in_its_own_pool(qapp):
    pool = QThreadPool()
    pool.start(lambda: release.wait(5))
    kept.append(pool)


def test_leaves_a_job_in_the_global_pool(qapp):
    QThreadPool.globalInstance().start(lambda: release.wait(5))


def test_waits_for_its_job_and_stops_its_timer(qapp, qtbot):
    release.set()
    timer = QTimer()
    timer.start(60_000)
    done = threading.Event()
    pool = QThreadPool()
    pool.start(done.set)
    qtbot.waitUntil(done.is_set)
    pool.waitForDone()
    timer.stop()
    kept.append((timer, pool))
'''


def test_leaked_jobs_and_timers_fail_the_test_that_left_them(tmp_path):
    folder = tmp_path / "tests"
    folder.mkdir()
    shutil.copy(TESTS / "conftest.py", folder / "conftest.py")
    (folder / "__init__.py").write_text("")
    (folder / "test_leaky.py").write_text(LEAKY, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "tests/test_leaky.py"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    out = done.stdout
    assert "4 passed, 3 errors" in out, out[-3000:]  # the leaks fail at teardown, as errors
    for test in ("test_leaves_a_timer_running", "test_leaves_a_job_in_its_own_pool",
                 "test_leaves_a_job_in_the_global_pool"):
        assert f"ERROR tests/test_leaky.py::{test}" in out
    assert "a QTimer (60000 ms, repeating) started at tests/test_leaky.py:12" in out
    assert "a QThreadPool job started at tests/test_leaky.py:18" in out
    assert "a QThreadPool job started at tests/test_leaky.py:23" in out
    assert "ERROR tests/test_leaky.py::test_waits_for_its_job" not in out
