"""What a marketer asks of the optimiser beyond the lines' own limits: per-channel minimums, maximums and shares
of the budget, and floors on the plan's KPIs ("the most reach while ROI stays ≥ 0").

Channel limits are linear: with the money spent S, channel c must hold between max(minimum_c, share_low_c·S)
and min(maximum_c, share_high_c·S). For a known S they are each channel's floor and ceiling, which the search's
projection (`Space`) keeps exactly; the Frank–Wolfe bound is taken over the same set, so answers stay certified.

KPI floors are not linear, but each is a concave function of the budgets held above a level (for a given set of
open channels; effective reach n+ aside, which is S-shaped):

- ROAS ≥ x:          GMV − x·budget ≥ 0
- profit ROI ≥ x:    (contribution − marketing cost) − x·marketing cost ≥ 0
- contribution ≥ x:  contribution − marketing cost ≥ x (the optimiser's "contribution", profit after marketing)
- reach, effective reach, GMV ≥ x.

So "maximise f with g_k ≥ c_k" is a concave programme, and its Lagrangian L(b, λ) = f(b) + Σ λ_k (g_k(b) − c_k)
has no duality gap: for the right λ ≥ 0 the best plan of L meets every floor, and for any λ ≥ 0, max_b L bounds
the answer from above. Each floor's λ is found by a safeguarded secant search (g_k at the best plan of L never
falls as λ_k grows), cycling over the floors; every inner maximisation is the concave search of the unconstrained
optimiser (projected gradient, Newton steps, Frank–Wolfe bound) on the weighted objective, run for every set of
open channels when the objective or a floor pays channels' fixed costs. The bound it reports is the dual one.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.engine.model import backward, forward, group_sum, share_gradient
from market_entry_planner.core.model import channel_label
from market_entry_planner.core.optimise.budget_limits import OptimiseError, Space
from market_entry_planner.core.optimise.concave import _capacity, frank_wolfe_bound
from market_entry_planner.core.optimise.local_search import maximise
from market_entry_planner.core.optimise.objectives import Response, value_and_gradient
from market_entry_planner.core.optimise.solver import _deep_starts
from market_entry_planner.core.problems import Problem

# the KPIs a floor may hold, and how a marketer reads them
FLOOR_KPIS = ("roi", "roas", "contribution", "reach", "reach3", "gmv")
FLOOR_LABELS = {"roi": "profit ROI", "roas": "ROAS", "contribution": "contribution − marketing cost",
                "reach": "reach", "reach3": "effective reach", "gmv": "GMV"}
RATIO_KPIS = ("roi", "roas")
# how closely a floor is met: a millionth of its scale (money: of the budget; people: of the population)
FLOOR_TOLERANCE = 1e-7
DUAL_ROUNDS = 4
SECANT_STEPS = 40


@dataclass(frozen=True)
class Constraints:
    """Everything asked of the plan besides its lines' own limits. Channels by key ("douyin", "jd", ...); shares as
    fractions of the money spent; floors by FLOOR_KPIS key (ratios as fractions: ROI 0 = break even, ROAS 3 = 3)."""

    channel_minimums: Mapping[str, float] = field(default_factory=dict)
    channel_maximums: Mapping[str, float] = field(default_factory=dict)
    channel_shares: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    floors: Mapping[str, float] = field(default_factory=dict)

    @property
    def has_channel_limits(self) -> bool:
        return bool(self.channel_minimums or self.channel_maximums or self.channel_shares)

    @property
    def has_shares(self) -> bool:
        return bool(self.channel_shares)

    def check(self, compiled: CompiledPlan) -> None:
        """Raise OptimiseError on what makes no sense: unknown channels or KPIs, negative amounts, a share range
        outside 0–100% or upside down."""
        problems = []
        for what, table in (("minimum", self.channel_minimums), ("maximum", self.channel_maximums)):
            for channel, amount in table.items():
                amount = float(amount)
                if not np.isfinite(amount) or amount < 0:
                    problems.append(Problem(f"The {what} for {channel_label(channel)} must be an amount of 0 or "
                                            f"more, not {amount}."))
                elif channel not in compiled.channels and (what == "maximum" or amount > 0):
                    if what == "minimum":
                        problems.append(Problem(f"The plan has no lines on {channel_label(channel)}, so it cannot "
                                                f"spend at least ¥{amount:,.0f} there: add a line first."))
        for channel, (low, high) in self.channel_shares.items():
            if not (0 <= low <= high <= 1):
                problems.append(Problem(f"The share of {channel_label(channel)} must be a range within 0%–100%, "
                                        f"low to high, not {low:.0%}..{high:.0%}."))
            elif channel not in compiled.channels and low > 0:
                problems.append(Problem(f"The plan has no lines on {channel_label(channel)}, so it cannot spend "
                                        f"{low:.0%} of the budget there: add a line first."))
        for kpi, level in self.floors.items():
            if kpi not in FLOOR_KPIS:
                problems.append(Problem(f"Unknown KPI floor '{kpi}': choose one of {', '.join(FLOOR_KPIS)}."))
            elif not np.isfinite(float(level)):
                problems.append(Problem(f"The floor on {FLOOR_LABELS[kpi]} must be a number, not {level}."))
        if problems:
            raise OptimiseError(problems)

    def channel_bounds(self, compiled: CompiledPlan, spend: float) -> tuple[np.ndarray, np.ndarray]:
        """Per channel (compiled order): the least and most it may hold when `spend` is spent in all."""
        channels = compiled.channels
        low, high = np.zeros(len(channels)), np.full(len(channels), np.inf)
        for j, channel in enumerate(channels):
            low[j] = float(self.channel_minimums.get(channel, 0.0))
            high[j] = float(self.channel_maximums.get(channel, np.inf))
            if channel in self.channel_shares:
                share_low, share_high = self.channel_shares[channel]
                low[j] = max(low[j], share_low * spend)
                high[j] = min(high[j], share_high * spend)
        return low, high


# ---- the KPIs as functions of the budgets ----

def kpi_values(r: Response, kpi: str, budgets) -> np.ndarray:
    """The KPI as the estimate reports it, for rows of budgets (S, lines)."""
    b = np.atleast_2d(np.asarray(budgets, dtype=float))
    if kpi in ("reach", "reach3", "gmv", "contribution"):
        return value_and_gradient(r, kpi, b, gradient=False)
    spent = b.sum(axis=1)
    if kpi == "roas":
        gmv = value_and_gradient(r, "gmv", b, gradient=False)
        return np.divide(gmv, spent, out=np.full_like(gmv, np.nan), where=spent > 0)
    if kpi == "roi":
        profit = value_and_gradient(r, "contribution", b, gradient=False)
        cost = r.marketing_rate * spent + _open_fixed(r, b)
        return np.divide(profit, cost, out=np.full_like(profit, np.nan), where=cost > 0)
    raise ValueError(kpi)


def floor_slack(r: Response, kpi: str, level: float, budgets) -> np.ndarray:
    """g(b) − c in the form the search holds ≥ 0 (money or people; ratios multiplied out)."""
    b = np.atleast_2d(np.asarray(budgets, dtype=float))
    if kpi == "roas":
        return value_and_gradient(r, "gmv", b, gradient=False) - level * b.sum(axis=1)
    if kpi == "roi":
        profit = value_and_gradient(r, "contribution", b, gradient=False)
        return profit - level * (r.marketing_rate * b.sum(axis=1) + _open_fixed(r, b))
    return kpi_values(r, kpi, b) - level


def floor_scale(r: Response, kpi: str, total: float) -> float:
    """What "a little" means for a floor's slack: people for reach, money (the budget) otherwise."""
    return float(r.population) if kpi in ("reach", "reach3") else max(float(total), 1.0)


