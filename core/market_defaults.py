"""Starting figures for the brand's market, by product category: what the app offers (clearly marked) when a plan
comes from a sheet that does not give its target group size, average order value and gross margin.

They are assumptions (grade W), never used without the user seeing and confirming them: a hand-made sheet opens
with its market marked as missing, and the app asks. CHINA-FACTS.md has no reliable platform-level AOV ("the
brand's own input, no silent default"); these are round figures for a first estimate, to be replaced. When the
Market carries a category (model v2's category presets), its defaults are offered first.
"""
from __future__ import annotations

from dataclasses import dataclass

from market_entry_planner.core.benchmarks import categories
from market_entry_planner.core.model import Market


@dataclass(frozen=True)
class CategoryDefaults:
    key: str
    label: str
    target: str                # the target group the population is for
    target_population: float   # people
    aov: float                 # CNY per order
    gross_margin: float        # share of net GMV


# who the figures are for: a starting target group per category (its size in people)
_TARGETS = {
    "womens_apparel": ("women 25–40, tier-1 and tier-2 cities", 46e6),
    "beauty": ("women 18–35, tier-1 to tier-3 cities", 60e6),
    "food_wine": ("adults 25–45, tier-1 and tier-2 cities", 80e6),
    "luxury_leather": ("affluent adults 25–45, tier-1 cities", 12e6),
    "home": ("homeowners 28–45, tier-1 and tier-2 cities", 40e6),
    "other": ("adults 20–45, tier-1 and tier-2 cities", 30e6),
}


def _from_presets() -> tuple[CategoryDefaults, ...]:
    """The category presets' typical order value and margin (resources/benchmarks/categories.csv), with a target
    group to start from: one source for what a category means."""
    out = []
    for key, preset in categories().items():
        target, population = _TARGETS.get(key, _TARGETS["other"])
        out.append(CategoryDefaults(key, preset.label, target, population, preset.suggestions["aov"].value,
                                    preset.suggestions["gross_margin"].value))
    return tuple(out)


CATEGORIES: tuple[CategoryDefaults, ...] = _from_presets()
SOURCE = "assumed starting figure (grade W): replace it with your brand's own"


def category_defaults(market: Market | None = None, key: str | None = None) -> CategoryDefaults:
    """The defaults of a category: the one asked for, else the market's own category, else "Other"."""
    wanted = key or getattr(market, "category", None)
    return next((c for c in CATEGORIES if c.key == wanted), CATEGORIES[-1])
