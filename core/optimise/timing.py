"""Timing: "when should we spend it?" The optimiser may move a line's budget between the months of its own dates,
into or out of the festival windows, within monthly spend caps.

A line spends its budget evenly over its days, and a festival day changes what a yuan buys there (auction media
costs `cpm_multiplier` times more, everything converts `cvr_multiplier` times better: core/engine/festivals.py).
Re-timing splits each movable line into one piece per calendar month of its dates. Pieces of one line share its
channel and tactic, hence its exposure pool, so the split plan with the even split is the same plan (its reach,
orders and GMV are the input's: a test holds it); the optimiser then chooses every piece's budget.

Which lines move: dated, not locked, spanning two months or more, and sold by the yuan (auction media, search).
KOL sessions, videos and store hours are booked one by one on their dates, so they keep them (their budgets are
the timing-free optimiser's answer). Undated lines meet no festival; they keep spreading over the plan's period.

Monthly caps limit each calendar month's spend: the line budgets booked in it, as the Cash flow chart books media
and KOL fees (core/analysis/flighting.month_spend_shares). The agency fee, commissions, platform fees, fulfilment
and deposits come on top, as that chart shows.

The search: the plan is first optimised with its dates as they are (core/optimise/optimiser, every constraint of
the Constraints but KPI floors). From that plan, evenly spread, Frank–Wolfe over the polytope of the limits: each
step's direction is a vertex that a linear programme (HiGHS) finds for the gradient, its length the best of a batch
of points on the segment. Every linear limit (lines' ranges, total, channel minimums, maximums and shares, monthly
caps) is a row of that programme, so every step stays feasible. For a concave objective (reach, GMV,
contribution within its open channels) the Frank–Wolfe gap bounds how far the answer can be from the best timing.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
from scipy.optimize import linprog

from market_entry_planner.core.analysis.flighting import DEFAULT_PERIOD, month_spend_shares
from market_entry_planner.core.engine.compile import CompiledPlan, compile_plan
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.engine.festivals import day_date
from market_entry_planner.core.engine.model import LINE_RATES
from market_entry_planner.core.model import Plan, channel_label
from market_entry_planner.core.optimise.budget_limits import OptimiseError, budget_limits
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.optimise.infeasibility import money
from market_entry_planner.core.optimise.objectives import CONCAVE, objective_label, response_of, value_and_gradient
from market_entry_planner.core.optimise.optimiser import Optimisation, objective_value, optimise
from market_entry_planner.core.problems import Problem

MAX_STEPS = 15         # Frank–Wolfe steps before the polish (it finds the months that matter; SLSQP finishes)
GAP = 1e-7            # stop when the Frank–Wolfe gap is below this share of the objective
SEGMENT_POINTS = 33
# the search holds caps, channel maximums and share ceilings this much (CNY) inside, so that rounding to the fen
# never breaks one (minimums: a fen per piece in the row, as each piece is rounded down)
CAP_MARGIN = 0.1   # points on a step's segment evaluated in one batch, twice (coarse, then around the best)


def month_key(first_day: date) -> str:
    return f"{first_day.year:04d}-{first_day.month:02d}"


def parse_month(text: str) -> date:
    """The first day of a month written 2027-06 (or 2027-6)."""
    year, _, month = str(text).strip().partition("-")
    try:
        value = date(int(year), int(month), 1)
    except ValueError:
        raise OptimiseError([Problem(f"'{text}' is not a month: write it as 2027-06.")]) from None
    return value


@dataclass(frozen=True, eq=False)
class Retiming:
    """The best timing found, beside the plan optimised with its dates as they are."""

    objective: str
    label: str
    plan: Plan                    # the retimed plan: movable lines split into months (what Apply sets)
    base: Optimisation            # the optimiser with the dates as they are
    value_before: float           # the input plan
    value_untimed: float          # base.value_after
    value_after: float
    upper_bound: float | None     # no timing within the limits does better (None: not known)
    method: str
    months: tuple[date, ...]      # first day of each month of the plan's period
    spend_before: np.ndarray      # per month: the input plan's spend (line budgets)
    spend_untimed: np.ndarray
    spend_after: np.ndarray
    caps: np.ndarray              # per month, inf where there is no cap
    line_months: np.ndarray       # (input lines, months): the retimed plan's spend per input line and month
    retimed: np.ndarray           # per input line: its budget may move between months
    steps: int
    notes: tuple[str, ...] = ()

    @property
    def exact(self) -> bool:
        return self.upper_bound is not None and \
            self.upper_bound - self.value_after <= 1e-6 * max(1.0, abs(self.upper_bound))

    @property
    def binding_caps(self) -> list[dict]:
        """The months held at their cap, as `Optimisation.binding_constraints` lists constraints."""
        slack = 1e-6 * max(float(self.spend_after.sum()), 1.0)
        return [{"kind": "month_cap", "month": month_key(m), "limit": float(cap), "value": float(spent),
                 "words": f"{month_key(m)} spend ≤ {money(cap)}"}
                for m, cap, spent in zip(self.months, self.caps, self.spend_after)
                if np.isfinite(cap) and spent >= cap - slack]

    def months_table(self) -> list[dict]:
        return [{"month": month_key(m), "before": float(b), "untimed": float(u), "after": float(a),
                 "cap": None if not np.isfinite(c) else float(c)}
                for m, b, u, a, c in zip(self.months, self.spend_before, self.spend_untimed, self.spend_after,
                                         self.caps)]


@dataclass(frozen=True)
class _Pieces:
    owner: np.ndarray     # per piece: its input line
    month: np.ndarray     # per piece: its month (-1: the whole line, not split)
    lines: tuple          # the pieces as LineItems (budgets: the even split of `budgets`)


def _movable(plan: Plan, compiled: CompiledPlan, limits) -> np.ndarray:
    s = compiled.schedule
    if s is None:
        return np.zeros(compiled.size, dtype=bool)
    months = np.array([_month_index(day_date(a), day_date(b)) if d else 0
                       for a, b, d in zip(s.start, s.end, s.dated)])
    return s.dated & ~limits.locked & ~(limits.whole_units & (limits.unit_price > 0)) & \
        (limits.upper > 0) & (months >= 1) & (compiled.buying != "unit")


def _month_index(first: date, last: date) -> int:
    """How many month boundaries lie between two dates (0: the same calendar month)."""
    return (last.year - first.year) * 12 + last.month - first.month


def _split(plan: Plan, compiled: CompiledPlan, movable: np.ndarray, budgets: np.ndarray) -> _Pieces:
    s = compiled.schedule
    owner, month, lines = [], [], []
    for i, line in enumerate(plan.lines):
        if not movable[i]:
            owner.append(i)
            month.append(-1)
            lines.append(line.with_budget(float(budgets[i])))
            continue
        first, last = day_date(s.start[i]), day_date(s.end[i])
        days = s.end[i] - s.start[i] + 1
        cursor = first
        while cursor <= last:
            following = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
            end = min(last, date.fromordinal(following.toordinal() - 1))
            share = ((end - cursor).days + 1) / days
            name = line.name or (plan.tactics[line.tactic].label if line.tactic in plan.tactics else line.tactic)
            lines.append(replace(line, budget=float(budgets[i]) * share, start=cursor, end=end,
                                 name=f"{name} · {month_key(cursor)}", min_budget=None, max_budget=None))
            owner.append(i)
            month.append(_month_index(first, cursor))
            cursor = following
    return _Pieces(np.array(owner, dtype=int), np.array(month, dtype=int), tuple(lines))


def retime(plan: Plan, objective: str = "reach", budget: float | None = None, at_most: bool = False,
           constraints: Constraints | None = None, month_caps: Mapping[date, float] | None = None,
           channel_minimums: Mapping[str, float] | None = None) -> Retiming:
    """The plan optimised with its lines free to move budget between the months of their dates (see the module).

    month_caps: {first day of a month: the most the plan may spend in it}. Raises OptimiseError, naming the
    months and lines, when the caps leave no plan."""
    constraints = constraints or Constraints()
    if constraints.floors:
        raise OptimiseError([Problem("Timing by month cannot be combined with KPI floors yet: optimise the timing "
                                     "first, then check the floors on the result.")])
    caps_asked = {parse_month(k) if not isinstance(k, date) else k.replace(day=1): float(v)
                  for k, v in (month_caps or {}).items()}
    for month, cap in caps_asked.items():
        if not np.isfinite(cap) or cap < 0:
            raise OptimiseError([Problem(f"The cap for {month_key(month)} must be an amount of 0 or more, "
                                         f"not {cap}.")])
    compiled = compile_plan(plan)
    limits = budget_limits(plan, compiled, budget, at_most)
    bounds, shares_before = month_spend_shares(compiled, DEFAULT_PERIOD)
    months = tuple(day_date(b) for b in bounds[:-1])
    outside = [month_key(m) for m in caps_asked if m not in months]
    if outside:
        raise OptimiseError([Problem(f"No line runs in {', '.join(sorted(outside))}: the plan's months are "
                                     f"{month_key(months[0])} to {month_key(months[-1])}.")])
    caps = np.array([caps_asked.get(m, np.inf) for m in months])
    spend_before = shares_before.T @ compiled.budgets

    base = optimise(plan, objective, budget, at_most, compiled=compiled, channel_minimums=channel_minimums,
                    constraints=constraints if constraints.has_channel_limits else None)
    b0 = base.budgets_after
    movable = _movable(plan, compiled, limits)
    pieces = _split(plan, compiled, movable, b0)
    split_plan = plan.with_lines(pieces.lines)
    ce = compile_plan(split_plan)
    r = response_of(ce)
    _, shares = month_spend_shares(ce, DEFAULT_PERIOD)
    spend_matrix = shares.T                                   # (months, pieces)
    even = np.array([line.budget for line in pieces.lines])   # the untimed optimum, each line spread evenly
    x0 = even
    spend_untimed = spend_matrix @ even

    closed = None
    if objective == "contribution":
        closed = np.bincount(compiled.channel_code, weights=b0, minlength=len(compiled.channels)) <= 0
    units = (limits.whole_units & (limits.unit_price > 0) & ~limits.locked)[pieces.owner]

    def program_with(pinned):
        return _Program.of(compiled, ce, pieces, limits, base, constraints, channel_minimums, spend_matrix, caps,
                           closed, pinned)

    # first every budget divisible (whole-unit lines too: the caps may want fewer sessions than the untimed
    # optimum booked), then those lines rounded down to whole units and the rest searched again
    program = program_with(None)
    notes = []
    x0 = even
    if not program.feasible(x0, exact=True):
        x0 = program.vertex(_value_grad(r, objective, x0)[1])
        if x0 is None:
            raise OptimiseError([Problem(_cap_conflict(plan, compiled, limits, pieces, spend_matrix, caps,
                                                       months))])
        notes.append("The plan optimised with its dates as they are breaks a monthly cap: the timing starts from a "
                     "plan within the caps.")
    x, gap, steps = _search(r, objective, program, x0, even, pieces.owner)
    # every divisible timing is at most this (a concave objective): whole units can only do worse
    relaxed_bound = None if gap is None else _value_grad(r, objective, x)[0] + gap
    if units.any():
        # two ways to pin them: rounded down from the divisible answer (within the caps as it was), or as the
        # untimed optimum booked them; the better plan wins
        price = limits.unit_price[pieces.owner]
        down = np.where(units, np.maximum(np.floor(x / np.where(units, price, 1.0) + 1e-9) * price,
                                          limits.lower[pieces.owner]), x)
        best = None
        for pins in (down, even):
            pinned = program_with(np.where(units, pins, np.nan))
            start = np.where(units, pins, x)
            if not pinned.feasible(start, exact=True):
                start = pinned.vertex(_value_grad(r, objective, start)[1])
            if start is None:
                continue
            found, found_gap, more = _search(r, objective, pinned, start, even, pieces.owner)
            steps += more
            value = _value_grad(r, objective, found)[0]
            if best is None or value > best[0]:
                best = (value, found, found_gap, pinned)
        if best is None:
            raise OptimiseError([Problem("Whole KOL sessions, videos or store hours cannot fit these monthly caps: "
                                         "raise a cap or the total, or lower those lines' minimums.")])
        _, x, gap, program = best
    budgets = _to_fen(x, program)
    retimed_plan = _join(plan, pieces, budgets, compiled, movable)
    after = evaluate(compile_plan(retimed_plan))
    value_after = objective_value(after, objective)
    value_untimed = base.value_after
    if value_after < value_untimed and program.feasible(even, exact=True):
        # never worse than not moving anything (the search's round-off aside)
        retimed_plan, budgets, value_after = _join(plan, pieces, even, compiled, movable), even, value_untimed
    bound = None
    if objective in CONCAVE and objective != "contribution" and relaxed_bound is not None:
        bound = max(value_after, relaxed_bound)
    line_months = np.zeros((compiled.size, len(months)))
    np.add.at(line_months, pieces.owner, (spend_matrix * budgets).T)
    moved = int(movable.sum())
    method = (f"Frank–Wolfe over the months of {moved} line{'s' if moved != 1 else ''}, each step a linear "
              f"programme (HiGHS) over every limit and monthly cap; {steps} steps, from the plan optimised with its "
              f"dates as they are")
    if not movable.any():
        notes.append("No line can move between months: re-timing needs dated lines, not locked, bought by the "
                     "yuan and running over two months or more.")
    kept = [plan.lines[i].name or plan.lines[i].tactic for i in np.flatnonzero(
        (compiled.schedule.dated if compiled.schedule is not None else np.zeros(compiled.size, bool))
        & ~movable & (limits.whole_units & (limits.unit_price > 0)))]
    if kept:
        notes.append("Booked by the session, video or hour, these keep their dates: " + ", ".join(kept) + ".")
    return Retiming(objective=objective, label=objective_label(objective, compiled.effective_frequency),
                    plan=retimed_plan, base=base, value_before=base.value_before, value_untimed=value_untimed,
                    value_after=value_after, upper_bound=bound, method=method, months=months,
                    spend_before=spend_before, spend_untimed=spend_untimed, spend_after=spend_matrix @ budgets,
                    caps=caps, line_months=line_months, retimed=movable, steps=steps, notes=tuple(notes))


def _value_grad(r, objective: str, x: np.ndarray):
    value, grad = value_and_gradient(r, objective, x[None, :], fixed_costs=False) \
        if objective == "contribution" else value_and_gradient(r, objective, x[None, :])
    return float(value[0]), grad[0]


def _values(r, objective: str, rows: np.ndarray) -> np.ndarray:
    if objective == "contribution":
        return value_and_gradient(r, objective, rows, gradient=False, fixed_costs=False)
    return value_and_gradient(r, objective, rows, gradient=False)


@dataclass
class _Program:
    """The limits as a linear programme over the pieces' budgets (in units of `scale`)."""

    lower: np.ndarray
    upper: np.ndarray
    a_ub: np.ndarray
    b_ub: np.ndarray
    a_eq: np.ndarray | None
    b_eq: np.ndarray | None
    scale: float
    b_limits: np.ndarray    # the rows' true limits; b_ub holds them a little inside, for rounding to the fen

    @staticmethod
    def of(compiled, ce, pieces, limits, base, constraints, channel_minimums, spend_matrix, caps,
           closed=None, pinned=None) -> "_Program":
        n = ce.size
        owner, split = pieces.owner, pieces.month >= 0
        b0 = base.budgets_after
        fixed = ~split & (limits.locked | (limits.upper <= limits.lower))[owner]
        lower = np.where(split, 0.0, limits.lower[owner])
        upper = limits.upper[owner].copy()
        lower, upper = np.where(fixed, b0[owner], lower), np.where(fixed, b0[owner], upper)
        if pinned is not None:  # whole-unit lines at their rounded budgets
            lower, upper = np.where(np.isnan(pinned), lower, pinned), np.where(np.isnan(pinned), upper, pinned)
        if closed is not None:  # contribution: a channel the untimed optimum keeps shut stays shut (fixed costs)
            upper = np.where(closed[ce.channel_code], np.minimum(upper, lower), upper)
        rows, right, margin = [], [], []   # margin: how far inside the search holds each row

        def inside(row):  # rounding each piece down to the fen loses at most a fen per piece in the row
            return 0.01 * (np.count_nonzero(row) + 1)

        for i in np.unique(owner[split]):
            row = (owner == i).astype(float)
            if limits.lower[i] > 0:
                rows.append(-row)
                room = limits.upper[i] - limits.lower[i] > 2 * inside(row)
                right.append(-limits.lower[i])
                margin.append(inside(row) if room else 0.0)
            if np.isfinite(limits.upper[i]):
                rows.append(row)
                right.append(limits.upper[i])
                margin.append(0.0)
        ones = np.ones(n)
        minimums = dict(constraints.channel_minimums)
        for channel, amount in (channel_minimums or {}).items():
            minimums[channel] = max(float(amount), float(minimums.get(channel, 0.0)))
        for j, channel in enumerate(compiled.channels):
            row = (ce.channel_code == j).astype(float)
            if minimums.get(channel, 0.0) > 0:
                rows.append(-row)
                right.append(-float(minimums[channel]))
                margin.append(inside(row))
            if channel in constraints.channel_maximums:
                rows.append(row)
                right.append(float(constraints.channel_maximums[channel]))
                margin.append(min(CAP_MARGIN, right[-1]))
            if channel in constraints.channel_shares:
                low, high = constraints.channel_shares[channel]
                rows.append(low * ones - row)
                right.append(0.0)
                margin.append(inside(row) if low > 0 else 0.0)
                rows.append(row - high * ones)
                right.append(0.0)
                margin.append(CAP_MARGIN if high < 1 else 0.0)
        for m in np.flatnonzero(np.isfinite(caps)):
            rows.append(spend_matrix[m])
            right.append(caps[m])
            margin.append(min(CAP_MARGIN, caps[m]))
        total = limits.total
        if limits.at_most:
            rows.append(ones)
            right.append(total)
            margin.append(0.0)
            a_eq = b_eq = None
        else:
            a_eq, b_eq = ones[None, :], np.array([total])
        scale = max(total, 1.0)
        right = np.array(right, dtype=float)
        return _Program(lower, upper, np.array(rows).reshape(-1, n), right - np.array(margin, dtype=float), a_eq,
                        b_eq, scale, right)

    def feasible(self, x: np.ndarray, tol: float | None = None, exact: bool = False) -> bool:
        """Within the rows as the search holds them, or (exact) within the true limits."""
        tol = 1e-7 * self.scale if tol is None else tol
        if np.any(x < self.lower - tol) or np.any(x > self.upper + tol):
            return False
        if len(self.b_ub) and np.any(self.a_ub @ x > (self.b_limits if exact else self.b_ub) + tol):
            return False
        return self.a_eq is None or bool(np.all(np.abs(self.a_eq @ x - self.b_eq) <= tol))

    def vertex(self, gradient: np.ndarray) -> np.ndarray | None:
        """The feasible plan furthest along the gradient (None: no feasible plan)."""
        s = self.scale
        bounds = np.column_stack([self.lower / s, np.where(np.isfinite(self.upper), self.upper / s, np.inf)])
        norm = max(float(np.abs(gradient).max()), 1e-300)
        result = linprog(-gradient / norm, A_ub=self.a_ub if len(self.b_ub) else None,
                         b_ub=self.b_ub / s if len(self.b_ub) else None, A_eq=self.a_eq,
                         b_eq=None if self.b_eq is None else self.b_eq / s, bounds=bounds, method="highs")
        if result.status != 0:
            return None
        return np.clip(result.x * s, self.lower, self.upper)


