"""Speed of the report of the sample plan: content, PDF and PowerPoint, in the app and from the command line.

Run: python tests/benchmarks/bench_report.py
Target (issue 15): the sample plan's report as a PDF in under 2 s, as a PowerPoint deck in under 2 s.

"in the app": File › Export report… in a running app (Qt, pandas and the engine already loaded), content built
(Monte Carlo of 10,000 draws for the P10–P90, tornado, weeks, curves) and the file written.
"command": `market-entry-planner report plan.xlsx -o OUT` as a fresh process, reading the workbook included.
"""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pandas  # noqa: E402,F401 - loaded before Qt, as the app and the command load it
from PySide6.QtGui import QGuiApplication  # noqa: E402

from market_entry_planner.core.report.builder import build_report  # noqa: E402
from market_entry_planner.core.report.pptx_writer import write_pptx  # noqa: E402
from market_entry_planner.core.sample import sample_plan  # noqa: E402
from market_entry_planner.core.workbook import write_plan  # noqa: E402
from market_entry_planner.gui.report.language import ReportLanguage  # noqa: E402
from market_entry_planner.gui.report.pdf import write_pdf  # noqa: E402
from tests.benchmarks.common import timed  # noqa: E402


def seconds(value: float) -> str:
    return f"{value:6.2f} s"


def main():
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.processor() or platform.machine()}")
    plan = sample_plan()
    folder = Path(tempfile.mkdtemp(prefix="bench-report-"))
    print(f"{'language':>8}  {'content':>9}  {'PDF':>9}  {'PPTX':>9}  {'content+PDF':>12}  {'content+PPTX':>13}")
    for code in ("en", "it", "zh_CN"):
        language = ReportLanguage.for_plan(code, plan)

        def content():
            return build_report(plan, translate=language.translate, numbers=language.formatter, language=code)

        report = content()
        built, _ = timed(content, repeat=5, min_time=1.0)
        pdf, _ = timed(lambda: write_pdf(report, language, folder / f"{code}.pdf"), repeat=5, min_time=1.0)
        deck, _ = timed(lambda: write_pptx(report, folder / f"{code}.pptx"), repeat=5, min_time=1.0)
        print(f"{code:>8}  {seconds(built)}  {seconds(pdf)}  {seconds(deck)}  {seconds(built + pdf):>12}  "
              f"{seconds(built + deck):>13}")
    print("in the app: median of >= 5 runs each")

    workbook = write_plan(plan, folder / "plan.xlsx")
    command = [sys.executable, "-m", "market_entry_planner.gui.launch", "report", str(workbook)]
    for suffix in ("pdf", "pptx"):
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run([*command, "-o", str(folder / f"cli.{suffix}")], check=True, capture_output=True, cwd=ROOT)
            runs.append(time.perf_counter() - started)
        print(f"command, {suffix:>4}: {seconds(statistics.median(runs))} (median of 3 fresh processes, reading the "
              f"workbook, imports included)")


if __name__ == "__main__":
    main()
