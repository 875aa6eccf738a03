"""Plan against actual, and the rest of the year re-forecast on what the campaign has taught.

Pacing: a line's planned spend to date is its budget spread evenly over its days (as the engine spreads it,
core/engine/festivals.py), counted to the last day its reports cover (a line without reports: to the last day any
report covers, `as_of`). An undated line has no pace.

Re-forecast: a new scenario "Re-forecast <date>" on the calibrated assumptions, its lines at this pace and the
money already spent locked:
- a line that has ended is locked at what it spent (the money it left unspent is free for the others);
- a running line with reports spends the rest of its days at its pace so far (spent + pace × the budget its plan
  still had to spend), never less than it has spent, which is its minimum;
- a line without reports (not started, or not reported) keeps its budget.
So the optimiser (core/optimise, which honours locks and minimums) can move only what is left. Its P10–P90 come
from the Monte Carlo over the calibrated ranges (core/analysis/uncertainty.py), which narrow as data arrive.
The estimate is the model's for the whole year, on the calibrated figures: the days already run are modelled, not
replaced by the reported counts (reach, the deduplicated figure, cannot be added up from platform reports).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np

from market_entry_planner.core.actuals.calibration import Calibration, accept, calibrate
from market_entry_planner.core.analysis.uncertainty import MonteCarlo, monte_carlo
from market_entry_planner.core.edits import add_scenario, unique_scenario_name
from market_entry_planner.core.engine.evaluate import Results, estimate
from market_entry_planner.core.model import LineItem, Plan
from market_entry_planner.core.reported import FIGURES

REFORECAST_PREFIX = "Re-forecast"
HEADLINE_METRICS = ("reach", "reach_pct", "gmv", "contribution", "roi", "roas")


@dataclass(frozen=True)
class LineActuals:
    """One plan line: what it planned, what it has spent and bought so far, and its pace."""

    index: int
    line: LineItem
    planned: float              # the whole budget
    planned_to_date: float | None
    actual: dict                # FIGURES -> sum to date (None where no report gives it)
    days: int                   # days with a report

    @property
    def pacing(self) -> float | None:
        """Actual ÷ planned spend to date (1.0 = on plan), None without a report or a plan to date."""
        if not self.days or not self.planned_to_date:
            return None
        return self.actual["spend"] / self.planned_to_date


def as_of(plan: Plan) -> date | None:
    """The last day the plan's reports cover (rows kept aside, not linked to a line, do not count)."""
    return max((row.last_day for row in plan.actuals if row.line), default=None)


def planned_to_date(line: LineItem, day: date | None) -> float | None:
    if day is None or line.start is None or line.end is None:
        return None
    total_days = (line.end - line.start).days + 1
    elapsed = min(max((day - line.start).days + 1, 0), total_days)
    return line.budget * elapsed / total_days


def line_actuals(plan: Plan, day: date | None = None) -> list[LineActuals]:
    """Per line of the active scenario, the sums of its actual rows (to `day`, by default all) and its pace."""
    day = day or as_of(plan)
    sums: dict[tuple, dict] = defaultdict(lambda: {f: None for f in FIGURES})
    days: dict[tuple, set] = defaultdict(set)
    last: dict[tuple, date] = {}
    for row in plan.actuals:
        if day is not None and row.day > day:
            continue
        total = sums[row.line_key]
        for name in FIGURES:
            value = getattr(row, name)
            if value is not None:
                total[name] = (total[name] or 0.0) + value
        days[row.line_key].update(range(row.day.toordinal(), row.day.toordinal() + row.days))
        last[row.line_key] = max(last.get(row.line_key, row.last_day), row.last_day)
    out = []
    for i, line in enumerate(plan.lines):
        key = (line.channel, line.tactic, line.name)
        actual = dict(sums[key]) if key in sums else {f: None for f in FIGURES}
        actual["spend"] = actual["spend"] or 0.0
        # paced to the last day its own reports cover (a weekly report ends before a daily one)
        out.append(LineActuals(i, line, line.budget, planned_to_date(line, last.get(key, day)), actual,
                               len(days.get(key, ()))))
    return out


