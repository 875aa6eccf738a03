"""`market-entry-planner --self-test`: prove an installation (or a frozen bundle) works, headless.

Starts Qt offscreen, opens the sample plan in the real main window, estimates it, writes a workbook to a
temporary folder, reads it back and compares. Exit 0 when all is well; otherwise 1, with the reason on
stderr and in a log file (a windowed build has no console to print to).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path


def _log_path() -> Path:
    from platformdirs import user_log_dir

    folder = Path(user_log_dir("market-entry-planner", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "self-test.log"


def _checks(report):
    from market_entry_planner.core.engine.evaluate import estimate
    from market_entry_planner.core.sample import sample_plan
    from market_entry_planner.core.workbook import read_plan, write_plan
    from market_entry_planner.gui.startup import make_application, make_window

    started = time.perf_counter()
    app = make_application()
    report(f"Qt platform: {app.platformName()}")
    plan = sample_plan()
    results = estimate(plan)
    total = results.total
    if not (0 < total["reach"] <= plan.market.target_population):
        raise AssertionError(f"reach {total['reach']} is not within the target population")
    report(f"estimate: reach {total['reach']:,.0f}, GMV ¥{total['gmv']:,.0f}, ROI {total['roi']:.1%}")
    # the optimiser's linear programmes and SLSQP (scipy) are in the installation: a share and a month cap
    from market_entry_planner.core.optimise.constraints import Constraints
    from market_entry_planner.core.optimise.optimiser import optimise
    from market_entry_planner.core.optimise.timing import retime

    shared = optimise(plan, "gmv", at_most=True, constraints=Constraints(channel_shares={"douyin": (0.3, 0.5)}))
    timed = retime(plan, "reach", month_caps={"2027-06": 500_000})
    if not (shared.value_after >= shared.value_before and timed.value_after > timed.value_before):
        raise AssertionError("the optimiser did worse than the plan it started from")
    report(f"optimise: GMV ¥{shared.value_after:,.0f} with Douyin at 30–50%; reach {timed.value_after:,.0f} "
           "with June capped")
    window = make_window()
    window.show()
    app.processEvents()
    if window.document.results is None:
        raise AssertionError("the main window could not estimate the sample plan")
    image = window.grab()
    if image.isNull() or image.width() < 400:
        raise AssertionError("the main window did not paint")
    with tempfile.TemporaryDirectory(prefix="mep-self-test-") as folder:
        path = Path(folder) / "sample.xlsx"
        write_plan(plan, path)
        back = read_plan(path).plan
        if back != plan:
            raise AssertionError("the workbook read back differs from the plan written")
        report(f"workbook: wrote and read back {path.name} ({path.stat().st_size:,} bytes), identical")
    window.document.undo_stack.setClean()
    window.close()
    report(f"self-test passed in {time.perf_counter() - started:.2f} s")


def self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    lines: list[str] = []

    def report(text):
        lines.append(text)
        print(text, flush=True)

    # Qt's own chatter (e.g. the offscreen plugin's size-hint notice) goes to the log, not the console
    qInstallMessageHandler(lambda mode, context, message: lines.append(f"qt: {message}"))

    code = 0
    try:
        _checks(report)
    except Exception as error:  # the point of a self-test: say what failed, never crash silently
        report(f"self-test FAILED: {type(error).__name__}: {error}")
        lines.append(traceback.format_exc())
        print(traceback.format_exc(), file=sys.stderr)
        code = 1
    try:
        _log_path().write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError:
        pass
    return code
