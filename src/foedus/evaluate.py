"""`foedus eval`: score the coder against a gold file of hand-coded sentences.

A gold line is ``{"id", "text", "date", "expected": [...]}`` in one of two schemes:

- ``PLOVER`` (the shared benchmark's format): each expected event is ``{"source", "target", "code"}``
  with a PLOVER 0.5 event type as ``code``. foedus' CAMEO codes are mapped to those types by
  ``taxonomy.plover05`` (a documented table). Every expected event happened (modality asserted).
- ``CAMEO`` (the project's own dev set, ``src/foedus/data/gold/``; ``"scheme": "CAMEO"``): each event
  is ``{"code", "plover", "source", "target", "modality"}`` with a CAMEO code ("0332"), the PLOVER type
  of that code (empty where PLOVER drops it, roots 01 and 02), and what the sentence says about the act:
  asserted, negated, intended, considered or conditional. Lines may carry ``tags`` (``disaster``,
  ``noevent``). Such lines are scored on the CAMEO root and, separately, on the PLOVER type.

Triples (type, source, target) are compared per sentence at four levels of detail:

- ``type``: the event type only (CAMEO root for CAMEO lines, PLOVER 0.5 type for PLOVER lines);
- ``type+source``: type and the source's country (first three letters of the code);
- ``type+dyad``: type and both countries;
- ``full``: type and both full codes (country + sector).

Only events that happened count, on both sides: asserted acts; intended acts, which are coded as the
statement of intent that was made (CAMEO 03x "express intent", 13x "threaten"); and conditional
conflictual acts ("will withdraw unless ..."), coded as the threat (13x) that was made. A coder that
emits negated, conditional or merely considered acts as facts is wrong, and is scored so.

Besides the levels, each gold event (whatever its modality) is paired with at most one coded event
of a compatible type (same root, or an intent/threat code and the act it announces: 0332 and 072,
1384 and 19) and the same sentence, preferring matching actors. That pairing gives the share of gold
events found at all, the modality table (modality right among found events; events that did not
happen but were coded asserted, as a rate), and the worst misses (``--misses N``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import taxonomy
from .schema import MODALITIES
from .errors import Errors, InputError

if TYPE_CHECKING:
    from .ingest.records import InputProblem
    from .schema import CodingResult, Event

LEVELS = ("type", "type+source", "type+dyad", "full")
SCHEMES = ("PLOVER", "CAMEO")
# Legacy or variant CAMEO country codes found in gold files, folded to the codes foedus emits.
CODE_ALIASES = taxonomy.code_aliases()   # data/taxonomy/actor_code_aliases.tsv
# Intent (03x) and threat (13x) codes and the root of the act they announce: "will send arms" (0332)
# and "sent arms" (072) describe the same act, so a coder that writes one where the gold has the
# other has found the event (and is then judged on its modality and type).
ACT_OF = taxonomy.announced_acts()      # data/taxonomy/announced_acts.tsv
ROOT_NAMES = taxonomy.root_labels()     # data/taxonomy/cameo_root_labels.tsv
ACTOR_RE = re.compile(r"^(?:[A-Z]{3})+$")
# Segments a gold file may use that the CAMEO code list lacks (Kosovo's ISO user-assigned code).
EXTRA_SEGMENTS = {"XKX"}


def _norm(code: str | None) -> str:
    code = (code or "").upper()
    for old, new in CODE_ALIASES.items():
        if code.startswith(old) and (len(code) == len(old) or len(old) == 3):
            return new + code[len(old):]
    return code


def _key(level: str, etype: str, source: str, target: str) -> tuple:
    if level == "type":
        return (etype,)
    if level == "type+source":
        return (etype, source[:3])
    if level == "type+dyad":
        return (etype, source[:3], target[:3])
    return (etype, source, target)


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Iterable[Hashable], pred: Iterable[Hashable]) -> None:
        g, p = Counter(gold), Counter(pred)
        self.tp += sum((g & p).values())
        self.pred += sum(p.values())
        self.gold += sum(g.values())

    def as_dict(self) -> dict:
        return {"tp": self.tp, "predicted": self.pred, "gold": self.gold, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class ModalityRow:
    gold: int = 0          # gold events with this modality
    found: int = 0         # paired with a coded event of a compatible type
    right: int = 0         # ... whose modality is the gold's
    coded_asserted: int = 0  # ... coded asserted

    def as_dict(self) -> dict:
        return {"gold": self.gold, "found": self.found, "modality_right": self.right,
                "coded_asserted": self.coded_asserted,
                "found_share": round(self.found / self.gold, 3) if self.gold else None,
                "modality_right_share": round(self.right / self.found, 3) if self.found else None}


@dataclass
class Report:
    sentences: int = 0
    schemes: Counter = field(default_factory=Counter)
    levels: dict[str, Score] = field(default_factory=lambda: {lv: Score() for lv in LEVELS})
    # CAMEO-scheme lines only: the same levels on the PLOVER type of the code.
    plover_levels: dict[str, Score] = field(default_factory=lambda: {lv: Score() for lv in LEVELS})
    by_type: dict[str, Score] = field(default_factory=dict)
    by_root: dict[str, Score] = field(default_factory=dict)        # type level, CAMEO lines
    by_root_dyad: dict[str, Score] = field(default_factory=dict)   # type+dyad level, CAMEO lines
    by_modality: dict[str, ModalityRow] = field(default_factory=lambda: {m: ModalityRow() for m in MODALITIES})
    # (gold modality, coded modality) -> found events (CAMEO lines): where the modality errors go
    modality_confusion: Counter = field(default_factory=Counter)
    gold_events: int = 0
    gold_found: int = 0
    not_happened: int = 0               # gold events that did not happen (negated, considered, ...)
    not_happened_coded_asserted: int = 0
    empty_sentences: int = 0
    false_events_on_empty: int = 0
    empty_sentences_with_false_events: int = 0
    disaster_sentences: int = 0
    false_events_on_disaster: int = 0
    not_counted: Counter = field(default_factory=Counter)
    misses: list[dict] = field(default_factory=list)
    cases: list[dict] = field(default_factory=list)

    @property
    def found_share(self) -> float:
        return self.gold_found / self.gold_events if self.gold_events else 0.0

    @property
    def coded_asserted_rate(self) -> float:
        return self.not_happened_coded_asserted / self.not_happened if self.not_happened else 0.0

    def worst_misses(self, n: int) -> list[dict]:
        return sorted(self.misses, key=lambda m: (MISS_ORDER.index(m["kind"]), m["id"] or ""))[:n]

    def as_dict(self, misses: int = 0) -> dict:
        out = {
            "sentences": self.sentences,
            "schemes": dict(self.schemes),
            "levels": {lv: s.as_dict() for lv, s in self.levels.items()},
            "by_type": {t: s.as_dict() for t, s in sorted(self.by_type.items())},
            "sentences_without_gold_event": self.empty_sentences,
            "false_events_on_those": self.false_events_on_empty,
            "sentences_without_gold_event_with_false_events": self.empty_sentences_with_false_events,
            "disaster_sentences": self.disaster_sentences,
            "false_events_on_disaster_sentences": self.false_events_on_disaster,
            "events_not_counted_by_modality": dict(self.not_counted),
            "gold_events": self.gold_events,
            "gold_events_found": self.gold_found,
            "found_share": round(self.found_share, 3),
            "gold_events_that_did_not_happen": self.not_happened,
            "of_those_coded_asserted": self.not_happened_coded_asserted,
            "coded_asserted_rate": round(self.coded_asserted_rate, 3),
            "by_modality": {m: r.as_dict() for m, r in self.by_modality.items() if r.gold},
            "modality_confusion": {g: {p: self.modality_confusion[(g, p)] for p in MODALITIES
                                       if self.modality_confusion[(g, p)]}
                                   for g in MODALITIES if any(self.modality_confusion[(g, p)] for p in MODALITIES)},
        }
        if self.schemes.get("CAMEO"):
            out["plover_levels"] = {lv: s.as_dict() for lv, s in self.plover_levels.items()}
            out["by_root"] = {r: dict(s.as_dict(), dyad_tp=self.by_root_dyad.get(r, Score()).tp)
                              for r, s in sorted(self.by_root.items())}
        if misses:
            out["worst_misses"] = self.worst_misses(misses)
        return out


# Order of the worst misses: false events where nothing political happened, acts that did not happen
# coded as facts, gold events not found at all, false events beside real ones, an act that did not happen
# read as a threat or promise made (a statement did happen: another reading, no false fact), wrong
# modality, and last the events that did not happen and were not found (harmless as facts, but lost).
MISS_ORDER = ("false event on a disaster sentence", "false event on a sentence without events",
              "did not happen, coded asserted", "gold event not found", "false event",
              "did not happen, coded as a threat or intent made", "wrong modality",
              "did not happen, not found")


# --- reading and checking gold files ----------------------------------------------------------------

@lru_cache(maxsize=1)
def _segments() -> frozenset[str]:
    from . import data

    return frozenset(row["code"] for row in data.read_tsv("actors/codes.tsv")) | EXTRA_SEGMENTS


@lru_cache(maxsize=1)
def _plover_types() -> frozenset[str]:
    from . import data

    return frozenset(row["event_type"] for row in data.read_tsv("taxonomy/plover_event_types.tsv"))


def actor_code_ok(code: str) -> bool:
    """A CAMEO-style actor code: 3-letter segments (country/region/IGO/role + sector codes), each one
    a segment of the CAMEO code list (data/actors/codes.tsv)."""
    return bool(ACTOR_RE.match(code)) and all(code[i:i + 3] in _segments() for i in range(0, len(code), 3))


def scheme_of(rec: dict) -> str:
    scheme = rec.get("scheme")
    if scheme:
        return scheme
    codes = [e.get("code", "") for e in rec.get("expected", []) if isinstance(e, dict)]
    return "CAMEO" if codes and all(str(c).isdigit() for c in codes) else "PLOVER"


def check_record(rec: dict, where: str) -> None:
    """Raise InputError (E150-E156) when a CAMEO-scheme gold line is malformed."""
    scheme = scheme_of(rec)
    if scheme not in SCHEMES:
        raise InputError(Errors.E150.format(where=where, scheme=scheme, options=", ".join(SCHEMES)))
    expected = rec.get("expected", [])
    if not isinstance(expected, list):
        raise InputError(Errors.E151.format(where=where, n=0, problem="\"expected\" is not a list"))
    for n, ev in enumerate(expected, 1):
        if not isinstance(ev, dict):
            raise InputError(Errors.E151.format(where=where, n=n, problem="not a JSON object"))
        if scheme == "PLOVER":
            continue
        missing = [k for k in ("code", "plover", "source", "target", "modality") if k not in ev]
        if missing:
            raise InputError(Errors.E151.format(where=where, n=n, problem="missing " + ", ".join(missing)))
        if not taxonomy.is_valid(ev["code"]) or len(ev["code"]) < 2:
            raise InputError(Errors.E152.format(where=where, n=n, code=ev["code"]))
        expected_type = taxonomy.plover(ev["code"]).type or ""
        if ev["plover"] and ev["plover"] not in _plover_types():
            raise InputError(Errors.E153.format(where=where, n=n, value=ev["plover"],
                                                options=", ".join(sorted(_plover_types()))))
        if ev["plover"] != expected_type:
            raise InputError(Errors.E153.format(where=where, n=n, value=ev["plover"],
                                                options=f"{expected_type or '(empty)'} for CAMEO {ev['code']}"))
        if ev["modality"] not in MODALITIES:
            raise InputError(Errors.E154.format(where=where, n=n, value=ev["modality"], options=", ".join(MODALITIES)))
        for role in ("source", "target"):
            code = ev[role]
            if code and not actor_code_ok(code):
                raise InputError(Errors.E155.format(where=where, n=n, role=role, code=code))
        if not ev["source"] and not ev["target"]:
            raise InputError(Errors.E156.format(where=where, n=n))


def read_gold(path: str | Path) -> list[dict]:
    p = Path(path)
    if not p.exists():
        raise InputError(Errors.E101.format(path=p))
    cases = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(Errors.E105.format(path=p, line=n, reason=exc.msg)) from exc
        if not isinstance(rec, dict) or not rec.get("text"):
            raise InputError(Errors.E106.format(path=p, line=n))
        check_record(rec, f"{p}, line {n}")
        cases.append(rec)
    return cases


# --- the two sides ----------------------------------------------------------------------------------

def counted(ev: Event) -> bool:
    """Asserted events, intentions coded as the statement of intent (03x) or threat (13x), and
    conditional threats ("will withdraw unless ...", coded 13x): the statement was made."""
    from .schema import happened

    return happened(ev.modality, ev.root)


def happened(code: str, modality: str) -> bool:
    """The gold side of ``counted``: the one rule, ``schema.happened``, on a gold code's root."""
    from .schema import happened

    return happened(modality, code[:2])