def _open_fixed(r: Response, b: np.ndarray) -> np.ndarray:
    return (group_sum(b, r.channel_code, r.channels) > 0).astype(float) @ r.fixed_costs


@dataclass(frozen=True)
class Weighted:
    """A weighted sum of objectives, plus a rate per yuan spent, minus the open channels' fixed costs times
    `fixed` (added by the caller per set of open channels): the Lagrangian of an objective and its floors."""

    terms: tuple[tuple[str, float], ...]   # (objective of core/objectives with fixed costs left out, weight)
    per_yuan: float = 0.0
    fixed: float = 0.0                     # weight of the open channels' fixed costs (≤ 0 when they are paid)

    @staticmethod
    def of(objective: str, multipliers: Mapping[str, float], floors: Mapping[str, float],
           r: Response) -> "Weighted":
        weights: dict[str, float] = {objective: 1.0}
        per_yuan = 0.0
        fixed = -1.0 if objective == "contribution" else 0.0
        for kpi, lam in multipliers.items():
            if lam == 0:
                continue
            level = floors[kpi]
            if kpi == "roas":
                weights["gmv"] = weights.get("gmv", 0.0) + lam
                per_yuan -= lam * level
            elif kpi == "roi":
                weights["contribution"] = weights.get("contribution", 0.0) + lam
                per_yuan -= lam * level * r.marketing_rate
                fixed -= lam * (1.0 + level)
            elif kpi == "contribution":
                weights["contribution"] = weights.get("contribution", 0.0) + lam
                fixed -= lam
            else:
                weights[kpi] = weights.get(kpi, 0.0) + lam
        return Weighted(tuple((k, w) for k, w in weights.items() if w != 0), per_yuan, fixed)

    @property
    def concave(self) -> bool:
        return all(k != "reach3" for k, _ in self.terms)


