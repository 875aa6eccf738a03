"""Plan → arrays: every line's figures resolved (assumptions, fallbacks, overrides), pools and demand groups
formed, and the plan checked.

`compile_plan` is the only place with Python work per line; the model (core/engine/model.py) then runs on its
arrays, vectorised, on every edit. `derive` turns resolved figures into the model's rates; the Monte Carlo calls it
with drawn figures, so a draw and the point estimate go through the same definitions (docs/model.md).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from market_entry_planner.core.amounts import MAX_EFFECTIVE_FREQUENCY
from market_entry_planner.core.calendar import calendar_problems
from market_entry_planner.core.engine.festivals import Schedule, build_schedule, festival_factors
from market_entry_planner.core.engine.model import Rates, Structure, group_max
from market_entry_planner.core.model import Plan
from market_entry_planner.core.parameters import FUNNEL_PARAMETERS, PARAMETERS, halo_parameter, valid_range
from market_entry_planner.core.problems import PlanError, Problem

# figures every line resolves (the price, audience and conversion figures come from its tactic)
LINE_INPUTS = ("price", "audience_per_unit", "views_per_viewer", "viewer_pool", "ctr", "cvr", "gmv_per_view",
               "reference_aov", "price_elasticity", "on_target", "k", "frequency_response", "return_rate",
               "return_cost_per_order", "kol_commission", "platform_fee", "fulfilment_per_order", "search_demand",
               "aov", "gross_margin")
CHANNEL_INPUTS = ("penetration", "annual_fee", "store_setup", "deposit")
_ALWAYS = FUNNEL_PARAMETERS + ("platform_fee",)
# a row that may be absent: (value when absent); viewer_pool absent = the whole channel audience
_OPTIONAL = {"kol_commission": 0.0, "viewer_pool": np.nan, "views_per_viewer": 1.0}
# figures that make lines of one channel × tactic share (or not) an audience: lines that take them from the same
# place (one assumption row, or one typed value) form one pool
_POOL_KEYS = ("k", "on_target", "viewer_pool", "views_per_viewer", "frequency_response")
_CHANNEL_COSTS = ("annual_fee", "store_setup", "deposit")
_MARKET_LINE = ("aov", "gross_margin")  # the brand's figures a line may override


@dataclass(frozen=True, eq=False)
class CompiledPlan:
    """A plan's lines resolved into arrays; everything the model needs except the budgets."""

    channels: tuple[str, ...]          # channel keys that have lines; index = channel code
    channel_code: np.ndarray           # per line
    line_channel: tuple[str, ...]
    line_tactic: tuple[str, ...]
    line_name: tuple[str, ...]
    budgets: np.ndarray                # the plan's own budgets
    population: float
    unit_price: np.ndarray             # per line: CNY per unit (cpm: per 1,000 impressions; cpc: per click)
    is_kol: np.ndarray
    whole_units: np.ndarray
    agency_fee: float
    effective_frequency: int
    structure: Structure
    rates: Rates                       # the point estimate's rates (festival effects included)
    # `inputs`: each figure as resolved, before festival effects, per line (LINE_INPUTS), per channel
    # (CHANNEL_INPUTS) and "halo" (lines × channels). `provenance`: the same keys and shapes, the index of the
    # assumption row that supplied it, or -1 (a line's override, the brand's own figure, or no row at all), so that
    # a Monte Carlo draw moves every line that shares a row together.
    inputs: dict[str, np.ndarray] = field(default_factory=dict)
    provenance: dict[str, np.ndarray] = field(default_factory=dict)
    buying: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))  # per line: cpm, cpc or unit
    uses_gmv_per_view: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    schedule: Schedule | None = None  # the lines' dates against the festival calendar
    festival: tuple = (1.0, 1.0)      # per line (cpm factor, conversion factor) of the festivals its days meet

    @property
    def size(self) -> int:
        return len(self.budgets)

    @property
    def audience(self) -> np.ndarray:
        """Per channel: target people reachable there (A_c)."""
        return self.rates.audience

    @property
    def fixed_costs(self) -> np.ndarray:
        return self.rates.fixed_costs

    @property
    def deposit(self) -> np.ndarray:
        return self.rates.deposit


