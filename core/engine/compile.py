"""Plan → arrays: every line's parameters resolved (assumptions, fallbacks, overrides) and the plan checked.

`compile_plan` is the only place with Python work per line; `evaluate` (core/engine/evaluate.py) then runs on
its arrays, vectorised, on every edit. Its definitions are in docs/model.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from market_entry_planner.core.calendar import calendar_problems
from market_entry_planner.core.engine.festivals import Schedule, build_schedule, festival_factors
from market_entry_planner.core.model import Plan
from market_entry_planner.core.parameters import FUNNEL_PARAMETERS, PARAMETERS, valid_range
from market_entry_planner.core.problems import PlanError, Problem

# parameters every line resolves; the price and audience parameter come from its tactic
_LINE_PARAMETERS = FUNNEL_PARAMETERS + ("kol_commission", "platform_fee")
_CHANNEL_COSTS = ("annual_fee", "store_setup", "deposit")


@dataclass(frozen=True, eq=False)
class CompiledPlan:
    """A plan's lines resolved into arrays; everything `evaluate` needs except the budgets."""

    channels: tuple[str, ...]          # channel keys that have lines; index = channel code
    channel_code: np.ndarray           # per line
    line_channel: tuple[str, ...]
    line_tactic: tuple[str, ...]
    line_name: tuple[str, ...]
    budgets: np.ndarray                # the plan's own budgets
    population: float
    audience: np.ndarray               # per channel: target people reachable there (A_c)
    unit_price: np.ndarray             # per line: CNY per unit (cpm: per 1,000 impressions)
    impressions_per_yuan: np.ndarray
    order_rate: np.ndarray             # orders per impression
    is_kol: np.ndarray
    whole_units: np.ndarray
    params: dict[str, np.ndarray]      # per line: ctr, on_target, k, aov, return_rate, ...
    fixed_costs: np.ndarray            # per channel: annual fee + store set-up
    deposit: np.ndarray                # per channel
    gross_margin: float
    agency_fee: float
    effective_frequency: int
    # For the uncertainty view and the weekly flighting. `inputs`: each figure as resolved, before festival effects
    # (per line: price, audience_per_unit, ctr, cvr, on_target, k, aov, return_rate, kol_commission, platform_fee,
    # fulfilment_per_order; per channel: penetration, annual_fee, store_setup, deposit). `provenance`: the same keys,
    # the index of the assumption row that supplied it, or -1 (a line's override, the brand's own market figure, or
    # no row at all), so that a Monte Carlo draw moves every line that shares a row together.
    inputs: dict[str, np.ndarray] = field(default_factory=dict)
    provenance: dict[str, np.ndarray] = field(default_factory=dict)
    buying: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))  # per line: cpm, cpc or unit
    schedule: Schedule | None = None  # the lines' dates against the festival calendar

    @property
    def size(self) -> int:
        return len(self.budgets)


