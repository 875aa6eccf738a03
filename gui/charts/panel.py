"""A chart with a small header: its title, optional controls, and an Export button."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from market_entry_planner.gui import theme
from market_entry_planner.gui.charts.export import export_chart, file_filter
from market_entry_planner.gui.charts.style import apply_theme
from market_entry_planner.gui.document import PlanDocument
from market_entry_planner.gui.format import Formatter


class ChartPanel(QWidget):
    exported = Signal(str)

    def __init__(self, document: PlanDocument, title: str, parent=None):
        super().__init__(parent)
        self.document = document
        self.formatter = Formatter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        header = QHBoxLayout()
        self.title = QLabel(f"<b>{title}</b>")
        header.addWidget(self.title)
        header.addStretch(1)
        self.controls = header
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG or SVG file"))
        self.export_button.clicked.connect(self.ask_export)
        header.addWidget(self.export_button)
        layout.addLayout(header)
        self.graphics = self.make_graphics()
        layout.addWidget(self.graphics, 1)
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        theme.set_muted(self.hint)
        layout.addWidget(self.hint)
        self._stale = False
        self.graphics.viewport().installEventFilter(self)  # the mouse leaving the chart hides its hover box
        document.resultsChanged.connect(self._results_changed)

    def hide_hover(self):
        """A hover box shows figures of the plan under the mouse: gone when the mouse leaves or the plan changes
        (an edit, undo, another scenario), so it never shows an earlier plan's numbers."""
        hover = getattr(self, "hover", None)
        if hover is not None:
            hover.hide()

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Leave:
            self.hide_hover()
        return super().eventFilter(watched, event)

    def hideEvent(self, event):
        self.hide_hover()
        super().hideEvent(event)

    def _results_changed(self):
        """Charts on hidden tabs wait until they are shown: edits stay fast."""
        self.hide_hover()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event):
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def make_graphics(self) -> pg.GraphicsView:
        return pg.PlotWidget()

    def plots(self):
        return [self.graphics.getPlotItem()] if isinstance(self.graphics, pg.PlotWidget) else []

    def export_item(self):
        """What Export writes: the plot (a PlotWidget) or the whole scene (several plots)."""
        plots = self.plots()
        return plots[0] if len(plots) == 1 else self.graphics.scene()

    def export(self, path) -> str:
        if self._stale:
            self._stale = False
            self.refresh()
        return str(export_chart(self.export_item(), path, width=1600))

    def ask_export(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), "", file_filter())
        if path:
            self.exported.emit(self.export(path))

    def set_formatter(self, formatter: Formatter):
        self.formatter = formatter
        for plot in self.plots():
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                if hasattr(axis, "formatter"):
                    axis.formatter = formatter
                    axis.picture = None
                    axis.update()
        self.refresh()

    def changeEvent(self, event):
        if event.type() == QEvent.PaletteChange:
            apply_theme(self.graphics, self.plots())
        super().changeEvent(event)

    def refresh(self):
        raise NotImplementedError
