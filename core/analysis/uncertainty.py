"""How sure are we: a Monte Carlo over the assumptions' low–high ranges, and a tornado of what moves the result.

What varies. Every assumption row a plan uses (CPM, CTR, CVR, penetration, fees…) and every festival multiplier
its dated lines meet. A line's own override and the brand's own figures (average order value, gross margin,
agency fee) are the marketer's decisions or facts, not benchmarks: they stay fixed.

One draw per row, not per line: two Douyin feed lines that both take the Douyin CPM row pay the same drawn CPM
in a draw, because if the benchmark is wrong it is wrong for both. Rows are drawn independently of each other.

Distribution: PERT (a beta on [low, high] with mode = value and shape 4). The assumptions are three-point
estimates, a best guess with plausible extremes, often skewed (Douyin CPM 20–40–90). PERT keeps the best guess
as the most likely value and gives the extremes little weight; a triangular puts much more weight in the tails
(its mean moves a third of the way to the far end) and widens the bands beyond what the ranges were written to
say. "triangular" is available for comparison.

Each input's draws come from its own random stream, seeded by the seed and the input's identity (channel ×
tactic × parameter, or festival × year × multiplier): the same seed gives the same answer, and two plans (or
scenarios) that share a row see the same draws of it, so their difference is not blurred by sampling noise.
The draws are evaluated all at once (`batched.batch_totals`, in chunks to bound memory): no Python loop per draw.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from market_entry_planner.core.engine.batched import TOTALS, batch_totals
from market_entry_planner.core.engine.compile import CHANNEL_INPUTS, LINE_INPUTS, CompiledPlan, compile_plan, derive
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.engine.festivals import festival_factors
from market_entry_planner.core.model import ANY, Plan, channel_label
from market_entry_planner.core.parameters import parameter

if TYPE_CHECKING:
    import pandas as pd

DISTRIBUTIONS = ("pert", "triangular")
# what the Monte Carlo reports (any of batched.TOTALS can be asked for)
RESULTS = ("reach", "reach_pct", "effective_reach", "effective_reach_pct", "impressions", "orders", "gmv",
           "net_gmv", "cost", "marketing_cost", "contribution", "roas", "roi")
TORNADO_METRICS = ("reach", "effective_reach", "gmv", "contribution", "roi")
PERCENTILES = (10, 50, 90)
_LINE_INPUTS = LINE_INPUTS + ("halo",)  # halo: (lines, channels), the search lines' rows per source channel
_CHANNEL_INPUTS = CHANNEL_INPUTS
_CHUNK = 50_000  # (draws × lines) evaluated at once: small enough to stay in cache


@dataclass(frozen=True)
class UncertainInput:
    """One figure the Monte Carlo varies: an assumption row or one multiplier of a festival."""

    kind: str            # "assumption" or "festival"
    index: int           # row index in plan.assumptions, or festival index in the compiled schedule
    multiplier: str      # for festivals: "cpm" or "cvr"
    key: str             # stable identity, seeds its random stream: "channel|tactic|parameter" or "key|year|cpm"
    label: str
    low: float
    value: float
    high: float
    grade: str
    source: str
    lines: int           # lines whose numbers it feeds


def _assumption_label(plan: Plan, row) -> str:
    channel = "All channels" if row.channel == ANY else channel_label(row.channel)
    tactic = "all tactics" if row.tactic == ANY else (plan.tactics[row.tactic].label if row.tactic in plan.tactics
                                                      else row.tactic)
    return f"{channel} · {tactic} · {parameter(row.parameter).label}"


def uncertain_inputs(plan: Plan, compiled: CompiledPlan | None = None) -> list[UncertainInput]:
    """What a plan's Monte Carlo varies: the assumption rows its lines take, then the festival multipliers its dated
    lines meet (CPM only where an auction-bought line meets the festival)."""
    c = compile_plan(plan) if compiled is None else compiled
    inputs = []
    line_rows = np.concatenate([np.atleast_2d(c.provenance[name].T) for name in _LINE_INPUTS]) if c.size \
        else np.zeros((0, 0), np.intp)
    channel_rows = np.stack([c.provenance[name] for name in _CHANNEL_INPUTS])
    used = np.union1d(line_rows[line_rows >= 0], channel_rows[channel_rows >= 0]).astype(int)
    for index in used:
        row = plan.assumptions.rows[index]
        lines = np.any(line_rows == index, axis=0)
        lines |= np.isin(c.channel_code, np.flatnonzero(np.any(channel_rows == index, axis=0)))
        inputs.append(UncertainInput("assumption", int(index), "", "|".join(row.key), _assumption_label(plan, row),
                                     row.low, row.value, row.high, row.grade, row.source, int(lines.sum())))
    schedule = c.schedule
    if schedule is not None and schedule.festivals:
        auction = c.buying != "unit"
        for j, festival in enumerate(schedule.festivals):
            meets = schedule.state_days[:, schedule.state_festivals[:, j]].sum(axis=1) > 0
            for kind, lines in (("cpm", meets & auction), ("cvr", meets)):
                if lines.any():
                    low, value, high = festival.multiplier(kind)
                    inputs.append(UncertainInput(
                        "festival", j, kind, f"{festival.key}|{festival.year}|{kind}",
                        f"{festival.label} {festival.year} · {kind.upper()} multiplier", low, value, high,
                        festival.grade, festival.source, int(lines.sum())))
    return inputs


def _draws(spec: UncertainInput, size: int, seed: int, distribution: str) -> np.ndarray:
    low, mode, high = min(spec.low, spec.value), spec.value, max(spec.high, spec.value)
    width = high - low
    if not (np.isfinite(width) and width > 0):
        return np.full(size, mode)
    rng = np.random.default_rng([seed, zlib.crc32(f"{spec.kind}|{spec.key}".encode("utf-8"))])
    if distribution == "pert":
        return low + width * rng.beta(1 + 4 * (mode - low) / width, 1 + 4 * (high - mode) / width, size)
    u = rng.random(size)
    split = (mode - low) / width
    with np.errstate(invalid="ignore"):
        return np.where(u < split, low + np.sqrt(u * width * (mode - low)),
                        high - np.sqrt((1 - u) * width * (high - mode)))


def _rates(c: CompiledPlan, inputs: list[UncertainInput], values: np.ndarray):
    """The model's rates for each row of input values (B, inputs): every drawn figure put in place of its row's
    value wherever the plan took it from that row, then `derive`, as compile_plan does for the point estimate."""
    rows = values.shape[0]
    # assumption row index -> column of `values`; the last entry (-1) catches overrides and unvaried rows
    taken = [(s.index, j) for j, s in enumerate(inputs) if s.kind == "assumption"]
    size = max((i for i, _ in taken), default=-1) + 2
    column_of_row = np.full(size, -1, dtype=np.intp)
    for i, j in taken:
        column_of_row[i] = j

    def resolved(name):
        column = column_of_row[np.minimum(c.provenance[name], size - 1)]
        drawn = column >= 0
        if not drawn.any():
            return c.inputs[name]
        picked = np.moveaxis(values[:, np.maximum(column, 0)], 0, 0)  # (B, *shape)
        return np.where(drawn, picked, c.inputs[name])

    drawn = {name: resolved(name) for name in (*_LINE_INPUTS, *_CHANNEL_INPUTS)}
    schedule, auction = c.schedule, c.buying != "unit"
    festival_columns = {(s.index, s.multiplier): j for j, s in enumerate(inputs) if s.kind == "festival"}
    if festival_columns:
        per_festival = {}
        for kind in ("cpm", "cvr"):
            point = np.array([f.multiplier(kind)[1] for f in schedule.festivals])
            varied = np.broadcast_to(point, (rows, len(point))).copy()
            for (j, which), column in festival_columns.items():
                if which == kind:
                    varied[:, j] = values[:, column]
            per_festival[kind] = varied
        factors = festival_factors(schedule, auction, *schedule.multipliers(per_festival["cpm"], per_festival["cvr"]))
    else:
        factors = c.festival
    return derive(c.buying, c.uses_gmv_per_view, c.structure, drawn, c.population, factors)


class Cancelled(Exception):
    """The caller's progress callback asked to stop."""