class WeightedObjective:
    """`Weighted` as the local search wants it (values, gradients; `slack`: a last column earning nothing)."""

    def __init__(self, r: Response, weighted: Weighted, slack: bool = False):
        self.r, self.weighted, self.slack = r, weighted, slack

    def _lines(self, x):
        x = np.atleast_2d(x)
        return x[:, :-1] if self.slack else x

    def _evaluate(self, x, gradient: bool):
        """One pass of the model for every term (one forward, one backward with all the terms' seeds)."""
        r, w = self.r, self.weighted
        b = self._lines(x)
        c = r.compiled
        depth = max([r.effective_frequency if k == "reach3" else 1 for k, _ in w.terms] or [1])
        state = forward(c.structure, c.rates, b, depth)
        value = w.per_yuan * b.sum(axis=1)
        per_yuan = w.per_yuan
        d_total = np.zeros((depth, b.shape[0]))
        d_orders = np.zeros(b.shape[1])
        reach_terms = money_terms = False
        for objective, weight in w.terms:
            if objective in ("reach", "reach3"):
                n = r.effective_frequency if objective == "reach3" else 1
                share, seed = share_gradient(state, n)
                value = value + weight * r.population * share
                d_total[:n] += weight * r.population * seed
                reach_terms = True
            else:
                per_order = r.gmv_value if objective == "gmv" else r.profit_value
                value = value + weight * (state.orders @ per_order)
                d_orders = d_orders + weight * per_order
                money_terms = True
                if objective == "contribution":
                    value = value - weight * r.marketing_rate * b.sum(axis=1)
                    per_yuan -= weight * r.marketing_rate
        if not gradient:
            return value
        grad = backward(c.structure, c.rates, state, d_total=d_total if reach_terms else None,
                        d_orders=d_orders if money_terms else None) + per_yuan
        if self.slack:
            grad = np.concatenate([grad, np.zeros((grad.shape[0], 1))], axis=1)
        return value, grad

    def value_and_gradient(self, x):
        return self._evaluate(x, True)

    def values(self, x):
        return self._evaluate(x, False)

    def gradients(self, x):
        return self.value_and_gradient(x)[1]


# ---- the search: one weighted objective over every set of open channels ----

MAX_OPEN_SETS = 32


def open_sets(r: Response, space: Space) -> np.ndarray | None:
    """Every choice of open channels the limits allow (rows of booleans per channel): channels with a line
    minimum or a channel floor are open, channels whose lines can take nothing are shut, the others either way.
    None when there are too many to try (then the search keeps every channel open)."""
    lower, upper = np.asarray(space.lower, float), np.asarray(space.upper, float)
    code, channels = r.channel_code, r.channels
    forced = np.bincount(code, weights=(lower > 0).astype(float), minlength=channels) > 0
    if space.group_low is not None:
        forced = forced | (space.group_low > 0)
    room = np.bincount(code, weights=(upper > 0).astype(float), minlength=channels) > 0
    free = np.flatnonzero(room & ~forced)
    count = 1 << len(free)
    if count > MAX_OPEN_SETS:
        return None
    bits = (np.arange(count)[:, None] >> np.arange(len(free))[None, :]) & 1
    sets = np.tile(forced, (count, 1))
    sets[:, free] = bits.astype(bool)
    return sets


