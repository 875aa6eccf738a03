"""Budget allocation: the plan that maximises reach, effective reach, GMV or contribution for a total budget.

`optimise(plan, "reach", budget=5e6)` reallocates the plan's total (or `budget`, spent exactly or, with
at_most, up to it) across its lines within each line's minimum and maximum, keeping locked lines, with whole
units for KOL sessions and videos. Every objective runs the estimate's own model (core/optimise/objectives), and
each answer says how exact it is:

- reach, GMV: concave under model v2 (sales saturate in each pool, search in its demand) → projected-gradient
  search with Newton steps (core/optimise/local_search), certified by the Frank–Wolfe bound (core/optimise/concave):
  "exact" when the gap is below a millionth;
- contribution (contribution − marketing cost, i.e. profit after marketing, the ROI numerator): concave once the
  set of open channels is chosen (each channel's fixed costs are paid at its first yuan) → the same search for
  every set of open channels while few are free to open, bounded likewise;
- reach3 (effective reach n+): S-shaped, not concave → the same search from the input, the reach optimum, each
  channel's own reach optimum and the best single-line plans; a local optimum, with no proof (`exact` False, no
  bound); tests hold it within 0.1% of a multi-start SLSQP on random plans;
- whole units: round the continuous optimum and exchange single units (core/whole_units); the continuous
  optimum's bound is reported as `upper_bound`, so the gap is known.

Whatever the method, the answer is never worse than the plan it started from when that plan meets the limits:
if the search finds nothing better, the input comes back unchanged (`kept_input`). Everything is deterministic.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np

from market_entry_planner.core.edits import set_budgets
from market_entry_planner.core.engine.compile import CompiledPlan, compile_plan
from market_entry_planner.core.engine.evaluate import Results, evaluate
from market_entry_planner.core.model import Plan, channel_label
from market_entry_planner.core.optimise.budget_limits import (
    BudgetLimits,
    OptimiseError,
    budget_limits,
)
from market_entry_planner.core.optimise.channel_minimums import check_feasible, minimums_by_channel
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.optimise.objectives import OBJECTIVES, Response, objective_label, response_of
from market_entry_planner.core.optimise.solver import (  # noqa: F401 (re-exported: the optimiser's API)
    DEEP_LINE_STARTS,
    Solution,
    _deep_starts,
    _spend_all,
    feasible_start,
    solve,
    solve_constrained,
    space_of,
    unknown_objective,
)

__all__ = ["OBJECTIVES", "Optimisation", "OptimiseError", "Solution", "feasible_start", "objective_value", "optimise",
           "optimise_compiled", "solve", "solve_constrained", "unknown_objective"]

def objective_value(results: Results, objective: str) -> float:
    """The objective as the estimate reports it (the numbers a marketer compares)."""
    t = results.total
    if objective == "reach":
        return float(t["reach"])
    if objective == "reach3":
        return float(t["effective_reach"])
    if objective == "gmv":
        return float(t["gmv"])
    if objective == "contribution":
        return float(t["contribution"] - t["marketing_cost"])
    raise unknown_objective(objective)


@dataclass(frozen=True, eq=False)
class Optimisation:
    """An optimiser's answer: the budgets, the objective before and after, per line, and what binds."""

    objective: str
    label: str
    limits: BudgetLimits
    before: Results               # the input plan's numbers (evaluate)
    after: Results                # the optimised plan's numbers
    value_before: float
    value_after: float
    upper_bound: float | None     # no plan within the limits beats this (None: not known, e.g. effective reach)
    exact: bool
    method: str
    kept_input: bool              # the input was as good as anything found, and comes back unchanged
    notes: tuple[str, ...] = ()
    channel_minimum: np.ndarray | None = None  # per channel (compiled order): at least this much; None: none
    constraints: Constraints | None = None     # channel maximums, shares and KPI floors asked for
    channel_low: np.ndarray | None = None      # per channel: the floor the search held (minimums and shares)
    channel_high: np.ndarray | None = None     # per channel: the ceiling it held (maximums and shares)
    multipliers: dict | None = None            # per KPI floor: its Lagrange multiplier (> 0: it binds)
    step: float = 0.0                          # budgets rounded to this (0: to the fen)
    frequency: dict | None = None              # per line: {low, high (frequency asked), least, most (budget), words}

    @property
    def binding_constraints(self) -> list[dict]:
        """The constraints the optimised plan is held at: what would move it if relaxed.

        Each {"kind": "total" | "channel_minimum" | "channel_maximum" | "channel_share_low" | "channel_share_high"
        | "floor", "channel" or "kpi", "limit", "value", "words"}."""
        from market_entry_planner.core.optimise.constraints import FLOOR_LABELS, format_kpi, kpi_values
        from market_entry_planner.core.optimise.infeasibility import money

        out = []
        b = self.budgets_after
        spent = float(b.sum())
        slack = max(self.limits.tolerance, 1e-6 * max(spent, 1.0), self.step)
        if spent >= self.limits.total - slack:
            out.append({"kind": "total", "limit": self.limits.total, "value": spent,
                        "words": f"total {'≤' if self.limits.at_most else '='} {money(self.limits.total)}"})
        c = self.compiled
        totals = np.bincount(c.channel_code, weights=b, minlength=len(c.channels))
        asked = self.constraints or Constraints()
        minimum = self.channel_minimum if self.channel_minimum is not None else np.zeros(len(c.channels))
        for j, channel in enumerate(c.channels):
            label = channel_label(channel)
            low = max(float(minimum[j]), float(asked.channel_minimums.get(channel, 0.0)))
            if low > 0 and totals[j] <= low + slack:
                out.append({"kind": "channel_minimum", "channel": channel, "limit": low, "value": float(totals[j]),
                            "words": f"{label} ≥ {money(low)}"})
            if channel in asked.channel_maximums and totals[j] >= asked.channel_maximums[channel] - slack:
                high = float(asked.channel_maximums[channel])
                out.append({"kind": "channel_maximum", "channel": channel, "limit": high, "value": float(totals[j]),
                            "words": f"{label} ≤ {money(high)}"})
            if channel in asked.channel_shares and spent > 0:
                share_low, share_high = asked.channel_shares[channel]
                share = float(totals[j]) / spent
                if share_low > 0 and share <= share_low + slack / spent:
                    out.append({"kind": "channel_share_low", "channel": channel, "limit": share_low,
                                "value": share, "words": f"{label} ≥ {share_low:.0%} of the budget"})
                if share_high < 1 and share >= share_high - slack / spent:
                    out.append({"kind": "channel_share_high", "channel": channel, "limit": share_high,
                                "value": share, "words": f"{label} ≤ {share_high:.0%} of the budget"})
        for i, asked_line in (self.frequency or {}).items():
            low, high, least, most, words = (asked_line[k] for k in ("low", "high", "least", "most", "words"))
            if high is not None and b[i] >= most - slack:
                out.append({"kind": "frequency_cap", "line": i, "limit": float(high),
                            "value": float(self.after.line["frequency"][i]), "words": f"{words}: frequency ≤ {high:g}"})
            if low is not None and b[i] <= least + slack:
                out.append({"kind": "frequency_floor", "line": i, "limit": float(low),
                            "value": float(self.after.line["frequency"][i]), "words": f"{words}: frequency ≥ {low:g}"})
        r = response_of(c)
        for kpi, level in asked.floors.items():
            if (self.multipliers or {}).get(kpi, 0.0) > 0:
                value = float(kpi_values(r, kpi, b)[0])
                out.append({"kind": "floor", "kpi": kpi, "limit": float(level), "value": value,
                            "words": f"{FLOOR_LABELS[kpi]} ≥ {format_kpi(kpi, level, r)}"})
        return out

    @property
    def channel_minimums(self) -> dict[str, float]:
        """{channel key: minimum} for the channels that have one."""
        if self.channel_minimum is None:
            return {}
        return {ch: float(m) for ch, m in zip(self.compiled.channels, self.channel_minimum) if m > 0}

    @property
    def compiled(self) -> CompiledPlan:
        return self.after.compiled

    @property
    def budgets_before(self) -> np.ndarray:
        return self.before.line["budget"]

    @property
    def budgets_after(self) -> np.ndarray:
        return self.after.line["budget"]

    @property
    def change(self) -> float:
        return self.value_after - self.value_before

    @property
    def gap(self) -> float | None:
        """How far the answer could be from the best (0 when exact; None when unknown)."""
        return None if self.upper_bound is None else max(0.0, self.upper_bound - self.value_after)

    @property
    def binding(self) -> np.ndarray:
        """Per line: 'locked', 'min' (at its minimum, 0 if none), 'max' (at its maximum) or 'free'."""
        lim, b = self.limits, self.budgets_after
        tol = lim.tolerance
        return np.where(lim.locked, "locked", np.where(b <= lim.lower + tol, "min",
                                                        np.where(b >= lim.upper - tol, "max", "free")))

    @property
    def total_binding(self) -> bool:
        return bool(self.budgets_after.sum() >= self.limits.total - self.limits.tolerance)

    @property
    def unspent(self) -> float:
        return max(0.0, self.limits.total - float(self.budgets_after.sum()))

    @property
    def budget_changes(self) -> dict[int, float]:
        """{line index: new budget} for the lines that change: what one undoable edit sets."""
        before, after = self.budgets_before, self.budgets_after
        return {i: float(after[i]) for i in range(len(after)) if after[i] != before[i]}

    def apply(self, plan: Plan) -> Plan:
        """The plan with the optimised budgets (one edit: every changed line)."""
        return set_budgets(plan, self.budget_changes)