def _frank_wolfe(r, objective: str, program: _Program, x: np.ndarray):
    """Pairwise Frank–Wolfe: x is kept as a convex combination of feasible atoms (the start and the vertices found);
    each step moves weight from the atom the gradient likes least to the vertex it likes most, so the search can
    leave a vertex it no longer wants (plain Frank–Wolfe zig-zags there). Returns x, the last Frank–Wolfe gap
    (for a concave objective: no plan within the limits beats x by more) and the steps taken."""
    atoms, weights = [x.copy()], [1.0]
    value, grad = _value_grad(r, objective, x)
    gap = None
    steps = 0
    for steps in range(1, MAX_STEPS + 1):
        s = program.vertex(grad)
        if s is None:
            break
        gap = float(grad @ (s - x))
        if gap <= GAP * max(abs(value), 1.0):
            break
        scores = [float(grad @ a) for a in atoms]
        away = int(np.argmin(scores))
        d = s - atoms[away]
        most = weights[away]
        # the step's length: a batch of points on the segment, spaced evenly and geometrically (the best step
        # can be a millionth of it), then a finer batch around the best
        gammas = np.unique(np.concatenate([np.linspace(0.0, most, SEGMENT_POINTS),
                                           most * np.geomspace(1e-9, 1.0, SEGMENT_POINTS)]))
        trial = _values(r, objective, x[None, :] + gammas[:, None] * d[None, :])
        k = int(np.argmax(trial))
        fine = np.linspace(gammas[max(k - 1, 0)], gammas[min(k + 1, len(gammas) - 1)], SEGMENT_POINTS)
        fine_values = _values(r, objective, x[None, :] + fine[:, None] * d[None, :])
        k = int(np.argmax(fine_values))
        if fine_values[k] <= value:
            break
        step = float(fine[k])
        x = x + step * d
        weights[away] -= step
        for j, a in enumerate(atoms):
            if np.array_equal(a, s):
                weights[j] += step
                break
        else:
            atoms.append(s)
            weights.append(step)
        keep = [j for j, w in enumerate(weights) if w > 1e-12]
        atoms, weights = [atoms[j] for j in keep], [weights[j] for j in keep]
        value, grad = _value_grad(r, objective, x)
    return x, gap, steps


