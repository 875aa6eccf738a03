"""Speed of the app: edit → redrawn, and cold start to a painted window.

Run: python tests/benchmarks/bench_gui.py
Targets (issue 4): a budget edit (or one drag step) on a 100-line plan redrawn in a median under 16 ms;
cold start to a painted window, from source, under 1 s.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

def cold_start(runs: int = 5) -> list[float]:
    """From launching `python -m gui.launch` to its first paint (the app prints the time, then quits)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEP_EXIT_AFTER_PAINT": "1"}
    times = []
    for _ in range(runs):
        start = time.time()
        done = subprocess.run([sys.executable, "-m", "market_entry_planner.gui.launch"], capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=60)
        painted = float(next(x for x in done.stdout.splitlines() if x.startswith("painted")).split()[1])
        times.append(painted - start)
    return times


def edit_to_redraw(lines: int = 100, runs: int = 200):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from market_entry_planner.gui.app import make_application
    from market_entry_planner.gui.document import PlanDocument
    from market_entry_planner.gui.window.main_window import MainWindow
    from tests.benchmarks.common import big_plan

    app = make_application()
    window = MainWindow(PlanDocument(big_plan(lines)))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    model = window.plan_model
    column = model.column_of("budget")
    edits, drags = [], []
    for i in range(runs):
        row = i % lines
        t0 = time.perf_counter()
        model.setData(model.index(row, column), 100_000 + 1_000 * i, Qt.EditRole)
        QApplication.processEvents()  # the event loop repaints the table, headline and visible chart once
        edits.append(time.perf_counter() - t0)
    point = window.reach_chart.points["douyin"]
    x, y = point.pos().x(), point.pos().y()
    for i in range(runs):  # what one mouse-move step of a drag costs
        t0 = time.perf_counter()
        point.setPos(x * (1 + 0.001 * (i + 1)), y)
        QApplication.processEvents()
        drags.append(time.perf_counter() - t0)
    window.reach_chart._drag_finished(point)
    window.document.undo_stack.setClean()
    window.close()
    return edits, drags


def main():
    edits, drags = edit_to_redraw()
    print(f"budget edit -> table, headline and charts repainted (100 lines): median {statistics.median(edits)*1e3:.1f} "
          f"ms, p90 {sorted(edits)[int(len(edits)*0.9)]*1e3:.1f} ms over {len(edits)} edits")
    print(f"one drag step -> repainted (100 lines): median {statistics.median(drags)*1e3:.1f} ms, "
          f"p90 {sorted(drags)[int(len(drags)*0.9)]*1e3:.1f} ms over {len(drags)} steps")
    starts = cold_start()
    print(f"cold start to a painted window (from source, offscreen): median {statistics.median(starts):.2f} s, "
          f"best {min(starts):.2f} s over {len(starts)} runs")


if __name__ == "__main__":
    main()
