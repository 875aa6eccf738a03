"""Why there is no plan: the smallest set of limits that cannot all hold, in the user's words.

Every limit on the budgets is linear — a line locked, at least or at most an amount, a channel's minimum,
maximum or share of the money spent, the total spent exactly or at most — so whether they can all hold is a
linear programme's feasibility (scipy's HiGHS). When they cannot, a deletion filter finds an irreducible
conflicting subset: drop each limit in turn and keep it dropped while the rest still conflict; what remains
conflicts, and loses the conflict if any one of its limits goes ("JD ≥ ¥2m and total ≤ ¥1.5m cannot both hold").
Whole units are left out (a continuous plan must exist first; rounding inwards is the lines' own check).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.model import Plan, channel_label
from market_entry_planner.core.optimise.budget_limits import OptimiseError
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.problems import Problem


@dataclass(frozen=True)
class Limit:
    """One linear limit: row·b (≥ | ≤ | =) value, and how a marketer says it."""

    row: np.ndarray
    sense: str           # ">=", "<=" or "="
    value: float
    words: str
    line: int | None = None


def money(value: float) -> str:
    value = float(value)
    for limit, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= limit:
            text = f"{value / limit:,.2f}".rstrip("0").rstrip(".")
            return f"¥{text}{suffix}"
    return f"¥{value:,.0f}"


def plan_limits(plan: Plan, compiled: CompiledPlan, total: float, at_most: bool,
                constraints: Constraints | None) -> list[Limit]:
    """Every limit on the budgets, in the user's words."""
    n = compiled.size
    limits: list[Limit] = []
    eye = np.eye(n)
    for i, line in enumerate(plan.lines):
        name = f"{channel_label(line.channel)} · {line.name or compiled.line_tactic[i]}"
        if line.locked:
            limits.append(Limit(eye[i], "=", float(compiled.budgets[i]),
                                f"'{name}' locked at {money(compiled.budgets[i])}", i))
            continue
        if line.min_budget:
            limits.append(Limit(eye[i], ">=", float(line.min_budget), f"'{name}' ≥ {money(line.min_budget)}", i))
        if line.max_budget is not None:
            limits.append(Limit(eye[i], "<=", float(line.max_budget), f"'{name}' ≤ {money(line.max_budget)}", i))
    ones = np.ones(n)
    limits.append(Limit(ones, "<=" if at_most else "=", float(total),
                        f"total {'≤' if at_most else '='} {money(total)}"))
    if constraints is not None:
        code = compiled.channel_code
        for channel, amount in constraints.channel_minimums.items():
            if channel in compiled.channels and amount > 0:
                row = (code == compiled.channels.index(channel)).astype(float)
                limits.append(Limit(row, ">=", float(amount), f"{channel_label(channel)} ≥ {money(amount)}"))
        for channel, amount in constraints.channel_maximums.items():
            if channel in compiled.channels:
                row = (code == compiled.channels.index(channel)).astype(float)
                limits.append(Limit(row, "<=", float(amount), f"{channel_label(channel)} ≤ {money(amount)}"))
        for channel, (low, high) in constraints.channel_shares.items():
            if channel not in compiled.channels:
                continue
            row = (code == compiled.channels.index(channel)).astype(float)
            if low > 0:
                limits.append(Limit(row - low * ones, ">=", 0.0,
                                    f"{channel_label(channel)} ≥ {low:.0%} of the budget"))
            if high < 1:
                limits.append(Limit(row - high * ones, "<=", 0.0,
                                    f"{channel_label(channel)} ≤ {high:.0%} of the budget"))
    return limits


def feasible(limits: list[Limit], n: int) -> bool:
    """Can every limit hold at once (budgets ≥ 0)?"""
    if n == 0:
        return all((lim.sense == "<=" and lim.value >= 0) or (lim.sense == ">=" and lim.value <= 0)
                   or (lim.sense == "=" and lim.value == 0) for lim in limits)
    upper = [lim for lim in limits if lim.sense != "="]
    equal = [lim for lim in limits if lim.sense == "="]
    scale = max([1.0] + [abs(lim.value) for lim in limits])
    a_ub = [lim.row if lim.sense == "<=" else -lim.row for lim in upper]
    b_ub = [lim.value / scale if lim.sense == "<=" else -lim.value / scale for lim in upper]
    # a hair of room so that limits meeting exactly (a channel minimum equal to the total) count as holding
    b_ub = [b + 1e-9 for b in b_ub]
    result = linprog(np.zeros(n), A_ub=np.array(a_ub) if a_ub else None, b_ub=np.array(b_ub) if b_ub else None,
                     A_eq=np.array([lim.row for lim in equal]) if equal else None,
                     b_eq=np.array([lim.value / scale for lim in equal]) if equal else None,
                     bounds=[(0, None)] * n, method="highs")
    return result.status != 2  # 2: infeasible (anything else: a plan exists, or at least no proof it does not)


def conflict(limits: list[Limit], n: int) -> list[Limit] | None:
    """None when the limits can all hold; else an irreducible set of them that cannot (deletion filter)."""
    if feasible(limits, n):
        return None
    kept = list(limits)
    for limit in list(limits):
        trial = [lim for lim in kept if lim is not limit]
        if not feasible(trial, n):
            kept = trial
    return kept


def conflict_text(limits: list[Limit]) -> str:
    """"JD.com ≥ ¥2m and total = ¥1.5m cannot both hold": the total last, as a marketer says it."""
    words = [lim.words for lim in limits if not lim.words.startswith("total")] + \
        [lim.words for lim in limits if lim.words.startswith("total")]
    if len(words) == 1:
        return f"{words[0][0].upper()}{words[0][1:]} cannot hold."
    joined = ", ".join(words[:-1]) + " and " + words[-1]
    both = "cannot both hold" if len(words) == 2 else "cannot all hold"
    return f"{joined[0].upper()}{joined[1:]} {both}."


def check_limits(plan: Plan, compiled: CompiledPlan, total: float, at_most: bool,
                 constraints: Constraints | None) -> None:
    """Raise OptimiseError naming the smallest conflicting set of limits, when there is one."""
    limits = plan_limits(plan, compiled, total, at_most, constraints)
    found = conflict(limits, compiled.size)
    if found is not None:
        line = next((lim.line for lim in found if lim.line is not None), None)
        raise OptimiseError([Problem(conflict_text(found), line=line)])
