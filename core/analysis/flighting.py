"""The plan week by week: spend, impressions, orders and GMV per line, reach building up, cash out per month.

The period runs from the earliest date any line names to the latest; a plan with no dates at all uses
`default_period` (a parameter, so the answer never depends on today's date). Weeks run Monday to Sunday, the
first starting on the Monday on or before the period's first day.

A dated line spends its budget evenly over its days; an undated line over the whole period and, as in the
headline, at no festival's prices. Impressions follow spend, divided by the CPM multiplier on festival days for
auction-bought tactics; orders follow impressions, times the CVR multiplier. So the weeks add up to the headline.

Reach accumulates: the reach at the end of week w is the model's reach of every impression bought up to then
(each line's NBD at its cumulative impressions, deduplicated across lines and channels), never a sum of weekly
reach. It is computed by evaluating the plan with each line's budget scaled to the share of its impressions
delivered by then; the last week is the plan itself, so its reach is the headline reach exactly.

Cash out per month: media and KOL fees as spent, the agency fee with them; a channel's annual fee, store set-up
and deposit in the month its first line starts (the estimate charges the annual fee once, so does this); KOL
commissions, platform fees, fulfilment and the cost of returns as GMV accrues. Deposits are refundable only when the brand leaves the
platform, so by default none comes back within the plan ("never"); "after_end" books the refund in the month
after the period ends, for a plan that closes its stores.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from market_entry_planner.core.calendar import festivals_between
from market_entry_planner.core.engine.batched import batch_totals
from market_entry_planner.core.engine.compile import CompiledPlan, compile_plan
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.engine.festivals import day_date, day_number
from market_entry_planner.core.model import Plan, channel_label

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_PERIOD = (date(2027, 1, 1), date(2027, 12, 31))
DEPOSIT_REFUNDS = ("never", "after_end")
_REACH = ("reach", "effective_reach", "reach_pct", "effective_reach_pct", "impressions")


@dataclass(frozen=True, eq=False)
class Flighting:
    """A plan over time; every frame is ready for a chart (dates are pandas datetimes)."""

    period: tuple[date, date]
    weeks: "pd.DataFrame"          # a row per week: week, start, end, spend, impressions, orders, gmv, reach,
                                   # reach_pct, effective_reach, effective_reach_pct, new_reach (reach: cumulative),
                                   # festivals (labels of the festivals with a day in the week)
    lines: "pd.DataFrame"          # a row per week × line: week, start, line, channel, tactic, name, spend,
                                   # impressions, orders, gmv
    channel_reach: "pd.DataFrame"  # cumulative reach: a row per week, a column per channel
    months: "pd.DataFrame"         # cash out: a row per month (see MONTH_COLUMNS)
    festivals: "pd.DataFrame"      # festivals with a day in the period: festival, label, year, start, end, channels,
                                   # cpm_multiplier, cvr_multiplier, grade (for shading)
    spans: "pd.DataFrame"          # Gantt bars: line, channel, tactic, name, start, end, dated, budget


MONTH_COLUMNS = ("month", "media", "kol_fees", "agency_fee", "annual_fee", "store_setup", "kol_commission",
                 "platform_fee", "fulfilment", "return_costs", "cost", "deposit_paid", "deposit_refunded", "cash_out",
                 "cumulative_cash_out", "gmv", "net_gmv")


def _period(c: CompiledPlan, default_period) -> tuple[int, int]:
    if c.schedule is not None and c.schedule.period is not None:
        return c.schedule.period
    first, last = (day_number(d) for d in default_period)
    if last < first:
        raise ValueError(f"the default period ends ({default_period[1]}) before it starts ({default_period[0]})")
    return first, last


def _line_spans(c: CompiledPlan, period: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(first day, last day, dated) per line; undated lines run over the whole period."""
    dated = c.schedule.dated if c.schedule is not None else np.zeros(c.size, dtype=bool)
    start = np.where(dated, c.schedule.start if c.schedule is not None else 0, period[0])
    end = np.where(dated, c.schedule.end if c.schedule is not None else 0, period[1])
    return start.astype(np.int64), end.astype(np.int64), dated