def optimise(plan: Plan, objective: str = "reach", budget: float | None = None, at_most: bool = False,
             compiled: CompiledPlan | None = None,
             channel_minimums: Mapping[str, float] | None = None, constraints: Constraints | None = None,
             step: float = 0.0, frequency: Mapping[int, tuple[float | None, float | None]] | None = None
             ) -> Optimisation:
    """Reallocate the plan's budget to maximise `objective` ("reach", "reach3", "gmv" or "contribution").

    budget: the total to allocate (default: the plan's current total); at_most: spend up to it rather than
    exactly; channel_minimums: {channel key: at least this much on the channel} (core/channel_minimums).
    constraints: channel maximums and shares, KPI floors (core/optimise/constraints); when any limits conflict,
    the OptimiseError names the smallest set that does (core/optimise/infeasibility). step: round every budget
    that takes any amount to a multiple of it (¥10,000), keeping the total and every limit
    (core/optimise/rounding). frequency: {line index: (min, max)} frequency per line, held as budget limits
    (core/optimise/frequency).
    Raises PlanError if the plan cannot be estimated, OptimiseError if the limits cannot be met.
    """
    if objective not in OBJECTIVES:
        raise unknown_objective(objective)
    compiled = compile_plan(plan) if compiled is None else compiled
    asked_frequency = None
    if frequency:
        from market_entry_planner.core.optimise.frequency import frequency_limits, line_words, with_frequency_limits

        budgets_for = frequency_limits(plan, compiled, frequency)
        asked_frequency = {i: {"low": frequency[i][0], "high": frequency[i][1], "least": least, "most": most,
                               "words": line_words(plan, i)} for i, (least, most) in budgets_for.items()}
        plan = with_frequency_limits(plan, budgets_for)
    if constraints is not None:
        from market_entry_planner.core.optimise.infeasibility import check_limits

        constraints.check(compiled)
        total = float(compiled.budgets.sum()) if budget is None else float(budget)
        merged = dict(constraints.channel_minimums)
        for channel, amount in (channel_minimums or {}).items():
            merged[channel] = max(float(amount), float(merged.get(channel, 0.0)))
        constraints = replace(constraints, channel_minimums=merged)
        check_limits(plan, compiled, total, at_most, constraints)
        channel_minimums = merged
    limits = budget_limits(plan, compiled, budget, at_most)
    result = optimise_compiled(compiled, limits, objective,
                               channel_minimum=minimums_by_channel(compiled, channel_minimums),
                               constraints=constraints, step=step)
    if asked_frequency is None:
        return result
    notes = list(result.notes)
    frequency_after = result.after.line["frequency"]
    for i, asked_line in asked_frequency.items():  # a pool's other lines may have grown (see frequency.py)
        high = asked_line["high"]
        if high is not None and frequency_after[i] > high * (1 + 1e-6):
            notes.append(f"{asked_line['words']} shows people the ads {frequency_after[i]:.2f} times, above its cap "
                         f"{high:g}: other lines of its channel and tactic grew; cap them too.")
    return replace(result, frequency=asked_frequency, notes=tuple(notes))


