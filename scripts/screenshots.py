"""Screenshots to look at: every input tab and every chart, at a screen size, in a language, in light and dark
(switched while the app runs, as a user would), written as PNGs.

Run:  python scripts/screenshots.py [--sizes 1366x768 1920x1080] [--languages en it zh_CN] [--out DIR]

Each window is the sample plan, at the size the screen leaves (40 px for a task bar); the first theme is applied
at start and the other switched to while running. Settings go to a temporary folder: the user's are never read or
written. Chinese needs a CJK font on the machine (Debian: fonts-wqy-microhei or fonts-noto-cjk).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["1366x768", "1920x1080"])
    parser.add_argument("--languages", nargs="+", default=["en", "it", "zh_CN"])
    parser.add_argument("--out", default=str(ROOT / "tests" / "output" / "screenshots" / "tour"))
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from market_entry_planner.core.sample import sample_plan
    from market_entry_planner.gui import i18n
    from market_entry_planner.gui.document import PlanDocument
    from market_entry_planner.gui.settings import Settings, configure_application
    from market_entry_planner.gui.theme import apply_scheme
    from market_entry_planner.gui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for size in args.sizes:
        width, height = (int(n) for n in size.split("x"))
        for language in args.languages:
            for first, then in (("light", "dark"), ("dark", "light")):
                with tempfile.TemporaryDirectory() as settings:  # a first start each time
                    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings)
                    i18n.install(app, language)
                    apply_scheme(app, first)
                    window = MainWindow(PlanDocument(sample_plan()), Settings())
                    window.resize(width, height - 40)
                    window.show()
                    app.processEvents()
                    window.plan_tab.select_row(1)
                    apply_scheme(app, then)
                    app.processEvents()
                    tag = f"{size}-{language}-{first}-to-{then}"
                    for index in range(window.inputs.count()):
                        window.inputs.setCurrentIndex(index)
                        app.processEvents()
                        written += window.grab().save(str(out / f"{tag}-tab{index}.png"))
                    window.inputs.setCurrentIndex(0)
                    for index in range(window.charts.count()):
                        window.charts.setCurrentIndex(index)
                        app.processEvents()
                        written += window.grab().save(str(out / f"{tag}-chart{index}.png"))
                    window.document.undo_stack.setClean()
                    window.close()
                    i18n.uninstall(app)
    print(f"{written} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
