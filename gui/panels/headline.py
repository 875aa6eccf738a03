"""The headline strip: the plan's totals in big numbers, each with its change since the last edit."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from market_entry_planner.gui import theme
from market_entry_planner.gui.document import PlanDocument
from market_entry_planner.gui.format import Formatter

# what a figure's colour says; the colours themselves come from the theme (readable in light and dark)
GOOD, BAD, NEUTRAL, TEXT = "good", "bad", "neutral", "text"


def _font(pixel_size: int, weight=QFont.Normal) -> QFont:
    font = QFont(QApplication.font())
    font.setPixelSize(pixel_size)
    font.setWeight(weight)
    return font


def paint(label: QLabel, meaning: str):
    """Colour a label's text by what it means, in the current palette's colours. Set on the label's own palette
    (not a style sheet): the strip paints them again when the theme changes."""
    app_palette = QApplication.instance().palette()
    colour = app_palette.color(QPalette.WindowText) if meaning == TEXT else QColor(theme.status_colour(meaning))
    palette = label.palette()
    palette.setColor(QPalette.WindowText, colour)
    label.setPalette(palette)
    label.setProperty("meaning", meaning)


class Tile(QFrame):
    def __init__(self, title: str, tip: str, parent=None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.StyledPanel)
        self.setToolTip(tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.title = QLabel(title)
        self.value = QLabel("–")
        self.value.setFont(_font(20, QFont.DemiBold))
        self.detail = QLabel("")
        self.delta = QLabel("")
        self.band = QLabel("")  # P10–P90, for the totals the Monte Carlo covers
        for label in (self.title, self.detail, self.delta, self.band):
            label.setFont(_font(11))
        for label in (self.title, self.value, self.detail, self.band, self.delta):
            paint(label, NEUTRAL if label is self.title else TEXT)
            layout.addWidget(label)
        # the strip's height is fixed; every tile fills it, so a tile whose labels hold taller (CJK) glyphs
        # does not stand out from its neighbours
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def show_value(self, text: str, detail: str = "", delta: str = "", colour: str = NEUTRAL):
        self.value.setText(text)
        self.detail.setText(detail)
        self.delta.setText(delta)
        if colour != self.delta.property("meaning"):
            paint(self.delta, colour)

    def repaint_colours(self):
        """The theme changed: every label again in the new palette's colour for what it means."""
        for label in (self.title, self.value, self.detail, self.band, self.delta):
            paint(label, label.property("meaning") or TEXT)