def optimise_compiled(compiled: CompiledPlan, limits: BudgetLimits, objective: str,
                      start: np.ndarray | None = None, channel_minimum: np.ndarray | None = None,
                      constraints: Constraints | None = None, step: float = 0.0) -> Optimisation:
    """The optimiser on a compiled plan and explicit limits; `start` defaults to the plan's budgets.
    channel_minimum: per channel (compiled order), the least its lines may add up to (0: no minimum)."""
    from market_entry_planner.core.optimise.constrained import floors_met, solve_constrained_plan
    from market_entry_planner.core.optimise.rounding import round_to_step

    r = response_of(compiled)
    start = compiled.budgets if start is None else np.asarray(start, dtype=float)
    channel_low = channel_high = None
    multipliers: dict = {}
    if constraints is not None and (constraints.channel_maximums or constraints.channel_shares
                                    or constraints.floors):
        if channel_minimum is not None and np.any(channel_minimum > 0):
            check_feasible(compiled, limits, channel_minimum)
        found = solve_constrained_plan(r, compiled, objective, limits, feasible_start(start, limits), constraints,
                                       channel_minimum)
        solution = Solution(found.budgets, found.upper_bound, found.exact, found.method)
        channel_low, channel_high, multipliers = found.channel_low, found.channel_high, found.multipliers
    else:
        solution = solve_constrained(r, compiled, objective, limits, start, channel_minimum)
        if channel_minimum is not None:
            channel_low = channel_minimum
    start_meets = True
    if channel_minimum is not None:
        totals = np.bincount(compiled.channel_code, weights=start, minlength=len(compiled.channels))
        start_meets = bool(np.all(totals >= channel_minimum - limits.tolerance))
    if constraints is not None:
        start_meets = start_meets and meets_constraints(compiled, r, start, constraints, limits)
    budgets = solution.budgets
    if step and step > 0:
        budgets = round_to_step(r, objective, limits, budgets, step, channel_low, channel_high,
                                constraints.floors if constraints is not None else {})
        budgets_final = budgets
    else:
        budgets_final = to_cents(budgets, limits)
    before = evaluate(compiled, start)
    after = evaluate(compiled, budgets_final)
    value_before, value_after = objective_value(before, objective), objective_value(after, objective)
    notes = []
    kept = bool(start_meets and limits.is_feasible(start) and value_after <= value_before
                and not (step and not _on_step(start, limits, step)))
    if kept:
        after, value_after = before, value_before
        notes.append("The plan as it stands is already the best found: nothing to change.")
    bound = solution.upper_bound
    if bound is not None:
        bound = max(bound, value_after)  # the estimate's own rounding, never a bound below the answer
    if limits.at_most and objective == "contribution" and limits.total - after.total["budget"] > limits.tolerance:
        notes.append(f"¥{limits.total - after.total['budget']:,.0f} left unspent: on these lines it would cost more "
                     "than it brings back (or they are at their maximums).")
    elif not limits.at_most and limits.total - after.total["budget"] > limits.tolerance:
        notes.append(f"¥{limits.total - after.total['budget']:,.0f} cannot be spent in whole units within the "
                     "lines' maximums.")
    if bound is not None and not solution.exact and bound > value_after:
        gap = (bound - value_after) / max(abs(bound), 1e-300)
        within = f"{gap:.2%}" if gap >= 1e-4 else "less than 0.01%"
        notes.append(f"Whole units: within {within} of the best plan if units could be split.")
    if constraints is not None and constraints.floors:
        for kpi, met in floors_met(r, dict(constraints.floors), after.line["budget"], limits.total).items():
            if not met:
                from market_entry_planner.core.optimise.constraints import FLOOR_LABELS
                notes.append(f"Whole units or rounding leave {FLOOR_LABELS[kpi]} just below its floor: "
                             "loosen the floor a little or the rounding step.")
    return Optimisation(objective=objective, label=objective_label(objective, compiled.effective_frequency),
                        limits=limits, before=before, after=after, value_before=value_before,
                        value_after=value_after, upper_bound=bound, exact=bool(solution.exact),
                        method=solution.method, kept_input=kept, notes=tuple(notes),
                        channel_minimum=channel_minimum if channel_minimum is not None and np.any(channel_minimum > 0)
                        else None, constraints=constraints, channel_low=channel_low, channel_high=channel_high,
                        multipliers=multipliers, step=float(step or 0.0))


