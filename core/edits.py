"""Edits a marketer makes to a plan, as pure functions: plan in, new plan out.

The app wraps each in one undoable command; keeping them here keeps the rules (what a valid budget is,
how units convert to budget, what "reset to default" means) testable without Qt.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Iterable, Sequence

from market_entry_planner.core.amounts import LIMITS, MAX_EFFECTIVE_FREQUENCY
from market_entry_planner.core.assumptions import Assumption
from market_entry_planner.core.benchmarks import categories, default_assumptions, default_calendar, with_category
from market_entry_planner.core.calendar import festival_problems
from market_entry_planner.core.model import ANY, LineItem, Market, Plan, Scenario
from market_entry_planner.core.parameters import MONEY

LINE_FIELDS = ("channel", "tactic", "name", "budget", "start", "end", "notes", "locked", "min_budget", "max_budget")


class EditError(ValueError):
    """An edit that would make the plan invalid; the message is shown to the user as is."""


def _check_budget(value) -> float:
    try:
        budget = float(value)
    except (TypeError, ValueError):
        raise EditError(f"A budget is a number, not '{value}'.") from None
    if not budget >= 0 or budget == float("inf"):
        raise EditError(f"A budget must be 0 or more, not {value}.")
    if budget > LIMITS[MONEY]:  # the engine's figures stay finite (a budget of 1e308 gave null results)
        raise EditError(f"A budget of at most ¥{LIMITS[MONEY]:,.0f}, not {budget:,.0f}.")
    return budget


def set_line_field(plan: Plan, row: int, field: str, value) -> Plan:
    line = plan.lines[row]
    if field not in LINE_FIELDS:
        raise EditError(f"'{field}' is not a field of a plan line.")
    if field in ("budget",):
        value = _check_budget(value)
    elif field in ("min_budget", "max_budget"):
        value = None if value in (None, "") else _check_budget(value)
    elif field in ("start", "end"):
        if value is not None and not isinstance(value, date):
            raise EditError(f"'{value}' is not a date.")
        start = value if field == "start" else line.start
        end = value if field == "end" else line.end
        if start and end and end < start:
            raise EditError(f"The line would end ({end}) before it starts ({start}).")
    elif field == "tactic" and value not in plan.tactics:
        raise EditError(f"Unknown tactic '{value}'.")
    elif field in ("name", "notes", "channel"):
        value = str(value).strip()
        if field == "channel" and not value:
            raise EditError("A line needs a channel.")
    return plan.with_line(row, replace(line, **{field: value}))


def unit_price(plan: Plan, line: LineItem) -> float | None:
    """What one unit of the line's tactic costs (a session, a video, 1,000 impressions, a click)."""
    tactic = plan.tactics.get(line.tactic)
    if tactic is None:
        return None
    if tactic.price_parameter in line.overrides:
        return float(line.overrides[tactic.price_parameter])
    row = plan.assumptions.find(line.channel, line.tactic, tactic.price_parameter)
    return row.value if row else None


def set_line_units(plan: Plan, row: int, units) -> Plan:
    """Typing units (2 sessions) sets the budget they cost; the budget stays the one money input."""
    line = plan.lines[row]
    price = unit_price(plan, line)
    if price is None or price <= 0:
        raise EditError(f"No price for {line.tactic} on {line.channel}: cannot turn units into a budget.")
    try:
        units = float(units)
    except (TypeError, ValueError):
        raise EditError(f"Units are a number, not '{units}'.") from None
    if units < 0:
        raise EditError("Units must be 0 or more.")
    return plan.with_line(row, line.with_budget(units * price))


def set_budgets(plan: Plan, budgets: dict[int, float]) -> Plan:
    lines = list(plan.lines)
    for row, budget in budgets.items():
        lines[row] = lines[row].with_budget(_check_budget(budget))
    return plan.with_lines(lines)


def insert_lines(plan: Plan, row: int, lines: Sequence[LineItem]) -> Plan:
    current = list(plan.lines)
    current[row:row] = list(lines)
    return plan.with_lines(current)


def remove_lines(plan: Plan, rows: Iterable[int]) -> Plan:
    drop = set(rows)
    return plan.with_lines(line for i, line in enumerate(plan.lines) if i not in drop)


def new_line(plan: Plan, like: LineItem | None = None) -> LineItem:
    """A sensible new line: a copy of `like` without its name, or the first channel's feed ads."""
    if like is not None:
        return replace(like, name="", notes="", overrides=dict(like.overrides), extra={})
    channel = plan.channels[0] if plan.channels else "douyin"
    tactic = "feed_ads" if "feed_ads" in plan.tactics else next(iter(plan.tactics))
    return LineItem(channel=channel, tactic=tactic, budget=100_000.0, name="New line")


