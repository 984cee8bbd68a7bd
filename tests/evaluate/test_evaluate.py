"""`foedus eval` scoring on tiny hand-made gold files, with a stub coder whose output is fixed, so
every figure of the report can be checked by hand."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from foedus.errors import InputError
from foedus.evaluate import evaluate, format_report, read_gold


def ev(cameo, source, target="", modality="asserted"):
    actor = lambda c: SimpleNamespace(code=c) if c else None  # noqa: E731
    return SimpleNamespace(cameo=cameo, root=cameo[:2], modality=modality, source=actor(source),
                           target=actor(target), cameo_name="")


class StubCoder:
    def __init__(self, by_id):
        self.by_id = by_id

    def code_inputs(self, inputs, n_process=1):
        for i in inputs:
            yield SimpleNamespace(events=self.by_id.get(i.id, []))


def gold_event(code, plover, source, target="", modality="asserted"):
    return {"code": code, "plover": plover, "source": source, "target": target, "modality": modality}


GOLD = [
    # 1: found, right dyad
    {"id": "s1", "text": "Russia fired missiles at Kyiv.", "date": "2024-01-02", "scheme": "CAMEO",
     "expected": [gold_event("195", "ASSAULT", "RUS", "UKR")]},
    # 2: found on the root, wrong target country; a second gold event missed
    {"id": "s2", "text": "Israel shelled Gaza and Hamas fired rockets.", "date": "2024-01-02", "scheme": "CAMEO",
     "expected": [gold_event("194", "ASSAULT", "ISRMIL", "PSE"), gold_event("195", "ASSAULT", "PSEREB", "ISR")]},
    # 3: negated act, coded asserted (the worst modality error)
    {"id": "s3", "text": "Germany did not send tanks to Ukraine.", "date": "2023-01-02", "scheme": "CAMEO",
     "expected": [gold_event("072", "AID", "DEU", "UKR", "negated")]},
    # 4: considered act, coded considered as the intent code: found, modality right, not counted
    {"id": "s4", "text": "Seoul is considering sending arms to Kyiv.", "date": "2024-06-20", "scheme": "CAMEO",
     "expected": [gold_event("0332", "AGREE", "KOR", "UKR", "considered")]},
    # 5: intended act: gold 0332, coder 072 intended (found through the act it announces)
    {"id": "s5", "text": "Japan will send aid to Lebanon.", "date": "2024-09-25", "scheme": "CAMEO",
     "expected": [gold_event("0333", "AGREE", "JPN", "LBN", "intended")]},
    # 6: disaster: one false event
    {"id": "s6", "text": "An earthquake struck Turkey.", "date": "2023-02-06", "scheme": "CAMEO", "tags": ["disaster"],
     "expected": []},
    # 7: nothing happened, nothing coded
    {"id": "s7", "text": "The Olympics opened in Paris.", "date": "2024-07-26", "scheme": "CAMEO", "tags": ["noevent"],
     "expected": []},
    # 8: a statement (root 01, no PLOVER type) found
    {"id": "s8", "text": "China declined to comment.", "date": "2023-06-05", "scheme": "CAMEO",
     "expected": [gold_event("011", "", "CHNGOV")]},
]

CODED = {
    "s1": [ev("195", "RUS", "UKR")],
    "s2": [ev("194", "ISRMIL", "LBN")],
    "s3": [ev("072", "DEU", "UKR")],
    "s4": [ev("0332", "KOR", "UKR", "considered")],
    "s5": [ev("072", "JPN", "LBN", "intended")],
    "s6": [ev("190", "TUR", "")],
    "s8": [ev("011", "CHNGOV", "")],
}


@pytest.fixture
def gold_path(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    return p


@pytest.fixture
def report(gold_path):
    return evaluate(gold_path, coder=StubCoder(CODED))


def test_levels_on_the_cameo_root(report):
    # gold that happened: s1 195, s2 194 + 195, s5 0333 (intended 03x), s8 011 = 5
    # counted predictions: s1 195, s2 194, s3 072 (asserted), s6 190, s8 011 = 5 (s4, s5 not counted)
    t = report.levels["type"]
    assert (t.tp, t.pred, t.gold) == (3, 5, 5)      # roots 19 (s1), 19 (s2), 01 (s8)
    d = report.levels["type+dyad"]
    assert (d.tp, d.pred, d.gold) == (2, 5, 5)      # s2's target LBN is not PSE
    assert report.levels["full"].tp == 2


def test_levels_on_the_plover_type(report):
    # 011 has no PLOVER type: it leaves both sides of the PLOVER levels
    p = report.plover_levels["type"]
    assert (p.tp, p.pred, p.gold) == (2, 4, 4)


def test_by_root(report):
    assert set(report.by_root) == {"19", "03", "07", "01"}
    r19 = report.by_root["19"]
    assert (r19.tp, r19.pred, r19.gold) == (2, 3, 3)  # s6's false 190 is a prediction of root 19
    assert report.by_root_dyad["19"].tp == 1
    assert (report.by_root["07"].tp, report.by_root["07"].pred, report.by_root["07"].gold) == (0, 1, 0)
    assert (report.by_root["03"].tp, report.by_root["03"].gold) == (0, 1)


def test_found_and_modality_table(report):
    assert report.gold_events == 7
    assert report.gold_found == 6                    # all but Hamas' rockets in s2
    assert report.found_share == pytest.approx(6 / 7)
    m = report.by_modality
    assert (m["asserted"].gold, m["asserted"].found, m["asserted"].right) == (4, 3, 3)
    assert (m["negated"].gold, m["negated"].found, m["negated"].right, m["negated"].coded_asserted) == (1, 1, 0, 1)
    assert (m["considered"].found, m["considered"].right, m["considered"].coded_asserted) == (1, 1, 0)
    assert (m["intended"].found, m["intended"].right) == (1, 1)
    # did not happen: s3 (negated), s4 (considered); s5 is an intent 03x, a statement that was made
    assert report.not_happened == 2
    assert report.not_happened_coded_asserted == 1
    assert report.coded_asserted_rate == pytest.approx(0.5)


def test_modality_confusion(report):
    # found events: s1, s2 (asserted, coded asserted), s8 (asserted), s3 (negated coded asserted),
    # s4 (considered coded considered), s5 (intended coded intended)
    c = report.modality_confusion
    assert c[("asserted", "asserted")] == 3
    assert c[("negated", "asserted")] == 1
    assert c[("considered", "considered")] == 1 and c[("intended", "intended")] == 1
    assert sum(c.values()) == report.gold_found
    text = format_report(report)
    table = text.split("Modality of found events")[1].split("Gold events found")[0].splitlines()
    negated = next(line.split() for line in table if line.startswith("negated"))
    assert negated == ["negated", "1", "0", "0", "0", "0"]
    assert report.as_dict()["modality_confusion"]["negated"] == {"asserted": 1}


def test_unfound_events_that_did_not_happen_are_listed_last(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps({"id": "n1", "text": "Peru did not expel the envoy.", "date": "2024-01-02",
                             "scheme": "CAMEO", "expected": [gold_event("166", "SANCTION", "PER", "CHL", "negated")]})
                 + "\n", encoding="utf-8")
    rep = evaluate(p, coder=StubCoder({}))
    assert [m["kind"] for m in rep.worst_misses(5)] == ["did not happen, not found"]
    assert not rep.modality_confusion


def test_false_events_where_nothing_happened(report):
    assert report.empty_sentences == 2
    assert report.false_events_on_empty == 1
    assert report.empty_sentences_with_false_events == 1
    assert report.disaster_sentences == 1
    assert report.false_events_on_disaster == 1


def test_worst_misses_come_in_order(report):
    kinds = [m["kind"] for m in report.worst_misses(10)]
    assert kinds == ["false event on a disaster sentence", "did not happen, coded asserted", "gold event not found"]
    first = report.worst_misses(1)[0]
    assert first["id"] == "s6" and first["text"] == "An earthquake struck Turkey."
    assert "190" in first["detail"] and "TUR" in first["detail"]
    assert report.worst_misses(2)[1]["detail"].startswith("gold 072")


def test_table_and_json(report):
    text = format_report(report, misses=2)
    assert "By CAMEO root" in text and "19 fight" in text
    assert "By gold modality" in text
    assert "negated" in text.split("By gold modality")[1]
    assert "Gold events found at all: 6/7 (0.857)" in text
    assert "Disaster sentences: 1; events coded on them: 1" in text
    assert "Worst misses (2 of 3):" in text
    d = report.as_dict(misses=3)
    assert d["by_root"]["19"]["dyad_tp"] == 1
    assert d["by_modality"]["negated"]["coded_asserted"] == 1
    assert d["coded_asserted_rate"] == 0.5
    assert len(d["worst_misses"]) == 3
    assert "worst_misses" not in report.as_dict()
    json.dumps(d)


def test_plover_scheme_lines_are_scored_as_before(tmp_path):
    p = tmp_path / "plover.jsonl"
    p.write_text(json.dumps({"id": "p1", "text": "Canada imposed sanctions on Iran.", "expected": [
        {"source": "CAN", "target": "IRN", "code": "SANCTION"}]}) + "\n"
        + json.dumps({"id": "p2", "text": "Egypt denied sending troops to Libya.", "expected": []}) + "\n",
        encoding="utf-8")
    rep = evaluate(p, coder=StubCoder({"p1": [ev("163", "CAN", "IRN"), ev("163", "CAN", "IRN")],
                                       "p2": [ev("016", "EGY", "LBY"), ev("154", "EGY", "LBY", "negated")]}))
    assert rep.schemes == {"PLOVER": 1 + 1}
    d = rep.levels["type+dyad"]
    assert (d.tp, d.pred, d.gold) == (1, 1, 1)      # the same triple twice counts once
    assert rep.false_events_on_empty == 0           # 016 has no PLOVER 0.5 type; the negated act is not counted
    assert rep.not_counted == {"negated": 1}
    assert not rep.by_root


@pytest.mark.parametrize("event, code", [
    ({"code": "999", "plover": "", "source": "RUS", "target": "", "modality": "asserted"}, "E152"),
    ({"code": "57", "plover": "SUPPORT", "source": "RUS", "target": "", "modality": "asserted"}, "E152"),
    ({"code": "057", "plover": "AGREE", "source": "RUS", "target": "", "modality": "asserted"}, "E153"),
    ({"code": "057", "plover": "SUPPORT", "source": "RUS", "target": "", "modality": "maybe"}, "E154"),
    ({"code": "057", "plover": "SUPPORT", "source": "Russia", "target": "", "modality": "asserted"}, "E155"),
    ({"code": "057", "plover": "SUPPORT", "source": "RUS", "target": "QQQGOV", "modality": "asserted"}, "E155"),
    ({"code": "057", "plover": "SUPPORT", "source": "", "target": "", "modality": "asserted"}, "E156"),
    ({"code": "057", "source": "RUS", "target": "", "modality": "asserted"}, "E151"),
])
def test_bad_gold_lines_are_refused(tmp_path, event, code):
    p = tmp_path / "bad.jsonl"
    p.write_text(json.dumps({"id": "b", "text": "Something.", "scheme": "CAMEO", "expected": [event]}) + "\n",
                 encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold(p)
    assert f"[{code}]" in str(err.value)
    assert "line 1" in str(err.value)


def test_unknown_scheme_is_refused(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text(json.dumps({"id": "b", "text": "Something.", "scheme": "ACLED", "expected": []}) + "\n",
                 encoding="utf-8")
    with pytest.raises(InputError, match=r"\[E150\]"):
        read_gold(p)


def test_plover_lines_stay_out_of_the_modality_table(tmp_path):
    p = tmp_path / "plover.jsonl"
    p.write_text(json.dumps({"id": "p1", "text": "Jordan and Britain agreed to hold joint exercises.", "expected": [
        {"source": "JOR", "target": "GBR", "code": "AGREE"}]}) + "\n", encoding="utf-8")
    rep = evaluate(p, coder=StubCoder({"p1": [ev("0312", "JOR", "GBR", "intended")]}))
    assert rep.levels["type+dyad"].tp == 1
    assert (rep.gold_events, rep.gold_found) == (1, 1)
    assert all(r.gold == 0 for r in rep.by_modality.values())
    assert not rep.misses
    table = format_report(rep).split("By gold modality")[1].split("Gold events found")[0]
    assert not [line for line in table.splitlines() if line.startswith("asserted")]


def test_an_act_read_as_a_threat_made_is_no_false_fact(tmp_path):
    # gold: the strike is only weighed; coded: a threat was made (a statement that did happen). Another
    # reading of the sentence, listed after the false events, and not counted as an act coded asserted.
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps({"id": "t1", "text": "Pyongyang said it was weighing missile strikes near Guam.",
                             "date": "2024-01-02", "scheme": "CAMEO",
                             "expected": [gold_event("195", "ASSAULT", "PRKMIL", "USA", "considered")]})
                 + "\n", encoding="utf-8")
    rep = evaluate(p, coder=StubCoder({"t1": [ev("1384", "PRKGOV", "USA", "intended")]}))
    assert rep.not_happened_coded_asserted == 0
    assert [m["kind"] for m in rep.worst_misses(5)] == ["did not happen, coded as a threat or intent made"]