def derive(c_buying: np.ndarray, uses_gmv_per_view: np.ndarray, structure: Structure, inputs: dict,
           population: float, festival=(1.0, 1.0)) -> Rates:
    """The model's rates from resolved figures. Arrays broadcast: a batch of drawn figures (B, L) gives (B, …)."""
    s, f = structure, inputs
    cpm, cpc, unit = c_buying == "cpm", c_buying == "cpc", c_buying == "unit"
    price, ctr = f["price"], f["ctr"]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        impressions = np.where(cpm, 1000.0 / price, np.where(cpc, 1.0 / (price * ctr), f["audience_per_unit"] / price))
        impressions = np.nan_to_num(impressions, nan=0.0, posinf=0.0) * festival[0]
        exposures = np.where(unit, 1.0 / f["views_per_viewer"], 1.0)
        # the evidence's own unit: orders per impression (ads: CTR × CVR; unit tactics: per view) or GMV per view
        base = np.where(unit, np.where(uses_gmv_per_view, f["gmv_per_view"] / f["reference_aov"], f["cvr"]),
                        ctr * f["cvr"])
        price_factor = (f["aov"] / f["reference_aov"]) ** -f["price_elasticity"]
    before_festivals = base * price_factor  # NaN only where the brand's order value is missing
    conversion = before_festivals * festival[1]
    at_pool = (lambda a: np.take(a, s.pool_line, axis=-1))
    audience = population * f["penetration"]
    pool_audience = np.take(audience, s.pool_channel, axis=-1)
    pool_people = at_pool(f["viewer_pool"]) * at_pool(f["on_target"])
    universe = np.where(np.isnan(pool_people), pool_audience, np.minimum(pool_people, pool_audience))
    # a pool's purchase potential: its people (all of them, not only the target group, since conversion is measured
    # on all impressions) × the share of them who would buy, = conversion per exposure ÷ frequency response. The
    # strongest line's conversion sets it, so a line bought at festival time converts faster, not more people.
    per_exposure = before_festivals / exposures
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # nobody on target: no saturation (inf)
        potential = (universe / at_pool(f["on_target"])) * group_max(per_exposure, s.pool_code, s.pools) \
            / at_pool(f["frequency_response"])
    at_group = (lambda a: np.take(a, s.demand_line, axis=-1))
    return Rates(
        impressions_per_yuan=impressions, exposures_per_impression=exposures, on_target=f["on_target"],
        conversion=conversion, ctr=ctr, aov=f["aov"], gross_margin=f["gross_margin"], return_rate=f["return_rate"],
        return_cost_per_order=f["return_cost_per_order"], kol_commission=f["kol_commission"],
        platform_fee=f["platform_fee"], fulfilment_per_order=f["fulfilment_per_order"],
        universe=universe, k=at_pool(f["k"]), potential=potential,
        audience=audience, fixed_costs=f["annual_fee"] + f["store_setup"], deposit=f["deposit"],
        demand=at_group(f["search_demand"]), halo=np.take(f["halo"], s.demand_line, axis=-2),
        population=float(population))


def _add(problems, line, field, message):
    problems.append(Problem(message, line=line, field=field))


def _market_problems(market, require_market: bool) -> list[Problem]:
    problems = []
    if market.aov is None:
        if require_market:
            problems.append(Problem(
                "Average order value is missing. It is the brand's own figure and has no default: set it in the "
                "market settings (Market sheet, 'Average order value').", field="aov"))
    elif not (np.isfinite(market.aov) and market.aov > 0):
        problems.append(Problem(f"Average order value must be above 0, not {market.aov}.", field="aov"))
    if market.gross_margin is None:
        if require_market:
            problems.append(Problem(
                "Gross margin is missing. It is the brand's own figure and has no default: set it in the market "
                "settings (Market sheet, 'Gross margin').", field="gross_margin"))
    elif not (0 <= market.gross_margin <= 1):
        problems.append(Problem(f"Gross margin must be between 0% and 100%, not {market.gross_margin}.",
                                field="gross_margin"))
    if not (np.isfinite(market.target_population) and market.target_population > 0):
        problems.append(Problem("Target population must be above 0.", field="target_population"))
    if not (0 <= market.agency_fee <= 1):
        problems.append(Problem(f"Agency fee must be between 0% and 100%, not {market.agency_fee}.",
                                field="agency_fee"))
    if not (1 <= int(market.effective_frequency) <= MAX_EFFECTIVE_FREQUENCY):
        problems.append(Problem(f"Effective frequency must be between 1 and {MAX_EFFECTIVE_FREQUENCY}, not "
                                f"{market.effective_frequency}.", field="effective_frequency"))
    return problems


