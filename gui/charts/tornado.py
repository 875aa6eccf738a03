"""What moves the result: a tornado of the assumptions, each set to its low and to its high with everything else
at its value, the twelve that swing the chosen result most on top.

Bars run from the plan's result (the line down the middle) to the result with the input at its low (one colour)
and at its high (the other). Each row is named by its channel, tactic and parameter and its grade; hover for the
range and the source; double-click a row to open that assumption on the Assumptions tab. core.tornado takes a few
milliseconds on a 100-line plan, so it runs when the chart is on screen, on the UI thread.
"""
from __future__ import annotations

import textwrap

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from market_entry_planner.core.analysis.uncertainty import TORNADO_METRICS
from market_entry_planner.core.assumptions import ANY
from market_entry_planner.core.metrics import METRIC_INFO
from market_entry_planner.core.parameters import HALO_PREFIX, PARAMETERS, parameter
from market_entry_planner.gui.charts.hover import HoverLabel
from market_entry_planner.gui.charts.lazy import BuiltWhenFirstDrawn
from market_entry_planner.gui.charts.panel import ChartPanel
from market_entry_planner.gui.charts.style import OKABE_ITO, CompactAxis, legend_for, palette_colours
from market_entry_planner.gui.i18n import channel_text, data_text, grade_text, parameter_text
from market_entry_planner.gui.models.flighting import festival_text

TOP = 12
BAR = 0.42  # at least; the rest of a row holds the input's name, above its bar (see _layout_rows)
LOW, HIGH = OKABE_ITO["sky_blue"], OKABE_ITO["orange"]


class MetricAxis(CompactAxis):
    """Ticks in the chosen result's unit: money, people, or percent (ROI)."""

    def __init__(self, orientation):
        super().__init__(orientation, money=True)
        self.kind = "money"

    def tickStrings(self, values, scale, spacing):
        if self.kind == "share":
            return [self.formatter.share(v * scale, 0 if spacing * scale >= 0.01 else 1) for v in values]
        self.money = self.kind == "money"
        return super().tickStrings(values, scale, spacing)


