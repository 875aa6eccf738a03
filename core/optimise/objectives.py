"""What the optimiser can maximise, computed for many budget vectors at once, with exact gradients.

The four objectives are totals `evaluate` reports (tests check they agree):
- "reach": deduplicated reach 1+ of the target population;
- "reach3": effective reach n+, n = the market's effective frequency (3 unless the user changed it);
- "gmv": GMV;
- "contribution": contribution − marketing cost, i.e. profit after marketing (the numerator of ROI). Maximising
  contribution alone would ignore what the media costs; with this one, an "at most" budget leaves money unspent
  where a yuan brings back less than a yuan, and a channel is opened only if it repays its fixed costs.

All four run the engine's own model (core/engine/model.py: `forward` for values, `backward` for gradients), so
what the optimiser maximises is exactly what the estimate reports. Reach, GMV and contribution (but for each
channel's fixed costs, paid once the channel has budget) are concave in the budgets under model v2 (sales saturate
in each pool, search in its demand): docs/model.md says why and where the one exception lies (lines of one pool
sold at different order values).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.engine.model import backward, forward, group_sum, order_value, share_gradient

OBJECTIVES = ("reach", "reach3", "gmv", "contribution")
OBJECTIVE_LABELS = {
    "reach": "Deduplicated reach",
    "reach3": "Effective reach",
    "gmv": "GMV",
    "contribution": "Contribution − marketing cost",
}
CONCAVE = ("reach", "gmv", "contribution")


def objective_label(objective: str, effective_frequency: int = 3) -> str:
    if objective == "reach3":
        return f"Effective reach {effective_frequency}+"
    return OBJECTIVE_LABELS[objective]


@dataclass(frozen=True, eq=False)
class Response:
    """A compiled plan as the optimiser sees it: the model, and what each objective adds per order and per yuan."""

    compiled: CompiledPlan

    def __post_init__(self):
        c = self.compiled
        r = c.rates
        object.__setattr__(self, "gmv_value", np.broadcast_to(order_value(r, "gmv"), (c.size,)).astype(float))
        object.__setattr__(self, "profit_value",
                           np.broadcast_to(order_value(r, "contribution"), (c.size,)).astype(float))
        reaches = (np.asarray(r.impressions_per_yuan) * r.exposures_per_impression * r.on_target > 0) & \
            (np.take(r.universe, c.structure.pool_code) > 0)
        object.__setattr__(self, "reaching", np.asarray(reaches, dtype=bool))

    @property
    def channel_code(self) -> np.ndarray:
        return self.compiled.channel_code

    @property
    def channels(self) -> int:
        return len(self.compiled.channels)

    @property
    def population(self) -> float:
        return self.compiled.population

    @property
    def effective_frequency(self) -> int:
        return max(1, int(self.compiled.effective_frequency))

    @property
    def fixed_costs(self) -> np.ndarray:
        return np.asarray(self.compiled.rates.fixed_costs, dtype=float)

    @property
    def marketing_rate(self) -> float:
        """Marketing cost per yuan of budget: the yuan and the agency's fee on it."""
        return 1.0 + self.compiled.agency_fee

    @property
    def size(self) -> int:
        return self.compiled.size


def response_of(c: CompiledPlan) -> Response:
    return Response(c)


def _depth(r: Response, objective: str) -> int:
    return r.effective_frequency if objective == "reach3" else 1


def _active_fixed(r: Response, b: np.ndarray) -> np.ndarray:
    active = group_sum(b, r.channel_code, r.channels) > 0
    return active.astype(float) @ r.fixed_costs


def value_and_gradient(r: Response, objective: str, budgets, gradient: bool = True, fixed_costs: bool = True):
    """The objective for each budget row (S, lines): (S,), and ∂objective/∂budget (S, lines) when asked
    (contribution's step at a channel's first yuan aside). fixed_costs=False leaves the channels' fixed costs out
    of contribution: the concave part, for a search within a chosen set of open channels."""
    if objective not in OBJECTIVES:
        raise ValueError(f"unknown objective {objective!r}")
    b = np.atleast_2d(np.asarray(budgets, dtype=float))
    c = r.compiled
    s, rates = c.structure, c.rates
    n = _depth(r, objective)
    state = forward(s, rates, b, n)
    if objective in ("reach", "reach3"):
        share, w = share_gradient(state, n)
        value = r.population * share
        if not gradient:
            return value
        return value, r.population * backward(s, rates, state, d_total=w)
    per_order = r.gmv_value if objective == "gmv" else r.profit_value
    value = state.orders @ per_order
    if objective == "contribution":
        value = value - r.marketing_rate * b.sum(axis=1) - (_active_fixed(r, b) if fixed_costs else 0.0)
    if not gradient:
        return value
    grad = backward(s, rates, state, d_orders=per_order)
    if objective == "contribution":
        grad = grad - r.marketing_rate
    return value, grad


def values(r: Response, objective: str, budgets) -> np.ndarray:
    """The objective for each budget row (S, lines): (S,)."""
    return value_and_gradient(r, objective, budgets, gradient=False)


def gradients(r: Response, objective: str, budgets) -> np.ndarray:
    """∂objective/∂budget per yuan for each row (S, lines); contribution's step at a channel's first yuan aside."""
    return value_and_gradient(r, objective, budgets)[1]