def _search(r, objective: str, program: "_Program", x: np.ndarray, anchor: np.ndarray, owner: np.ndarray):
    x, gap, steps = _frank_wolfe(r, objective, program, x)
    x, gap = _polish(r, objective, program, x)
    return _spread_ties(r, objective, program, x, anchor, owner), gap, steps


def _spread_ties(r, objective: str, program: "_Program", x: np.ndarray, anchor: np.ndarray,
                 owner: np.ndarray) -> np.ndarray:
    """Months of a line that earn the same per yuan (the same festival factors, so every rate of the model is
    equal) are ties: any split of their money is as good, and a search lands on one corner (all of it in April).
    Each line's tying months get their money back in the plan's own proportions (`anchor`, the even split), so
    money moves only where it earns. Kept line by line only if the objective does not fall (a search line's
    months are not ties: its clicks run out month by month) and every limit still holds."""
    c = r.compiled
    rates = np.stack([np.broadcast_to(np.asarray(getattr(c.rates, name), dtype=float), (c.size,))
                      for name in LINE_RATES])
    value = _values(r, objective, x[None, :])[0]
    for i in np.unique(owner):
        mine = np.flatnonzero(owner == i)
        if len(mine) < 2:
            continue
        _, group = np.unique(np.round(rates[:, mine], 12), axis=1, return_inverse=True)
        trial = x.copy()
        for g in np.unique(group):
            members = mine[group.reshape(-1) == g]
            weight = anchor[members]
            if len(members) > 1 and weight.sum() > 0:
                trial[members] = x[members].sum() * weight / weight.sum()
        if np.array_equal(trial, x) or not program.feasible(trial):
            continue
        trial_value = _values(r, objective, trial[None, :])[0]
        if trial_value >= value - 1e-12 * max(abs(value), 1.0):
            x, value = trial, max(value, trial_value)
    return x