@dataclass
class Found:
    budgets: np.ndarray
    value: float          # the weighted objective with the open channels' fixed costs
    bound: float | None   # no plan in the space does better (None: not known)
    open_set: np.ndarray | None = None  # the channels open in the search that found it


def best_weighted(r: Response, weighted: Weighted, space: Space, at_most: bool, starts,
                  iterations: int = 400, only: np.ndarray | None = None) -> Found:
    """The best plan for a weighted objective: over every set of open channels when fixed costs count.

    The bound: within one set of open channels the weighted objective less the set's fixed costs is concave, so
    its Frank–Wolfe bound less those costs bounds every plan opening exactly that set; the largest over all sets
    bounds every plan (None when the objective is not concave or not every set was tried)."""
    starts = np.atleast_2d(np.asarray(starts, dtype=float))
    lower, upper = np.asarray(space.lower, float), np.asarray(space.upper, float)
    sets = open_sets(r, space) if weighted.fixed != 0 and only is None else None
    all_tried = (sets is not None or weighted.fixed == 0) and only is None
    if only is not None:
        sets = np.asarray(only, dtype=bool)[None, :]
    elif sets is None:
        sets = np.ones((1, r.channels), dtype=bool)
    f = WeightedObjective(r, weighted, slack=at_most)
    best: Found | None = None
    bounds: list[float | None] = []
    scale = 1e-9 * max(space.total, 1.0)
    for open_set in sets:
        shut = ~open_set[r.channel_code]
        up = np.where(shut, lower, upper)
        if not at_most and _capacity(up, r.channel_code, r.channels, space)[0] < space.total - scale:
            continue
        if space.group_low is not None and np.any(np.bincount(r.channel_code, weights=np.where(
                np.isfinite(up), up, 1e300), minlength=r.channels) < space.group_low - scale):
            continue
        here = space.restricted(lower, up)
        rows = np.where(shut[None, :], lower, starts)
        if not weighted.concave:  # effective reach rewards depth: the optimiser's deep starts too
            rows = np.vstack([rows, _deep(r, space.restricted(lower, up), rows[0])])
        if at_most:
            here = here.with_slack(max(0.0, space.total - float(lower.sum())))
            rows = np.concatenate([rows, np.maximum(space.total - rows.sum(axis=1, keepdims=True), 0.0)], axis=1)
        x, value, _ = maximise(f, here.project(rows), here, iterations=iterations)
        bound = max(frank_wolfe_bound(f, x, here), value) if weighted.concave else None
        budgets = x[:-1] if at_most else x
        value += weighted.fixed * float(_open_fixed(r, budgets[None, :])[0])
        set_fixed = weighted.fixed * float(open_set.astype(float) @ r.fixed_costs)
        bounds.append(None if bound is None else bound + set_fixed)
        if best is None or value > best.value:
            best = Found(budgets, value, None, open_set.copy())
    if best is None:
        raise OptimiseError([Problem("No set of channels can spend the total within these limits.")])
    if all_tried and bounds and all(b is not None for b in bounds):
        best.bound = max(max(bounds), best.value)
    return best


def _deep(r: Response, space: Space, start: np.ndarray) -> np.ndarray:
    """All the free money in one channel, and in one line (the optimiser's starts for effective reach)."""
    if not np.isfinite(space.total):
        return np.empty((0, len(start)))
    starts = _deep_starts(r, space, space.project(start)[0])
    return np.array(starts) if starts else np.empty((0, len(start)))


# ---- floors: the Lagrangian's multipliers ----

@dataclass
class FloorResult:
    budgets: np.ndarray
    multipliers: dict[str, float]
    bound: float | None          # the dual bound on the objective (None: not known)
    binding: tuple[str, ...]     # the floors held at their level


def floor_unreachable(r: Response, kpi: str, level: float, space: Space, at_most: bool, start) -> float | None:
    """None when the floor can be met within the space, else the best the KPI can reach there."""
    weighted = _ratio_weighted(r, kpi, level) if kpi in RATIO_KPIS else Weighted.of(kpi_objective(kpi), {}, {}, r)
    found = best_weighted(r, weighted, space, at_most, start)
    slack = float(floor_slack(r, kpi, level, found.budgets)[0])
    if slack >= -FLOOR_TOLERANCE * floor_scale(r, kpi, space.total):
        return None
    if kpi in RATIO_KPIS:
        return _best_ratio(r, kpi, space, at_most, found.budgets)
    return float(kpi_values(r, kpi, found.budgets)[0])