def set_assumption_value(plan: Plan, key: tuple[str, str, str], field: str, value) -> Plan:
    row = plan.assumptions.exact(*key)
    if row is None:
        raise EditError(f"No assumption {key}.")
    if field in ("value", "low", "high"):
        value = float(value)
        changes = {field: value}
        if field == "value":  # keep the range around the value
            changes.update(low=min(row.low, value), high=max(row.high, value))
        elif field == "low" and value > row.value:
            raise EditError("The low end of the range cannot be above the value.")
        elif field == "high" and value < row.value:
            raise EditError("The high end of the range cannot be below the value.")
        new = replace(row, **changes)
    elif field in ("source", "grade"):
        new = replace(row, **{field: str(value)})
    elif field == "year":
        new = replace(row, year=int(value) if value not in (None, "") else None)
    else:
        raise EditError(f"'{field}' of an assumption cannot be edited.")
    return replace(plan, assumptions=plan.assumptions.with_row(new))


def shipped_default(key: tuple[str, str, str]) -> Assumption | None:
    return default_assumptions().exact(*key)


def reset_assumption(plan: Plan, key: tuple[str, str, str]) -> Plan:
    """Back to the shipped benchmark (value, range, grade and source)."""
    default = shipped_default(key)
    if default is None:
        raise EditError("This row is not in the shipped benchmarks: there is no default to return to.")
    return replace(plan, assumptions=plan.assumptions.with_row(default))


def differs_from_default(row: Assumption) -> bool:
    default = shipped_default(row.key)
    return default is None or default != row


def set_penetration(plan: Plan, channel: str, value: float) -> Plan:
    """Penetration is a channel-level assumption row; editing it in the market panel edits that row."""
    if not 0 <= value <= 1:
        raise EditError("Penetration is a share between 0% and 100%.")
    key = (channel, ANY, "penetration")
    row = plan.assumptions.exact(*key)
    if row is None:
        row = Assumption(channel, ANY, "penetration", value, value, value, "W", date.today().year,
                         "assumed: entered by the user")
    new = replace(row, value=value, low=min(row.low, value), high=max(row.high, value))
    return replace(plan, assumptions=plan.assumptions.with_row(new))


MARKET_FIELDS = ("target", "category", "target_population", "aov", "gross_margin", "agency_fee",
                 "effective_frequency", "currency")


def set_market_field(plan: Plan, field: str, value) -> Plan:
    if field == "title":
        return replace(plan, title=str(value))
    if field == "notes":
        return replace(plan, notes=str(value))
    if field not in MARKET_FIELDS:
        raise EditError(f"'{field}' is not a market field.")
    if field == "category":
        return set_category(plan, str(value))
    if field in ("gross_margin", "agency_fee") and value is not None and not 0 <= value <= 1:
        raise EditError("A share between 0% and 100%.")
    if field in ("target_population", "aov") and value is not None and value < 0:
        raise EditError("Cannot be negative.")
    if field == "effective_frequency":
        value = int(value)
        if not 1 <= value <= MAX_EFFECTIVE_FREQUENCY:
            raise EditError(f"Effective frequency is 1 to {MAX_EFFECTIVE_FREQUENCY}.")
    return replace(plan, market=replace(plan.market, **{field: value}))


def set_category(plan: Plan, category: str) -> Plan:
    """What the brand sells: the market names it, and its preset's rows (reference order value, price elasticity,
    return rates per tactic) replace the plan's rows of the same keys, sources and all. One edit: undo brings the
    old category and its figures back together."""
    if category not in categories():
        raise EditError(f"Unknown category '{category}': choose one of {', '.join(categories())}.")
    return replace(plan, market=replace(plan.market, category=category),
                   assumptions=with_category(plan.assumptions, category))


def set_market_fields(plan: Plan, values: dict) -> Plan:
    """Several market fields in one edit (the brand's figures a hand-made sheet did not give)."""
    for field, value in values.items():
        plan = set_market_field(plan, field, value)
    return plan


def add_lines(plan: Plan, lines: Sequence[LineItem]) -> Plan:
    """An imported sheet's lines after the plan's own."""
    return insert_lines(plan, len(plan.lines), lines)


def set_exchange_rate(plan: Plan, currency: str, rate: float) -> Plan:
    if rate <= 0:
        raise EditError("An exchange rate must be above 0.")
    rates = dict(plan.market.exchange_rates)
    rates[currency] = float(rate)
    return replace(plan, market=replace(plan.market, exchange_rates=rates))