def compile_plan(plan: Plan, require_market: bool = True) -> CompiledPlan:
    """Resolve and check a plan; raise PlanError listing every problem.

    require_market=False lets a plan without the brand's order value or margin compile: reach needs neither, and
    every money figure then comes out NaN (shown as missing), never as a guess."""
    market, assumptions, tactics = plan.market, plan.assumptions, plan.tactics
    lines = plan.lines
    n = len(lines)
    problems = _market_problems(market, require_market)

    # channels in the assumptions' order, restricted to those the lines use
    used = {line.channel for line in lines}
    channels = tuple(c for c in plan.channels if c in used) + tuple(sorted(used - set(plan.channels)))
    channel_index = {c: i for i, c in enumerate(channels)}
    halo_names = tuple(halo_parameter(c) for c in channels)

    # resolve each distinct channel × tactic once: {input name: (value, row index)}
    pairs: dict[tuple[str, str], dict[str, tuple[float, int]]] = {}
    for line_no, line in enumerate(lines):
        pair = (line.channel, line.tactic)
        if pair in pairs:
            continue
        found = pairs[pair] = {}
        tactic = tactics.get(line.tactic)
        if tactic is None:
            _add(problems, line_no, "tactic", f"Unknown tactic '{line.tactic}'. Known tactics: {', '.join(tactics)}.")
            continue
        wanted = {name: name for name in (*_ALWAYS, *_OPTIONAL)}
        wanted["price"] = tactic.price_parameter
        if tactic.buying == "unit":
            wanted["audience_per_unit"] = tactic.audience_parameter
            wanted[tactic.conversion_parameter] = tactic.conversion_parameter
        else:
            wanted["cvr"] = "cvr"
        if tactic.buying == "cpc":
            wanted["search_demand"] = "search_demand"
            wanted.update({name: name for name in halo_names})
        for name, key in wanted.items():
            row = assumptions.find(line.channel, line.tactic, key)
            if row is not None:
                found[name] = (row.value, assumptions.index_of(row.key))
            elif name == "kol_commission" and tactic.pays_commission:
                continue  # a KOL tactic needs its commission: reported as missing below
            elif name in _OPTIONAL:
                found[name] = (_OPTIONAL[name], -1)
            elif name in halo_names:
                found[name] = (0.0, -1)  # no row: the plan's content on that channel does not feed this demand

    # per-line arrays: one table row per distinct channel × tactic, broadcast to the lines by index (no Python work
    # per line and figure), then overrides
    pair_list = list(pairs)
    pair_of = {pair: j for j, pair in enumerate(pair_list)}
    line_pair = np.fromiter((pair_of[(line.channel, line.tactic)] for line in lines), np.intp, n)
    inputs, origin = {}, {}
    for name in LINE_INPUTS:
        values = np.array([pairs[p].get(name, (np.nan, -1))[0] for p in pair_list] or [np.nan], dtype=float)
        rows = np.array([pairs[p].get(name, (np.nan, -1))[1] for p in pair_list] or [-1], dtype=np.intp)
        inputs[name], origin[name] = values[line_pair], rows[line_pair]
    halo_values = np.array([[pairs[p].get(h, (0.0, -1))[0] for h in halo_names] for p in pair_list],
                           dtype=float).reshape(len(pair_list), len(halo_names))
    halo_rows = np.array([[pairs[p].get(h, (0.0, -1))[1] for h in halo_names] for p in pair_list],
                         dtype=np.intp).reshape(len(pair_list), len(halo_names))
    halo, halo_origin = halo_values[line_pair], halo_rows[line_pair]
    inputs["aov"][:] = market.aov if market.aov is not None else np.nan
    inputs["gross_margin"][:] = market.gross_margin if market.gross_margin is not None else np.nan

    for i, line in enumerate(lines):
        tactic = tactics.get(line.tactic)
        if not line.overrides or tactic is None:
            continue
        margin_given = False
        for name, value in line.overrides.items():
            if name == tactic.price_parameter:
                inputs["price"][i], origin["price"][i] = value, -1
            elif tactic.buying == "unit" and name == tactic.audience_parameter:
                inputs["audience_per_unit"][i], origin["audience_per_unit"][i] = value, -1
            elif name in LINE_INPUTS and name not in ("price", "audience_per_unit"):
                inputs[name][i], origin[name][i] = value, -1
                margin_given |= name == "gross_margin"
            elif name in PARAMETERS and PARAMETERS[name].level == "channel" or name in halo_names:
                _add(problems, i, name, f"'{name}' is set per channel on the Assumptions sheet, not per line.")
            else:
                _add(problems, i, name, f"'{name}' is not a parameter of {line.tactic}.")
        # a discounted deal keeps the unit cost: the margin follows the line's own order value
        if "aov" in line.overrides and not margin_given and market.aov and market.gross_margin is not None:
            unit_cost = market.aov * (1.0 - market.gross_margin)
            inputs["gross_margin"][i] = 1.0 - unit_cost / inputs["aov"][i] if inputs["aov"][i] > 0 else np.nan

    budgets = np.array([line.budget for line in lines], dtype=float)
    for i in np.flatnonzero(~np.isfinite(budgets) | (budgets < 0)):
        _add(problems, int(i), "budget", f"Budget must be a number of 0 or more, not {lines[i].budget}.")
    for i, line in enumerate(lines):
        if line.start is not None and line.end is not None and line.end < line.start:
            _add(problems, i, "end", f"The line ends ({line.end}) before it starts ({line.start}).")
    problems += calendar_problems(plan.calendar)
    problems += _line_value_problems(lines, tactics, inputs, market)

    # channel-level figures
    channel_inputs = {name: np.zeros(len(channels)) for name in CHANNEL_INPUTS}
    channel_origin = {name: np.full(len(channels), -1, dtype=np.intp) for name in CHANNEL_INPUTS}
    for c, channel in enumerate(channels):
        row = assumptions.find(channel, "*", "penetration")
        if row is None:
            problems.append(Problem(f"Channel '{channel}' has no penetration: add a row (Channel '{channel}', "
                                    "Tactic '*', Parameter 'penetration') on the Assumptions sheet.",
                                    field="penetration"))
        elif not (0 <= row.value <= 1):
            problems.append(Problem(f"Penetration of '{channel}' must be between 0% and 100%, not {row.value}.",
                                    field="penetration"))
        else:
            channel_inputs["penetration"][c] = row.value
            channel_origin["penetration"][c] = assumptions.index_of(row.key)
        for name in _CHANNEL_COSTS:
            row = assumptions.find(channel, "*", name)
            channel_inputs[name][c] = row.value if row is not None else 0.0
            channel_origin[name][c] = assumptions.index_of(row.key) if row is not None else -1

    if problems:
        raise PlanError(problems)

    # per-line tactic facts: one lookup per channel × tactic, spread to the lines by their pair
    pair_tactic = [tactics[tactic] for _, tactic in pair_list]
    buying = np.array([t.buying for t in pair_tactic], dtype=object)[line_pair] if n else np.zeros(0, dtype=object)
    uses_gmv = np.array([t.buying == "unit" and t.conversion_parameter == "gmv_per_view" for t in pair_tactic] or
                        [False], dtype=bool)[line_pair]
    is_kol = np.array([t.pays_commission for t in pair_tactic] or [False], dtype=bool)[line_pair]
    whole_units = np.array([t.whole_units for t in pair_tactic] or [False], dtype=bool)[line_pair]
    channel_code = np.array([channel_index[channel] for channel, _ in pair_list] or [0], dtype=np.intp)[line_pair]
    # festivals: a dated line's days at festival prices and conversion, folded into per-line factors
    schedule = build_schedule([line.start for line in lines], [line.end for line in lines], channel_code, channels,
                              plan.calendar)
    structure = _structure(lines, buying, channel_code, len(channels), inputs, origin, halo, halo_origin, schedule)
    festival = festival_factors(schedule, buying != "unit", *schedule.multipliers())
    all_inputs = {**inputs, **channel_inputs, "halo": halo}
    population = float(market.target_population)
    rates = derive(buying, uses_gmv, structure, all_inputs, population, festival)
    return CompiledPlan(
        channels=channels, channel_code=channel_code,
        line_channel=tuple(line.channel for line in lines), line_tactic=tuple(line.tactic for line in lines),
        line_name=tuple(line.name for line in lines), budgets=budgets, population=population,
        unit_price=inputs["price"], is_kol=is_kol, whole_units=whole_units,
        agency_fee=float(market.agency_fee), effective_frequency=int(market.effective_frequency),
        structure=structure, rates=rates, inputs=all_inputs,
        provenance={**origin, **channel_origin, "halo": halo_origin}, buying=buying, uses_gmv_per_view=uses_gmv,
        schedule=schedule, festival=festival)


