"""Start the desktop app: `market-entry-planner [PLAN.xlsx]`, or `--self-test` to check an installation."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from market_entry_planner.gui.startup import make_application, make_window


def _parse(argv):
    parser = argparse.ArgumentParser(prog="market-entry-planner", add_help=False)
    parser.add_argument("plan", nargs="?", help="a plan workbook to open (default: the bundled sample)")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--language", choices=["system", "en", "it", "zh_CN"],
                        help="the language of the app for this run (default: the preference, or the system's)")
    return parser.parse_args(argv)


def run(argv) -> int:
    args = _parse(argv)
    if args.self_test:
        from market_entry_planner.gui.selftest import self_test

        return self_test()
    if args.plan and not Path(args.plan).exists():
        print(f"error: {args.plan}: the file does not exist.", file=sys.stderr)
        return 2
    app = make_application(language=args.language)
    window = make_window(args.plan)
    if os.environ.get("MEP_EXIT_AFTER_PAINT"):
        _exit_after_first_paint(app, window)
    else:
        install_crash_handler(window)
    window.show()
    if not os.environ.get("MEP_EXIT_AFTER_PAINT"):
        offer_recovery(window)
    return app.exec()


def install_crash_handler(window):
    """An unhandled exception writes a report and an autosave, says where both are, and the app goes on."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from market_entry_planner.gui import recovery

    busy = []

    def handler(error_type, error, trace):
        if busy or issubclass(error_type, KeyboardInterrupt):
            return sys.__excepthook__(error_type, error, trace)
        busy.append(True)
        try:
            report = recovery.write_crash_report(error_type, error, trace)
            saved = window.autosave_now() or window.autosave.write(window.document.plan, window.document.path)
            # the main window's context: window.tr() would look there, but lupdate would file it under "window"
            title = QCoreApplication.translate("MainWindow", "Something went wrong")
            text = QCoreApplication.translate(
                "MainWindow",
                "Market Entry Planner hit an error it did not expect:\n{0}: {1}\n\nYour plan was saved to\n{2}\n"
                "and a report for the developers to\n{3}\n\nYou can go on working; saving now under a new name "
                "is a good idea.").format(error_type.__name__, error, saved, report)
            QMessageBox.critical(window, title, text)
        finally:
            busy.clear()

    sys.excepthook = handler
    return handler


def offer_recovery(window):
    """A plan autosaved by a session that did not close normally: ask whether to recover it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from market_entry_planner.gui import recovery

    for path in recovery.leftovers(exclude=window.autosave.path)[:1]:
        try:
            _, source, saved = recovery.read_autosave(path)
        except (OSError, ValueError, KeyError):
            path.unlink(missing_ok=True)
            continue
        origin = QCoreApplication.translate("MainWindow", " (from {0})").format(source.name) if source else ""
        text = QCoreApplication.translate(
            "MainWindow",
            "Market Entry Planner did not close normally last time. A plan with unsaved changes was autosaved at "
            "{0}{1}.\n\nRecover it?").format(saved.replace("T", " "), origin)
        answer = QMessageBox.question(window, QCoreApplication.translate("MainWindow", "Recover unsaved work?"), text,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer == QMessageBox.Yes:
            window.recover(path)
        else:
            path.unlink(missing_ok=True)


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