def _interval_weights(c: CompiledPlan, spans, bounds: np.ndarray):
    """Per line and interval [bounds[k], bounds[k+1]): (days, impression weight, order weight), each (lines, k).

    Weights are in 'days at the usual price and conversion': a festival day at ×1.4 CPM weighs 1/1.4 in
    impressions for an auction-bought line. Shares of a line's total weight give its share of impressions and
    orders.
    """
    start, end, dated = spans
    lo = np.clip(bounds[None, :-1], start[:, None], end[:, None] + 1)
    hi = np.clip(bounds[None, 1:], start[:, None], end[:, None] + 1)
    days = (hi - lo).astype(float)
    impressions, orders = days.copy(), days.copy()
    schedule = c.schedule
    if schedule is not None and dated.any():
        state_cpm, state_cvr = schedule.multipliers()
        by_state = schedule.interval_days(bounds[None, :-1], bounds[None, 1:])   # (lines, k, states)
        auction = (c.buying != "unit")[:, None]
        impressions = np.where(dated[:, None] & auction, by_state @ (1.0 / state_cpm), impressions)
        orders = np.where(dated[:, None], np.where(auction, by_state @ (state_cvr / state_cpm),
                                                   by_state @ state_cvr), orders)
    return days, impressions, orders


def _shares(weights: np.ndarray) -> np.ndarray:
    total = weights.sum(axis=1, keepdims=True)
    return np.divide(weights, total, out=np.zeros_like(weights), where=total > 0)


def _cumulative_shares(weights: np.ndarray) -> np.ndarray:
    """Share of each line's total delivered by the end of each interval; the last is exactly 1."""
    running = np.cumsum(weights, axis=1)
    total = running[:, -1:]
    return np.divide(running, total, out=np.ones_like(running), where=total > 0)


def _months(first: int, last: int) -> list[int]:
    """First day of each month from first's month to the month after last's (as day numbers)."""
    day, end = day_date(first).replace(day=1), day_date(last)
    out = []
    while True:
        out.append(day_number(day))
        if day > end:
            return out
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _dates(numbers) -> "pd.Series":
    import pandas as pd

    return pd.to_datetime(np.asarray(numbers, dtype=np.int64), unit="D")


def flighting(plan: Plan, *, compiled: CompiledPlan | None = None, budgets=None,
              default_period: tuple[date, date] = DEFAULT_PERIOD, deposit_refund: str = "never") -> Flighting:
    """The plan week by week and month by month. `budgets` (per line) defaults to the plan's own."""
    import pandas as pd

    if deposit_refund not in DEPOSIT_REFUNDS:
        raise ValueError(f"deposit_refund must be one of {', '.join(DEPOSIT_REFUNDS)}, not {deposit_refund!r}")
    c = compile_plan(plan) if compiled is None else compiled
    budget = c.budgets if budgets is None else np.asarray(budgets, dtype=float)
    results = evaluate(c, budget)
    line = results.line
    first, last = _period(c, default_period)
    spans = _line_spans(c, (first, last))
    n = c.size

    # weeks
    monday = first - (first + 3) % 7  # day 0, 1970-01-01, was a Thursday
    week_bounds = np.arange(monday, last + 8, 7, dtype=np.int64)
    week_bounds = week_bounds[: np.searchsorted(week_bounds, last, side="right") + 1]
    weeks = len(week_bounds) - 1
    days, impression_weight, order_weight = _interval_weights(c, spans, week_bounds)
    spend = budget[:, None] * _shares(days)
    impressions = line["impressions"][:, None] * _shares(impression_weight)
    orders = line["orders"][:, None] * _shares(order_weight)
    gmv = line["gmv"][:, None] * _shares(order_weight)

    delivered = _cumulative_shares(impression_weight)                      # (lines, weeks)
    cumulative = batch_totals(c, (budget[:, None] * delivered).T, totals=_REACH) if n else None
    reach = cumulative["reach"] if n else np.zeros(weeks)

    # shade only what the numbers meet: festivals on the channels of dated lines (undated lines meet none)
    dated = c.schedule.dated if c.schedule is not None else np.zeros(n, dtype=bool)
    festivals = festivals_between(plan.calendar, day_date(first), day_date(last),
                                  channels={ch for ch, d in zip(c.line_channel, dated) if d})
    labels = []
    for k in range(weeks):
        week_first, week_last = day_date(week_bounds[k]), day_date(week_bounds[k + 1] - 1)
        labels.append(", ".join(f.label for f in festivals if f.end >= week_first and f.start <= week_last))
    week_frame = pd.DataFrame({
        "week": np.arange(weeks), "start": _dates(week_bounds[:-1]), "end": _dates(week_bounds[1:] - 1),
        "spend": spend.sum(axis=0), "impressions": impressions.sum(axis=0), "orders": orders.sum(axis=0),
        "gmv": gmv.sum(axis=0), "reach": reach,
        "reach_pct": cumulative["reach_pct"] if n else np.zeros(weeks),
        "effective_reach": cumulative["effective_reach"] if n else np.zeros(weeks),
        "effective_reach_pct": cumulative["effective_reach_pct"] if n else np.zeros(weeks),
        "new_reach": np.diff(reach, prepend=0.0), "festivals": labels,
    })
    line_frame = pd.DataFrame({
        "week": np.tile(np.arange(weeks), n), "start": _dates(np.tile(week_bounds[:-1], n)),
        "line": np.repeat(np.arange(n), weeks), "channel": np.repeat(np.array(c.line_channel, dtype=object), weeks),
        "tactic": np.repeat(np.array(c.line_tactic, dtype=object), weeks),
        "name": np.repeat(np.array(c.line_name, dtype=object), weeks),
        "spend": spend.ravel(), "impressions": impressions.ravel(), "orders": orders.ravel(), "gmv": gmv.ravel(),
    })
    channel_reach = pd.DataFrame(cumulative["channel_reach"] if n else np.zeros((weeks, len(c.channels))),
                                 columns=list(c.channels), index=pd.Index(np.arange(weeks), name="week"))

    month_frame = _cash_out(c, budget, results, spans, first, last, deposit_refund)
    festival_frame = pd.DataFrame({
        "festival": [f.key for f in festivals], "label": [f.label for f in festivals],
        "year": [f.year for f in festivals], "start": _dates([day_number(f.start) for f in festivals]),
        "end": _dates([day_number(f.end) for f in festivals]),
        "channels": [", ".join(channel_label(x) for x in f.channels) or "All" for f in festivals],
        "cpm_multiplier": [f.cpm_multiplier for f in festivals],
        "cvr_multiplier": [f.cvr_multiplier for f in festivals],
        "grade": [f.grade for f in festivals],
    })
    span_frame = pd.DataFrame({
        "line": np.arange(n), "channel": list(c.line_channel), "tactic": list(c.line_tactic),
        "name": list(c.line_name), "start": _dates(spans[0]), "end": _dates(spans[1]), "dated": spans[2],
        "budget": budget,
    })
    return Flighting(period=(day_date(first), day_date(last)), weeks=week_frame, lines=line_frame,
                     channel_reach=channel_reach, months=month_frame, festivals=festival_frame, spans=span_frame)


