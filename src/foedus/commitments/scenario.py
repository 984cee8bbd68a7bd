"""Casus foederis: if ``attacked`` is attacked by ``by``, who is bound to act, by which clause?

A defence clause answers an armed attack *on* a party, so only the victim's treaty partners are
obliged at depth 1; the attacker's allies are not obliged to help an attacker (their consultation
clauses are listed as informational). Deeper levels follow the war outwards: states drawn in on
one side may be struck by the other, which can trigger their own allies' clauses (and the
attacker's allies when the attacker is struck back, unless a clause excludes an attack the party
started). Every line cites its treaty and article; UN rules that bear on the likely responses
(Art. 51, Art. 2(4), the DPRK arms embargo) come with the answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .. import data
from ..errors import Errors, InputError
from ..values import iso_day
from .treaties import DEFENCE_KINDS, Clause, PartyStatus, Place, Registry, Treaty, load, period

MAX_DEPTH = 4
UN_RULES_FILE = "treaties/un_rules.yaml"
# Strength from which a state is expected to use force, so the other side may strike it back.
FIGHTING_STRENGTH = 2
SCENARIO_ATTACKS = {"armed_attack", "armed_attack_and_state_of_war", "aggression", "threat"}


@dataclass
class Obligation:
    """One state bound to act for one side, by one clause (its weaker clauses of the same treaty in ``also``)."""

    state: str
    side: str                   # "victim" | "attacker"
    treaty: str
    article: str
    strength: int
    conditions: list[str]
    depth: int
    kind: str = ""
    supports: str = ""          # the state whose attack triggers the clause
    treaty_name: str = ""
    clause_text: str = ""
    why: str = ""
    also: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)   # official statements on the clause's scope, cited

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ScenarioResult:
    attacked: str
    by: str
    on: str
    where: str | None
    depth: int
    obliged: list[Obligation] = field(default_factory=list)
    informational: list[Obligation] = field(default_factory=list)
    excluded: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    rules: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "attacked": self.attacked, "by": self.by, "on": self.on, "where": self.where, "depth": self.depth,
            "obliged": [o.to_dict() for o in self.obliged],
            "conflicts": self.conflicts,
            "rules": self.rules,
            "informational": [o.to_dict() for o in self.informational],
            "excluded": self.excluded,
            "notes": self.notes,
        }

    def strongest(self, state: str, side: str = "victim") -> Obligation | None:
        """The strongest obligation of ``state`` for ``side`` (what most questions ask)."""
        found = [o for o in self.obliged if o.state == state and o.side == side]
        return max(found, key=lambda o: o.strength) if found else None


def _cite(treaty: Treaty, clause: Clause) -> str:
    return f"{treaty.id} Art. {clause.article}"


def _conditions(clause: Clause) -> list[str]:
    return [f"{c.kind}: {c.text}" for c in clause.conditions]


def _where_matches(reg: Registry, clause: Clause, victim: str, place: Place) -> tuple[bool, str]:
    """Does an attack on ``victim`` at ``place`` fall inside the clause's geography? (reason when not)."""
    tr = clause.trigger
    if tr.where == "anywhere":
        return True, ""
    own = place.kind != "sea" and place.holder == victim
    if tr.where == "territory":
        if own:
            return True, ""
        what = "a sea area" if place.kind == "sea" else f"administered by {place.holder}, not {victim}"
        return False, f"{place.name} is {what}; the clause covers attacks on {victim}'s own territory only"
    assert tr.zone is not None, "a 'zone' trigger names its zone (checked when the registry loads)"
    zone = reg.zones[tr.zone]
    if zone.administered_by:
        if place.kind != "sea" and place.holder == zone.administered_by and (own or tr.forces_abroad):
            return True, ""
        return False, f"{place.name} is not in {zone.name}"
    if own and place.kind == "country" and tr.metropolitan_territory:
        return True, ""
    regions = zone.territory_regions if own else (zone.forces_regions if tr.forces_abroad else frozenset())
    if place.regions & regions:
        return True, ""
    return False, f"{place.name} lies outside the zone of the clause ({zone.name})"