def _polish(r, objective: str, program: _Program, x: np.ndarray):
    """Frank–Wolfe crawls once the best plan spreads money over many months (search demand saturates month by
    month): SLSQP (scipy) with the model's exact gradients and the programme's rows finishes from its answer. Kept
    only if it ends feasible and no worse; the Frank–Wolfe gap is then measured again (one more LP)."""
    from scipy.optimize import minimize

    s = program.scale
    value, grad = _value_grad(r, objective, x)
    norm = max(abs(value), 1.0)

    def fun(z):
        v, g = _value_grad(r, objective, z * s)
        return -v / norm, -g * s / norm

    constraints = []
    if len(program.b_ub):
        constraints.append({"type": "ineq", "fun": lambda z: program.b_ub / s - program.a_ub @ z,
                            "jac": lambda z: -program.a_ub})
    if program.a_eq is not None:
        constraints.append({"type": "eq", "fun": lambda z: program.a_eq @ z - program.b_eq / s,
                            "jac": lambda z: program.a_eq})
    bounds = list(zip(program.lower / s, np.where(np.isfinite(program.upper), program.upper / s, None)))
    result = minimize(fun, x / s, jac=True, bounds=bounds, constraints=constraints, method="SLSQP",
                      options={"maxiter": 60 if objective == "reach3" else 200, "ftol": 1e-10})
    z = np.clip(result.x * s, program.lower, program.upper)
    if program.feasible(z) and _value_grad(r, objective, z)[0] >= value:
        x = z
    value, grad = _value_grad(r, objective, x)
    vertex = program.vertex(grad)
    return x, None if vertex is None else max(0.0, float(grad @ (vertex - x)))


