"""Checks of coded events against UN rules (data/treaties/un_rules.yaml; words in data/lexicon/un_rule_cues.yaml).

The coder calls ``flag_event`` on every event and stores the result in ``event.flags``. Arms
supplied to or bought from the DPRK contravene UNSC resolutions 1718, 1874 and 2270; force
between states must be justified under the Charter. A considered or intended act is flagged as a
considered or intended breach (the statement is the news, not the act); a negated one is not flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import data, lexicon, taxonomy
from ..schema import Event

UN_RULES_FILE = "treaties/un_rules.yaml"
CUES = "un_rule_cues"   # data/lexicon/un_rule_cues.yaml
# CAMEO codes and actor sectors (codes, not words: they stay here with the taxonomy's meaning).
# CAMEO codes whose act is military aid whatever the wording (072 provide military aid; its intent 0332).
MILITARY_AID_CODES = ("072", "0332", "0334", "074")
# Cooperation, aid and intent roots that can carry a weapons deal when the evidence names weapons.
TRANSFER_ROOTS = tuple(sorted(taxonomy.roots("transfer")))   # for str.startswith
FORCE_ROOTS = tuple(sorted(taxonomy.roots("force")))
# The state itself (a bare country code) or those who command its force: government, military.
STATE_OR_COMMAND_SECTORS = taxonomy.sectors("state_or_command")


@dataclass(frozen=True)
class _Checks:
    by_id: dict[str, dict[str, Any]]
    weapons: re.Pattern
    buying: re.Pattern
    prefixes: dict[str, str]


@lru_cache(maxsize=1)
def _checks() -> _Checks:
    raw = data.read_yaml(UN_RULES_FILE)
    cues = lexicon.load(CUES)

    def words(items: list[str]) -> re.Pattern:
        alts = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in items), key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(alts) + r")(?:s|es|d|ed|ing)?\b", re.IGNORECASE)

    return _Checks(by_id={c["id"]: c for c in raw["checks"]}, weapons=words(cues.weapon_words),
                   buying=words(cues.buy_words), prefixes=dict(cues.breach_prefixes))


def _country(actor) -> str | None:
    return getattr(actor, "country", None) if actor is not None else None


def flag_event(event: Event) -> list[dict[str, Any]]:
    """Rule flags for one coded event: ``[{"rule", "reason", "modality", "check"}]`` (empty when none apply)."""
    if event.modality == "negated":
        return []
    checks = _checks()
    prefix = checks.prefixes.get(event.modality, "")
    flags: list[dict[str, Any]] = []
    src, tgt = _country(event.source), _country(event.target)
    evidence = event.evidence or ""
    about_weapons = event.cameo.startswith(MILITARY_AID_CODES) or (
        event.cameo.startswith(TRANSFER_ROOTS) and bool(checks.weapons.search(evidence)))
    if about_weapons and "PRK" in {src, tgt} and src != tgt:
        buying = bool(checks.buying.search(evidence))
        if tgt == "PRK":
            check_id = "arms_procurement_from_dprk" if buying else "arms_transfer_to_dprk"
        else:
            check_id = "arms_transfer_to_dprk" if buying else "arms_procurement_from_dprk"
        other = src if tgt == "PRK" else tgt
        flags += _flag(checks.by_id[check_id], prefix, event.modality,
                       f"{other or 'an unnamed party'} and the DPRK ({event.cameo} {event.cameo_name})")
    if event.cameo.startswith(FORCE_ROOTS) and src and tgt and src != tgt \
            and getattr(event.source, "sector", None) in STATE_OR_COMMAND_SECTORS:
        flags += _flag(checks.by_id["use_of_force"], prefix, event.modality, f"{src} against {tgt}")
    return flags


def _flag(check: dict[str, Any], prefix: str, modality: str, who: str) -> list[dict[str, Any]]:
    return [{"rule": rule, "reason": f"{prefix}{who}: {check['reason']}", "modality": modality, "check": check["id"]}
            for rule in check["rules"]]