def _roots(code: str) -> set[str]:
    return {code[:2]} | ({ACT_OF[code]} if code in ACT_OF else set())


@dataclass
class _Ev:
    scheme: str
    code: str            # CAMEO code ("" for PLOVER gold)
    ptype: str           # PLOVER 0.5 type (PLOVER lines) or PLOVER type (CAMEO lines); "" if none
    source: str
    target: str
    modality: str
    happened: bool
    cameo_name: str = ""

    def compatible(self, other: "_Ev") -> bool:
        if self.scheme == "PLOVER":  # gold PLOVER 0.5 type against the coded event's
            return bool(self.ptype) and self.ptype == other.ptype
        return bool(_roots(self.code) & _roots(other.code))

    def show(self) -> str:
        what = self.code or self.ptype
        name = f" {self.cameo_name}" if self.cameo_name else ""
        return f"{what}{name} {self.source or '-'} -> {self.target or '-'} ({self.modality})"


def _gold_events(case: dict, scheme: str) -> list[_Ev]:
    out = []
    for e in case.get("expected", []):
        if scheme == "PLOVER":
            out.append(_Ev("PLOVER", "", e["code"], _norm(e.get("source")), _norm(e.get("target")), "asserted", True))
        else:
            code = e["code"]
            out.append(_Ev("CAMEO", code, e.get("plover") or "", _norm(e.get("source")), _norm(e.get("target")),
                           e["modality"], happened(code, e["modality"]), taxonomy.cameo(code).name))
    return out


