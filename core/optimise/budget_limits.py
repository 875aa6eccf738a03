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
    total = np.asarray(total, dtype=float)
    if total.ndim:  # one total per row
        total = total.reshape(-1, 1)
    for _ in range(4):  # one pass settles it; the others only mop up floating-point rounding
        residue = total - b.sum(axis=-1, keepdims=True)
        residue = np.where(np.abs(residue) <= 1e-14 * np.maximum(np.abs(total), 1.0), 0.0, residue)  # noise
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
    total = np.asarray(total, dtype=float)
    row_total = total.reshape(-1, 1) if total.ndim else total  # one total, or one per row
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
    k = np.clip((sums < row_total).sum(axis=1), 1, 2 * n - 1)
    row = np.arange(rows)
    e0, s0, count = events[row, k - 1], sums[row, k - 1], moving[row, k - 1]
    e1, s1 = events[row, k], sums[row, k]
    with np.errstate(invalid="ignore", divide="ignore"):
        slope_step = np.where(count > 0, (total - s0) / count, 0.0)
        tau = np.where(np.isfinite(e1) & (s1 > s0), e0 - (e0 - e1) * np.clip((total - s0) / (s1 - s0), 0, 1),
                       e0 - slope_step)
    tau = np.where(total <= sums[:, 0], events[:, 0], tau)
    return settle_total(y - tau[:, None], lo, hi, total) if exact else np.clip(y - tau[:, None], lo, hi)


@dataclass(frozen=True, eq=False)
class Space:
    """Where a search may look: each column in its box, the columns adding up to `total`, and optionally each
    group's (channel's) columns adding up to within [group_low, group_high]. group -1: a column in no group (the
    slack of an "at most" total)."""

    lower: np.ndarray
    upper: np.ndarray
    total: float
    group: np.ndarray | None = None
    group_low: np.ndarray | None = None
    group_high: np.ndarray | None = None

    @property
    def grouped(self) -> bool:
        return self.group is not None

    def restricted(self, lower, upper, total=None) -> "Space":
        """The same group limits over other boxes (and total)."""
        return Space(np.asarray(lower, float), np.asarray(upper, float), self.total if total is None else total,
                     self.group, self.group_low, self.group_high)

    def with_slack(self, room: float) -> "Space":
        """An "at most" total as an exact one: a last column, in no group, that takes what is not spent."""
        group = None if self.group is None else np.append(self.group, -1)
        lower, upper = np.asarray(self.lower, float), np.asarray(self.upper, float)
        rows = np.broadcast_shapes(lower.shape[:-1], upper.shape[:-1])
        lower = np.concatenate([np.broadcast_to(lower, rows + lower.shape[-1:]), np.zeros(rows + (1,))], axis=-1)
        upper = np.concatenate([np.broadcast_to(upper, rows + upper.shape[-1:]), np.full(rows + (1,), room)], axis=-1)
        return Space(lower, upper, self.total, group, self.group_low, self.group_high)

    def row(self, k: int) -> "Space":
        """One row of a space whose boxes differ by row (one per set of open channels)."""
        lower, upper = np.asarray(self.lower, float), np.asarray(self.upper, float)
        return Space(lower[k] if lower.ndim == 2 else lower, upper[k] if upper.ndim == 2 else upper, self.total,
                     self.group, self.group_low, self.group_high)

    def project(self, y, exact: bool = True) -> np.ndarray:
        """Euclidean projection of each row of y onto the space."""
        if self.group is None:
            return project_onto_budget(y, self.lower, self.upper, self.total, exact)
        return _project_grouped(np.atleast_2d(np.asarray(y, dtype=float)), self)

    def linear_max(self, rate: np.ndarray) -> np.ndarray:
        """argmax rate·y over the space (a linear programme): each group's floor from its best columns first, then
        the best rate per yuan first within the groups' ceilings. Exact: groups are disjoint, so the constraints
        form a laminar family, over which the greedy order is optimal."""
        rate = np.asarray(rate, dtype=float)
        y = np.asarray(self.lower, dtype=float).copy()
        upper = np.asarray(self.upper, dtype=float)
        order = np.argsort(-rate, kind="stable")
        group = self.group if self.group is not None else np.full(len(y), -1)
        if self.group is not None:
            for g in np.flatnonzero(self.group_low > 0):
                need = self.group_low[g] - y[group == g].sum()
                for i in order[group[order] == g]:
                    if need <= 0:
                        break
                    step = min(upper[i] - y[i], need)
                    y[i] += step
                    need -= step
        money = self.total - y.sum()
        for i in order:
            if money <= 0:
                break
            room = upper[i] - y[i]
            if group[i] >= 0 and self.group_high is not None:
                room = min(room, self.group_high[group[i]] - y[group == group[i]].sum())
            step = max(0.0, min(room, money))
            y[i] += step
            money -= step
        return y


