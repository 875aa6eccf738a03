"""The report's content, in the reader's language: slides of text, figures, tables and charts (content.py).

Texts go through `self.tr(...)`, like a Qt class's, so `pyside6-lupdate` finds them in this file (context
"ReportBuilder"; scripts/update_translations.py scans core/report/). The app hands in a `translate(context,
text, disambiguation, n)` backed by the chosen language's Qt translation, which also knows the labels that come
from data (context "data": channels, tactics, parameters and metrics, from core/metrics.py's METRIC_INFO) and the
festivals' names (context "Festival"); without it the report is in English. Numbers come from `numbers` (the app's
formatter in the chosen locale, or numbers.EnglishNumbers), so every figure reads as the app shows it.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

import numpy as np

from market_entry_planner.core import __version__
from market_entry_planner.core.assumptions import ANY, GRADES, WEAK_GRADES
from market_entry_planner.core.metrics import METRIC_INFO
from market_entry_planner.core.model import Plan, channel_label
from market_entry_planner.core.parameters import MONEY, PARAMETERS, SHAPE, SHARE, parameter
from market_entry_planner.core.report import layout
from market_entry_planner.core.report.content import (
    BODY_BOTTOM,
    BODY_TOP,
    Axis,
    Chart,
    Marker,
    Paragraph,
    Report,
    Series,
    Slide,
    Span,
    Table,
    Tile,
    Tiles,
)
from market_entry_planner.core.report.figures import DRAWS, SEED, TOP_ASSUMPTIONS, Figures, gather, scenario_index
from market_entry_planner.core.report.numbers import EnglishNumbers, axis_scale, significant

Translate = Callable[[str, str, "str | None", int], str]

CHANNEL_COLOURS = {"douyin": "#e15759", "kuaishou": "#f28e2b", "taobao": "#4e79a7", "jd": "#59a14f"}
EXTRA_COLOURS = ("#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac")
TACTIC_COLOURS = {"feed_ads": "#4e79a7", "search_ads": "#76b7b2", "kol_live": "#e15759", "brand_live": "#f28e2b",
                  "kol_video": "#b07aa1"}
COST_PARTS = (("media", "#4e79a7"), ("kol_fees", "#b07aa1"), ("kol_commission", "#e15759"),
              ("platform_fee", "#f28e2b"), ("fulfilment", "#edc948"), ("fixed_costs", "#9c755f"),
              ("agency_fee", "#76b7b2"))
FUNNEL = (("impressions", "#4e79a7"), ("clicks", "#76b7b2"), ("orders", "#f28e2b"), ("gmv", "#59a14f"))
LOW, HIGH = "#4e79a7", "#f28e2b"
FESTIVAL = "#f0a202"
# the headline, as the app's (gui/panels/headline.py): key, kind, and whether it has a P10–P90 band
HEADLINE = (("budget", "money", False), ("reach", "count", True), ("frequency", "ratio", False),
            ("effective_reach", "count", True), ("cost", "money", False), ("gmv", "money", True),
            ("roas", "ratio", False), ("roi", "share", True))
SCENARIO_ROWS = ("budget", "reach", "reach_pct", "effective_reach", "gmv", "cost", "contribution", "roas", "roi")
CHANNEL_COLUMNS = ("budget", "reach", "reach_pct", "frequency", "effective_reach", "orders", "gmv", "cost", "roas",
                   "roi")
PLAN_COLUMNS = ("budget", "reach", "frequency", "orders", "gmv", "roas")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, with %n and "(s)" filled in: the report without a translation."""
    if n >= 0:
        text = text.replace("(s)", "" if n == 1 else "s").replace("%n", f"{n:,}")
    return text


def channel_colour(channel: str, index: int = 0) -> str:
    return CHANNEL_COLOURS.get(channel, EXTRA_COLOURS[index % len(EXTRA_COLOURS)])


def build_report(plan: Plan, *, translate: Translate | None = None, numbers=None, language: str = "en",
                 scenario: str | None = None, optimisation=None, made: date | None = None, draws: int = DRAWS,
                 seed: int = SEED) -> Report:
    """The report of one scenario (the active one unless `scenario` names another). Raises PlanError when the
    scenario is unknown or cannot be estimated. `optimisation`: an optimiser's answer for this scenario, shown as
    advice when its lines are the scenario's."""
    plan = plan.with_scenario(scenario_index(plan, scenario))
    if numbers is None:
        market = plan.market
        rate = 1.0 if market.currency == "CNY" else market.exchange_rates.get(market.currency, 0.0)
        numbers = EnglishNumbers(market.currency, rate)
    if optimisation is not None and not advice_fits(optimisation, plan):
        optimisation = None
    figures = gather(plan, draws=draws, seed=seed, optimisation=optimisation)
    return ReportBuilder(figures, translate or english, numbers, language, made or date.today()).report()