def _to_fen(x: np.ndarray, program: _Program) -> np.ndarray:
    """Budgets a person can type, the total kept: each piece down to the fen, then the fen left over on the
    largest piece that takes them within every limit (a channel maximum or a cap must not break by a fen)."""
    b = np.maximum(np.floor(x * 100 + 1e-6) / 100, program.lower)
    residue = round(float(x.sum() - b.sum()), 2)
    if residue <= 0:
        return b if program.feasible(b, 1e-6, exact=True) else x
    for j in np.argsort(-b, kind="stable"):
        trial = b.copy()
        trial[j] = round(trial[j] + residue, 2)
        if program.feasible(trial, 1e-6, exact=True):
            return trial
    return x


def _join(plan: Plan, pieces: _Pieces, budgets: np.ndarray, compiled: CompiledPlan, movable: np.ndarray) -> Plan:
    """The retimed plan: a moved line whose months keep the even split stays one line; otherwise its months with
    any budget, in date order (a line left with nothing stays as one line at 0, its dates as they were)."""
    lines = []
    for i, line in enumerate(plan.lines):
        mine = np.flatnonzero(pieces.owner == i)
        total = float(budgets[mine].sum())
        if not movable[i]:
            lines.append(line.with_budget(total))
            continue
        days = np.array([(pieces.lines[k].end - pieces.lines[k].start).days + 1 for k in mine], dtype=float)
        even = total * days / days.sum()
        if total <= 0 or np.allclose(budgets[mine], even, rtol=0, atol=max(0.01, 1e-7 * total)):
            lines.append(line.with_budget(round(total, 2)))
            continue
        lines.extend(replace(pieces.lines[k], budget=float(budgets[k])) for k in mine if budgets[k] > 0)
    return plan.with_lines(lines)