def _line_value_problems(lines, tactics, inputs, market) -> list[Problem]:
    """Missing and out-of-range figures, said once per line and figure."""
    problems = []
    known = np.array([tactics.get(line.tactic) is not None for line in lines], dtype=bool)
    buying = np.array([tactics[line.tactic].buying if k else "" for line, k in zip(lines, known)], dtype=object)
    by_view = np.array([tactics[line.tactic].conversion_parameter == "gmv_per_view" if k else False
                        for line, k in zip(lines, known)], dtype=bool)
    unit = buying == "unit"
    needed = {"audience_per_unit": unit, "cvr": ~unit | ~by_view, "gmv_per_view": unit & by_view,
              "search_demand": buying == "cpc"}
    for name, array in inputs.items():
        if name in ("aov", "gross_margin", "viewer_pool"):
            continue  # the brand's figures (said by the market), an optional pool
        missing = np.isnan(array) & known & needed.get(name, True)  # an unknown tactic is said above
        for i in np.flatnonzero(missing):
            tactic = tactics[lines[i].tactic]
            key = {"price": tactic.price_parameter, "audience_per_unit": tactic.audience_parameter}.get(name, name)
            _add(problems, int(i), key, f"No value for '{key}' on {lines[i].channel} × {lines[i].tactic}: "
                                        "add a row on the Assumptions sheet or an override on the line.")
    for name, array in inputs.items():
        if name in ("price", "audience_per_unit"):
            low, high = 0.0, np.inf
        elif name == "gross_margin":
            low, high = -np.inf, 1.0  # a line sold below its unit cost has a negative margin: a real loss
        else:
            low, high = valid_range(name) if name in PARAMETERS else (0.0, np.inf)
        bad = ~np.isnan(array) & ((array < low) | (array > high) | np.isinf(array) & (name != "k"))
        if name in ("price", "search_demand", "reference_aov", "aov", "viewer_pool"):
            bad |= ~np.isnan(array) & (array <= 0)
        for i in np.flatnonzero(bad):
            tactic = tactics.get(lines[i].tactic)
            key = {"price": tactic.price_parameter if tactic else "price",
                   "audience_per_unit": tactic.audience_parameter if tactic else "audience"}.get(name, name)
            problems.append(Problem(f"'{key}' must be between {low:g} and {high:g}"
                                    + (" and above 0" if name in ("price", "search_demand", "reference_aov", "aov",
                                                                  "viewer_pool") else "")
                                    + f", not {array[i]:g}.", line=int(i), field=key))
    return problems