def advice_fits(optimisation, plan: Plan) -> bool:
    """Is the optimiser's answer about this scenario's lines (as they were, or as it left them)?"""
    c = optimisation.compiled
    if c.size != len(plan.lines):
        return False
    same = all(line.channel == ch and line.tactic == t for line, ch, t in zip(plan.lines, c.line_channel,
                                                                              c.line_tactic))
    budgets = np.array([line.budget for line in plan.lines])
    return same and (np.allclose(budgets, optimisation.budgets_before) or
                     np.allclose(budgets, optimisation.budgets_after))


class ReportBuilder:
    """Slides from the figures. One method per part of the report, in reading order."""

    def __init__(self, figures: Figures, translate: Translate, numbers, language: str, made: date):
        self.figures, self._translate, self.f = figures, translate, numbers
        self.language, self.made = language, made
        self.plan = figures.plan
        self.results = figures.results
        self.compiled = figures.results.compiled
        self.n = self.compiled.effective_frequency
        self.line = layout.line_factor(language)

    # -- words
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self._translate("ReportBuilder", text, disambiguation, n)

    def data(self, text: str) -> str:
        return self._translate("data", text, None, -1) if text else text

    def metric(self, key: str) -> str:
        """A result's name, from core/metrics.py in the reader's language (effective reach with its n+)."""
        label = self.data(METRIC_INFO[key].label)
        return f"{label} {self.n}+" if key == "effective_reach" else label

    def channel(self, key: str) -> str:
        return self.tr("All channels") if key == ANY else self.data(channel_label(key))

    def tactic(self, key: str) -> str:
        if key == ANY:
            return self.tr("all tactics")
        known = self.plan.tactics.get(key)
        return self.data(known.label) if known else key

    def parameter(self, key: str) -> str:
        return self.data(parameter(key).label)

    def festival(self, label: str) -> str:
        return self._translate("Festival", label, None, -1) if label else label

    def money(self, value: float) -> str:
        return self.f.money(value, compact=False)

    def figure(self, kind: str, value: float) -> str:
        """A number in a table: whole yuan and people, as the app's Channels table shows them."""
        return self.f.kind(kind, value, compact=False)

    def _table(self, *fields, **more) -> Table:
        return Table(*fields, line=self.line, **more)

    # -- the report
    def report(self) -> Report:
        slides = [self.title_slide(), self.headline_slide(), *self.plan_slides(), self.reach_slide(),
                  self.cost_slide(), self.funnel_slide(), self.calendar_slide(), self.cash_slide(),
                  *self.scenario_slides(), self.tornado_slide(), *self.advice_slides(), *self.assumption_slides(),
                  self.method_slide(), *self.appendix_slides()]
        slides = [s for s in slides if s is not None]
        footer = f"{self.plan.title} · {self.plan.scenario.name} · {self.f.date(self.made)}"
        return Report(title=self.plan.title, scenario=self.plan.scenario.name, language=self.language,
                      made=self.made, currency=self.f.currency, footer=footer, slides=tuple(slides))

    def title_slide(self) -> Slide:
        plan, f, total = self.plan, self.f, self.results.total
        market = plan.market
        channels = ", ".join(self.channel(c) for j, c in enumerate(self.compiled.channels)
                             if self.results.channel["budget"][j] > 0)
        lines = [
            Paragraph(self.tr("Market-entry plan for China: {0}").format(channels), "lead"),
            Paragraph(self.tr("Scenario: {0}").format(plan.scenario.name)),
            Paragraph(self.tr("Target group: {0} ({1} people)").format(market.target or "–",
                                                                       f.count(market.target_population))),
            Paragraph(self.tr("Budget {0} in %n line(s)", "", self.compiled.size).format(f.money(total["budget"]))),
            Paragraph(self.tr("Money in {0} ({1}) · {2}").format(f.currency, f.symbol.strip(),
                                                                 _long_date(f, self.made))),
            Paragraph(self.tr("Made with Market Entry Planner {0}").format(__version__), "small"),
        ]
        return Slide("title", plan.title, tuple(lines), layout="title")

    # headline: the app's strip, then the channels
    def _band(self, key: str, kind: str) -> str:
        mc = self.figures.monte_carlo
        if mc is None:
            return ""
        low, _, high = mc.band(key)
        return self.tr("P10–P90 {0}–{1}").format(self._band_number(kind, low), self._band_number(kind, high))

    def _band_number(self, kind: str, value: float) -> str:
        f = self.f  # as HeadlineStrip._band_number
        if kind == "money":
            return ("−" if value < 0 else "") + f.symbol + f.compact(abs(value) / f.rate, 1)
        return f.share(value) if kind == "share" else f.compact(value, 1)

    def headline_tiles(self) -> Tiles:
        f, total = self.f, self.results.total
        tiles = []
        for key, kind, banded in HEADLINE:
            detail = ""
            if key == "reach":
                detail = self.tr("{0} of target").format(f.share(total["reach_pct"]))
            elif key == "effective_reach":
                detail = self.tr("{0} of target").format(f.share(total["effective_reach_pct"]))
            elif key == "cost" and total["deposit"]:
                detail = self.tr("+ {0} deposits").format(f.money_short(total["deposit"]))
            elif key == "roi":
                detail = self.tr("contribution {0}").format(f.money(total["contribution"]))
            elif key == "budget":
                detail = self.tr("%n line(s)", "", self.compiled.size)
            tiles.append(Tile(key, self.metric(key), f.kind(kind, total[key]), detail,
                              self._band(key, kind) if banded else ""))
        return Tiles(tuple(tiles))

    def channel_table(self) -> Table:
        r, c = self.results, self.compiled
        headers = (self.tr("Channel"), *(self.metric(k) for k in CHANNEL_COLUMNS))
        rows, marks = [], []
        for j, channel in enumerate(c.channels):
            rows.append((self.channel(channel), *(self.figure(METRIC_INFO[k].kind, r.channel[k][j])
                                                  for k in CHANNEL_COLUMNS)))
            marks.append("")
        rows.append((self.tr("Total (deduplicated)"), *(self.figure(METRIC_INFO[k].kind, r.total[k])
                                                        for k in CHANNEL_COLUMNS)))
        marks.append("total")
        return self._table("channels", headers, tuple(rows), ("l",) + ("r",) * len(CHANNEL_COLUMNS), tuple(marks),
                           9.5)

    def headline_slide(self) -> Slide:
        mc = self.figures.monte_carlo
        if mc is not None:
            note = self.tr("P10–P90: 8 in 10 of {0} simulated outcomes fall in this range, every assumption drawn "
                           "from its low–high range. Totals are deduplicated: a person reached on two channels "
                           "counts once.").format(f"{len(mc.draws):,}")
        else:
            note = self.tr("Totals are deduplicated: a person reached on two channels counts once.")
        return Slide("headline", self.tr("The plan in figures"),
                     (self.headline_tiles(), self.channel_table(), Paragraph(note, "small")),
                     subtitle=self.tr("Scenario {0}").format(self.plan.scenario.name))

    # the plan line by line, grouped by channel
    def plan_table(self) -> Table:
        r, c, f = self.results, self.compiled, self.f
        headers = (self.tr("Channel"), self.tr("Tactic"), self.tr("Line"), self.tr("Dates"),
                   *(self.metric(k) for k in PLAN_COLUMNS))
        rows, marks = [], []
        for j, channel in enumerate(c.channels):
            members = [i for i in range(c.size) if c.channel_code[i] == j]
            if not members:
                continue
            for i in members:
                line = self.plan.lines[i]
                # no-break spaces: a line's dates never split over two lines
                dates = f"{f.date(line.start)}\u00a0–\u00a0{f.date(line.end)}" if line.start and line.end else \
                    self.tr("whole period")
                rows.append((self.channel(channel), self.tactic(line.tactic), line.name or self.tr("line {0}").format(
                    i + 1), dates, *(self.figure(METRIC_INFO[k].kind, r.line[k][i]) for k in PLAN_COLUMNS)))
                marks.append("")
            if len(members) > 1:
                rows.append((self.tr("{0} total").format(self.channel(channel)), "", "", "",
                             *(self.figure(METRIC_INFO[k].kind, r.channel[k][j]) for k in PLAN_COLUMNS)))
                marks.append("group")
        rows.append((self.tr("Total (deduplicated)"), "", "", "",
                     *(self.figure(METRIC_INFO[k].kind, r.total[k]) for k in PLAN_COLUMNS)))
        marks.append("total")
        return self._table("plan", headers, tuple(rows), ("l", "l", "l", "l") + ("r",) * len(PLAN_COLUMNS),
                           tuple(marks), 9.5)

    def plan_slides(self) -> list[Slide]:
        note = self.tr("A channel's reach counts a person once across its lines; the total counts a person once "
                       "across channels.")
        title = self.tr("The plan by channel and tactic")
        return self._table_slides("plan", title, self.plan_table(), after=(Paragraph(note, "small"),))

    def _table_slides(self, key: str, title: str, table: Table, before=(), after=(), subtitle: str = "") -> list[Slide]:
        """A table over as many slides as it needs, with `before` on the first and `after` on the last."""
        room = BODY_BOTTOM - BODY_TOP
        above = sum(_block_height(b, self.line) for b in before)
        below = sum(_block_height(b, self.line) for b in after)
        parts = layout.split_table(table, room - below - 4, first_height=room - above - below - 4)
        slides = []
        for k, part in enumerate(parts, start=1):
            blocks = (*(before if k == 1 else ()), part, *(after if k == len(parts) else ()))
            shown = title if len(parts) == 1 else self.tr("{0} ({1} of {2})").format(title, k, len(parts))
            slides.append(Slide(key, shown, blocks, subtitle=subtitle, part=k, parts=len(parts)))
        return slides

    # charts
    def _money_axis(self, title: str, largest: float) -> Axis:
        scale, suffix = axis_scale(largest / self.f.rate, self.f.suffixes)
        return Axis(title, scale * self.f.rate, self.f.symbol.strip(), suffix, _decimals(largest / self.f.rate / scale))

    def _count_axis(self, title: str, largest: float) -> Axis:
        scale, suffix = axis_scale(largest, self.f.suffixes)
        return Axis(title, scale, "", suffix, _decimals(largest / scale))

    def reach_slide(self) -> Slide:
        per_channel, xs = self.figures.curves
        c, r = self.compiled, self.results
        top_reach = max([float(np.max(xy[1])) for xy in per_channel if xy is not None] + [1.0])
        x_axis = self._money_axis(self.metric("budget"), float(xs[-1]))
        y_axis = self._count_axis(self.metric("reach"), top_reach)
        series, markers = [], []
        for j, channel in enumerate(c.channels):
            if per_channel[j] is None:
                continue
            colour = channel_colour(channel, j)
            x, y = per_channel[j]
            series.append(Series(self.channel(channel), tuple(float(v) for v in y / y_axis.scale), colour,
                                 tuple(float(v) for v in x / x_axis.scale)))
            markers.append(Marker(float(r.channel["budget"][j]) / x_axis.scale,
                                  float(r.channel["reach"][j]) / y_axis.scale, colour, self.channel(channel)))
        chart = Chart("reach", "curves", series=tuple(series), x_axis=x_axis, y_axis=y_axis,
                      markers=tuple(markers))
        caption = self.tr("Each channel's reach as its budget grows, its lines scaled together; the dot is the plan. "
                          "The curves flatten as the same people see the ads again.")
        return Slide("chart:reach", self.tr("Reach curves"), (chart, Paragraph(caption, "small")))

    def cost_slide(self) -> Slide:
        c, r = self.compiled, self.results
        channels = tuple(self.channel(ch) for ch in c.channels)
        tactics = [t for t in self.plan.tactics if t in set(c.line_tactic)]
        by_pair = np.zeros((len(tactics), len(c.channels)))
        for i in range(c.size):
            by_pair[tactics.index(c.line_tactic[i]), c.channel_code[i]] += r.line["budget"][i]
        largest = max(float(by_pair.sum(axis=0).max(initial=0)),
                      float(sum(r.channel[p] for p, _ in COST_PARTS).max(initial=0)), 1.0)
        axis = self._money_axis("", largest)
        budget = Chart("budget", "hbars", self.tr("Budget by tactic"), channels,
                       tuple(Series(self.tactic(t), tuple(by_pair[k] / axis.scale),
                                    TACTIC_COLOURS.get(t, EXTRA_COLOURS[k % len(EXTRA_COLOURS)]))
                             for k, t in enumerate(tactics)), y_axis=axis)
        cost = Chart("cost", "hbars", self.tr("Total cost by kind"), channels,
                     tuple(Series(self.metric(p), tuple(np.asarray(r.channel[p]) / axis.scale), colour)
                           for p, colour in COST_PARTS), y_axis=axis)
        caption = self.tr("Deposits are refundable and not counted as cost: {0} of them.").format(
            self.f.money(r.total["deposit"]))
        return Slide("chart:costs", self.tr("Budget and cost by channel"), (budget, cost, Paragraph(caption, "small")),
                     layout="columns")

    def funnel_slide(self) -> Slide:
        total, f = self.results.total, self.f

        def rate(a, b):
            return a / b if b else float("nan")

        labels = (self.tr("{0} impressions").format(f.count(total["impressions"])),
                  self.tr("{0} clicks · {1} of impressions").format(
                      f.count(total["clicks"]), f.share(rate(total["clicks"], total["impressions"]), 2)),
                  self.tr("{0} orders · {1} of clicks").format(
                      f.count(total["orders"]), f.share(rate(total["orders"], total["clicks"]), 2)),
                  self.tr("{0} GMV · {1} per order").format(f.money(total["gmv"]),
                                                             f.money(rate(total["gmv"], total["orders"]))))
        values = tuple(math.log10(total[k]) if total[k] >= 1 else 0.0 for k, _ in FUNNEL)
        chart = Chart("funnel", "funnel", "", tuple(self.metric(k) for k, _ in FUNNEL),
                      tuple(Series(self.metric(k), (v,), colour) for (k, colour), v in zip(FUNNEL, values)),
                      y_axis=Axis(log=True), labels=labels, legend=False)
        caption = self.tr("Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and videos: "
                          "viewers × CVR. GMV = orders × average order value.")
        return Slide("chart:funnel", self.tr("Sales funnel"), (chart, Paragraph(caption, "small")))

    def calendar_slide(self) -> Slide | None:
        weeks = self.figures.flighting
        if weeks is None:
            return None
        c = self.compiled
        spans = []
        for row in weeks.spans.itertuples():
            i = int(row.line)
            name = self.plan.lines[i].name or self.tr("line {0}").format(i + 1)
            spans.append(Span(f"{self.channel(row.channel)} · {name}", row.start.date(), row.end.date(),
                              channel_colour(row.channel, int(c.channel_code[i])), i))
        bands = tuple(Span(self.festival(row.label), row.start.date(), row.end.date(), FESTIVAL)
                      for row in weeks.festivals.itertuples())
        first, last = weeks.period
        months, day = [], date(first.year, first.month, 1)
        while day <= last:
            months.append((day, self.f.month(day, year=day.month == 1 or not months)))
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        chart = Chart("calendar", "gantt", spans=tuple(spans), bands=bands,
                      period=(first, last), months=tuple(months), legend=False)
        caption = self.tr("Each line over its dates, coloured by channel; shopping festivals shaded behind them. On "
                          "a festival day auction-bought ads cost more and every tactic converts better.")
        return Slide("chart:calendar", self.tr("Calendar: lines and festivals"), (chart, Paragraph(caption, "small")))

    def cash_slide(self) -> Slide | None:
        weeks = self.figures.flighting
        if weeks is None or weeks.months.empty:
            return None
        months = weeks.months
        parts = (("media", ("media",), "#4e79a7", self.metric("media")),
                 ("kol_fees", ("kol_fees",), "#b07aa1", self.metric("kol_fees")),
                 ("agency_fee", ("agency_fee",), "#76b7b2", self.metric("agency_fee")),
                 ("fixed", ("annual_fee", "store_setup"), "#9c755f", self.tr("Annual fees, store set-up")),
                 ("sales", ("kol_commission", "platform_fee", "fulfilment"), "#f28e2b",
                  self.tr("Commissions, fees, fulfilment")),
                 ("deposit", ("deposit_paid",), "#e15759", self.metric("deposit")))
        stacks = [months[list(columns)].sum(axis=1).to_numpy(dtype=float) for _, columns, _, _ in parts]
        axis = self._money_axis("", float(np.sum(stacks, axis=0).max(initial=1.0)))
        days = [m.date() for m in months["month"]]
        categories = tuple(self.f.month(d, year=k == 0 or d.month == 1) for k, d in enumerate(days))
        chart = Chart("cashflow", "columns", "", categories,
                      tuple(Series(label, tuple(values / axis.scale), colour)
                            for (_, _, colour, label), values in zip(parts, stacks)), y_axis=axis)
        cash = months["cash_out"].to_numpy(dtype=float)
        peak = int(np.argmax(cash))
        caption = self.tr("Cash out over the plan {0}, of which {1} refundable deposits; the largest month is {2} "
                          "({3}).").format(self.f.money(float(cash.sum())), self.f.money(float(stacks[-1].sum())),
                                           self.f.month(days[peak]), self.f.money(float(cash[peak])))
        return Slide("chart:cashflow", self.tr("Spend and cash out by month"), (chart, Paragraph(caption, "small")))

    def scenario_slides(self) -> list[Slide]:
        summaries = self.figures.scenarios
        headers = (self.tr("Result"), *(s.name + (" ●" if s.active else "") for s in summaries))
        rows = []
        for key in SCENARIO_ROWS:
            rows.append((self.metric(key), *(self.figure(METRIC_INFO[key].kind, s.totals[key]) if s.totals else "–"
                                              for s in summaries)))
        shown = summaries[:8]  # a slide holds eight scenarios side by side; the workbook has them all
        table = self._table("scenarios", headers[:len(shown) + 1], tuple(r[:len(shown) + 1] for r in rows),
                      ("l",) + ("r",) * len(shown), (), 9.5)
        blocks: list = []
        if len(summaries) > 1:
            channels = [ch for ch in self.plan.channels if any(s.channel_budget.get(ch) for s in summaries)]
            largest = max(sum(s.channel_budget.values()) for s in shown)
            axis = self._money_axis("", max(largest, 1.0))
            chart = Chart("scenarios", "hbars", self.tr("Budget by channel"), tuple(s.name for s in shown),
                          tuple(Series(self.channel(ch), tuple(s.channel_budget.get(ch, 0.0) / axis.scale
                                                               for s in shown), channel_colour(ch, k))
                                for k, ch in enumerate(channels)), y_axis=axis)
            blocks = [chart, table]
            note = self.tr("Every scenario on the same market and assumptions; ● marks the scenario of this report.")
        else:
            blocks = [table]
            note = self.tr("The plan has one scenario. Add scenarios in the app (Scenario › New scenario…) to "
                           "compare them here.")
        return [Slide("chart:scenarios", self.tr("Scenarios compared"), (*blocks, Paragraph(note, "small")),
                      layout="columns" if len(blocks) == 2 else "stack")]

    def input_text(self, key: str, kind: str, multiplier: str) -> str:
        """An input's name: 'Douyin · Feed ads · CPM', '618 2027 · CPM multiplier' (as the app's tornado)."""
        parts = key.split("|")
        if kind == "assumption" and len(parts) == 3:
            return f"{self.channel(parts[0])} · {self.tactic(parts[1])} · {self.parameter(parts[2])}"
        festival = next((x for x in self.plan.calendar if x.key == parts[0] and str(x.year) == parts[1]), None)
        name = self.festival(festival.label) if festival else parts[0]
        if multiplier == "cpm":
            return self.tr("{0} {1} · CPM multiplier").format(name, parts[1])
        return self.tr("{0} {1} · conversion multiplier").format(name, parts[1])

    def tornado_slide(self) -> Slide | None:
        frame = self.figures.tornado.head(TOP_ASSUMPTIONS)
        frame = frame[frame["swing"] > 0]
        if frame.empty:
            return None
        base = float(frame["base"].iloc[0])
        low = frame["result_low"].to_numpy(dtype=float) - base
        high = frame["result_high"].to_numpy(dtype=float) - base
        axis = self._money_axis(self.tr("Change in {0}").format(self.metric("contribution")),
                                float(max(np.abs(low).max(), np.abs(high).max(), 1.0)))
        categories = tuple(self.input_text(row.key, row.kind, row.multiplier) for row in frame.itertuples())
        chart = Chart("tornado", "tornado", "", categories,
                      (Series(self.tr("Assumption at its low"), tuple(low / axis.scale), LOW),
                       Series(self.tr("Assumption at its high"), tuple(high / axis.scale), HIGH)), y_axis=axis)
        caption = self.tr("Each assumption at the low and the high of its range, everything else as planned: how "
                          "far {0} moves from the plan's {1}.").format(self.metric("contribution"),
                                                                       self.f.money(base))
        return Slide("chart:tornado", self.tr("What moves the result most"), (chart, Paragraph(caption, "small")))

    # the optimiser's advice, when one was run on this scenario
    def advice_slides(self) -> list[Slide]:
        o = self.figures.optimisation
        if o is None:
            return []
        f, c = self.f, o.compiled
        labels = {"reach": self.tr("Deduplicated reach"), "reach3": self.tr("Effective reach {0}+").format(self.n),
                  "gmv": self.metric("gmv"), "contribution": self.tr("Profit (contribution − marketing cost)")}
        kind = "money" if o.objective in ("gmv", "contribution") else "count"
        change = o.value_after - o.value_before
        relative = f" ({'+' if change >= 0 else '−'}{f.share(abs(change / o.value_before))})" \
            if o.value_before else ""
        spend = self.tr("spending up to {0}") if o.limits.at_most else self.tr("spending exactly {0}")
        summary = self.tr("Maximise {0}, {1}: {2} → {3}{4}.").format(
            labels.get(o.objective, o.objective), spend.format(f.money(o.limits.total)), f.kind(kind, o.value_before),
            f.kind(kind, o.value_after), relative)
        certainty = self.tr("Proven best.") if o.exact else self.tr(
            "Best found (not proven: effective reach is not concave).")
        before, after = o.budgets_before, o.budgets_after
        rows, marks = [], []
        for i in range(c.size):
            name = c.line_name[i] or self.tr("line {0}").format(i + 1)
            delta = after[i] - before[i]
            rows.append((self.channel(c.line_channel[i]), self.tactic(c.line_tactic[i]), name, self.money(before[i]),
                         self.money(after[i]), ("+" if delta >= 0.5 else "") + self.money(delta)
                         if abs(delta) >= 0.5 else "–"))
            marks.append("group" if abs(delta) >= 0.5 else "")
        rows.append((self.tr("Total"), "", "", self.money(before.sum()), self.money(after.sum()),
                     self.money(after.sum() - before.sum()) if abs(after.sum() - before.sum()) >= 0.5 else "–"))
        marks.append("total")
        table = self._table("advice", (self.tr("Channel"), self.tr("Tactic"), self.tr("Line"), self.tr("Now"),
                                 self.tr("Optimised"), self.tr("Change")), tuple(rows),
                      ("l", "l", "l", "r", "r", "r"), tuple(marks), 9.5)
        return self._table_slides("advice", self.tr("Where the next yuan works hardest"), table,
                                  before=(Paragraph(summary, "lead"), Paragraph(certainty, "small")))

    # the assumptions
    def value_text(self, key: str, value: float) -> str:
        """An assumption's figure as the app's Assumptions table shows it: 4%, ¥2.50, 40,000, ∞."""
        kind = parameter(key).kind if key in PARAMETERS else "count"
        if not math.isfinite(value):
            return "∞"
        if kind == SHARE:
            return self.f.ratio(value * 100, significant(value * 100)) + "%"
        if kind == MONEY:
            cents = value < 100 and not float(value).is_integer()
            return "¥" + self.f.ratio(value, 2 if cents else 0)
        if kind == SHAPE:
            return self.f.ratio(value, significant(value))
        return self.f.ratio(value, 0)

    def _range_text(self, key: str, low: float, value: float, high: float) -> str:
        return self.tr("{0} ({1} – {2})").format(self.value_text(key, value), self.value_text(key, low),
                                                 self.value_text(key, high))

    def _grade_text(self, grade: str) -> str:
        # a no-break space: "W (weak)" never splits over two lines of a narrow column
        return self.tr("{0} (weak)").format(grade).replace(" ", "\u00a0") if grade in WEAK_GRADES else grade

    def assumption_slides(self) -> list[Slide]:
        frame = self.figures.tornado.head(TOP_ASSUMPTIONS)
        frame = frame[frame["swing"] > 0]
        if frame.empty:
            return []
        rows, marks = [], []
        for rank, row in enumerate(frame.itertuples(), start=1):
            if row.kind == "assumption":
                key = row.key.split("|")[2]
                value = self._range_text(key, row.low, row.value, row.high)
            else:
                value = self.tr("×{0} (×{1} – ×{2})").format(self.f.ratio(row.value), self.f.ratio(row.low),
                                                              self.f.ratio(row.high))
            rows.append((str(rank), self.input_text(row.key, row.kind, row.multiplier), value,
                         self.money(row.result_low), self.money(row.result_high), self._grade_text(row.grade),
                         row.source or "–"))
            marks.append("weak" if row.grade in WEAK_GRADES else "")
        metric = self.metric("contribution")
        table = self._table("assumptions", ("#", self.tr("Assumption"), self.tr("Value (low – high)"),
                                      self.tr("{0} at its low").format(metric), self.tr("{0} at its high").format(metric),
                                      self.tr("Grade"), self.tr("Source")),
                      tuple(rows), ("r", "l", "l", "r", "r", "l", "l"),
                      tuple(marks), 8.5, nowrap=(5,))
        legend = self.tr("Ranked by how far each moves {0} between its low and its high. Orange: weak (grade C or "
                         "W) — replace it with your own figure first. Grades: {1}.").format(
            metric, "; ".join(f"{g} = {self.data(text)}" for g, text in GRADES.items()))
        return self._table_slides("assumptions", self.tr("The assumptions that matter most"), table,
                                  after=(Paragraph(legend, "small"),))

    def method_slide(self) -> Slide:
        n = self.n
        mc = self.figures.monte_carlo
        draws = f"{len(mc.draws):,}" if mc is not None else f"{DRAWS:,}"
        paragraphs = (
            Paragraph(self.tr("Reach"), "heading"),
            Paragraph(self.tr("Each channel reaches the share of the target group that uses it (its penetration). A "
                              "line's budget buys impressions in the way its tactic is sold (CPM, CPC, KOL sessions, "
                              "livestream hours, videos); the on-target share of them lands in the target group. "
                              "The lines of one channel and tactic are one buy drawing on one audience (a KOL's "
                              "sessions on the KOL's own viewers), so splitting a buy changes nothing. People are "
                              "not exposed evenly: a negative binomial exposure distribution per buy gives its reach "
                              "and how many are reached {0} times or more. Tactics and channels are treated as "
                              "independent, so a person reached twice counts once.").format(n)),
            Paragraph(self.tr("Sales and costs"), "heading"),
            Paragraph(self.tr("Sales come from people and saturate: each exposure converts a share of what is left "
                              "of a person's purchase potential, so the first exposures sell most and a buy's sales "
                              "are bounded by its audience. Conversion falls with the order value through the "
                              "category's price elasticity; search ads answer a finite number of searches, which "
                              "the plan's content raises. Sales = orders × average order value, less returns. Costs "
                              "are the budget, the agency fee, the channels' fixed fees, KOL commissions, platform "
                              "fees, fulfilment and returns handling; deposits are refundable and not a cost. On a "
                              "shopping-festival day auction prices and conversion rise by the calendar's "
                              "multipliers. ROAS is GMV ÷ budget (what Chinese platforms call ROI); profit ROI is "
                              "what the plan earns after paying for itself.")),
            Paragraph(self.tr("How sure"), "heading"),
            Paragraph(self.tr("Every figure has a low–high range, a source and a grade. The plan is run {0} times "
                              "with every benchmark drawn from its range (a PERT distribution): 8 times in 10 the "
                              "result falls between P10 and P90, if the ranges are right. The tornado sets each "
                              "figure to its low and its high, the others as planned, and ranks them by how far "
                              "they move the result.").format(draws)),
            Paragraph(self.tr("What it leaves out"), "heading"),
            Paragraph(self.tr("Effects that last beyond the plan, repeat purchases, competitors' spending and a "
                              "platform's changing prices. The figures a brand knows best (average order value, "
                              "margin, a KOL's quote) are its own and should replace the benchmarks.")),
        )
        return Slide("method", self.tr("The method"), paragraphs)

    def appendix_slides(self) -> list[Slide]:
        rows, marks = [], []
        for a in self.plan.assumptions:
            rows.append((self.channel(a.channel), self.tactic(a.tactic), self.parameter(a.parameter),
                         self.value_text(a.parameter, a.value), self.value_text(a.parameter, a.low),
                         self.value_text(a.parameter, a.high), self._grade_text(a.grade),
                         "" if a.year is None else str(a.year), a.source or "–"))
            marks.append("weak" if a.weak else "")
        table = self._table("appendix", (self.tr("Channel"), self.tr("Tactic"), self.tr("Parameter"), self.tr("Value"),
                                   self.tr("Low"), self.tr("High"), self.tr("Grade"), self.tr("Year"),
                                   self.tr("Source")),
                      tuple(rows), ("l", "l", "l", "r", "r", "r", "l", "l", "l"), tuple(marks), 8.0, nowrap=(6,))
        title = self.tr("Appendix: every assumption")
        slides = self._table_slides("appendix", title, table)
        weeks = self.figures.flighting
        met = set() if weeks is None else set(zip(weeks.festivals["festival"], weeks.festivals["year"]))
        festivals = [x for x in self.plan.calendar if (x.key, x.year) in met]
        if festivals:
            rows = [(self.festival(x.label), str(x.year), f"{self.f.date(x.start)} – {self.f.date(x.end)}",
                     ", ".join(self.channel(ch) for ch in x.channels) or self.tr("All channels"),
                     self.tr("×{0} (×{1} – ×{2})").format(*(self.f.ratio(v) for v in (x.cpm_multiplier, x.cpm_low,
                                                                                      x.cpm_high))),
                     self.tr("×{0} (×{1} – ×{2})").format(*(self.f.ratio(v) for v in (x.cvr_multiplier, x.cvr_low,
                                                                                      x.cvr_high))),
                     self._grade_text(x.grade), x.source or "–") for x in festivals]
            table = self._table("festivals", (self.tr("Festival"), self.tr("Year"), self.tr("Days"), self.tr("Channels"),
                                        self.tr("CPM multiplier"), self.tr("Conversion multiplier"), self.tr("Grade"),
                                        self.tr("Source")),
                          tuple(rows), ("l", "l", "l", "l", "l", "l", "l", "l"),
                          tuple("weak" if x.weak else "" for x in festivals), 8.0, nowrap=(6,))
            note = self.tr("The festivals the plan's dated lines meet; the others are on the workbook's Calendar "
                           "sheet.")
            slides += self._table_slides("appendix", self.tr("Appendix: festival multipliers"), table,
                                         after=(Paragraph(note, "small"),))
        return slides


def _decimals(largest_scaled: float) -> int:
    """Decimals of an axis's numbers: 0.5m needs one, 12m none."""
    return 1 if largest_scaled < 10 else 0


def _long_date(numbers, day: date) -> str:
    long = getattr(numbers, "long_date", None)
    return long(day) if long is not None else numbers.date(day)


PARAGRAPH_SIZES = {"lead": 14.0, "body": 11.0, "small": 9.0, "bullet": 11.0, "heading": 12.0}


def _block_height(block, line: float = layout.LINE) -> float:
    """Room a block above or below a table takes (estimated as layout.py does)."""
    if isinstance(block, Paragraph):
        size = PARAGRAPH_SIZES.get(block.style, 11.0)
        return layout.text_height(block.text, layout.BODY_WIDTH, size, line) + 10
    if isinstance(block, Table):
        return layout.table_height(block) + 8
    return 0.0
