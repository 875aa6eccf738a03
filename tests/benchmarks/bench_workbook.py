"""Speed of the workbook: export and import of a 10,000-line plan, with pandas.read_excel as the yardstick.

Run: python tests/benchmarks/bench_workbook.py [LINES]
Goals: import within 2× of pandas.read_excel(engine="calamine") of the same file's Plan sheet (issue 10);
export under 3 s (issue 3).
Import passes the safety gate (every part of the zip decompressed and checked), reads what a plan needs (Plan,
Assumptions, Market, Tactics, Calendar, Lists, _meta) with python-calamine after a scan of each sheet's XML, and
checks every cell; pandas reads the Plan sheet into a frame and checks nothing. Both are timed in wall time and in
CPU time of this process (the machine may be shared: CPU time is the steadier figure).
Export streams the Plan and Results rows as XML (core/workbook/streaming.py); build_workbook, which makes
every cell an openpyxl cell, is no longer on the export path and is not timed.
"""
from __future__ import annotations

import importlib.util
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

import openpyxl  # noqa: E402
import pandas as pd  # noqa: E402

from market_entry_planner.core.engine.evaluate import estimate  # noqa: E402
from market_entry_planner.core.workbook import read_plan, write_plan  # noqa: E402
from tests.benchmarks.common import big_plan  # noqa: E402


def timed(fn, repeat: int, clock=time.perf_counter) -> tuple[float, float]:
    """(median, best) seconds of `repeat` calls: these take seconds, so a few runs are enough."""
    samples = []
    for _ in range(repeat):
        started = clock()
        fn()
        samples.append(clock() - started)
    return statistics.median(samples), min(samples)


def s(seconds: float) -> str:
    return f"{seconds:7.3f} s"


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
          f"openpyxl {openpyxl.__version__}, pandas {pd.__version__}")
    plan = big_plan(lines)
    results = {0: estimate(plan)}
    folder = Path(tempfile.mkdtemp(prefix="bench-workbook-"))
    path = folder / "plan.xlsx"
    write_plan(plan, path)
    print(f"{lines:,} lines, {path.stat().st_size / 2**20:.1f} MB; median and best of {repeat} runs")

    rows = []
    rows.append(("export: write_plan (estimate + all sheets + save)", *timed(lambda: write_plan(plan, path), repeat)))
    rows.append(("  write_plan with results given (no estimate)", *timed(lambda: write_plan(plan, path, results),
                                                                       repeat)))
    rows.append(("import: read_plan", *timed(lambda: read_plan(path), repeat)))
    rows.append(("yardstick: pandas.read_excel(Plan, engine=openpyxl)",
                 *timed(lambda: pd.read_excel(path, sheet_name="Plan", engine="openpyxl"), repeat)))
    calamine = importlib.util.find_spec("python_calamine") is not None
    if calamine:
        rows.append(("yardstick: pandas.read_excel(Plan, engine=calamine)",
                     *timed(lambda: pd.read_excel(path, sheet_name="Plan", engine="calamine"), repeat)))
        rows.append(("import: read_plan, CPU time", *timed(lambda: read_plan(path), repeat, time.process_time)))
        rows.append(("yardstick: pandas calamine, CPU time",
                     *timed(lambda: pd.read_excel(path, sheet_name="Plan", engine="calamine"), repeat,
                            time.process_time)))
    width = max(len(r[0]) for r in rows)
    print(f"{'':{width}}  {'median':>9}  {'best':>9}")
    for label, median, best in rows:
        print(f"{label:{width}}  {s(median):>9}  {s(best):>9}")
    figures = {label: best for label, _, best in rows}
    export = rows[0][1]
    print(f"export {'under' if export < 3 else 'OVER'} 3 s")
    if calamine:
        wall = figures["import: read_plan"] / figures["yardstick: pandas.read_excel(Plan, engine=calamine)"]
        cpu = figures["import: read_plan, CPU time"] / figures["yardstick: pandas calamine, CPU time"]
        print(f"import / pandas(calamine), best of {repeat}: wall {wall:.2f}, CPU {cpu:.2f}  (goal <= 2.00)")
    else:
        print("python-calamine is not installed: no calamine yardstick")
    back = read_plan(path).plan
    assert len(back.lines) == lines and abs(back.total_budget - plan.total_budget) < 0.005 * lines


if __name__ == "__main__":
    main()