def _triggered(reg: Registry, treaty: Treaty, clause: Clause, victim: str, place: Place) -> tuple[bool, str]:
    tr = clause.trigger
    if clause.strength is None or tr.attack not in SCENARIO_ATTACKS:
        return False, ""
    if isinstance(tr.victim, list) and victim not in tr.victim:
        return False, f"the clause protects only {', '.join(tr.victim)}"
    return _where_matches(reg, clause, victim, place)


@dataclass
class _Attack:
    """``victim`` is (or may be) struck by ``by``; obligations it triggers go to ``side``."""

    victim: str
    by: str
    side: str
    depth: int
    place: Place
    victim_started: bool = False   # the victim attacked first (a counter-strike on the original attacker)
    contingent: str = ""


def run(attacked: str, by: str, on: dt.date | str | None = None, where: str | None = None, depth: int = 1,
        registry: Registry | None = None) -> ScenarioResult:
    """Who is obliged to act if ``attacked`` is attacked by ``by`` on ``on`` at ``where``."""
    reg = registry or load()
    victim = reg.country_code(attacked, "--attacked")
    attacker = reg.country_code(by, "--by")
    if victim == attacker:
        raise InputError(Errors.E508.format(code=victim))
    on_date = as_date(on)
    try:
        depth = int(depth)
    except (TypeError, ValueError):
        raise InputError(Errors.E506.format(value=depth, max=MAX_DEPTH)) from None
    if not 1 <= depth <= MAX_DEPTH:
        raise InputError(Errors.E506.format(value=depth, max=MAX_DEPTH))
    place = reg.place(where) if where else reg.home(victim)
    result = ScenarioResult(attacked=victim, by=attacker, on=on_date.isoformat(), where=place.name if where else None,
                            depth=depth)
    first = reg.earliest_in_force()
    if first is None or on_date < first[1]:
        when = f"the earliest, {first[0].id}, entered into force on {first[1].isoformat()}" if first else "it is empty"
        result.notes.append(f"No treaty in the registry ({Path(reg.path).name}) was in force on {on_date.isoformat()}; {when}. "
                            "Nobody is obliged by a recorded treaty on that date.")
        return result
    if where and place.holder not in (None, victim) and place.kind != "sea":
        result.notes.append(f"{place.name} is administered by {place.holder}: read this as an attack on {victim}'s "
                            "forces there.")

    seen: dict[tuple[str, str], Obligation] = {}
    frontier = [_Attack(victim, attacker, "victim", 1, place)]
    fighting = {"victim": {victim}, "attacker": {attacker}}
    for level in range(1, depth + 1):
        next_frontier: list[_Attack] = []
        for attack in frontier:
            for ob in _obligations(reg, attack, on_date, result, fighting):
                if ob.state in fighting[ob.side]:
                    continue  # already at war on that side
                if attack.victim_started and ob.strength < FIGHTING_STRENGTH:
                    result.informational.append(ob)  # consultation with an attacker: no duty to help it
                    continue
                key = (ob.state, ob.side)
                old = seen.get(key)
                if old is not None and old.strength >= ob.strength:
                    old.also.append(f"{ob.treaty} Art. {ob.article} (strength {ob.strength}, for {ob.supports})")
                    continue
                if old is not None:
                    ob.also.append(f"{old.treaty} Art. {old.article} (strength {old.strength}, for {old.supports})")
                    result.obliged.remove(old)
                seen[key] = ob
                result.obliged.append(ob)
            for ob in result.obliged:
                if ob.depth == level and ob.strength >= FIGHTING_STRENGTH:
                    fighting[ob.side].add(ob.state)
        if level == depth:
            break
        # The next ring: each state drawn in at this level may be struck by the other side ...
        for ob in [o for o in result.obliged if o.depth == level and o.strength >= FIGHTING_STRENGTH]:
            enemy = attacker if ob.side == "victim" else victim
            next_frontier.append(_Attack(ob.state, enemy, ob.side, level + 1, reg.home(ob.state),
                                         contingent=f"only if {enemy} (or its side) attacks {ob.state} after "
                                                    f"{ob.state} enters the war"))
        # ... and the original attacker may be struck back by the victim's side.
        if level == 1:
            helpers = sorted(fighting["victim"] - {victim})
            if helpers:
                next_frontier.append(_Attack(attacker, victim, "attacker", 2, reg.home(attacker), victim_started=True,
                                             contingent=f"only if the response of {', '.join([victim] + helpers)} "
                                                        f"against {attacker} counts as an armed attack on {attacker}; "
                                                        f"{attacker} struck first, so that response is self-defence "
                                                        "under Art. 51 and the casus foederis is contested"))
        frontier = next_frontier
    _informational(reg, result, victim, attacker, on_date)
    _conflicts(reg, result, attacker, on_date)
    result.rules = _rules(result, victim, attacker)
    result.obliged.sort(key=lambda o: (-o.strength, o.depth, o.side != "victim", o.state))
    return result