def _source(value: float, row: int):
    """Where a figure came from, as a key: its assumption row, or its value (NaN, "none", compares equal)."""
    if row >= 0:
        return ("row", int(row))
    return ("value", None if np.isnan(value) else float(value))


# lines bought by the click share a keyword demand when they take it, and their conversion, from the same place:
# lines with their own conversion figures are other keywords (give them their own search demand)
_DEMAND_KEYS = ("search_demand", "ctr", "cvr", "reference_aov", "price_elasticity", "aov", *_POOL_KEYS)
YEAR = 365.0


def _structure(lines, buying, channel_code, channels: int, inputs, origin, halo, halo_origin,
               schedule: Schedule) -> Structure:
    """Pools (lines of one channel × tactic that take their audience figures from the same place), demand groups
    (lines bought by the click that answer the same searches) and the groups' time segments."""
    pool_index: dict[tuple, int] = {}
    pool_code, pool_line = np.zeros(len(lines), dtype=np.intp), []
    demand_index: dict[tuple, int] = {}
    demand_code, demand_line = np.full(len(lines), -1, dtype=np.intp), []
    halo_keys = tuple(range(halo.shape[1]))
    for i, line in enumerate(lines):
        # most lines override none of the figures that decide their pool: their channel × tactic says it all
        plain_pool = not line.overrides or not any(name in line.overrides for name in _POOL_KEYS)
        key = (line.channel, line.tactic) if plain_pool else \
            (line.channel, line.tactic, *(_source(inputs[name][i], origin[name][i]) for name in _POOL_KEYS))
        if key not in pool_index:
            pool_index[key] = len(pool_line)
            pool_line.append(i)
        pool_code[i] = pool_index[key]
        if buying[i] == "cpc":
            plain_demand = not line.overrides or not any(name in line.overrides for name in _DEMAND_KEYS)
            key = (line.channel, line.tactic) if plain_demand else \
                (line.channel, line.tactic, *(_source(inputs[name][i], origin[name][i]) for name in _DEMAND_KEYS),
                 *(_source(halo[i, j], halo_origin[i, j]) for j in halo_keys))
            if key not in demand_index:
                demand_index[key] = len(demand_line)
                demand_line.append(i)
            demand_code[i] = demand_index[key]
    pool_line = np.array(pool_line, dtype=np.intp)
    segments = _demand_segments(demand_code, len(demand_line), schedule)
    return Structure(channel_code=channel_code, pool_code=pool_code, pool_channel=channel_code[pool_line],
                     pool_line=pool_line, demand_code=demand_code, demand_line=np.array(demand_line, dtype=np.intp),
                     channels=channels, **segments)


