"""Start the desktop app: `market-entry-planner [PLAN.xlsx]`, or `--self-test` to check an installation."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _parse(argv):
    parser = argparse.ArgumentParser(prog="market-entry-planner", add_help=False)
    parser.add_argument("plan", nargs="?", help="a plan workbook to open (default: the bundled sample)")
    parser.add_argument("--self-test", action="store_true")
    return parser.parse_args(argv)


def make_application(argv=()):
    from PySide6.QtWidgets import QApplication

    from gui.settings import configure_application
    from gui.theme import apply_scheme, follow_system

    from gui.settings import Settings

    app = QApplication.instance() or QApplication(["market-entry-planner", *argv])
    configure_application(app)
    settings = Settings()
    apply_scheme(app, str(settings.value("view/theme", "system")))
    follow_system(app, lambda: str(Settings().value("view/theme", "system")))
    return app


def make_window(plan_path: str | None = None):
    from core.benchmarks import sample_plan
    from gui.document import PlanDocument
    from gui.mainwindow import MainWindow

    document = PlanDocument(sample_plan())
    window = MainWindow(document)
    if plan_path:
        window.open_path(plan_path)
    return window


def run(argv) -> int:
    args = _parse(argv)
    if args.self_test:
        from gui.selftest import self_test

        return self_test()
    if args.plan and not Path(args.plan).exists():
        print(f"error: {args.plan}: the file does not exist.", file=sys.stderr)
        return 2
    app = make_application()
    window = make_window(args.plan)
    if os.environ.get("MEP_EXIT_AFTER_PAINT"):
        _exit_after_first_paint(app, window)
    window.show()
    return app.exec()


def _exit_after_first_paint(app, window):
    """For the start-up benchmark: print the wall-clock time of the first paint and quit."""
    import time

    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Paint:
                print(f"painted {time.time():.6f}", flush=True)
                window.document.undo_stack.setClean()
                app.exit(0)
            return False

    window.installEventFilter(FirstPaint(window))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(run(sys.argv[1:]))