def as_date(on: dt.date | str | None) -> dt.date:
    """The day of ``--on`` (`foedus treaties`, `foedus scenario`, ``run``): today when not given; E505 when
    it is not an ISO date."""
    if on is None:
        return dt.date.today()
    if isinstance(on, dt.date):
        return on
    try:
        return iso_day(str(on), whole=True) or dt.date.today()
    except ValueError:
        raise InputError(Errors.E505.format(value=on, option="--on")) from None


def _obligations(reg: Registry, attack: _Attack, on: dt.date, result: ScenarioResult,
                 fighting: dict[str, set[str]]) -> list[Obligation]:
    """Obligations one attack triggers; explains in ``result.excluded`` what does not apply and why."""
    out: list[Obligation] = []
    frozen_seen: set[tuple[str, str, str]] = set()
    for treaty in reg.treaties:
        if not any(p.code == attack.victim for p in treaty.parties):
            continue
        defence = [c for c in treaty.clauses if c.kind in DEFENCE_KINDS | {"consultation", "non_assistance",
                                                                            "policy_statute", "solidarity"}
                   and c.strength is not None]
        if not defence:
            continue
        if not treaty.in_force_on(on):
            _exclude(result, treaty, defence[0], [p.code for p in treaty.parties if p.code != attack.victim],
                     attack, _not_in_force_reason(treaty, on))
            continue
        if not treaty.member_on(attack.victim, on):
            _exclude(result, treaty, defence[0], [attack.victim], attack, treaty.membership_reason(attack.victim, on))
            continue
        victim_status = treaty.suspended_party(attack.victim, on)
        best: dict[str, Obligation] = {}
        for clause in sorted(defence, key=lambda c: -(c.strength or 0)):
            ok, reason = _triggered(reg, treaty, clause, attack.victim, attack.place)
            if not ok:
                if reason and clause.strength and clause.strength >= FIGHTING_STRENGTH:
                    _exclude(result, treaty, clause, [m for m in treaty.members_on(on) if m != attack.victim],
                             attack, reason)
                continue
            if attack.victim_started and any(c.kind == "no_provocation" for c in clause.conditions):
                _exclude(result, treaty, clause, [m for m in treaty.members_on(on) if m != attack.victim], attack,
                         f"{attack.victim} attacked first, and the clause excludes an attack the party started: "
                         + next(c.text for c in clause.conditions if c.kind == "no_provocation"))
                continue
            for state in treaty.members_on(on):
                if state == attack.victim:
                    continue
                if state == attack.by:
                    _exclude(result, treaty, clause, [state], attack,
                             f"{state} is the attacker, yet itself a party of {treaty.id}")
                    continue
                frozen = treaty.suspended_party(state, on)
                if frozen:
                    if (treaty.id, state, attack.victim) not in frozen_seen:  # once per treaty, at its strongest clause
                        frozen_seen.add((treaty.id, state, attack.victim))
                        _exclude(result, treaty, clause, [state], attack, _status_reason(treaty, state, frozen))
                    continue
                suspension = treaty.suspended_towards(state, attack.victim, on)
                if suspension:
                    _exclude(result, treaty, clause, [state], attack,
                             f"{state}'s obligations towards {attack.victim} are suspended since {suspension.since}")
                    continue
                if state in best:
                    best[state].also.append(f"Art. {clause.article} ({clause.kind}, strength {clause.strength})")
                    continue
                conditions = _conditions(clause)
                note = treaty.party_note(state)
                if note:
                    conditions.append(f"party_note: {note}")
                if victim_status:
                    conditions.append(f"party_status: {_status_reason(treaty, attack.victim, victim_status, False)} "
                                      "The clause still covers it, but it has said it takes no part, so a request "
                                      "for help is unlikely.")
                if attack.contingent:
                    conditions.insert(0, f"contingent: {attack.contingent}")
                best[state] = Obligation(
                    state=state, side=attack.side, treaty=treaty.id, article=clause.article,
                    strength=clause.strength or 0, conditions=conditions, depth=attack.depth, kind=clause.kind,
                    supports=attack.victim, treaty_name=treaty.name, clause_text=clause.obligation,
                    why=f"{_cite(treaty, clause)}: {clause.trigger.text} ({attack.victim} attacked by {attack.by}"
                        f"{' at ' + attack.place.name if attack.place.kind != 'country' else ''})",
                    statements=_statements(clause, attack.place, on))
        out.extend(best.values())
    return out


