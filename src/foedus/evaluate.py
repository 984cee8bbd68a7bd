"""`foedus eval`: score the coder against a gold file of hand-coded sentences.

A gold line is ``{"id", "text", "date", "expected": [{"source", "target", "code"}]}`` with PLOVER
0.5 event types as codes (the format of the PLOVER gold-standard records). foedus' CAMEO codes
are mapped to those types by ``taxonomy.plover05`` (a documented table), and the triples
(type, source, target) are compared per sentence at four levels of detail:

- ``type``: the event type only;
- ``type+source``: type and the source's country (first three letters of the code);
- ``type+dyad``: type and both countries;
- ``full``: type and both full codes (country + sector).

Only events that happened count as predictions: asserted acts; intended acts, which foedus codes
as the statement of intent that was made (CAMEO 03x "express intent", 13x "threaten"); and
conditional conflictual acts ("will withdraw unless ..."), coded as the threat (13x) that was made.
A coder that emits negated, conditional or merely considered acts as facts is wrong, and is scored so.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import taxonomy
from .errors import Errors, InputError

LEVELS = ("type", "type+source", "type+dyad", "full")
# An intended act is coded as the statement of intent (CAMEO 03x, 13x), which did happen.
COUNTED_MODALITIES = {"asserted", "intended"}
# Legacy or variant CAMEO country codes found in gold files, folded to the codes foedus emits.
CODE_ALIASES = {"JAP": "JPN", "ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "UK": "GBR", "ZAR": "COD", "GER": "DEU",
                "BRU": "BRN", "KSV": "XKX"}


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

    def as_dict(self) -> dict:
        return {"tp": self.tp, "predicted": self.pred, "gold": self.gold, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    sentences: int = 0
    levels: dict[str, Score] = field(default_factory=lambda: {lv: Score() for lv in LEVELS})
    by_type: dict[str, Score] = field(default_factory=dict)
    empty_sentences: int = 0
    false_events_on_empty: int = 0
    not_counted: Counter = field(default_factory=Counter)
    cases: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "sentences": self.sentences,
            "levels": {lv: s.as_dict() for lv, s in self.levels.items()},
            "by_type": {t: s.as_dict() for t, s in sorted(self.by_type.items())},
            "sentences_without_gold_event": self.empty_sentences,
            "false_events_on_those": self.false_events_on_empty,
            "events_not_counted_by_modality": dict(self.not_counted),
        }


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
        cases.append(rec)
    return cases


def counted(ev) -> bool:
    """Asserted events, intentions coded as the statement of intent (03x) or threat (13x), and
    conditional threats ("will withdraw unless ...", coded 13x): the statement was made."""
    return (ev.modality == "asserted" or (ev.modality == "intended" and ev.root in {"03", "13"})
            or (ev.modality == "conditional" and ev.root == "13"))


def predicted_triples(result) -> set[tuple[str, str, str]]:
    out = set()
    for ev in result.events:
        if not counted(ev):
            continue
        etype = taxonomy.plover05(ev.cameo)
        if not etype:
            continue
        out.add((etype, _norm(ev.source.code if ev.source else ""), _norm(ev.target.code if ev.target else "")))
    return out


def evaluate(path: str | Path, coder=None, keep_cases: bool = False, n_process: int = 1) -> Report:
    from .pipeline import Coder
    from .reader import ArticleInput

    coder = coder or Coder()
    cases = read_gold(path)
    report = Report()
    inputs = [ArticleInput(id=str(c.get("id", i)), text=c["text"],
                           date=None if c.get("date_is_placeholder") else c.get("date"))
              for i, c in enumerate(cases)]
    for case, result in zip(cases, coder.code_inputs(inputs, n_process=n_process)):
        report.sentences += 1
        gold = [(e["code"], _norm(e.get("source")), _norm(e.get("target"))) for e in case.get("expected", [])]
        pred = predicted_triples(result) if hasattr(result, "events") else set()
        if hasattr(result, "events"):
            for ev in result.events:
                if not counted(ev):
                    report.not_counted[ev.modality] += 1
        if not gold:
            report.empty_sentences += 1
            report.false_events_on_empty += len(pred)
        for level in LEVELS:
            g = Counter(_key(level, *t) for t in gold)
            p = Counter(_key(level, *t) for t in pred)
            s = report.levels[level]
            s.tp += sum((g & p).values())
            s.pred += sum(p.values())
            s.gold += sum(g.values())
        g3 = Counter(_key("type+dyad", *t) for t in gold)
        p3 = Counter(_key("type+dyad", *t) for t in pred)
        for k in set(g3) | set(p3):
            s = report.by_type.setdefault(k[0], Score())
            s.tp += min(g3[k], p3[k])
            s.pred += p3[k]
            s.gold += g3[k]
        if keep_cases:
            report.cases.append({"id": case.get("id"), "text": case["text"], "gold": sorted(gold),
                                 "predicted": sorted(pred)})
    return report


def format_report(report: Report) -> str:
    lines = [f"Sentences: {report.sentences}", "",
             f"{'level':<13}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for lv, s in report.levels.items():
        lines.append(f"{lv:<13}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.pred:>6}{s.gold:>6}")
    lines += ["", "By PLOVER type (type+dyad):",
              f"{'type':<13}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for t, s in sorted(report.by_type.items()):
        lines.append(f"{t:<13}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.pred:>6}{s.gold:>6}")
    lines += ["", f"Sentences with no gold event: {report.empty_sentences}; events coded on them: "
                  f"{report.false_events_on_empty}",
              "Events not counted (did not happen): "
              + (", ".join(f"{k} {v}" for k, v in sorted(report.not_counted.items())) or "none")]
    return "\n".join(lines)