class HeadlineStrip(QWidget):
    # key, kind, higher is better (None: neither)
    METRICS = (("budget", "money", None), ("reach", "count", True), ("frequency", "ratio", None),
               ("effective_reach", "count", True), ("cost", "money", None), ("gmv", "money", True),
               ("roas", "ratio", True), ("roi", "share", True))

    NEED_MARKET = ("cost", "gmv", "roas", "roi")  # figures that need the brand's order value and margin

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.formatter = Formatter()
        titles = {
            "budget": (self.tr("Budget"), self.tr("What the plan pays up front: media, KOL fees, livestream hours")),
            "reach": (self.tr("Reach"), self.tr("Different people of the target group reached at least once, "
                                                "deduplicated across lines and channels")),
            "frequency": (self.tr("Frequency"), self.tr("Average exposures per person reached")),
            "effective_reach": (self.tr("Effective reach"),
                                self.tr("People reached at least the effective frequency")),
            "cost": (self.tr("Total cost"), self.tr("Budget + agency fee + channel fixed costs + KOL commissions + "
                                                    "platform fees + fulfilment + returns handling")),
            "gmv": (self.tr("GMV"), self.tr("Gross merchandise value of the orders, before returns")),
            "roas": (self.tr("ROAS"), self.tr("GMV ÷ budget: what Chinese platforms call ROI (投产比)")),
            "roi": (self.tr("Profit ROI"), self.tr("(Contribution − marketing cost) ÷ marketing cost: what the plan "
                                                   "earns after paying for itself")),
        }
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        self.tiles: dict[str, Tile] = {}
        for key, _, _ in self.METRICS:
            tile = Tile(*titles[key])
            self.tiles[key] = tile
            layout.addWidget(tile)
        document.resultsChanged.connect(self.refresh)
        self.refresh()

    def set_formatter(self, formatter: Formatter):
        self.formatter = formatter
        self.refresh()

    def changeEvent(self, event):
        if event.type() in (QEvent.ApplicationPaletteChange, QEvent.PaletteChange) and hasattr(self, "tiles"):
            if getattr(self, "_painted_for", None) != self._palette_key():
                self._painted_for = self._palette_key()
                for tile in self.tiles.values():
                    tile.repaint_colours()
        super().changeEvent(event)

    @staticmethod
    def _palette_key():
        palette = QApplication.instance().palette()
        return palette.color(QPalette.Window).rgb(), palette.color(QPalette.WindowText).rgb()

    # -- P10–P90 bands from gui.uncertainty's Monte Carlo
    BANDED = (("reach", "count"), ("effective_reach", "count"), ("gmv", "money"), ("roi", "share"))

    def show_bands(self, monte_carlo):
        """Show a Monte Carlo's P10–P90 (None: the plan has none)."""
        self.bands = {key: monte_carlo.band(key) for key, _ in self.BANDED} if monte_carlo is not None else {}
        self.bands_current, self.bands_error = True, None
        self._show_bands()

    def bands_failed(self, reason: str):
        """The Monte Carlo could not run: say so where the ranges would be, rather than wait forever."""
        self.bands, self.bands_current, self.bands_error = {}, True, reason
        self._show_bands()

    def dim_bands(self):
        """The plan changed: the bands shown are an earlier plan's until the next run finishes."""
        self.bands_current = False
        self._show_bands()

    def _band_number(self, kind: str, value: float) -> str:
        f = self.formatter
        if kind == "money":
            return ("−" if value < 0 else "") + f.symbol + f.compact(abs(value) / f.rate, 1)
        return f.share(value) if kind == "share" else f.compact(value, 1)

    def _show_bands(self):
        """Called on every edit: labels are touched only when their text or colour changes (a style sheet is
        costly to apply)."""
        bands, current = getattr(self, "bands", {}), getattr(self, "bands_current", False)
        shown = self.__dict__.setdefault("_bands_shown", {})
        for key, kind in self.BANDED:
            label = self.tiles[key].band
            band = bands.get(key)
            if band is not None and not all(math.isfinite(v) for v in band):
                text = ""  # a sales figure of a plan without the order value: nothing to range
            elif band is None and getattr(self, "bands_error", None):
                text = self.tr("P10–P90 unavailable")
            elif band is None:
                text = self.tr("P10–P90 …")
            else:
                text = self.tr("P10–P90 {0}–{1}").format(self._band_number(kind, band[0]),
                                                        self._band_number(kind, band[2]))
            grey = not current or band is None
            if shown.get(key) == (text, grey):
                continue
            if getattr(self, "bands_error", None) and band is None:
                label.setToolTip(self.tr("The ranges could not be worked out: {0}").format(self.bands_error))
            elif key not in shown or shown[key][0] == self.tr("P10–P90 unavailable"):
                label.setToolTip(self.tr("8 in 10 simulated outcomes fall in this range: every assumption drawn "
                                         "from its low–high range, many times. Worked out a moment after each "
                                         "edit; grey while it is."))
            if shown.get(key, (None, None))[1] != grey:
                paint(label, NEUTRAL if grey else TEXT)
            label.setText(text)
            shown[key] = (text, grey)

    def refresh(self):
        results = self.document.results
        f = self.formatter
        if results is None:
            for tile in self.tiles.values():
                tile.show_value("–", "", "")
            problems = self.document.problems
            if problems:
                self.tiles["budget"].show_value("–", self.tr("The plan cannot be estimated"), str(problems[0])[:60],
                                                BAD)
            return
        total = results.total
        before = self.document.previous_totals or {}
        n = results.compiled.effective_frequency
        self.tiles["effective_reach"].title.setText(self.tr("Effective reach {0}+").format(n))
        for key, kind, better in self.METRICS:
            value = total[key]
            delta_value = value - before[key] if key in before else None
            delta = f.delta(kind, delta_value) if delta_value is not None else ""
            colour = NEUTRAL
            if delta and better is not None:
                colour = GOOD if (delta_value > 0) == better else BAD
            detail = ""
            if key == "reach":
                detail = self.tr("{0} of target").format(f.share(total["reach_pct"]))
            elif key == "effective_reach":
                detail = self.tr("{0} of target").format(f.share(total["effective_reach_pct"]))
            elif key == "cost":
                detail = self.tr("+ {0} deposits").format(f.money_short(total["deposit"])) if total["deposit"] else ""
            elif key == "roi":
                detail = self.tr("contribution {0}").format(f.money(total["contribution"]))
            elif key == "budget":
                detail = self.tr("%n line(s)", "", results.compiled.size)
            if not math.isfinite(value):  # the brand's order value or margin is not set yet
                detail = self.tr("needs AOV and margin") if key in self.NEED_MARKET else ""
            self.tiles[key].show_value(f.kind(kind, value) if math.isfinite(value) else "–", detail, delta,
                                       colour)
        for tile in self.tiles.values():
            tile.value.setAlignment(Qt.AlignLeft)
        self._show_bands()