def evaluate_inputs(c: CompiledPlan, inputs: list[UncertainInput], values: np.ndarray, budgets=None,
                    metrics=RESULTS, progress=None) -> dict[str, np.ndarray]:
    """Plan totals for each row of input values (B, inputs), in chunks: {metric: (B,)}.

    `progress(fraction_done)` is called after each chunk; if it returns False the run stops with `Cancelled`.
    """
    values = np.atleast_2d(np.asarray(values, dtype=float))
    budgets = c.budgets if budgets is None else np.asarray(budgets, dtype=float)
    step = max(1, _CHUNK // max(c.size, 1))
    out = {m: np.empty(len(values)) for m in metrics}
    for start in range(0, len(values), step):
        chunk = values[start:start + step]
        totals = batch_totals(c, np.broadcast_to(budgets, (len(chunk), c.size)), _rates(c, inputs, chunk), metrics)
        for m in metrics:
            out[m][start:start + len(chunk)] = totals[m]
        if progress is not None and progress(min(1.0, (start + len(chunk)) / len(values))) is False:
            raise Cancelled()
    return out


def _inputs_frame(inputs: list[UncertainInput]) -> "pd.DataFrame":
    import pandas as pd

    columns = ["input", "key", "kind", "multiplier", "low", "value", "high", "grade", "lines", "source"]
    return pd.DataFrame([{"input": s.label, "key": s.key, "kind": s.kind, "multiplier": s.multiplier, "low": s.low,
                          "value": s.value, "high": s.high, "grade": s.grade, "lines": s.lines, "source": s.source}
                         for s in inputs], columns=columns)


@dataclass(frozen=True, eq=False)
class MonteCarlo:
    """P10/P50/P90 of a plan's results over the assumptions' ranges."""

    summary: "pd.DataFrame"   # index: metric; columns: point, mean, p10, p50, p90
    draws: "pd.DataFrame"     # one row per draw, one column per metric
    inputs: "pd.DataFrame"    # what was varied: input (label), key, kind, multiplier, low, value, high, grade,
                              # lines, source
    seed: int
    distribution: str

    def band(self, metric: str) -> tuple[float, float, float]:
        """(P10, P50, P90) of one metric."""
        row = self.summary.loc[metric]
        return float(row["p10"]), float(row["p50"]), float(row["p90"])


def monte_carlo(plan: Plan, draws: int = 10_000, seed: int = 0, *, compiled: CompiledPlan | None = None,
                budgets=None, distribution: str = "pert", metrics=RESULTS, progress=None) -> MonteCarlo:
    """Run the plan `draws` times with every varied input drawn from its range; percentiles per metric.

    Each metric's percentiles are its own (the P50 of ROI is not the ROI of the P50 GMV and cost).
    `progress(fraction_done)`, for a worker thread: called as the draws are evaluated; return False to cancel
    (raises `Cancelled`).
    """
    import pandas as pd

    if distribution not in DISTRIBUTIONS:
        raise ValueError(f"distribution must be one of {', '.join(DISTRIBUTIONS)}, not {distribution!r}")
    if draws < 1:
        raise ValueError("draws must be 1 or more")
    c = compile_plan(plan) if compiled is None else compiled
    inputs = uncertain_inputs(plan, c)
    values = np.column_stack([_draws(s, draws, seed, distribution) for s in inputs]) if inputs \
        else np.zeros((draws, 0))
    results = evaluate_inputs(c, inputs, values, budgets, metrics, progress)
    point = evaluate(c, budgets).total
    with np.errstate(invalid="ignore"):
        bands = {m: np.percentile(results[m], PERCENTILES) for m in metrics}
    summary = pd.DataFrame({"point": [point[m] for m in metrics],
                            "mean": [float(np.mean(results[m])) for m in metrics],
                            **{f"p{q}": [float(bands[m][i]) for m in metrics] for i, q in enumerate(PERCENTILES)}},
                           index=pd.Index(list(metrics), name="metric"))
    return MonteCarlo(summary=summary, draws=pd.DataFrame(results), inputs=_inputs_frame(inputs), seed=seed,
                      distribution=distribution)


def tornado(plan: Plan, metric: str = "contribution", *, compiled: CompiledPlan | None = None,
            budgets=None) -> "pd.DataFrame":
    """Each varied input at its low and at its high, everything else at its value, ranked by the swing in `metric`.

    Columns: input (label), key ("channel|tactic|parameter" of an assumption row, "festival|year|cpm" of a
    festival multiplier), kind, multiplier, low, value, high, result_low, result_high, base, swing
    (|high − low result|), grade, lines, source. Inputs that cannot move the result (zero width, or feeding only zero-budget lines)
    rank last with a swing of 0.
    """

    if metric not in TOTALS:
        raise ValueError(f"metric must be one of {', '.join(TOTALS)}, not {metric!r}")
    c = compile_plan(plan) if compiled is None else compiled
    inputs = uncertain_inputs(plan, c)
    base_values = np.array([s.value for s in inputs])
    grid = np.tile(base_values, (2 * len(inputs), 1))
    for j, s in enumerate(inputs):
        grid[2 * j, j], grid[2 * j + 1, j] = s.low, s.high
    result = evaluate_inputs(c, inputs, grid, budgets, (metric,))[metric] if inputs else np.zeros(0)
    frame = _inputs_frame(inputs)
    frame["result_low"], frame["result_high"] = result[0::2], result[1::2]
    frame["base"] = evaluate(c, budgets).total[metric]
    frame["swing"] = (frame["result_high"] - frame["result_low"]).abs()
    columns = ["input", "key", "kind", "multiplier", "low", "value", "high", "result_low", "result_high", "base",
               "swing", "grade", "lines", "source"]
    return frame.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)[columns]