def _statements(clause: Clause, place: Place, on: dt.date) -> list[str]:
    """Official statements made by ``on`` on the clause that bear on this place (or on the clause in general)."""
    return [f"{st.date} {st.by}: {st.text} (source: {st.source}{'' if st.confidence == 'high' else '; confidence ' + st.confidence})"
            for st in sorted(clause.statements, key=lambda st: period(st.date, end=False))
            if (not st.places or place.name in st.places) and period(st.date) <= on]


def _status_reason(treaty: Treaty, state: str, status: PartyStatus, with_note: bool = True) -> str:
    """Why a member with a dated suspended status is not counted as bound to act (date and source)."""
    until = f" until {status.until}" if status.until else ""
    note = f" {status.note}" if status.note and with_note else ""
    return (f"{state}'s participation in {treaty.id} is suspended since {status.since}{until} "
            f"(source: {status.source}; confidence {status.confidence}).{note}")


def _not_in_force_reason(treaty: Treaty, on: dt.date) -> str:
    if treaty.in_force is None:
        return f"{treaty.id} was signed on {treaty.signed} but is not known to be in force ({treaty.status})"
    return (f"{treaty.id} was not in force on {on.isoformat()} (signed {treaty.signed}, in force from "
            f"{period(treaty.in_force).isoformat()})")


def _exclude(result: ScenarioResult, treaty: Treaty, clause: Clause, states: list[str], attack: _Attack,
             reason: str) -> None:
    entry = {"states": states, "side": attack.side, "treaty": treaty.id, "article": clause.article,
             "strength": clause.strength, "depth": attack.depth, "reason": reason}
    if entry not in result.excluded:
        result.excluded.append(entry)


def _informational(reg: Registry, result: ScenarioResult, victim: str, attacker: str, on: dt.date) -> None:
    """The attacker's allies: no duty to help an attacker, but consultation clauses still apply."""
    obliged_attacker_side = {o.state for o in result.obliged if o.side == "attacker"}
    for treaty in reg.treaties:
        if not treaty.in_force_on(on) or not treaty.member_on(attacker, on):
            continue
        for clause in treaty.clauses:
            if clause.kind in DEFENCE_KINDS and clause.strength and clause.strength >= FIGHTING_STRENGTH:
                allies = [m for m in treaty.members_on(on) if m not in {attacker, victim}
                          and m not in obliged_attacker_side]
                if allies:
                    _exclude(result, treaty, clause, allies, _Attack(attacker, victim, "attacker", 1, reg.home(attacker)),
                             f"the clause answers an armed attack on {attacker}, not one by {attacker}; "
                             f"it creates no duty to help the attacker")
            if clause.kind != "consultation" or clause.trigger.attack not in {"threat", "armed_attack"}:
                continue
            for state in treaty.members_on(on):
                if state in {attacker, victim} or state in obliged_attacker_side:
                    continue
                if treaty.suspended_party(state, on):
                    continue  # it takes no part in the treaty's consultations either
                if any(o.state == state and o.treaty == treaty.id for o in result.informational):
                    continue
                result.informational.append(Obligation(
                    state=state, side="attacker", treaty=treaty.id, article=clause.article,
                    strength=int(clause.strength or 0), conditions=_conditions(clause), depth=1, kind=clause.kind,
                    supports=attacker, treaty_name=treaty.name, clause_text=clause.obligation,
                    why=f"{_cite(treaty, clause)}: consultation with the attacker {attacker} only; the treaty's "
                        f"defence clauses answer an attack on {attacker}, not one by it"))


