"""The shipped benchmark data set (resources/benchmarks) and the bundled sample plan."""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

from core.assumptions import Assumption, Assumptions
from core.model import Plan, Tactic
from core.paths import resource

BENCHMARKS = "benchmarks"


def _number(text: str) -> float:
    return float(text.strip())


def read_assumptions_csv(path: Path) -> Assumptions:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = [
            Assumption(
                channel=r["channel"].strip(), tactic=r["tactic"].strip(), parameter=r["parameter"].strip(),
                value=_number(r["value"]), low=_number(r["low"]), high=_number(r["high"]),
                grade=r["grade"].strip(), year=int(r["year"]) if r["year"].strip() else None,
                source=r["source"].strip(),
            )
            for r in csv.DictReader(handle)
        ]
    return Assumptions(rows)


def read_tactics_csv(path: Path) -> dict[str, Tactic]:
    with open(path, newline="", encoding="utf-8") as handle:
        return {
            r["tactic"]: Tactic(
                key=r["tactic"], label=r["label"], buying=r["buying"], unit=r["unit"],
                price_parameter=r["price_parameter"], audience_parameter=r["audience_parameter"],
                spend_kind=r["spend_kind"], whole_units=r["whole_units"].strip().lower() in ("yes", "true", "1"),
                description=r["description"],
            )
            for r in csv.DictReader(handle)
        }


@lru_cache(maxsize=1)
def default_assumptions() -> Assumptions:
    return read_assumptions_csv(resource(BENCHMARKS, "assumptions.csv"))


@lru_cache(maxsize=1)
def default_tactics() -> dict[str, Tactic]:
    return read_tactics_csv(resource(BENCHMARKS, "tactics.csv"))


def sample_plan() -> Plan:
    """The bundled sample: an Italian premium womenswear brand's first year in China."""
    from core.planfile import plan_from_dict

    with open(resource("sample", "plan.json"), encoding="utf-8") as handle:
        return plan_from_dict(json.load(handle))