def month_spend_shares(c: CompiledPlan, default_period: tuple[date, date] = DEFAULT_PERIOD):
    """(month bounds, shares): the first day of each month of the plan's period and of the month after (day
    numbers), and per line the share of its budget spent in each month (lines, months) — as the Cash flow chart
    books media and KOL fees, so that a monthly cap (core/optimise/timing) means what that chart shows."""
    first, last = _period(c, default_period)
    bounds = np.array(_months(first, last), dtype=np.int64)
    days, _, _ = _interval_weights(c, _line_spans(c, (first, last)), bounds)
    return bounds, _shares(days)


def _cash_out(c: CompiledPlan, budget, results, spans, first: int, last: int, deposit_refund: str) -> "pd.DataFrame":
    import pandas as pd

    line = results.line
    bounds = np.array(_months(first, last), dtype=np.int64)
    if deposit_refund == "after_end":  # one more month, for the refund
        bounds = np.append(bounds, _months(bounds[-1], bounds[-1])[-1])
    days, _, order_weight = _interval_weights(c, spans, bounds)
    by_days, by_orders = _shares(days), _shares(order_weight)
    months = len(bounds) - 1
    table = {name: (line[name][:, None] * by_days).sum(axis=0) for name in ("media", "kol_fees", "agency_fee")}
    table |= {name: (line[name][:, None] * by_orders).sum(axis=0)
              for name in ("kol_commission", "platform_fee", "fulfilment", "return_costs", "gmv", "net_gmv")}

    # channel costs in the month the channel's first line with budget starts
    for name in ("annual_fee", "store_setup", "deposit_paid", "deposit_refunded"):
        table[name] = np.zeros(months)
    groups = len(c.channels)
    spending = budget > 0
    for channel in range(groups):
        mine = spending & (c.channel_code == channel)
        if not mine.any():
            continue
        month = np.searchsorted(bounds, spans[0][mine].min(), side="right") - 1
        table["annual_fee"][month] += c.inputs["annual_fee"][channel]
        table["store_setup"][month] += c.inputs["store_setup"][channel]
        table["deposit_paid"][month] += c.inputs["deposit"][channel]
        if deposit_refund == "after_end":
            table["deposit_refunded"][-1] += c.inputs["deposit"][channel]
    table["cost"] = (table["media"] + table["kol_fees"] + table["agency_fee"] + table["annual_fee"]
                     + table["store_setup"] + table["kol_commission"] + table["platform_fee"] + table["fulfilment"]
                     + table["return_costs"])
    table["cash_out"] = table["cost"] + table["deposit_paid"] - table["deposit_refunded"]
    table["cumulative_cash_out"] = np.cumsum(table["cash_out"])
    table["month"] = _dates(bounds[:-1])
    return pd.DataFrame({name: table[name] for name in MONTH_COLUMNS})