def _cap_conflict(plan, compiled, limits, pieces, spend_matrix, caps, months) -> str:
    """Why the caps leave no plan, in the user's words: a month whose fixed spend already exceeds its cap, or caps
    that add up to less than the budget."""
    fixed = np.array([pieces.month[k] < 0 and (limits.locked[i] or limits.upper[i] <= limits.lower[i])
                      for k, i in enumerate(pieces.owner)])
    least = np.array([limits.lower[i] if pieces.month[k] < 0 else 0.0 for k, i in enumerate(pieces.owner)])
    budgets = np.where(fixed, [p.budget for p in pieces.lines], least)
    forced = spend_matrix @ np.where(fixed, budgets, 0.0)
    for m in np.flatnonzero(np.isfinite(caps)):
        if forced[m] > caps[m] + 1e-6 * max(limits.total, 1.0):
            who = [plan.lines[i].name or plan.lines[i].tactic for k, i in enumerate(pieces.owner)
                   if spend_matrix[m, k] * budgets[k] > 0]
            return (f"{month_key(months[m])} spend ≤ {money(caps[m])} cannot hold: locked lines and line minimums "
                    f"already spend {money(forced[m])} in that month ({', '.join(who)}).")
    if not limits.at_most and np.all(np.isfinite(caps)) and caps.sum() < limits.total:
        return (f"The monthly caps add up to {money(caps.sum())}, less than the total {money(limits.total)} "
                "to spend.")
    channels = ", ".join(channel_label(c) for c in compiled.channels)
    return ("The monthly caps leave no plan within the lines' dates and limits (and the channel limits on "
            f"{channels}): raise a cap, widen a line's dates or lower the total.")