def replace_lines(plan: Plan, lines: Sequence[LineItem]) -> Plan:
    """An imported hand-made sheet replaces the lines; market and assumptions stay the user's."""
    return plan.with_lines(lines)


def new_plan(base: Plan) -> Plan:
    """File › New: the shipped assumptions and tactics, the brand figures of nothing, no lines."""
    return Plan(market=Market(exchange_rates=dict(base.market.exchange_rates)), assumptions=default_assumptions(),
                tactics=dict(base.tactics), scenarios=(Scenario("Base"),), title="Untitled plan",
                calendar=default_calendar())


# -- scenarios: named alternatives of the lines; market, assumptions and tactics are shared by all

def _check_scenario_name(plan: Plan, name: str, ignore: int | None = None) -> str:
    name = str(name).strip()
    if not name:
        raise EditError("A scenario needs a name.")
    if any(s.name == name for i, s in enumerate(plan.scenarios) if i != ignore):
        raise EditError(f"There is already a scenario called '{name}'.")
    return name


def unique_scenario_name(plan: Plan, base: str) -> str:
    """'Base copy', 'Base copy 2', …: a name no scenario of the plan has yet."""
    names = {s.name for s in plan.scenarios}
    if base not in names:
        return base
    n = 2
    while f"{base} {n}" in names:
        n += 1
    return f"{base} {n}"


def add_scenario(plan: Plan, name: str, lines: Sequence[LineItem], at: int | None = None) -> Plan:
    """A new scenario (after the active one unless `at` says where), which becomes the active one."""
    name = _check_scenario_name(plan, name)
    at = plan.active + 1 if at is None else at
    scenarios = list(plan.scenarios)
    scenarios.insert(at, Scenario(name, tuple(lines)))
    return replace(plan, scenarios=tuple(scenarios), active=at)


def duplicate_scenario(plan: Plan, index: int, name: str | None = None) -> Plan:
    source = plan.scenarios[index]
    name = name if name is not None else unique_scenario_name(plan, f"{source.name} copy")
    return add_scenario(plan, name, source.lines, at=index + 1)


def rename_scenario(plan: Plan, index: int, name: str) -> Plan:
    name = _check_scenario_name(plan, name, ignore=index)
    scenarios = list(plan.scenarios)
    scenarios[index] = replace(scenarios[index], name=name)
    return replace(plan, scenarios=tuple(scenarios))


def remove_scenario(plan: Plan, index: int) -> Plan:
    if len(plan.scenarios) <= 1:
        raise EditError("A plan keeps at least one scenario.")
    scenarios = list(plan.scenarios)
    del scenarios[index]
    active = plan.active
    if index < active or active >= len(scenarios):
        active -= 1
    return replace(plan, scenarios=tuple(scenarios), active=max(active, 0))


# -- the festival calendar: each festival's days and multipliers are assumptions the plan may change

FESTIVAL_FIELDS = ("start", "end", "cpm_multiplier", "cvr_multiplier", "grade", "source")


def set_festival_field(plan: Plan, index: int, field: str, value) -> Plan:
    """A festival's dates, a multiplier (its range widens to keep it inside), grade or source."""
    if field not in FESTIVAL_FIELDS:
        raise EditError(f"'{field}' of a festival cannot be edited.")
    festival = plan.calendar[index]
    if field in ("start", "end"):
        if not isinstance(value, date):
            raise EditError(f"'{value}' is not a date.")
        changes = {field: value}
    elif field in ("cpm_multiplier", "cvr_multiplier"):
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise EditError(f"A multiplier is a number, not '{value}'.") from None
        kind = field.split("_")[0]
        changes = {field: value, f"{kind}_low": min(getattr(festival, f"{kind}_low"), value),
                   f"{kind}_high": max(getattr(festival, f"{kind}_high"), value)}
    else:
        changes = {field: str(value).strip().upper() if field == "grade" else str(value)}
    new = replace(festival, **changes)
    problems = festival_problems(new)
    if problems:
        raise EditError(problems[0][1][0].upper() + problems[0][1][1:] + ".")
    calendar = list(plan.calendar)
    calendar[index] = new
    return replace(plan, calendar=tuple(calendar))


def shipped_festival(plan: Plan, index: int):
    """The shipped calendar's edition of this festival (same key and year), or None."""
    festival = plan.calendar[index]
    return next((f for f in default_calendar() if (f.key, f.year) == (festival.key, festival.year)), None)


def reset_festival(plan: Plan, index: int) -> Plan:
    default = shipped_festival(plan, index)
    if default is None:
        raise EditError("This festival is not in the shipped calendar: there is no default to return to.")
    calendar = list(plan.calendar)
    calendar[index] = default
    return replace(plan, calendar=tuple(calendar))
