"""Charts whose plots are made the first time they are drawn, not when the window opens.

Making a pyqtgraph plot with its axes, legend and items costs tens of milliseconds; the Calendar, Spend-by-month
and Sensitivity charts together cost more than 100 ms, which the window's cold start (goal: under a second) should
not pay for charts that may never be opened. A chart with this mixin makes its plots in `build()`, called by
`ensure_built()` at the top of its `refresh()`; until then `plots()` is empty and a new display currency is only
remembered.
"""
from __future__ import annotations

from market_entry_planner.gui.charts.style import apply_theme
from market_entry_planner.gui.format import Formatter


class BuiltWhenFirstDrawn:
    _built = False

    def build(self):
        raise NotImplementedError

    def ensure_built(self):
        if not self._built:
            self._built = True
            self.build()
            apply_theme(self.graphics, self.plots())
            self._apply_formatter_to_axes()

    def _apply_formatter_to_axes(self):
        for plot in self.plots():
            for name in ("left", "bottom", "right"):
                axis = plot.getAxis(name)
                if hasattr(axis, "formatter"):
                    axis.formatter = self.formatter
                    axis.picture = None
                    axis.update()

    def set_formatter(self, formatter: Formatter):
        """A new display currency: redrawn now if on screen, else when next shown (as after an edit)."""
        self.formatter = formatter
        if self._built:
            self._apply_formatter_to_axes()
        self.formatter_changed()
        self._results_changed()

    def formatter_changed(self):
        """For tables or labels beside the plots that show money."""
