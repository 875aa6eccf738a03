"""Render a page of the sample plan's report to docs/report-page.png, the picture in the README's tour.

Run:  python scripts/render_report_preview.py                      the headline page, in English
      python scripts/render_report_preview.py --page plan --language zh_CN --output /tmp/plan-zh.png

The page is painted exactly as in the PDF (gui/report/pages.py), on an image instead of a PDF page. Run it again
when the report's look changes, and commit the picture.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pandas  # noqa: E402,F401 - before Qt (see gui/report/command.py)
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402

from market_entry_planner.core.report.builder import build_report  # noqa: E402
from market_entry_planner.core.report.content import SLIDE_HEIGHT, SLIDE_WIDTH  # noqa: E402
from market_entry_planner.core.sample import sample_plan  # noqa: E402
from market_entry_planner.gui.report.language import ReportLanguage  # noqa: E402
from market_entry_planner.gui.report.pdf import paint_pages  # noqa: E402


def render(page: str = "headline", language: str = "en", width: int = 1600, output: Path | None = None) -> Path:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
    plan = sample_plan()
    words = ReportLanguage.for_plan(language, plan)
    report = build_report(plan, translate=words.translate, numbers=words.formatter, language=language)
    keys = [slide.key for slide in report.slides]
    number = keys.index(page) + 1 if page in keys else int(page)
    image = QImage(width, round(width * SLIDE_HEIGHT / SLIDE_WIDTH), QImage.Format_RGB32)
    image.fill(Qt.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    rendering = paint_pages(painter, report, words, lambda: QRectF(0, 0, image.width(), image.height()),
                            lambda: None, [number])
    painter.end()
    if not rendering.clean:
        raise SystemExit(f"the page does not paint cleanly: {rendering.problems or rendering.overlaps}")
    output = output or ROOT / "docs" / "report-page.png"
    output.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(output))
    return output


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", default="headline", help="a slide's key (headline, plan, chart:reach…) or number")
    parser.add_argument("--language", default="en", choices=("en", "it", "zh_CN"))
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    print(f"Wrote {render(args.page, args.language, args.width, args.output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