def line_rates(buying, price, ctr, cvr, audience_per_unit, cpm_factor=1.0, cvr_factor=1.0):
    """(impressions per yuan, orders per impression) of lines; arrays broadcast (a batch of draws is fine)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        impressions_per_yuan = np.select(
            [buying == "cpm", buying == "cpc"], [1000.0 / price, 1.0 / (price * ctr)], audience_per_unit / price)
    impressions_per_yuan = np.nan_to_num(impressions_per_yuan, nan=0.0, posinf=0.0) * cpm_factor
    order_rate = np.where(buying == "unit", cvr, ctr * cvr) * cvr_factor
    return impressions_per_yuan, order_rate


def _add(problems, line, field, message):
    problems.append(Problem(message, line=line, field=field))


def compile_plan(plan: Plan) -> CompiledPlan:
    """Resolve and check a plan; raise PlanError listing every problem."""
    market, assumptions, tactics = plan.market, plan.assumptions, plan.tactics
    lines = plan.lines
    problems: list[Problem] = []

    if market.aov is None:
        problems.append(Problem("Average order value is missing. It is the brand's own figure and has no default: "
                                "set it in the market settings (Market sheet, 'Average order value').", field="aov"))
    elif not (market.aov > 0):
        problems.append(Problem(f"Average order value must be above 0, not {market.aov}.", field="aov"))
    if market.gross_margin is None:
        problems.append(Problem("Gross margin is missing. It is the brand's own figure and has no default: "
                                "set it in the market settings (Market sheet, 'Gross margin').",
                                field="gross_margin"))
    elif not (0 <= market.gross_margin <= 1):
        problems.append(Problem(f"Gross margin must be between 0% and 100%, not {market.gross_margin}.",
                                field="gross_margin"))
    if not (market.target_population > 0):
        problems.append(Problem("Target population must be above 0.", field="target_population"))
    if not (0 <= market.agency_fee <= 1):
        problems.append(Problem(f"Agency fee must be between 0% and 100%, not {market.agency_fee}.",
                                field="agency_fee"))
    if int(market.effective_frequency) < 1:
        problems.append(Problem("Effective frequency must be 1 or more.", field="effective_frequency"))

    # channels in the assumptions' order, restricted to those the lines use
    used = {line.channel for line in lines}
    channels = tuple(c for c in plan.channels if c in used) + tuple(sorted(used - set(plan.channels)))
    channel_index = {c: i for i, c in enumerate(channels)}

    # resolve each distinct channel × tactic once, then broadcast to lines
    pair_values: dict[tuple[str, str], dict[str, float]] = {}
    pair_rows: dict[tuple[str, str], dict[str, int]] = {}
    for line_no, line in enumerate(lines):
        pair = (line.channel, line.tactic)
        if pair in pair_values:
            continue
        values: dict[str, float] = {}
        rows = pair_rows[pair] = {}
        tactic = tactics.get(line.tactic)
        if tactic is None:
            _add(problems, line_no, "tactic",
                 f"Unknown tactic '{line.tactic}'. Known tactics: {', '.join(tactics)}.")
            pair_values[pair] = values
            continue
        needed = list(_LINE_PARAMETERS) + [tactic.price_parameter]
        if tactic.buying == "unit":
            needed.append(tactic.audience_parameter)
        for name in needed:
            row = assumptions.find(line.channel, line.tactic, name)
            if row is not None:
                values[name] = row.value
                rows[name] = assumptions.index_of(row.key)
            elif name == "kol_commission" and not tactic.pays_commission:
                values[name] = 0.0  # not a KOL tactic: nobody takes a commission unless a row says so
        pair_values[pair] = values

    n = len(lines)
    # one table row per distinct channel × tactic, broadcast to the lines by index: no Python work per line
    pairs = list(pair_values)
    pair_index = {pair: j for j, pair in enumerate(pairs)}
    line_pair = np.fromiter((pair_index[(line.channel, line.tactic)] for line in lines), np.intp, n)
    names = _LINE_PARAMETERS + ("price", "audience_per_unit")
    table = {name: np.full(len(pairs), np.nan) for name in names}
    table_origin = {name: np.full(len(pairs), -1, dtype=np.intp) for name in names}
    for j, pair in enumerate(pairs):
        values, rows = pair_values[pair], pair_rows[pair]
        tactic = tactics.get(pair[1])
        keys = {name: name for name in _LINE_PARAMETERS}
        if tactic is not None:
            keys["price"] = tactic.price_parameter
            if tactic.buying == "unit":
                keys["audience_per_unit"] = tactic.audience_parameter
        for name, key in keys.items():
            table[name][j] = values.get(key, np.nan)
            table_origin[name][j] = rows.get(key, -1)
    columns = {name: table[name][line_pair] for name in names}
    origin = {name: table_origin[name][line_pair] for name in names}
    columns["aov"] = np.full(n, market.aov if market.aov is not None else np.nan)
    origin["aov"] = np.full(n, -1, dtype=np.intp)

    for i, line in enumerate(lines):
        if not line.overrides:
            continue
        tactic = tactics.get(line.tactic)
        for name, value in line.overrides.items():
            if tactic is not None and name == tactic.price_parameter:
                columns["price"][i], origin["price"][i] = value, -1
            elif tactic is not None and tactic.buying == "unit" and name == tactic.audience_parameter:
                columns["audience_per_unit"][i], origin["audience_per_unit"][i] = value, -1
            elif name in columns:
                columns[name][i], origin[name][i] = value, -1
            elif name in PARAMETERS and PARAMETERS[name].level == "channel":
                _add(problems, i, name, f"'{name}' is set per channel on the Assumptions sheet, not per line.")
            else:
                _add(problems, i, name, f"'{name}' is not a parameter of {line.tactic}.")

    budgets = np.array([line.budget for line in lines], dtype=float)
    bad_budget = ~np.isfinite(budgets) | (budgets < 0)
    for i in np.flatnonzero(bad_budget):
        _add(problems, int(i), "budget", f"Budget must be a number of 0 or more, not {lines[i].budget}.")
    for i, line in enumerate(lines):
        if line.start is not None and line.end is not None and line.end < line.start:
            _add(problems, i, "end", f"The line ends ({line.end}) before it starts ({line.start}).")
    problems += calendar_problems(plan.calendar)

    # missing or out-of-range parameters, said once per line
    for name, array in columns.items():
        label = {"price": "price", "audience_per_unit": "audience per unit"}.get(name, name)
        for i in np.flatnonzero(np.isnan(array)):
            if tactics.get(lines[i].tactic) is None or (name == "aov" and market.aov is None):
                continue
            tactic = tactics[lines[i].tactic]
            if name == "audience_per_unit" and tactic.buying != "unit":
                continue
            key = {"price": tactic.price_parameter, "audience_per_unit": tactic.audience_parameter}.get(name, name)
            _add(problems, int(i), key, f"No value for '{key}' on {lines[i].channel} × {lines[i].tactic}: "
                                        "add a row on the Assumptions sheet or an override on the line.")
        key_range = valid_range(name) if name in PARAMETERS else (0.0, np.inf)
        bad = ~np.isnan(array) & ((array < key_range[0]) | (array > key_range[1]))
        if name in ("price",):
            bad |= ~np.isnan(array) & (array <= 0)
        for i in np.flatnonzero(bad):
            _add(problems, int(i), label, f"'{label}' must be between {key_range[0]:g} and {key_range[1]:g} "
                                          f"(and a price above 0), not {array[i]:g}.")

    # channel-level figures
    population = float(market.target_population)
    audience = np.zeros(len(channels))
    fixed = np.zeros(len(channels))
    deposit = np.zeros(len(channels))
    channel_inputs = {name: np.zeros(len(channels)) for name in ("penetration",) + _CHANNEL_COSTS}
    channel_origin = {name: np.full(len(channels), -1, dtype=np.intp) for name in channel_inputs}
    for c, channel in enumerate(channels):
        row = assumptions.find(channel, "*", "penetration")
        if row is not None:
            channel_inputs["penetration"][c] = row.value
            channel_origin["penetration"][c] = assumptions.index_of(row.key)
        if row is None:
            problems.append(Problem(f"Channel '{channel}' has no penetration: add a row (Channel '{channel}', "
                                    "Tactic '*', Parameter 'penetration') on the Assumptions sheet.",
                                    field="penetration"))
        elif not (0 <= row.value <= 1):
            problems.append(Problem(f"Penetration of '{channel}' must be between 0% and 100%, not {row.value}.",
                                    field="penetration"))
        else:
            audience[c] = population * row.value
        for name in _CHANNEL_COSTS:
            row = assumptions.find(channel, "*", name)
            value = row.value if row is not None else 0.0
            channel_inputs[name][c] = value
            channel_origin[name][c] = assumptions.index_of(row.key) if row is not None else -1
            if name == "deposit":
                deposit[c] = value
            else:
                fixed[c] += value

    if problems:
        raise PlanError(problems)

    buying = np.array([tactics[line.tactic].buying for line in lines] if n else [], dtype=object)
    channel_code = np.array([channel_index[line.channel] for line in lines], dtype=np.intp)
    # festivals: a dated line's days at festival prices and conversion, folded into per-line factors (linear in
    # budget, so `evaluate` stays as it is)
    schedule = build_schedule([line.start for line in lines], [line.end for line in lines], channel_code, channels,
                              plan.calendar)
    cpm_factor, cvr_factor = festival_factors(schedule, buying != "unit", *schedule.multipliers())
    impressions_per_yuan, order_rate = line_rates(buying, columns["price"], columns["ctr"], columns["cvr"],
                                                  columns["audience_per_unit"], cpm_factor, cvr_factor)

    params = {name: columns[name] for name in ("ctr", "on_target", "k", "aov", "return_rate", "kol_commission",
                                                "platform_fee", "fulfilment_per_order")}
    return CompiledPlan(
        channels=channels,
        channel_code=channel_code,
        line_channel=tuple(line.channel for line in lines),
        line_tactic=tuple(line.tactic for line in lines),
        line_name=tuple(line.name for line in lines),
        budgets=budgets,
        population=population,
        audience=audience,
        unit_price=columns["price"],
        impressions_per_yuan=impressions_per_yuan,
        order_rate=order_rate,
        is_kol=np.array([tactics[line.tactic].pays_commission for line in lines], dtype=bool),
        whole_units=np.array([tactics[line.tactic].whole_units for line in lines], dtype=bool),
        params=params,
        fixed_costs=fixed,
        deposit=deposit,
        gross_margin=float(market.gross_margin),
        agency_fee=float(market.agency_fee),
        effective_frequency=int(market.effective_frequency),
        inputs={**columns, **channel_inputs},
        provenance={**origin, **channel_origin},
        buying=buying,
        schedule=schedule,
    )