def _conflicts(reg: Registry, result: ScenarioResult, attacker: str, on: dt.date) -> None:
    by_side: dict[str, dict[str, Obligation]] = {"victim": {}, "attacker": {}}
    for o in result.obliged:
        by_side[o.side].setdefault(o.state, o)
    for state in sorted(set(by_side["victim"]) & set(by_side["attacker"])):
        v, a = by_side["victim"][state], by_side["attacker"][state]
        result.conflicts.append({"state": state, "victim_side": f"{v.treaty} Art. {v.article}",
                                 "attacker_side": f"{a.treaty} Art. {a.article}",
                                 "note": f"{state} is bound to both sides"})
    for state, ob in sorted(by_side["victim"].items()):
        if state in by_side["attacker"]:
            continue
        for treaty in reg.treaties:
            if not treaty.in_force_on(on) or not (treaty.member_on(state, on) and treaty.member_on(attacker, on)):
                continue
            ties = [c for c in treaty.clauses if c.kind in DEFENCE_KINDS and c.strength and c.strength >= 2]
            if ties:
                result.conflicts.append({
                    "state": state, "victim_side": f"{ob.treaty} Art. {ob.article}",
                    "attacker_side": f"{treaty.id} Art. {ties[0].article}",
                    "note": f"{state} is allied with the attacker {attacker} by {treaty.id} (not triggered, since "
                            f"{attacker} is the attacker) while bound to help the victim"})
                break
    named: set[str] = set()
    for entry in result.excluded:
        if entry["states"] == [attacker] and "is the attacker" in entry["reason"] and entry["treaty"] not in named:
            named.add(entry["treaty"])
            result.conflicts.append({"state": attacker, "victim_side": f"{entry['treaty']} Art. {entry['article']}",
                                     "attacker_side": "(attacker)",
                                     "note": f"the attacker {attacker} is itself bound by {entry['treaty']} to help "
                                             f"the victim"})


def _rules(result: ScenarioResult, victim: str, attacker: str) -> list[dict[str, Any]]:
    """UN rules that bear on the likely responses, each tied to the states it concerns."""
    checks = {c["id"]: c for c in data.read_yaml(UN_RULES_FILE)["checks"]}
    out: list[dict[str, Any]] = []

    def add(check_id: str, applies_to: list[str], why: str) -> None:
        check = checks[check_id]
        for rule in check["rules"]:
            out.append({"rule": rule, "check": check_id, "applies_to": sorted(set(applies_to)),
                        "reason": f"{why}: {check['reason']}"})

    add("use_of_force", [attacker], f"{attacker} uses force against {victim}")
    defenders = [o.state for o in result.obliged if o.side == "victim" and o.strength >= FIGHTING_STRENGTH]
    if defenders:
        add("collective_self_defence_request", defenders,
            f"{', '.join(sorted(set(defenders)))} would act in collective self-defence of {victim}")
    military = [o for o in result.obliged if o.strength >= 3]
    to_dprk = sorted({o.state for o in military if o.supports == "PRK" and o.state != "PRK"})
    if to_dprk:
        add("arms_transfer_to_dprk", to_dprk, f"military assistance to the DPRK by {', '.join(to_dprk)}")
        add("treaty_vs_charter", to_dprk, "a treaty duty to give the DPRK military aid is cited")
    from_dprk = sorted({o.supports for o in military if o.state == "PRK"})
    if from_dprk:
        add("arms_procurement_from_dprk", from_dprk + ["PRK"],
            f"DPRK military assistance to {', '.join(from_dprk)} (arms, troops or services from the DPRK)")
        add("treaty_vs_charter", ["PRK"] + from_dprk, "a treaty duty is cited for DPRK military aid")
    return out
