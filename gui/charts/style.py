"""Colours, axes and theme for the charts."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from market_entry_planner.gui.format import Formatter

CHANNEL_COLOURS = {"douyin": "#e15759", "kuaishou": "#f28e2b", "taobao": "#4e79a7", "jd": "#59a14f"}
EXTRA_COLOURS = ("#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac")
TACTIC_COLOURS = {"feed_ads": "#4e79a7", "search_ads": "#76b7b2", "kol_live": "#e15759", "brand_live": "#f28e2b",
                  "kol_video": "#b07aa1"}
COST_COLOURS = ("#4e79a7", "#b07aa1", "#e15759", "#f28e2b", "#edc948", "#9c755f", "#76b7b2")


def channel_colour(channel: str, index: int = 0) -> str:
    return CHANNEL_COLOURS.get(channel, EXTRA_COLOURS[index % len(EXTRA_COLOURS)])


def tactic_colour(tactic: str, index: int = 0) -> str:
    return TACTIC_COLOURS.get(tactic, EXTRA_COLOURS[index % len(EXTRA_COLOURS)])


class CompactAxis(pg.AxisItem):
    """Ticks that read 500k, 1.5m, ¥2m rather than 1.5e+06."""

    def __init__(self, orientation, money: bool = False, **kwargs):
        super().__init__(orientation, **kwargs)
        self.money = money
        self.formatter = Formatter()
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal, maxVal, size):
        """Money ticks at round values of the display currency (€10k, €20k), not at round yuan shown in euros
        (€12.2k, €36.6k)."""
        rate = self.formatter.rate if self.money else 1.0
        if rate == 1.0 or not rate:
            return super().tickValues(minVal, maxVal, size)
        levels = super().tickValues(minVal / rate, maxVal / rate, size)
        return [(spacing * rate, [value * rate for value in values]) for spacing, values in levels]

    def tickStrings(self, values, scale, spacing):
        out = []
        for value in values:
            value = value * scale
            text = self.formatter.compact(abs(value) / (self.formatter.rate if self.money else 1), 1, trim=True)
            sign = "−" if value < 0 else ""
            out.append(f"{sign}{self.formatter.symbol if self.money else ''}{text}")
        return out


def palette_colours() -> tuple[QColor, QColor]:
    """(background, foreground) from the application palette, so charts follow light and dark mode."""
    palette = QApplication.instance().palette() if QApplication.instance() else QPalette()
    return palette.color(QPalette.Base), palette.color(QPalette.Text)


def apply_theme(plot_widget: pg.PlotWidget | pg.GraphicsLayoutWidget, plots=()):
    background, foreground = palette_colours()
    plot_widget.setBackground(background)
    for plot in plots:
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
        plot.titleLabel.setText(plot.titleLabel.text, color=foreground.name())
        if plot.legend is not None:
            recolour_legend(plot.legend, foreground)
    for legend in getattr(plot_widget, "legends", []):
        recolour_legend(legend, foreground)


def recolour_legend(legend: pg.LegendItem, colour: QColor):
    """LegendItem.setLabelTextColor only changes the colour of labels added later: draw the present ones again."""
    legend.setLabelTextColor(colour)
    for _sample, label in legend.items:
        label.setText(label.text, color=colour.name())


def legend_for(plot_widget, items, columns: int = 2) -> pg.LegendItem:
    """A legend laid out below the plot (never over the data), in the palette's text colour."""
    _, foreground = palette_colours()
    legend = pg.LegendItem(colCount=columns, labelTextColor=foreground, labelTextSize="9pt")
    for item, name in items:
        legend.addItem(item, name)
    if not hasattr(plot_widget, "legends"):
        plot_widget.legends = []
    plot_widget.legends.append(legend)  # so a theme change recolours it
    return legend
