"""Speed of importing a year of daily platform reports for 100 lines (36,500 rows) and recalibrating.

Run: python tests/benchmarks/bench_actuals.py
Target (issue 12): import and recalibrate under 1 s. Prints the wall time of each step and the total CPU time,
best of 3 runs, for the four CSV reports (25 lines each, Chinese headers) and for the same rows as .xlsx.
"""
from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

import numpy as np  # noqa: E402

from market_entry_planner.core.actuals.calibration import calibrate  # noqa: E402
from market_entry_planner.core.actuals.matching import match_report  # noqa: E402
from market_entry_planner.core.actuals.reports import read_report  # noqa: E402
from market_entry_planner.core.model import LineItem  # noqa: E402
from market_entry_planner.core.sample import sample_plan  # noqa: E402
from tests.actuals_helpers import HEADERS, TITLES, write_report  # noqa: E402

PLATFORMS = {"qianchuan": "douyin", "magnetic_engine": "kuaishou", "wanxiangtai": "taobao", "jd_jzt": "jd"}
FIRST = date(2027, 1, 1)


def plan_and_reports(folder: Path, suffix: str):
    rng = np.random.default_rng(12)
    lines, files = [], []
    for source, channel in PLATFORMS.items():
        rows = []
        for n in range(25):
            name = f"{channel} feed {n + 1:02d}"
            lines.append(LineItem(channel, "feed_ads", 365_000.0, name, FIRST, date(2027, 12, 31)))
            spend = rng.lognormal(np.log(1_000), 0.2, 365)
            impressions = rng.poisson(spend / 40 * 1000)
            clicks = rng.binomial(impressions, 0.015)
            orders = rng.binomial(clicks, 0.01)
            for d in range(365):
                gmv = orders[d] * 850.0
                rows.append([(FIRST + timedelta(days=d)).isoformat(), name, f"{spend[d]:.2f}", int(impressions[d]),
                             int(clicks[d]), "", int(orders[d]), f"{gmv:.2f}", f"{gmv * 0.3:.2f}"])
        files.append(write_report(folder / f"{source}{suffix}", HEADERS[source]["zh"], rows, title=TITLES[source]))
    return sample_plan().with_lines(lines), files


def run(plan, files) -> dict[str, float]:
    times = {}
    cpu = time.process_time()
    start = time.perf_counter()
    reports = [read_report(path, plan.market.exchange_rates) for path in files]
    times["read"] = time.perf_counter() - start
    mark = time.perf_counter()
    for report in reports:
        plan = match_report(plan, report).apply(plan)
    times["match"] = time.perf_counter() - mark
    mark = time.perf_counter()
    calibration = calibrate(plan)
    times["calibrate"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - start
    times["total CPU"] = time.process_time() - cpu  # on a shared machine the wall time includes waiting for a core
    assert len(plan.actuals) == 36_500 and len(calibration.with_data) == 4 * 4 + 1
    return times


def main():
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {load:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".csv", ".xlsx"):
            plan, files = plan_and_reports(Path(folder), suffix)
            best = min((run(replace(plan), files) for _ in range(3)), key=lambda t: t["total"])
            steps = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in best.items())
            print(f"36,500 daily rows, 100 lines, {suffix}: {steps}  (target: total < 1,000 ms)")


if __name__ == "__main__":
    main()
