"""What a report says, as plain data: slides of text, figures, tables and charts, already in the reader's language
and number format. The PowerPoint writer (core/report/pptx_writer.py) and the PDF painter (gui/report/) draw the
same slides, one slide a page, so the deck and the PDF never disagree.

Geometry is in points on a 16:9 slide (960 × 540, PowerPoint's widescreen 13.33 × 7.5 in); the PDF scales a slide
onto an A4 landscape page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SLIDE_WIDTH, SLIDE_HEIGHT = 960.0, 540.0
MARGIN = 36.0
TITLE_TOP, TITLE_HEIGHT = 22.0, 40.0
BODY_TOP = 78.0          # below the title and its subtitle
BODY_BOTTOM = 508.0      # above the footer
FOOTER_TOP = 516.0

# colours (hex): the app's own palette
INK, MUTED, ACCENT, RULE = "#1f2933", "#5f6b7a", "#1f3a5f", "#d0d7e2"
WEAK = "#fce4d6"          # orange: a weak assumption (grade C or W), as in the app and the workbook
TOTAL = "#eef1f5"         # a total or subtotal row
HEADER = "#1f3a5f"        # table header fill (white text)


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"   # "body", "lead" (larger), "small", "bullet", "heading"


@dataclass(frozen=True)
class Tile:
    """One figure of the headline: label, value, and under it a detail and the P10–P90 band."""
    key: str
    label: str
    value: str
    detail: str = ""
    band: str = ""


@dataclass(frozen=True)
class Tiles:
    tiles: tuple[Tile, ...]
    columns: int = 4


@dataclass(frozen=True)
class Table:
    """Text already formatted; `align` "l" or "r" per column, `marks` per row: "" (plain), "group" (a channel's
    subtotal, or a line the optimiser changes), "total", "weak" (a weak assumption). Column widths come from the
    text (layout.py); a part of a table split over slides keeps the whole table's (`fixed_widths`)."""
    key: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[str, ...]
    marks: tuple[str, ...] = ()
    font_size: float = 10.0
    fixed_widths: tuple[float, ...] = ()
    line: float = 1.25       # line height in font sizes: taller for Chinese (layout.line_factor)
    nowrap: tuple[int, ...] = ()  # columns whose cells are never wrapped (a grade with its "(weak)")

    def mark(self, row: int) -> str:
        return self.marks[row] if row < len(self.marks) else ""


@dataclass(frozen=True)
class Series:
    """A chart's series: values per category (or per x for curves), drawn in `colour`."""
    name: str
    values: tuple[float, ...]
    colour: str
    xs: tuple[float, ...] = ()
    dashed: bool = False


@dataclass(frozen=True)
class Marker:
    """A point on a curve: the plan's budget on a channel's reach curve."""
    x: float
    y: float
    colour: str
    label: str = ""


@dataclass(frozen=True)
class Span:
    """A bar in time (a line of the plan) or a shaded period (a festival)."""
    label: str
    start: date
    end: date
    colour: str
    row: int = 0


@dataclass(frozen=True)
class Axis:
    """An axis's title and how its numbers read: values are divided by `scale` and shown with `decimals`,
    after `prefix` (a currency symbol) and before `suffix` (m, mln, 万, %)."""
    title: str = ""
    scale: float = 1.0
    prefix: str = ""
    suffix: str = ""
    decimals: int = 0
    log: bool = False

    def number_format(self) -> str:
        """The same reading as a spreadsheet number format (for native PowerPoint charts)."""
        digits = "#,##0" + ("." + "0" * self.decimals if self.decimals else "")
        prefix = f'"{self.prefix}"' if self.prefix else ""
        suffix = f'"{self.suffix}"' if self.suffix else ""
        return f"{prefix}{digits}{suffix};-{prefix}{digits}{suffix}"


@dataclass(frozen=True)
class Chart:
    """kind: "curves" (x–y lines with markers), "hbars" (horizontal bars stacked by series, one row per category),
    "columns" (vertical bars stacked by series), "funnel" (one bar per stage on a log scale, with `labels`),
    "tornado" (per category a bar to each series' value from 0, the plan's result), "gantt" (`spans` in
    rows, `bands` shaded behind them over `period`). Values are already divided by the axis's scale."""
    key: str
    kind: str
    title: str = ""
    categories: tuple[str, ...] = ()
    series: tuple[Series, ...] = ()
    x_axis: Axis = field(default_factory=Axis)
    y_axis: Axis = field(default_factory=Axis)
    markers: tuple[Marker, ...] = ()
    spans: tuple[Span, ...] = ()
    bands: tuple[Span, ...] = ()
    period: tuple[date, date] | None = None
    labels: tuple[str, ...] = ()
    months: tuple[tuple[date, str], ...] = ()   # gantt: the first day of each month and its name on the axis
    legend: bool = True


@dataclass(frozen=True)
class Slide:
    """One slide, one PDF page. `key` names what it is ("title", "headline", "plan", "chart:reach",
    "advice", "assumptions", "method", "appendix"), `part` counts the slides of a table spread over several."""
    key: str
    title: str
    blocks: tuple = ()
    subtitle: str = ""
    layout: str = "stack"   # "title", "stack" (blocks top to bottom), "columns" (blocks side by side)
    notes: str = ""          # speaker notes (PowerPoint), not drawn
    part: int = 1
    parts: int = 1


@dataclass(frozen=True)
class Report:
    title: str
    scenario: str
    language: str
    made: date
    currency: str
    footer: str
    slides: tuple[Slide, ...]

    def slide(self, key: str) -> Slide:
        return next(s for s in self.slides if s.key == key)

    def slides_of(self, key: str) -> list[Slide]:
        return [s for s in self.slides if s.key == key]
