"""What an optimiser may do with a plan's budgets: the total, each line's range, locks and whole units.

Everything is turned into one box per line [lower, upper] plus the total, so the solvers see plain arrays:
- a locked line has lower = upper = its budget (whatever its min and max say);
- a line sold in whole units (KOL sessions, seeding videos) has its range rounded inwards to whole units,
  so a solver's continuous answer can be rounded to units without leaving the range;
- no maximum means no upper limit (inf).
`project_onto_budget` and `settle_total` are the two pieces of geometry the solvers share.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.model import Plan
from market_entry_planner.core.problems import PlanError, Problem

# Money is compared to within a thousandth of a yuan per million: far below anything a marketer sees
MONEY_TOLERANCE = 1e-9


class OptimiseError(PlanError):
    """The constraints cannot all be met (or the request makes no sense); the message says why."""


@dataclass(frozen=True, eq=False)
class BudgetLimits:
    lower: np.ndarray        # per line, CNY
    upper: np.ndarray        # per line, CNY (inf: no maximum)
    total: float             # the total budget to allocate
    at_most: bool            # True: spend up to `total`; False: exactly `total`
    locked: np.ndarray       # per line
    whole_units: np.ndarray  # per line: budget must be a whole number of units (unless locked)
    unit_price: np.ndarray   # per line: CNY per unit

    @property
    def size(self) -> int:
        return len(self.lower)

    @property
    def tolerance(self) -> float:
        return MONEY_TOLERANCE * max(1.0, self.total)

    @property
    def rounded(self) -> np.ndarray:
        """Lines whose budget the optimiser must round to whole units."""
        return self.whole_units & ~self.locked & (self.unit_price > 0)

    def is_feasible(self, budgets) -> bool:
        """Do these budgets meet every limit (the plan a marketer starts from may not)?"""
        b = np.asarray(budgets, dtype=float)
        tol = self.tolerance
        if np.any(b < self.lower - tol) or np.any(b > self.upper + tol):
            return False
        spent = b.sum()
        if spent > self.total + tol or (not self.at_most and spent < self.total - tol):
            return False
        rounded = self.rounded
        units = b[rounded] / self.unit_price[rounded]
        return bool(np.all(np.abs(units - np.round(units)) <= 1e-9 * np.maximum(1.0, units)))


def budget_limits(plan: Plan, compiled: CompiledPlan, budget: float | None = None,
                  at_most: bool = False) -> BudgetLimits:
    """The plan's own limits (its lines' locks, minimums, maximums and units) around a total budget.

    budget None keeps the plan's current total. Raises OptimiseError, naming the lines, when the limits
    contradict each other or cannot meet the total.
    """
    lines = plan.lines
    n = compiled.size
    current = compiled.budgets
    total = float(current.sum()) if budget is None else float(budget)
    problems: list[Problem] = []
    if not math.isfinite(total) or total < 0:
        raise OptimiseError([Problem(f"The total budget must be a number of 0 or more, not {budget}.",
                                     field="budget")])
    lower = np.zeros(n)
    upper = np.full(n, np.inf)
    locked = np.array([line.locked for line in lines], dtype=bool)
    price = np.asarray(compiled.unit_price, dtype=float)
    whole = np.asarray(compiled.whole_units, dtype=bool) & (price > 0)
    for i, line in enumerate(lines):
        if line.locked:
            lower[i] = upper[i] = current[i]
            continue
        low = 0.0 if line.min_budget is None else float(line.min_budget)
        high = np.inf if line.max_budget is None else float(line.max_budget)
        if not (low >= 0 and high >= 0):
            problems.append(Problem("A minimum or maximum budget must be 0 or more.", line=i, field="min_budget"))
            continue
        if whole[i]:  # inwards to whole units: 3.5 sessions' worth of maximum allows 3
            low = math.ceil(low / price[i] - 1e-9) * price[i]
            high = math.floor(high / price[i] + 1e-9) * price[i] if math.isfinite(high) else high
        if low > high:
            what = f"whole {compiled.line_tactic[i]} units between them" if whole[i] else "room between them"
            problems.append(Problem(f"Line '{compiled.line_name[i] or i + 1}': the minimum budget is above the "
                                    f"maximum, or there are no {what}.", line=i, field="max_budget"))
            continue
        lower[i], upper[i] = low, high
    if problems:
        raise OptimiseError(problems)
    floor, ceiling = float(lower.sum()), float(upper.sum())
    slack = MONEY_TOLERANCE * max(1.0, total)
    if floor > total + slack:
        raise OptimiseError([Problem(
            f"The locked lines and minimum budgets already need ¥{floor:,.0f}, more than the total of "
            f"¥{total:,.0f}: raise the total, unlock lines or lower minimums.", field="budget")])
    if not at_most and ceiling < total - slack:
        raise OptimiseError([Problem(
            f"The lines can take at most ¥{ceiling:,.0f} (locks and maximums), less than the total of "
            f"¥{total:,.0f}: raise maximums, unlock lines, or allow spending less (at most).", field="budget")])
    return BudgetLimits(lower, upper, total, at_most, locked, whole, price)


def settle_total(budgets: np.ndarray, lower: np.ndarray, upper: np.ndarray, total: float) -> np.ndarray:
    """Clip into the box and move the rounding residue so the budgets add up to `total` exactly.

    The residue is what bisection tolerances leave (cents on millions); it goes to, or comes from, the lines
    with room, in proportion to their room, so no line leaves its range. Lines strictly inside their range
    take it first, so a line at its minimum (often 0) stays exactly there. Works on one row or on rows (S, lines).
    """
    b = np.clip(np.asarray(budgets, dtype=float), lower, upper)
    inside = (b > lower) & (b < upper)
    for _ in range(4):  # one pass settles it; the others only mop up floating-point rounding
        residue = total - b.sum(axis=-1, keepdims=True)
        residue = np.where(np.abs(residue) <= 1e-14 * max(abs(total), 1.0), 0.0, residue)  # float sums' noise
        if not np.any(residue):
            break
        room = np.where(residue > 0, upper - b, b - lower)
        inside_room = np.where(inside, room, 0.0)
        room = np.where(inside_room.sum(axis=-1, keepdims=True) >= np.abs(residue), inside_room, room)
        room = np.where(np.isfinite(room), room, np.abs(residue))  # a line without a maximum can take it all
        available = room.sum(axis=-1, keepdims=True)
        share = np.divide(np.abs(residue), available, out=np.zeros_like(available), where=available > 0)
        b = np.clip(b + np.sign(residue) * room * np.minimum(share, 1.0), lower, upper)
    return b


def project_onto_budget(y: np.ndarray, lower: np.ndarray, upper: np.ndarray, total: float,
                        exact: bool = True) -> np.ndarray:
    """Euclidean projection of each row of y onto {lower ≤ b ≤ upper, Σb = total}.

    The answer is clip(y − τ, lower, upper) for the τ that meets the total; Σclip(y − τ) is piecewise linear
    and falling in τ, so τ is found exactly by sorting its breakpoints (no iteration). Rows are independent.
    exact=False leaves the floating-point residue of the sum (a search's inner steps do not need it settled).
    """
    y = np.atleast_2d(np.asarray(y, dtype=float))
    rows, n = y.shape
    if n == 0:
        return y.copy()
    lo = np.broadcast_to(lower, y.shape)
    hi = np.broadcast_to(upper, y.shape)
    # going down in τ, line j starts moving at y − lo (leaves its lower bound) and stops at y − hi (−inf: never)
    events = np.concatenate([y - lo, y - hi], axis=1)
    order = np.argsort(-events, axis=1, kind="stable")
    events = np.take_along_axis(events, order, axis=1)
    moving = np.cumsum(np.where(order < n, 1.0, -1.0), axis=1)       # lines moving just below each event
    finite = np.isfinite(events)
    last = np.where(finite, events, 0.0)
    gaps = np.where(finite[:, 1:], last[:, :-1] - last[:, 1:], 0.0)  # ≥ 0
    sums = lo.sum(axis=1, keepdims=True) + np.concatenate(
        [np.zeros((rows, 1)), np.cumsum(gaps * moving[:, :-1], axis=1)], axis=1)
    sums = np.where(finite, sums, np.inf)                            # past the last finite event: unbounded
    # k = the first event at which the sum reaches the total; τ lies between events k − 1 and k
    k = np.clip((sums < total).sum(axis=1), 1, 2 * n - 1)
    row = np.arange(rows)
    e0, s0, count = events[row, k - 1], sums[row, k - 1], moving[row, k - 1]
    e1, s1 = events[row, k], sums[row, k]
    with np.errstate(invalid="ignore", divide="ignore"):
        slope_step = np.where(count > 0, (total - s0) / count, 0.0)
        tau = np.where(np.isfinite(e1) & (s1 > s0), e0 - (e0 - e1) * np.clip((total - s0) / (s1 - s0), 0, 1),
                       e0 - slope_step)
    tau = np.where(total <= sums[:, 0], events[:, 0], tau)
    return settle_total(y - tau[:, None], lo, hi, total) if exact else np.clip(y - tau[:, None], lo, hi)