def _best_ratio(r: Response, kpi: str, space: Space, at_most: bool, start) -> float:
    """The highest ROAS or ROI within the space (Dinkelbach's method: a few weighted searches)."""
    level = float(np.nan_to_num(kpi_values(r, kpi, np.atleast_2d(start))[0], nan=0.0))
    for _ in range(6):
        found = best_weighted(r, _ratio_weighted(r, kpi, level), space, at_most, start, iterations=100)
        new = float(np.nan_to_num(kpi_values(r, kpi, found.budgets[None, :])[0], nan=level))
        if new <= level + 1e-9 * max(1.0, abs(level)):
            return max(level, new)
        level, start = new, found.budgets
    return level


def _ratio_weighted(r: Response, kpi: str, level: float) -> Weighted:
    """numerator − level·denominator of ROAS (GMV over budget) or ROI (profit over marketing cost)."""
    if kpi == "roas":
        return Weighted((("gmv", 1.0),), -level, 0.0)
    return Weighted((("contribution", 1.0),), -level * r.marketing_rate, -(1.0 + level))


def kpi_objective(kpi: str) -> str:
    return {"roas": "gmv", "roi": "contribution"}.get(kpi, kpi)


def solve_with_floors(r: Response, objective: str, floors: Mapping[str, float], space: Space, at_most: bool,
                      start, check: bool = True) -> FloorResult:
    """The best plan for `objective` that holds every floor (see the module docstring). Raises OptimiseError
    naming the floor when it cannot be met at all within the space (`check`).

    When fixed costs count, the multipliers are searched with the channels open at the unconstrained answer, then
    every set of open channels is tried at those multipliers; if another set does better, the search runs again
    with it (a few times at most)."""
    start = np.atleast_2d(np.asarray(start, dtype=float))
    if check:
        problems = []
        for kpi, level in floors.items():
            best = floor_unreachable(r, kpi, level, space, at_most, start)
            if best is not None:
                problems.append(Problem(floor_conflict_text(kpi, level, best, r)))
        if problems:
            raise OptimiseError(problems)
    with_fixed = Weighted.of(objective, {k: 1.0 for k in floors}, floors, r).fixed != 0
    lam = {kpi: 0.0 for kpi in floors}
    found = best_weighted(r, Weighted.of(objective, lam, floors, r), space, at_most, start, iterations=200)
    open_set = found.open_set if with_fixed else None
    best: tuple[float, np.ndarray, dict] | None = None
    bound = None
    tried = []
    for _ in range(3):
        lam, found = _multipliers(r, objective, floors, space, at_most, start, found, lam, open_set)
        value = float(values_of(r, objective, found.budgets))
        if _holds(r, floors, found.budgets, space.total) and (best is None or value > best[0]):
            best = (value, found.budgets, dict(lam))
        full = best_weighted(r, Weighted.of(objective, lam, floors, r), space, at_most,
                             np.vstack([start, found.budgets[None, :]]), iterations=200)
        if full.bound is not None:
            # max_b f + Σλ(g − c) ≥ max{f : g ≥ c}; the weighted objective holds f + Σλg (a ratio's g is already
            # numerator − level·denominator, c = 0), so the levels of the other floors are taken off here
            candidate = full.bound - sum(lam[k] * floors[k] for k in lam if k not in RATIO_KPIS)
            bound = candidate if bound is None else min(bound, candidate)
        if not with_fixed:
            break
        tried.append(open_set)
        if any(np.array_equal(full.open_set, t) for t in tried):
            break
        open_set, found = full.open_set, full
    if best is None:  # no search held every floor to its tolerance: the last one, as close as it came
        best = (float(values_of(r, objective, found.budgets)), found.budgets, dict(lam))
    value, budgets, lam = best
    if bound is not None:
        bound = max(bound, value)
    binding = tuple(k for k in floors if lam[k] > 0)
    return FloorResult(budgets, lam, bound, binding)


def values_of(r: Response, objective: str, budgets: np.ndarray) -> float:
    return float(value_and_gradient(r, objective, np.atleast_2d(budgets), gradient=False)[0])


def _holds(r: Response, floors: Mapping[str, float], budgets: np.ndarray, total: float) -> bool:
    return all(float(floor_slack(r, k, c, budgets)[0]) >= -10 * FLOOR_TOLERANCE * floor_scale(r, k, total)
               for k, c in floors.items())