def _pred_events(result: CodingResult | InputProblem, scheme: str) -> list[_Ev]:
    out = []
    for ev in getattr(result, "events", None) or []:
        ptype = taxonomy.plover05(ev.cameo) if scheme == "PLOVER" else taxonomy.plover(ev.cameo).type
        out.append(_Ev(scheme, ev.cameo, ptype or "", _norm(ev.source.code if ev.source else ""),
                       _norm(ev.target.code if ev.target else ""), ev.modality, counted(ev),
                       getattr(ev, "cameo_name", "") or ""))
    return out


def predicted_triples(result: CodingResult | InputProblem) -> set[tuple[str, str, str]]:
    """(PLOVER 0.5 type, source, target) of the counted events of a coding result."""
    return {(e.ptype, e.source, e.target) for e in _pred_events(result, "PLOVER") if e.happened and e.ptype}


def _pair(gold: list[_Ev], pred: list[_Ev]) -> dict[int, int]:
    """Greedy one-to-one pairing of gold and coded events of compatible types, best actors first."""
    scored = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if not g.compatible(p):
                continue
            s = (4 * (g.source == p.source and g.target == p.target) + 2 * (g.source[:3] == p.source[:3]
                 and g.target[:3] == p.target[:3]) + (g.source[:3] == p.source[:3]) + 0.5 * (g.modality == p.modality)
                 + 0.25 * (g.code == p.code) + 0.1 * (g.happened == p.happened))
            scored.append((-s, i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in sorted(scored):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def _type(ev: _Ev) -> str:
    """The type compared at the levels: CAMEO root for CAMEO lines, PLOVER 0.5 type for PLOVER lines."""
    return ev.code[:2] if ev.scheme == "CAMEO" else ev.ptype


def evaluate(path: str | Path, coder: Any = None, keep_cases: bool = False, n_process: int = 1) -> Report:
    from .coder.pipeline import Coder
    from .ingest.records import ArticleInput

    cases = read_gold(path)
    coder = coder or Coder()
    report = Report()
    inputs = [ArticleInput(id=str(c.get("id", i)), text=c["text"],
                           date=None if c.get("date_is_placeholder") else c.get("date"))
              for i, c in enumerate(cases)]
    for case, result in zip(cases, coder.code_inputs(inputs, n_process=n_process)):
        _score_case(report, case, result, keep_cases)
    return report


def evaluate_many(paths: list[str | Path], coder: Any = None, keep_cases: bool = False,
                  n_process: int = 1) -> dict[str, Report]:
    """One ``Report`` per gold file, coding each distinct sentence (text and date) once: sets that share
    sentences (a dev set and its parts, a benchmark and its subsets) cost one coding run, not one per file.
    Every file is read and checked before any coding starts."""
    from .coder.pipeline import Coder
    from .ingest.records import ArticleInput

    files = [(str(p), read_gold(p)) for p in paths]
    coder = coder or Coder()
    keys: dict[tuple[str, str | None], int] = {}
    for _, cases in files:
        for c in cases:
            keys.setdefault(_sentence_key(c), len(keys))
    inputs = [ArticleInput(id=f"s{n}", text=text, date=date) for (text, date), n in keys.items()]
    results = list(coder.code_inputs(inputs, n_process=n_process))
    reports: dict[str, Report] = {}
    for path, cases in files:
        if path in reports:
            continue   # a file named twice is scored once
        report = reports[path] = Report()
        for case in cases:
            _score_case(report, case, results[keys[_sentence_key(case)]], keep_cases)
    return reports


def _sentence_key(case: dict) -> tuple[str, str | None]:
    return case["text"], None if case.get("date_is_placeholder") else case.get("date")


def _score_case(report: Report, case: dict, result: CodingResult | InputProblem, keep_cases: bool) -> None:
    scheme = scheme_of(case)
    report.sentences += 1
    report.schemes[scheme] += 1
    gold = _gold_events(case, scheme)
    pred = _pred_events(result, scheme)
    for p in pred:
        if not p.happened:
            report.not_counted[p.modality] += 1
    g_done = [g for g in gold if g.happened and _type(g)]
    # A coded (type, source, target) counts once per sentence, however many times it was emitted.
    p_done = list({(_type(p), p.source, p.target): p for p in pred if p.happened and _type(p)}.values())
    for level in LEVELS:
        report.levels[level].add([_key(level, _type(g), g.source, g.target) for g in g_done],
                                 [_key(level, _type(p), p.source, p.target) for p in p_done])
    if scheme == "CAMEO":
        gp = [g for g in g_done if g.ptype]
        pp = list({(p.ptype, p.source, p.target): p for p in pred if p.happened and p.ptype}.values())
        for level in LEVELS:
            report.plover_levels[level].add([_key(level, g.ptype, g.source, g.target) for g in gp],
                                            [_key(level, p.ptype, p.source, p.target) for p in pp])
        for root in {_type(e) for e in g_done + p_done}:
            report.by_root.setdefault(root, Score()).add([root for g in g_done if _type(g) == root],
                                                         [root for p in p_done if _type(p) == root])
            report.by_root_dyad.setdefault(root, Score()).add(
                [_key("type+dyad", root, g.source, g.target) for g in g_done if _type(g) == root],
                [_key("type+dyad", root, p.source, p.target) for p in p_done if _type(p) == root])
    # By PLOVER type at type+dyad (PLOVER 0.5 types for PLOVER lines, PLOVER types for CAMEO lines).
    g3 = Counter(_key("type+dyad", g.ptype, g.source, g.target) for g in g_done if g.ptype)
    p3 = Counter(_key("type+dyad", p.ptype, p.source, p.target)
                 for p in {(p.ptype, p.source, p.target): p for p in pred if p.happened and p.ptype}.values())
    for k in set(g3) | set(p3):
        s = report.by_type.setdefault(k[0], Score())
        s.tp += min(g3[k], p3[k])
        s.pred += p3[k]
        s.gold += g3[k]

    # Pairing: found at all, modality, misses.
    pairs = _pair(gold, pred)
    misses = []
    text, cid = case["text"], case.get("id")
    # PLOVER gold gives no modality (its events happened; "agreed to" is an AGREE that the coder
    # rightly marks as an intention), so PLOVER lines stay out of the modality table.
    for i, g in enumerate(gold):
        row = report.by_modality.setdefault(g.modality, ModalityRow()) if scheme == "CAMEO" else ModalityRow()
        row.gold += 1
        report.gold_events += 1
        if not g.happened:
            report.not_happened += 1
        j = pairs.get(i)
        if j is None:
            if g.happened:
                misses.append(("gold event not found", g.show()))
            elif scheme == "CAMEO":
                misses.append(("did not happen, not found", g.show()))
            continue
        p = pred[j]
        row.found += 1
        report.gold_found += 1
        row.right += p.modality == g.modality
        row.coded_asserted += p.modality == "asserted"
        if scheme == "CAMEO":
            report.modality_confusion[(g.modality, p.modality)] += 1
        if not g.happened and p.happened:
            report.not_happened_coded_asserted += p.modality == "asserted"
            kind = ("did not happen, coded asserted" if p.modality == "asserted"
                    else "did not happen, coded as a threat or intent made")
            misses.append((kind, f"gold {g.show()}; coded {p.show()}"))
        elif p.modality != g.modality and scheme == "CAMEO":
            misses.append(("wrong modality", f"gold {g.show()}; coded {p.show()}"))
    paired = set(pairs.values())
    # Coded events that happened and match no gold event; on PLOVER lines only those with a PLOVER 0.5
    # type can be judged (016 "deny responsibility" has none), and each triple counts once.
    false = list({(_type(p), p.source, p.target): p for j, p in enumerate(pred)
                  if p.happened and j not in paired and _type(p)}.values())
    tags = set(case.get("tags") or [])
    if not gold:
        report.empty_sentences += 1
        report.false_events_on_empty += len(false)
        report.empty_sentences_with_false_events += bool(false)
        kind = "false event on a disaster sentence" if "disaster" in tags else "false event on a sentence without events"
    else:
        kind = "false event"
    if "disaster" in tags:
        report.disaster_sentences += 1
        report.false_events_on_disaster += len(false)
    misses += [(kind, p.show()) for p in false]
    report.misses += [{"kind": k, "id": cid, "text": text, "detail": d} for k, d in misses]
    if keep_cases:
        report.cases.append({"id": cid, "text": text, "scheme": scheme,
                             "gold": sorted((_type(g), g.source, g.target) for g in g_done),
                             "predicted": sorted((_type(p), p.source, p.target) for p in p_done),
                             "gold_events": [g.show() for g in gold], "coded_events": [p.show() for p in pred]})


# --- the table ----------------------------------------------------------------------------------------

def _score_lines(title: str, rows: dict[str, Score], label: str = "level", names: dict | None = None) -> list[str]:
    width = 13 if not names else 22
    lines = [title, f"{label:<{width}}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for k, s in rows.items():
        name = f"{k} {names.get(k, '')}" if names else k
        lines.append(f"{name:<{width}}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.pred:>6}{s.gold:>6}")
    return lines


def _confusion_lines(report: Report) -> list[str]:
    """Gold modality (rows) x coded modality (columns) of the found events: where the errors go."""
    if not report.modality_confusion:
        return []
    lines = ["", "Modality of found events (rows: gold, columns: coded):",
             f"{'gold/coded':<13}" + "".join(f"{m:>13}" for m in MODALITIES)]
    for g in MODALITIES:
        cells = [report.modality_confusion[(g, p)] for p in MODALITIES]
        if any(cells):
            lines.append(f"{g:<13}" + "".join(f"{c:>13}" for c in cells))
    return lines


def summary_rows(reports: dict[str, Report]) -> list[dict[str, Any]]:
    """One row per gold file: the headline figures ``foedus eval`` prints when given several files."""
    return [{"file": path, "sentences": r.sentences, "gold_events": r.gold_events,
             "type_f1": round(r.levels["type"].f1, 3), "type_dyad_f1": round(r.levels["type+dyad"].f1, 3),
             "found_share": round(r.found_share, 3), "did_not_happen": r.not_happened,
             "did_not_happen_coded_asserted": r.not_happened_coded_asserted}
            for path, r in reports.items()]


def format_summary(reports: dict[str, Report]) -> str:
    lines = ["Summary (type: CAMEO root or PLOVER type; found: share of gold events found at all; the last column: "
             "gold events that did not happen (negated, considered, conditional, intended) coded asserted):",
             f"{'file':40s} {'sentences':>9s} {'type F1':>8s} {'type+dyad':>9s} {'found':>6s}  coded asserted"]
    for row in summary_rows(reports):
        name = row["file"] if len(row["file"]) <= 40 else "..." + row["file"][-37:]
        lines.append(f"{name:40s} {row['sentences']:9d} {row['type_f1']:8.3f} {row['type_dyad_f1']:9.3f} "
                     f"{row['found_share']:6.3f}  {row['did_not_happen_coded_asserted']} of {row['did_not_happen']}")
    return "\n".join(lines)


def format_report(report: Report, misses: int = 0) -> str:
    schemes = ", ".join(f"{k} {v}" for k, v in sorted(report.schemes.items()))
    type_name = "CAMEO root" if set(report.schemes) == {"CAMEO"} else (
        "PLOVER 0.5 type" if set(report.schemes) <= {"PLOVER"} else "CAMEO root / PLOVER 0.5 type")
    lines = [f"Sentences: {report.sentences} ({schemes})", ""]
    lines += _score_lines(f"Levels (type = {type_name}):", report.levels)
    if report.schemes.get("CAMEO"):
        lines += [""] + _score_lines("Levels on the PLOVER type (CAMEO-scheme lines; roots 01, 02 have none):",
                                     report.plover_levels)
        lines += [""] + _score_lines("By CAMEO root (type level; dyad tp = right root and both countries):",
                                     {r: report.by_root[r] for r in sorted(report.by_root)}, "root", ROOT_NAMES)
        lines[-len(report.by_root) - 1] += f"{'dyad tp':>9}"
        for n, r in enumerate(sorted(report.by_root)):
            lines[-len(report.by_root) + n] += f"{report.by_root_dyad.get(r, Score()).tp:>9}"
    lines += [""] + _score_lines("By PLOVER type (type+dyad):", dict(sorted(report.by_type.items())), "type")
    lines += ["", "By gold modality (CAMEO-scheme lines; found: paired with a coded event of a compatible type):",
              f"{'modality':<13}{'gold':>6}{'found':>7}{'share':>7}{'modality right':>16}{'coded asserted':>16}"]
    for m, r in report.by_modality.items():
        if not r.gold:
            continue
        share = f"{r.found / r.gold:.3f}"
        right = f"{r.right}/{r.found}" + (f" {r.right / r.found:.2f}" if r.found else "")
        lines.append(f"{m:<13}{r.gold:>6}{r.found:>7}{share:>7}{right:>16}{r.coded_asserted:>16}")
    lines += _confusion_lines(report)
    lines += ["",
              f"Gold events found at all: {report.gold_found}/{report.gold_events} ({report.found_share:.3f})",
              f"Gold events that did not happen (negated, considered, conditional, intended acts): "
              f"{report.not_happened}; coded asserted: {report.not_happened_coded_asserted} "
              f"({report.coded_asserted_rate:.3f})",
              f"Sentences with no gold event: {report.empty_sentences}; events coded on them: "
              f"{report.false_events_on_empty} (on {report.empty_sentences_with_false_events} sentences)",
              f"Disaster sentences: {report.disaster_sentences}; events coded on them: {report.false_events_on_disaster}",
              "Events not counted (did not happen): "
              + (", ".join(f"{k} {v}" for k, v in sorted(report.not_counted.items())) or "none")]
    if misses:
        worst = report.worst_misses(misses)
        lines += ["", f"Worst misses ({len(worst)} of {len(report.misses)}):"]
        for m in worst:
            lines.append(f"- [{m['kind']}] {m['id']}: {m['detail']}")
            lines.append(f"    {m['text']}")
    return "\n".join(lines)