def reforecast_lines(plan: Plan, day: date) -> list[LineItem]:
    """The lines at this pace, with their spent money locked (see the module's docstring)."""
    lines = []
    for entry in line_actuals(plan, day):
        line, spent = entry.line, entry.actual["spend"]
        if line.end is not None and line.end <= day:
            lines.append(replace(line, budget=spent, locked=True, min_budget=None, max_budget=None))
            continue
        budget = line.budget
        if entry.pacing is not None:  # the rest of its days at the pace so far
            budget = spent + entry.pacing * max(line.budget - entry.planned_to_date, 0.0)
        budget = max(budget, spent)
        minimum = max(line.min_budget or 0.0, spent) or line.min_budget
        maximum = None if line.max_budget is None else max(line.max_budget, budget)
        lines.append(replace(line, budget=budget, min_budget=minimum, max_budget=maximum,
                             locked=line.locked and budget == line.budget))
    return lines


@dataclass(frozen=True, eq=False)
class Reforecast:
    plan: Plan                  # calibrated, with the re-forecast scenario active
    scenario: int
    as_of: date
    calibration: Calibration
    results: Results
    bands: MonteCarlo | None    # None when draws = 0
    reallocatable: float        # what is left to spend: the total less what is spent and locked

    def headline(self) -> dict:
        out = {}
        for metric in HEADLINE_METRICS:
            entry = {"forecast": float(self.results.total[metric])}
            if self.bands is not None and metric in self.bands.summary.index:
                p10, p50, p90 = self.bands.band(metric)
                entry.update(p10=p10, p50=p50, p90=p90)
            out[metric] = entry
        return out


def reforecast(plan: Plan, calibration: Calibration | None = None, day: date | None = None, *, draws: int = 2000,
               seed: int = 0) -> Reforecast:
    """The re-forecast scenario added to the calibrated plan (the plan itself is not changed). Raises ValueError
    when the plan has no actuals, PlanError when the re-forecast cannot be estimated."""
    day = day or as_of(plan)
    if day is None:
        raise ValueError("the plan has no actual results to re-forecast from")
    calibration = calibration if calibration is not None else calibrate(plan)
    calibrated = accept(plan, calibration)
    lines = reforecast_lines(calibrated, day)
    name = unique_scenario_name(calibrated, f"{REFORECAST_PREFIX} {day:%Y-%m-%d}")
    at = len(calibrated.scenarios)
    new = add_scenario(calibrated, name, lines, at=at)
    results = estimate(new)
    bands = monte_carlo(new, draws=draws, seed=seed, compiled=results.compiled,
                        metrics=HEADLINE_METRICS) if draws else None
    locked = sum(line.budget for line in lines if line.locked) + sum(line.min_budget or 0 for line in lines
                                                                      if not line.locked)
    return Reforecast(new, at, day, calibration, results, bands, float(sum(x.budget for x in lines) - locked))


def daily_spend(plan: Plan, channel: str | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For the pacing chart: days (ordinals), planned and actual cumulative spend, from the first planned or reported
    day to the last, for one channel or all. Only lines with reports count (against a line nobody reports on, the
    plan would look underspent); a weekly row's spend is spread over its seven days."""
    rows = [row for row in plan.actuals if row.line and (channel is None or row.channel == channel)]
    reported = {row.line_key for row in rows}
    lines = [line for line in plan.lines if line.start and line.end and (line.channel, line.tactic, line.name)
             in reported]
    starts = [line.start for line in lines] + [row.day for row in rows]
    ends = [line.end for line in lines] + [row.last_day for row in rows]
    if not starts:
        return np.zeros(0), np.zeros(0), np.zeros(0)
    first, last = min(starts), max(ends)
    size = (last - first).days + 1
    planned, actual = np.zeros(size), np.zeros(size)
    for line in lines:
        a, b = (line.start - first).days, (line.end - first).days + 1
        planned[a:b] += line.budget / (b - a)
    for row in rows:
        a = (row.day - first).days
        actual[a:a + row.days] += row.spend / row.days
    days = np.arange(first.toordinal(), first.toordinal() + size, dtype=float)
    covered = as_of(plan) or first - timedelta(days=1)
    cumulative_actual = np.cumsum(actual)
    cumulative_actual[days > covered.toordinal()] = np.nan  # no line beyond the last report
    return days, np.cumsum(planned), cumulative_actual
