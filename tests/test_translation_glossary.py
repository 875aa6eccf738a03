"""The key terms of the trade translate the same way everywhere, in words a practitioner reads right.

A Chinese e-commerce operator reads "ROI" as GMV ÷ ad spend (投产比, as on 千川), so our ROAS is 投产比（ROAS） and our
profit ROI is 利润口径 ROI, never 投资回报率; a scenario is 方案 everywhere, so the plan itself is 计划. An Italian brand
marketer reads "evasione" as tax evasion and "festività" as public holidays: fulfilment is logistica, 618 and 11.11
are eventi promozionali. Each rule is checked against every message of scripts/translations/<language>.json (plural
forms and context entries too), so a new string cannot bring an old word back.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

TABLES = Path(__file__).resolve().parent.parent / "scripts" / "translations"


def messages(language: str) -> list[tuple[str, str]]:
    """(English source, translation) for every message and every plural form."""
    raw = json.loads((TABLES / f"{language}.json").read_text(encoding="utf-8"))
    tables = [raw["messages"], *raw.get("contexts", {}).values()]
    return [(source, text) for table in tables for source, value in table.items()
            for text in ([value] if isinstance(value, str) else value)]


# a line of the plan, not a line on a chart ("drag the red line", "the line: as planned") or a straight line
PLAN_LINE = r"^(?!.*(?:straight line|red line|the line:))(?=.*\blines?\b)"

# (what the rule says, English source pattern or None for every message, wording required in the translation or
#  None, wording refused in the translation or None); patterns are case-insensitive
GLOSSARY = {
    "zh_CN": [
        ("a scenario is 方案", r"\bscenarios?\b", r"方案", r"情景"),
        ("情景 nowhere", None, None, r"情景"),
        ("the plan is 计划, not 方案 (方案 is a scenario)", r"^(?!.*\bscenario)(?=.*\bplans?\b)", None,
         r"方案"),
        ("ROAS is 投产比（ROAS）", r"\bROAS\b", r"投产比（ROAS）", None),
        ("profit ROI is 利润口径 ROI", r"\bprofit ROI\b|\bROI\b(?!.*\bROAS\b)(?<!call ROI)", r"利润口径 ROI|所说的 ROI",
         None),
        ("a bare ROI is 利润口径 ROI, or the platforms' ROI where the English says so", None, None,
         r"(?<!利润口径 )(?<!所说的 )(?<!千川 )ROI"),
        ("ROI is not 投资回报率", None, None, r"投资回报率"),
        ("the platform fee is 平台扣点", r"\bplatform fees?\b|platform's commission", r"平台扣点", None),
        ("one name for the platform fee", None, None, r"平台佣金|平台费|技术服务费"),
        ("目标人群占比 is the on-target share only (% target is 触达率)", r"^(?!.*on-target share)", None,
         r"目标人群占比"),
        ("% target is 触达率", r"^% target$", r"^触达率$", None),
        ("a KOL is 达人", r"\bKOLs?\b", r"达人|KOL", None),
        ("contribution is 边际贡献", r"\bcontribution\b", r"边际贡献", None),
        ("reach is 触达, not 覆盖", r"\breach", None, r"覆盖"),
        ("a plan's line is 投放项", PLAN_LINE, r"投放项|逐项", None),
        ("a shopping festival (618, 双十一) is 购物节", r"\bfestivals?\b", r"购物节|大促日",
         r"大促节日|(?<!购物)节日"),
        ("a festival multiplier is a 系数", r"multiplier|^(CPM|Conversion) (range|×)$", r"系数|×", r"倍数"),
    ],
    "it": [
        ("fulfilment is logistica", r"fulfil", r"logistic", None),
        ("no evasione (tax evasion)", None, None, r"evasion"),
        ("contribution is margine di contribuzione", r"\bcontribution\b", r"margine di contribuzione", None),
        ("no bare contribuzione", None, None, r"(?<!margine di )contribuzione"),
        ("618 and 11.11 are promotional events, not public holidays", r"\bfestivals?\b", r"promozional", None),
        ("no festa, feste or festività", None, None, r"\bfest(?:a|e|ività)\b"),
        ("11.11 is not Doppio 11", None, None, r"doppio 11"),
        ("no al meglio", None, None, r"\bal meglio\b"),
        ("the agency fee is compenso d'agenzia", r"\bagency fee\b", r"compenso d'agenzia", None),
        ("a scenario is a scenario", r"\bscenarios?\b", r"\bscenari", None),
        ("a plan's line is a voce, not a riga or linea", PLAN_LINE, r"\bvoc[ei]\b", r"\b(?:riga|righe|linea|linee)\b"),
        ("the brand is il brand (marketers' word), not il marchio", None, None, r"\bmarchi?o?\b"),
    ],
}


@pytest.mark.parametrize("language", list(GLOSSARY))
def test_key_terms_translate_the_same_way_everywhere(language):
    broken = []
    for rule, source_pattern, required, refused in GLOSSARY[language]:
        for source, text in messages(language):
            if source_pattern is not None and not re.search(source_pattern, source, re.IGNORECASE):
                continue
            if required is not None and not re.search(required, text, re.IGNORECASE):
                broken.append(f"{rule}: {source!r} → {text!r}")
            elif refused is not None and re.search(refused, text, re.IGNORECASE):
                broken.append(f"{rule}: {source!r} → {text!r}")
    assert not broken, f"{len(broken)} in {language}:\n" + "\n".join(broken)


def test_the_rules_catch_the_words_the_issue_found():
    """The glossary refuses each wording the practitioners misread (so a rule cannot be vacuous)."""
    found = {"zh_CN": [("Keep as a new scenario", "另存为新情景"), ("% target", "目标人群占比"),
                       ("Platform fees", "平台佣金"), ("Your plan", "您的方案"), ("ROAS", "ROAS"),
                       ("Profit ROI", "投资回报率"), ("Import lines", "导入投放行")],
             "it": [("Fulfilment per order", "Evasione per ordine"), ("contribution {0}", "contribuzione {0}"),
                    ("Festivals", "Feste"), ("Festival", "Festività"), ("Double 11", "Doppio 11"),
                    ("{0}: best {1}", "{0}: al meglio {1}"), ("Import lines", "Importa righe")]}
    for language, pairs in found.items():
        for source, text in pairs:
            hits = [rule for rule, source_pattern, required, refused in GLOSSARY[language]
                    if (source_pattern is None or re.search(source_pattern, source, re.IGNORECASE))
                    and ((required is not None and not re.search(required, text, re.IGNORECASE))
                         or (refused is not None and re.search(refused, text, re.IGNORECASE)))]
            assert hits, f"no rule refuses {source!r} → {text!r}"