def _project_grouped(y: np.ndarray, space: Space) -> np.ndarray:
    """Projection with group sums in [low, high]: b = clip(y − τ − μ_g, lower, upper), where μ_g ≠ 0 only for a
    group held at a limit. For a common shift τ each group takes clip(S_g(τ), low_g, high_g), S_g(τ) its columns'
    sum at that shift; the total T(τ) of those is piecewise linear and falling in τ. T is evaluated at every
    column's breakpoints at once to find the piece where it meets the total; inside it each S_g is linear, so a
    few Newton steps (one per group limit crossed, at most) land on τ exactly. Then each group's columns are
    projected onto their group's amount."""
    lower = np.broadcast_to(space.lower, y.shape)
    upper = np.broadcast_to(space.upper, y.shape)
    group = space.group
    groups = len(space.group_low)
    low, high = space.group_low, space.group_high
    rows, n = y.shape
    one_hot = np.zeros((n, groups))
    inside = group >= 0
    one_hot[np.flatnonzero(inside), group[inside]] = 1.0
    loose = (~inside).astype(float)
    total = space.total

    def amounts(tau):  # tau (rows, m) -> T (rows, m), slope (rows, m), group amounts (rows, m, groups)
        shifted = y[:, None, :] - tau[:, :, None]
        b = np.clip(shifted, lower[:, None, :], upper[:, None, :])
        moving = (shifted > lower[:, None, :]) & (shifted < upper[:, None, :])
        sums = b @ one_hot
        held = np.clip(sums, low, high)
        free_group = (sums > low) & (sums < high)
        slope = (moving @ one_hot * free_group).sum(axis=-1) + moving.astype(float) @ loose
        return held.sum(axis=-1) + b @ loose, slope, held

    finite_upper = np.where(np.isfinite(upper), upper, lower + max(total, 1.0))
    points = np.sort(np.concatenate([y - lower, y - finite_upper], axis=1), axis=1)   # (rows, 2n), rising τ
    values, _, _ = amounts(points)                                                  # falling
    # the last breakpoint still at or above the total, and the next one below it
    above = values >= total
    k = np.clip(above.sum(axis=1) - 1, 0, 2 * n - 1)
    row = np.arange(rows)
    a, b = points[row, k], points[row, np.minimum(k + 1, 2 * n - 1)]
    # inside [a, b] no column reaches a bound: each group's sum is linear, S_g(τ) = α_g − β_g·τ; T only kinks where
    # a group's sum meets its floor or ceiling. Evaluate T at those kinks, then interpolate on the linear piece.
    middle = (a + b) / 2
    shifted = y - middle[:, None]
    moving = ((shifted > lower) & (shifted < upper)).astype(float)
    at_middle = np.clip(shifted, lower, upper)
    beta = moving @ one_hot                                     # (rows, groups)
    alpha = at_middle @ one_hot + beta * middle[:, None]
    beta_loose = moving @ loose
    alpha_loose = at_middle @ loose + beta_loose * middle

    def total_at(tau):  # (rows, m)
        sums = alpha[:, None, :] - beta[:, None, :] * tau[:, :, None]
        return np.clip(sums, low, high).sum(axis=-1) + alpha_loose[:, None] - beta_loose[:, None] * tau

    with np.errstate(divide="ignore", invalid="ignore"):
        kinks = np.concatenate([(alpha - low) / beta, (alpha - high) / beta], axis=1)
    kinks = np.where(np.isfinite(kinks), np.clip(kinks, a[:, None], b[:, None]), a[:, None])
    candidates = np.sort(np.concatenate([a[:, None], kinks, b[:, None]], axis=1), axis=1)
    found = total_at(candidates)                                # falling along the candidates
    j = np.clip((found >= total).sum(axis=1) - 1, 0, candidates.shape[1] - 2)
    t0, t1 = candidates[row, j], candidates[row, j + 1]
    f0, f1 = found[row, j], found[row, j + 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        fraction = np.where(f0 > f1, np.clip((f0 - total) / (f0 - f1), 0.0, 1.0), 0.0)
    tau = t0 + (t1 - t0) * fraction
    tau = np.where(above[:, 0], tau, points[:, 0])  # even the lowest shift cannot reach the total: most money
    _, _, held = amounts(tau[:, None])
    out = np.clip(y - tau[:, None], lower, upper)
    for g in range(groups):
        cols = group == g
        if cols.any():
            out[:, cols] = project_onto_budget(y[:, cols], lower[:, cols], upper[:, cols], held[:, 0, g])
    return out


def settle(space: Space, x: np.ndarray) -> np.ndarray:
    """Budgets that meet the space exactly (a search's last digits of rounding settled)."""
    if space.group is None:
        return settle_total(x, space.lower, space.upper, space.total)
    return space.project(x)