def _demand_segments(demand_code: np.ndarray, groups: int, schedule: Schedule) -> dict:
    """Searches happen over the year: a line answers the searches of its own days. Each demand group's time is cut
    where its lines start and end; a segment holds its share of the year's demand (days / 365), and each line
    spends its budget evenly over its days (an undated line: over the plan's period, or a year if nothing is
    dated). Lines with the same dates share every segment, so splitting a buy changes nothing."""
    if schedule.period is None:
        first, last = 0, int(YEAR) - 1
    else:
        first, last = schedule.period
    start = np.where(schedule.dated, schedule.start, first)
    end = np.where(schedule.dated, schedule.end, last) + 1  # exclusive
    segment_group, segment_days, pair_line, pair_segment, pair_weight = [], [], [], [], []
    for g in range(groups):
        members = np.flatnonzero(demand_code == g)
        cuts = np.unique(np.concatenate([start[members], end[members]]))
        for lo, hi in zip(cuts[:-1], cuts[1:]):
            active = members[(start[members] <= lo) & (end[members] >= hi)]
            if not active.size:
                continue
            j = len(segment_group)
            segment_group.append(g)
            segment_days.append(hi - lo)
            for i in active:
                pair_line.append(i)
                pair_segment.append(j)
                pair_weight.append((hi - lo) / (end[i] - start[i]))
    return {"segment_group": np.array(segment_group, dtype=np.intp),
            "segment_share": np.array(segment_days, dtype=float) / YEAR,
            "pair_line": np.array(pair_line, dtype=np.intp), "pair_segment": np.array(pair_segment, dtype=np.intp),
            "pair_weight": np.array(pair_weight, dtype=float)}
