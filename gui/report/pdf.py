"""The report as a PDF (QPdfWriter, A4 landscape, one slide a page, fonts embedded) or on a printer (QPrinter):
both paint the same pages with gui/report/pages.py."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from market_entry_planner.core.report.content import Report
from market_entry_planner.gui.report.canvas import Canvas
from market_entry_planner.gui.report.language import ReportLanguage
from market_entry_planner.gui.report.pages import PagePainter, fit_page

RESOLUTION = 1200  # dots per inch of the PDF's coordinates: text is placed to 1/1200 in
PAGE_MARGIN_PT = 22.0


class Rendering:
    """What painting found: texts that did not fit their box and texts that overlap, per page (none when right)."""

    def __init__(self):
        self.problems: dict[int, list[str]] = {}
        self.overlaps: dict[int, list[tuple[str, str]]] = {}

    def add(self, page: int, canvas: Canvas):
        if canvas.problems:
            self.problems[page] = list(canvas.problems)
        overlaps = canvas.overlaps()
        if overlaps:
            self.overlaps[page] = overlaps

    @property
    def clean(self) -> bool:
        return not self.problems and not self.overlaps


def paint_pages(painter: QPainter, report: Report, language: ReportLanguage, page_rect, new_page,
                pages: list[int] | None = None) -> Rendering:
    """Paint the report's slides (or the 1-based `pages` of them), calling `new_page()` between them."""
    rendering = Rendering()
    chosen = pages or list(range(1, len(report.slides) + 1))
    for k, number in enumerate(chosen):
        if k:
            new_page()
        painter.save()
        fit_page(painter, page_rect(), PAGE_MARGIN_PT * painter.device().logicalDpiY() / 72.0)
        canvas = Canvas(painter, language.fonts, language.formatter)
        PagePainter(canvas, report).paint(report.slides[number - 1], number)
        painter.restore()
        rendering.add(number, canvas)
    return rendering


def write_pdf(report: Report, language: ReportLanguage, path) -> tuple[Path, Rendering]:
    """Write the PDF atomically (a temporary file beside the target, then a rename)."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.tmp", dir=path.parent or ".")
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(RESOLUTION)
        writer.setTitle(report.title)
        writer.setCreator("Market Entry Planner")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape, QMarginsF(0, 0, 0, 0)))
        painter = QPainter(writer)
        painter.setRenderHint(QPainter.Antialiasing)
        try:
            rendering = paint_pages(painter, report, language,
                                    lambda: QRectF(0, 0, writer.width(), writer.height()), writer.newPage)
        finally:
            painter.end()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path, rendering


def print_report(report: Report, language: ReportLanguage, printer) -> Rendering:
    """Paint the report on a printer the user set up (QPrintDialog): landscape, one slide a page."""
    printer.setPageOrientation(QPageLayout.Landscape)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"the printer {printer.printerName() or ''} could not start".strip())
    painter.setRenderHint(QPainter.Antialiasing)
    try:
        first, last = printer.fromPage(), printer.toPage()
        pages = list(range(max(first, 1), min(last, len(report.slides)) + 1)) if first and last else None
        return paint_pages(painter, report, language,
                           lambda: printer.pageLayout().paintRectPixels(printer.resolution()).toRectF()
                           .translated(-printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()),
                           printer.newPage, pages)
    finally:
        painter.end()
