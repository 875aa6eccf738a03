"""Drawing in slide points on any paint device (a PDF page, a printer's page, an image): text that is measured
before it is drawn, so nothing is cut and nothing overlaps, and a record of every text drawn to prove it.

The painter's transform maps the 960 × 540 point slide onto the device's page; fonts are sized in the same
points (a font's pixel size follows the device's resolution, then the transform), so measurements taken with
QFontMetricsF on the device are in slide points.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

ALIGN = {"l": Qt.AlignLeft, "r": Qt.AlignRight, "c": Qt.AlignHCenter}


@dataclass(frozen=True)
class DrawnText:
    text: str
    box: QRectF        # where it was asked to go
    used: QRectF       # where its glyphs are


class Canvas:
    def __init__(self, painter: QPainter, fonts: tuple[str, ...], numbers):
        self.painter, self.fonts, self.numbers = painter, fonts, numbers
        device = painter.device()
        self.dpi = device.logicalDpiY()
        self.device = device
        self.drawn: list[DrawnText] = []     # every text of the current page
        self.problems: list[str] = []        # text that did not fit its box
        self._fonts: dict = {}
        self._metrics: dict = {}

    # -- fonts and measures
    def font(self, size: float, bold: bool = False) -> QFont:
        key = (round(size, 2), bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            font.setFamilies(list(self.fonts))
            font.setPointSizeF(size * 72.0 / self.dpi)  # `size` slide points, through the page's transform
            font.setBold(bold)
            font.setHintingPreference(QFont.PreferNoHinting)  # the same layout at every resolution
            font.setKerning(True)
            # Text copied (or searched) from the PDF must read as written: Qt's PDF writer names each glyph's
            # character by the font's character map, so glyphs a feature substitutes read wrong. No ligatures
            # ("ﬁ" for "fi"), and no "locl": with it Noto Sans CJK SC swaps digits for glyphs the map lacks
            # ("2026" read back as "#'#0"); the SC font's own Han forms are its defaults anyway.
            for tag in ("liga", "clig", "locl"):
                font.setFeature(QFont.Tag(tag), 0)
            self._fonts[key] = font
        return font

    def metrics(self, size: float, bold: bool = False) -> QFontMetricsF:
        key = (round(size, 2), bold)
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetricsF(self.font(size, bold), self.device)
        return metrics

    def measure(self, text: str, width: float, size: float, bold: bool = False) -> QRectF:
        """The box `text` takes wrapped at `width` points."""
        flags = Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop
        return self.metrics(size, bold).boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), flags, text)

    def height(self, text: str, width: float, size: float, bold: bool = False) -> float:
        return self.measure(text, width, size, bold).height()

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.metrics(size, bold).horizontalAdvance(text)

    def line_height(self, size: float, bold: bool = False) -> float:
        return self.metrics(size, bold).height()

    # -- drawing
    def text(self, text: str, x: float, y: float, width: float, height: float, size: float, colour: str,
             bold: bool = False, align: str = "l", valign: str = "t", wrap: bool = True) -> QRectF:
        """Draw `text` in the box; a text that needs more room than the box is a problem (recorded)."""
        box = QRectF(x, y, width, height)
        flags = ALIGN[align] | {"t": Qt.AlignTop, "m": Qt.AlignVCenter, "b": Qt.AlignBottom}[valign]
        if wrap:
            flags |= Qt.TextWordWrap
        used = self.metrics(size, bold).boundingRect(box, flags, text)
        if used.height() > height + 0.75 or used.width() > width + 0.75:
            self.problems.append(f"{text[:60]!r} needs {used.width():.0f}×{used.height():.0f} pt, "
                                 f"has {width:.0f}×{height:.0f}")
        self.painter.setFont(self.font(size, bold))
        self.painter.setPen(QColor(colour))
        self.painter.drawText(box, flags, text)
        if text.strip():
            self.drawn.append(DrawnText(text, box, used))
        return used

    def rect(self, x: float, y: float, width: float, height: float, fill: str | None, line: str | None = None,
             line_width: float = 0.5):
        painter = self.painter
        painter.setPen(QPen(QColor(line), line_width) if line else Qt.NoPen)
        painter.setBrush(QBrush(QColor(fill)) if fill else Qt.NoBrush)
        painter.drawRect(QRectF(x, y, width, height))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 0.6,
             style=Qt.SolidLine):
        pen = QPen(QColor(colour), width)
        pen.setStyle(style)
        pen.setCapStyle(Qt.FlatCap)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def overlaps(self) -> list[tuple[str, str]]:
        """Pairs of texts on the page whose glyphs overlap (none, when the page is right)."""
        found = []
        drawn = sorted(self.drawn, key=lambda d: d.used.top())
        for i, a in enumerate(drawn):
            for b in drawn[i + 1:]:
                if b.used.top() >= a.used.bottom() - 0.5:
                    break
                shared = a.used.intersected(b.used)
                if shared.width() > 0.5 and shared.height() > 0.5:
                    found.append((a.text, b.text))
        return found