def _multipliers(r: Response, objective: str, floors: Mapping[str, float], space: Space, at_most: bool, start,
                 found: Found, lam: dict, open_set) -> tuple[dict, Found]:
    """Each floor's multiplier by a bracketed secant search on its slack, cycling over the floors."""
    lam = dict(lam)
    warm = np.vstack([start, found.budgets[None, :]])

    def solve(multipliers):
        return best_weighted(r, Weighted.of(objective, multipliers, floors, r), space, at_most, warm,
                             iterations=200, only=open_set)

    if open_set is not None:
        found = solve(lam)
    for _ in range(DUAL_ROUNDS):
        changed = False
        for kpi, level in floors.items():
            tol = FLOOR_TOLERANCE * floor_scale(r, kpi, space.total)
            near = 100 * tol  # a floor held within this is active: the plan is as good as λ's precision

            def slack_at(value, kpi=kpi, level=level):
                trial = dict(lam)
                trial[kpi] = value
                here = solve(trial)
                return float(floor_slack(r, kpi, level, here.budgets)[0]), here

            slack = float(floor_slack(r, kpi, level, found.budgets)[0])
            if -tol <= slack <= near or (slack > near and lam[kpi] == 0):
                continue
            changed = True
            if slack < -tol:  # below its floor: a larger λ, bracketed by growing it
                low, low_slack = lam[kpi], slack
                high = 2 * lam[kpi] if lam[kpi] > 0 else _initial_multiplier(r, objective, kpi, level, found.budgets)
                high_slack, high_found = slack_at(high)
                for _ in range(40):
                    if high_slack >= -tol or not np.isfinite(high_slack):
                        break
                    low, low_slack = high, high_slack
                    high *= 4
                    high_slack, high_found = slack_at(high)
            else:  # well above its floor with λ > 0 (another floor moved the plan): a smaller λ
                high, high_slack, high_found = lam[kpi], slack, found
                low_slack, low_found = slack_at(0.0)
                low = 0.0
                if low_slack >= -tol:
                    lam[kpi], found = 0.0, low_found
                    continue
            for _ in range(SECANT_STEPS):  # false position on the slack, kept bracketed
                if high_slack <= near or high - low <= 1e-13 * high:
                    break
                middle = high - high_slack * (high - low) / (high_slack - low_slack)
                middle = min(max(middle, low + 0.02 * (high - low)), high - 0.02 * (high - low))
                middle_slack, middle_found = slack_at(middle)
                if middle_slack >= -tol:
                    high, high_slack, high_found = middle, middle_slack, middle_found
                else:
                    low, low_slack = middle, middle_slack
            lam[kpi], found = high, high_found
            warm = np.vstack([start, found.budgets[None, :]])
        if not changed:
            break
    return lam, found


def _initial_multiplier(r: Response, objective: str, kpi: str, level: float, budgets: np.ndarray) -> float:
    """A first guess of λ: the objective's gradient over the floor's, at the plan found without it (unit-free)."""
    f = Weighted.of(objective, {}, {}, r)
    g = _ratio_weighted(r, kpi, level) if kpi in RATIO_KPIS else Weighted.of(kpi_objective(kpi), {}, {}, r)
    grad_f = WeightedObjective(r, f).gradients(budgets[None, :])[0]
    grad_g = WeightedObjective(r, g).gradients(budgets[None, :])[0]
    spread_f, spread_g = np.ptp(grad_f), np.ptp(grad_g)
    return float(spread_f / spread_g) if spread_g > 0 and spread_f > 0 else 1.0


def floor_conflict_text(kpi: str, level: float, best: float, r: Response) -> str:
    label = FLOOR_LABELS[kpi]
    return f"{label[0].upper()}{label[1:]} ≥ {format_kpi(kpi, level, r)} cannot be met within these limits: " \
           f"at best it is {format_kpi(kpi, best, r)}."


def format_kpi(kpi: str, value: float, r: Response | None = None) -> str:
    if kpi == "roi":
        return f"{value:.1%}"
    if kpi == "roas":
        return f"{value:.2f}"
    if kpi in ("reach", "reach3"):
        share = f" ({value / r.population:.1%} of the target group)" if r is not None and r.population else ""
        return f"{value:,.0f} people{share}"
    return f"¥{value:,.0f}"