def meets_constraints(compiled: CompiledPlan, r: Response, budgets: np.ndarray, constraints: Constraints,
                      limits: BudgetLimits) -> bool:
    """Does a plan hold the channel limits and KPI floors asked for (the input may not)?"""
    from market_entry_planner.core.optimise.constrained import floors_met

    spent = float(budgets.sum())
    low, high = constraints.channel_bounds(compiled, spent)
    totals = np.bincount(compiled.channel_code, weights=budgets, minlength=len(compiled.channels))
    if np.any(totals < low - limits.tolerance) or np.any(totals > high + limits.tolerance):
        return False
    return all(floors_met(r, dict(constraints.floors), budgets, limits.total).values())


def _on_step(budgets: np.ndarray, limits: BudgetLimits, step: float) -> bool:
    """Are the budgets that take any amount already multiples of the step?"""
    free = ~limits.locked & ~limits.rounded & (limits.upper > limits.lower)
    units = budgets[free] / step
    return bool(np.all(np.abs(units - np.round(units)) <= 1e-9 * np.maximum(1.0, units)))


def to_cents(budgets: np.ndarray, limits: BudgetLimits) -> np.ndarray:
    """Budgets a person can type: lines that take any amount rounded to the fen, the rounding's sum put on the
    funded line with most room, so the total and every limit still hold. Locked and whole-unit lines stay."""
    b = budgets.copy()
    movable = ~limits.locked & ~limits.rounded & (limits.upper > limits.lower)
    if not movable.any():
        return b
    target = b.sum()
    b[movable] = np.clip(np.round(b[movable], 2), limits.lower[movable], limits.upper[movable])
    residue = target - b.sum()
    # the fen go to a line already above its minimum: a line at 0 taking them would open its channel
    funded = movable & (b > limits.lower)
    room = np.where(funded if funded.any() else movable, (limits.upper - b) if residue > 0 else (b - limits.lower),
                    -np.inf)
    j = int(np.argmax(room))
    if room[j] >= abs(residue):
        exact = b[j] + residue
        cents = round(exact, 2)  # a total in whole fen keeps every line in whole fen; any other total cannot
        b[j] = min(max(cents if abs(cents - exact) < 1e-6 else exact, limits.lower[j]), limits.upper[j])
    return b
