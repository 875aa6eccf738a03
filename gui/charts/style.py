"""Colours, axes and theme for the charts."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from market_entry_planner.gui.format import Formatter

# Colours for colour-blind readers (Okabe & Ito, "Color Universal Design"): one palette for channels and one for
# kinds of cost, the same in every chart; tactics (which only the Costs chart colours, beside the kinds of cost)
# are shades that no kind of cost uses, so no colour means two things in one chart.
OKABE_ITO = {"orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73", "yellow": "#F0E442",
             "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7", "grey": "#999999"}
CHANNEL_COLOURS = {"douyin": OKABE_ITO["vermillion"], "kuaishou": OKABE_ITO["orange"],
                   "taobao": OKABE_ITO["blue"], "jd": OKABE_ITO["bluish_green"]}
EXTRA_COLOURS = (OKABE_ITO["reddish_purple"], OKABE_ITO["sky_blue"], OKABE_ITO["grey"], OKABE_ITO["yellow"])
COST_COLOURS = {"media": OKABE_ITO["blue"], "kol_fees": OKABE_ITO["reddish_purple"],
                "kol_commission": OKABE_ITO["orange"], "platform_fee": OKABE_ITO["sky_blue"],
                "fulfilment": OKABE_ITO["bluish_green"], "fixed_costs": OKABE_ITO["grey"],
                "agency_fee": OKABE_ITO["vermillion"],
                "sales_costs": OKABE_ITO["yellow"],  # commissions + platform fees + fulfilment + returns, summed
                "deposit": "#882255"}                # hatched: refundable cash out, not a cost
TACTIC_COLOURS = {"feed_ads": "#3933E3", "search_ads": "#7B5CC4", "brand_live": "#B3DDF7", "kol_live": "#8E3B6E",
                  "kol_video": "#F2C4DE"}
# the Scenarios chart's figures, beside its budget-by-channel bars: none is a channel's colour
METRIC_COLOURS = {"reach": OKABE_ITO["sky_blue"], "effective_reach": "#1B3A57", "gmv": OKABE_ITO["reddish_purple"],
                  "cost": OKABE_ITO["grey"], "roi": OKABE_ITO["yellow"]}
EXTRA_TACTIC_COLOURS = ("#5C4A00", "#4F8A10", "#C9A0F0")


def outline(colour, dark: bool | None = None) -> QColor:
    """A bar's edge: a darker shade of its fill on a light background, a lighter one on a dark background, so
    pale and deep fills both stand out. apply_theme redraws the edges when the theme changes."""
    if dark is None:
        dark = palette_colours()[0].lightness() < 128
    return QColor(colour).lighter(180) if dark else QColor(colour).darker(150)


def channel_colour(channel: str, index: int = 0) -> str:
    return CHANNEL_COLOURS.get(channel, EXTRA_COLOURS[index % len(EXTRA_COLOURS)])


def tactic_colour(tactic: str, index: int = 0) -> str:
    return TACTIC_COLOURS.get(tactic, EXTRA_TACTIC_COLOURS[index % len(EXTRA_TACTIC_COLOURS)])


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
    dark = background.lightness() < 128
    for plot in plots:
        for item in plot.items:
            if isinstance(item, pg.BarGraphItem) and item.opts.get("pen") is not None and \
                    isinstance(item.opts.get("brush"), (str, QColor)):
                item.setOpts(pen=pg.mkPen(outline(item.opts["brush"], dark)))
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
