"""The bundled sample plan: an Italian premium womenswear brand's first year in China."""
from __future__ import annotations

import json

from market_entry_planner.core.model import Plan
from market_entry_planner.core.paths import resource
from market_entry_planner.core.planfile import plan_from_dict


def sample_plan() -> Plan:
    with open(resource("sample", "plan.json"), encoding="utf-8") as handle:
        return plan_from_dict(json.load(handle))