class TornadoChart(BuiltWhenFirstDrawn, ChartPanel):
    assumptionChosen = Signal(str)  # the key "channel|tactic|parameter" of a row the user asked to see

    def __init__(self, document, parent=None):
        super().__init__(document, self.tr("What moves the result most"), parent)
        self.metric_box = QComboBox()
        self.metric_box.setToolTip(self.tr("The result whose swing ranks the assumptions"))
        for metric in TORNADO_METRICS:
            self.metric_box.addItem(data_text(METRIC_INFO[metric].label), metric)
        self.metric_box.setCurrentIndex(TORNADO_METRICS.index("contribution"))
        self.metric_box.currentIndexChanged.connect(lambda _: self._results_changed())
        self.controls.insertWidget(1, QLabel(self.tr("Result")))
        self.controls.insertWidget(2, self.metric_box)
        self.rows = None  # the frame drawn: core.tornado's top rows
        self.hint.setText(self.tr("Each assumption at the low and the high of its range, everything else as "
                                  "planned. Hover a bar for the range and its source; double-click it to open "
                                  "the assumption."))
        self._stale = True  # made and worked out when first shown

    def build(self):
        self.axis = MetricAxis("bottom")
        self.plot = self.graphics.addPlot(row=0, col=0, axisItems={"bottom": self.axis})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)  # the largest swing on top
        self.plot.hideAxis("left")  # names sit above their bars, across the whole width
        self.low_bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR, brush=LOW, pen=pg.mkPen(None))
        self.high_bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR, brush=HIGH, pen=pg.mkPen(None))
        self.plot.addItem(self.low_bar)
        self.plot.addItem(self.high_bar)
        self.base_line = pg.InfiniteLine(angle=90, movable=False)
        self.base_line.setZValue(10)
        self.plot.addItem(self.base_line, ignoreBounds=True)
        self.names: list[pg.TextItem] = []
        for _ in range(TOP):
            name = pg.TextItem(anchor=(0, 1))
            name.textItem.document().setDocumentMargin(1)
            name.setZValue(15)
            self.plot.addItem(name, ignoreBounds=True)
            self.names.append(name)
        legend = legend_for(self.graphics, [(self.low_bar, self.tr("Assumption at its low")),
                                            (self.high_bar, self.tr("Assumption at its high"))], columns=2)
        self.graphics.addItem(legend, row=1, col=0)
        self.hover = HoverLabel(self.graphics)
        self.mouse_proxy = pg.SignalProxy(self.graphics.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._clicked)
        self.plot.vb.sigResized.connect(self._layout_rows)
        self._recolour()

    def make_graphics(self):
        return pg.GraphicsLayoutWidget()

    def plots(self):
        return [self.plot] if self._built else []

    @property
    def metric(self) -> str:
        return self.metric_box.currentData()

    def set_metric(self, metric: str):
        self.metric_box.setCurrentIndex(TORNADO_METRICS.index(metric))

    # -- names
    def input_text(self, key: str, kind: str, multiplier: str, fallback: str) -> str:
        """An input's name in the user's language: 'Douyin · Feed ads · CPM', '618 2027 · CPM multiplier'."""
        parts = key.split("|")
        if kind == "assumption" and len(parts) == 3 and (parts[2] in PARAMETERS or parts[2].startswith(HALO_PREFIX)):
            channel, tactic, name = parts
            tactics = self.document.plan.tactics
            channel = self.tr("All channels") if channel == ANY else channel_text(channel)
            tactic = self.tr("all tactics") if tactic == ANY else (
                data_text(tactics[tactic].label) if tactic in tactics else tactic)
            return f"{channel} · {tactic} · {parameter_text(name)}"
        if kind == "festival" and len(parts) == 3:
            festival = next((f for f in self.document.plan.calendar
                             if f.key == parts[0] and str(f.year) == parts[1]), None)
            name = festival_text(festival.label) if festival else parts[0]
            if multiplier == "cpm":
                return self.tr("{0} {1} · CPM multiplier").format(name, parts[1])
            return self.tr("{0} {1} · conversion multiplier").format(name, parts[1])
        return fallback

    def _value_text(self, row) -> str:
        """An input's low – value – high in its own unit."""
        locale = QLocale()
        parts = row["key"].split("|")
        kind = parameter(parts[2]).kind if row["kind"] == "assumption" and parts[-1] in PARAMETERS else "ratio"
        values = (row["low"], row["value"], row["high"])
        if kind == "share":
            texts = [locale.toString(float(v) * 100, "g", 3) + "%" for v in values]
        elif kind == "money":
            texts = ["¥" + locale.toString(float(v), "g", 4) for v in values]
        elif row["kind"] == "festival":
            texts = ["×" + locale.toString(float(v), "g", 3) for v in values]
        else:
            texts = [locale.toString(float(v), "g", 4) for v in values]
        return self.tr("{0} – {1} – {2} (low – planned – high)").format(*texts)

    def _result_text(self, value: float) -> str:
        return self.formatter.kind(METRIC_INFO[self.metric].kind, float(value))

    # -- drawing
    def refresh(self):
        self.ensure_built()
        results = self.document.results
        if results is None or not np.isfinite(results.total[self.metric]):
            self.rows = None
            for bar in (self.low_bar, self.high_bar):
                bar.setOpts(x0=[], y=[], width=[])
            for name in self.names:
                name.setText("")
            if results is not None:  # a sales figure of a plan with no order value or margin yet
                self.plot.setLabel("bottom", self.tr("{0}: set the average order value and gross margin on the "
                                                     "Market tab").format(data_text(METRIC_INFO[self.metric].label)))
            return
        from market_entry_planner.core.analysis.uncertainty import tornado  # pandas loads on first use

        frame = tornado(self.document.plan, self.metric, compiled=self.document.compiled,
                        budgets=self.document.budgets)
        rows = frame[frame["swing"] > 0].head(TOP).reset_index(drop=True)
        self.rows = rows
        kind = METRIC_INFO[self.metric].kind
        self.axis.kind = kind if kind in ("money", "share") else "count"
        self.axis.picture = None
        base = float(frame["base"].iloc[0]) if len(frame) else float(results.total[self.metric])
        low, high = rows["result_low"].to_numpy(dtype=float), rows["result_high"].to_numpy(dtype=float)
        self.base_line.setPos(base)
        self.plot.setLabel("bottom", self.tr("{0} (the line: as planned, {1})").format(
            data_text(METRIC_INFO[self.metric].label), self._result_text(base)))
        ends = np.concatenate([low, high, [base]])
        lo, hi = float(ends.min()), float(ends.max())
        span = max(hi - lo, abs(base) * 0.02, 1e-9)
        self._left = lo - 0.04 * span
        self.plot.setXRange(self._left, hi + 0.04 * span, padding=0)
        for i, name in enumerate(self.names):
            if i < len(rows):
                row = rows.iloc[i]
                text = self.input_text(row["key"], row["kind"], row["multiplier"], row["input"])
                name.setText(f"{text}  [{row['grade']}]")
            else:
                name.setText("")
        self._layout_rows()

    def _layout_rows(self):
        """Each row: the input's name, then its bar; the bar takes what the name leaves (the chart's height)."""
        rows = self.rows
        if rows is None:
            return
        n = max(len(rows), 1)
        label_px = max((name.boundingRect().height() for name in self.names[:n]), default=16.0) or 16.0
        height = max(self.plot.vb.height(), 1.0)
        label = min(label_px * (n + 0.5) / height, 0.7)  # the name's height in rows (the range is about n + ½)
        bar = max(0.16, min(0.6, 1.0 - label - 0.12))
        self.bar_height = bar
        y = np.arange(len(rows), dtype=float)
        base = self.base_line.value()
        low, high = rows["result_low"].to_numpy(dtype=float), rows["result_high"].to_numpy(dtype=float)
        self.low_bar.setOpts(x0=np.minimum(low, base), y=y, width=np.abs(low - base), height=bar)
        self.high_bar.setOpts(x0=np.minimum(high, base), y=y, width=np.abs(high - base), height=bar)
        for i, name in enumerate(self.names[:len(rows)]):
            name.setPos(self._left, i - bar / 2 - 0.02)
        self.plot.setYRange(-bar / 2 - label - 0.06, n - 1 + bar / 2 + 0.08, padding=0)

    def _recolour(self):
        background, foreground = palette_colours()
        self.base_line.setPen(pg.mkPen(foreground, width=1.5))
        backdrop = pg.mkBrush(background.red(), background.green(), background.blue(), 210)
        for name in self.names:  # a name stays readable where the plan's line crosses it
            name.setColor(foreground)
            name.fill = backdrop
            name.update()

    def changeEvent(self, event):
        super().changeEvent(event)
        if self._built:
            self._recolour()

    # -- hover and double-click
    def row_at(self, y: float, x: float | None = None) -> int | None:
        rows = self.rows
        i = int(round(y))
        if rows is None or not 0 <= i < len(rows) or abs(y - i) > getattr(self, "bar_height", BAR) / 2 + 0.05:
            return None
        if x is not None:
            ends = (float(rows["result_low"].iloc[i]), float(rows["result_high"].iloc[i]), self.base_line.value())
            if not min(ends) <= x <= max(ends):
                return None
        return i

    def hover_text(self, i: int) -> str:
        row = self.rows.iloc[i]
        text = [self.input_text(row["key"], row["kind"], row["multiplier"], row["input"]),
                self._value_text(row),
                self.tr("Result at its low {0}, at its high {1}").format(self._result_text(row["result_low"]),
                                                                         self._result_text(row["result_high"])),
                self.tr("Grade {0}: {1}").format(row["grade"], grade_text(row["grade"])),
                self.tr("Feeds %n line(s)", "", int(row["lines"]))]
        if row["source"]:
            source = row["source"] if len(row["source"]) <= 420 else row["source"][:417] + "…"
            text += textwrap.wrap(source, 70)
        if row["kind"] == "festival":
            text.append(self.tr("Festival multipliers are on the workbook's Calendar sheet."))
        else:
            text.append(self.tr("Double-click to open it on the Assumptions tab."))
        return "\n".join(text)

    def _mouse_moved(self, event):
        position = event[0]
        if self.plot.sceneBoundingRect().contains(position):
            point = self.plot.vb.mapSceneToView(position)
            i = self.row_at(point.y())
            if i is not None:
                self.hover.show_at(position, self.hover_text(i))
                return
        self.hover.hide()

    def choose(self, i: int) -> bool:
        """Ask for row i's assumption to be shown (a festival multiplier has no row: nothing happens)."""
        row = self.rows.iloc[i]
        if row["kind"] != "assumption":
            return False
        self.assumptionChosen.emit(row["key"])
        return True

    def _clicked(self, event):
        if not event.double() or self.rows is None:
            return
        position = event.scenePos()
        if self.plot.sceneBoundingRect().contains(position):
            point = self.plot.vb.mapSceneToView(position)
            i = self.row_at(point.y())
            if i is not None and self.choose(i):
                event.accept()
