"""Export a chart to PNG or SVG: a small registry of writers keyed by file type (as Orange's io.py)."""
from __future__ import annotations

from pathlib import Path

import pyqtgraph.exporters as exporters
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# pyqtgraph's own menu entry, translated through our catalogue (it asks Qt for this context)
PYQTGRAPH_STRINGS = (QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),)

WRITERS = {
    ".png": (QT_TRANSLATE_NOOP("ChartPanel", "PNG image (*.png)"), exporters.ImageExporter),
    ".svg": (QT_TRANSLATE_NOOP("ChartPanel", "SVG vector image (*.svg)"), exporters.SVGExporter),
}


def file_filter() -> str:
    return ";;".join(QCoreApplication.translate("ChartPanel", label) for label, _ in WRITERS.values())


def export_chart(item, path: str | Path, width: int | None = None) -> Path:
    """Write a plot item (or a whole scene) to `path`; the suffix picks the format."""
    path = Path(path)
    if path.suffix.lower() not in WRITERS:
        path = path.with_suffix(".png")
    _, writer = WRITERS[path.suffix.lower()]
    exporter = writer(item)
    if width and writer is exporters.ImageExporter:
        exporter.parameters()["width"] = width
    exporter.export(str(path))
    return path
