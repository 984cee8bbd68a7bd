"""`foedus explain` and ``foedus.explain``: why the coder coded what it coded, on our own sentences."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import foedus
from foedus.cli import main
from foedus.coder import trace
from foedus.coder.explain import Explanation, explain, format_text
from foedus.errors import InputError, InputTypeError

DATE = "2024-05-01"


@pytest.fixture(scope="module")
def coder(nlp):
    from foedus.coder.pipeline import default_coder

    return default_coder()


def only(ex: Explanation):
    assert len(ex.sentences) == 1
    return ex.sentences[0]


def test_a_made_event_is_followed_from_its_verb_to_the_event(coder):
    ex = explain("Kenya recalled its ambassador to Uganda after Ugandan police arrested two Kenyan traders.",
                 date=DATE, coder=coder)
    s = only(ex)
    recalled = next(w for w in s.dictionary if w.text == "recalled")
    assert recalled.kind == "verb" and "161" in recalled.codes and recalled.match is not None
    assert recalled.match.code == "161"
    cand = next(c for c in s.candidates if c.trigger_text == "recalled")
    assert cand.kept and (cand.code, cand.source, cand.target) == ("161", "KEN (Kenya)", "UGA (Uganda)")
    assert any(step.startswith("modality: asserted") for step in cand.steps)
    assert ex.events[cand.event].cameo == "161"
    actors = {a.text: a for a in s.actors}
    assert actors["its"].kind == "pronoun" and actors["its"].code == "KEN" and "Kenya" in actors["its"].how
    assert actors["Ugandan police"].code == "UGACOP" and "sector COP" in actors["Ugandan police"].how
    assert not s.silent


def test_the_events_are_the_coders_own(coder):
    text = "Bolivia did not expel the Peruvian ambassador, and Chile sent troops to the border."
    ex = explain(text, date=DATE, coder=coder)
    coded = coder.code_text(text, date=DATE)
    assert [(e.cameo, e.source, e.target, e.modality) for e in ex.events] == \
        [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
         for e in coded.events]


def test_a_negated_act_is_kept_as_negated(coder):
    s = only(explain("Bolivia did not expel the Peruvian ambassador.", date=DATE, coder=coder))
    cand = next(c for c in s.candidates if c.trigger_text == "expel")
    assert cand.kept and cand.modality == "negated"
    assert "modality: negated (cue 'not') -> kept as negated, not counted as happened" in cand.steps
    assert [(e.cameo, e.modality) for e in s.events] == [("174", "negated")]  # (violence56) expelled envoys are 174 (gold README since blind21)


def test_a_verb_without_an_actor_says_so(coder):
    s = only(explain("The committee condemned the decision, and Iran welcomed it.", date=DATE, coder=coder))
    condemned = next(w for w in s.silent if w.text == "condemned")
    assert condemned.code == "111"
    assert condemned.reasons == ["111: no source actor found"]


def test_a_sentence_without_actors_is_not_coded(coder):
    s = only(explain("The committee condemned the decision on Monday.", date=DATE, coder=coder))
    assert s.note is not None and "names no actor" in s.note
    assert [w.text for w in s.silent] == ["condemned"] and not s.events


def test_a_restated_act_and_a_duplicate_are_dropped_with_their_reason(coder):
    s = only(explain("Turkey vowed to retaliate against Syria.", date=DATE, coder=coder))
    retaliate = next(c for c in s.candidates if c.trigger_text == "retaliate")
    assert not retaliate.kept
    assert retaliate.steps[-1].startswith("dropped: restates the act its governing verb 'vowed' already codes")
    s = only(explain("Chile and Peru signed a fishing accord in Lima, and Peru and Chile signed the accord again.",
                     date=DATE, coder=coder))
    dropped = [c for c in s.candidates if not c.kept]
    assert len(dropped) == 2 and all(c.steps[-1].startswith("dropped as duplicate of 057") for c in dropped)
    assert len(s.events) == 2


def test_a_requested_act_and_a_weighed_one(coder):
    s = only(explain("Ecuador urged Colombia to release the prisoners.", date=DATE, coder=coder))
    release = next(w for w in s.silent if w.text == "release")
    assert release.reasons == ["0841: requested: an act asked of someone is not coded as done"]
    s = only(explain("Poland is considering sanctions on Belarus.", date=DATE, coder=coder))
    considering = next(w for w in s.silent if w.text == "considering")
    assert considering.reasons == ["the act it governs is coded instead, on 'sanctions' (163, considered)"]


def test_a_persons_role_on_the_date(coder):
    s = only(explain("Chinese Foreign Minister Wang Yi received the Chilean ambassador.", date=DATE, coder=coder))
    wang = next(a for a in s.actors if a.name == "Wang Yi")
    assert wang.code == "CHNGOV" and "role CHNGOV 2013-03-16.." in wang.how and "held on 2024-05-01" in wang.how


def test_json_and_text(coder):
    ex = explain("Bolivia did not expel the Peruvian ambassador.", date=DATE, coder=coder)
    doc = json.loads(json.dumps(ex.to_dict()))
    assert doc["date"] == DATE and doc["events"][0]["cameo"] == "174"
    assert {"parse", "dictionary", "actors", "candidates", "silent", "events"} <= set(doc["sentences"][0])
    expel = next(t for t in doc["sentences"][0]["parse"] if t["text"] == "expel")
    assert (expel["lemma"], expel["pos"], expel["dep"]) == ("expel", "VERB", "ROOT")
    text = format_text(ex)
    assert "expel[3] (verb 'expel')" in text and "174 BOL -> PERGOV negated" in text


def test_the_recorder_is_off_outside_explain(coder):
    assert trace.active() is None
    explain("Bolivia did not expel the Peruvian ambassador.", date=DATE, coder=coder)
    assert trace.active() is None
    with trace.recording() as rec:
        coder.code_text("The committee condemned the decision, and Iran welcomed it.", date=DATE)
    assert [d.reason for d in rec.drops] == ["no source actor found"]
    assert trace.active() is None


def test_the_public_api_and_bad_input(coder):
    assert foedus.explain is explain
    with pytest.raises(InputTypeError, match=r"\[E121\]"):
        explain(b"Iran did not attack Israel.", coder=coder)  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"\[E102\]"):
        explain("   ", coder=coder)
    with pytest.raises(InputError, match=r"\[E107\]"):
        explain("Iran did not attack Israel.", date="2024-13-40", coder=coder)


@pytest.fixture(scope="module")
def runner(coder):
    return CliRunner()


def test_cli_text_json_stdin_and_file(runner, tmp_path):
    res = runner.invoke(main, ["explain", "Bolivia did not expel the Peruvian ambassador.", "--date", DATE])
    assert res.exit_code == 0, res.output
    assert "modality: negated (cue 'not')" in res.output and "events:" in res.output
    res = runner.invoke(main, ["explain", "Bolivia did not expel the Peruvian ambassador.", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["events"][0]["modality"] == "negated"
    res = runner.invoke(main, ["explain", "--date", DATE], input="Ecuador urged Colombia to release the prisoners.\n")
    assert res.exit_code == 0, res.output
    assert "requested: an act asked of someone is not coded as done" in res.output
    p = tmp_path / "a.txt"
    p.write_text("Turkey vowed to retaliate against Syria.", encoding="utf-8")
    res = runner.invoke(main, ["explain", "--file", str(p), "--date", DATE])
    assert res.exit_code == 0, res.output
    assert "138 TUR -> SYR" in res.output


@pytest.mark.parametrize("args,code", [
    (["explain", "Iran did not attack Israel.", "--file", "x.txt"], "E124"),
    (["explain", "Iran did not attack Israel.", "--date", "2024-02-30"], "E107"),
    (["explain", "--file", "no/such/file.txt"], "E110"),
])
def test_cli_errors_are_numbered(runner, args, code):
    res = runner.invoke(main, args)
    assert res.exit_code == 1
    assert f"[{code}]" in res.output and "Traceback" not in res.output


def test_a_code_changed_by_the_sentence_rules_is_said(coder):
    s = only(explain("The Greek finance minister attacked the Italian budget as reckless.", date=DATE, coder=coder))
    cand = next(c for c in s.candidates if c.trigger_text == "attacked")
    assert cand.code == "111" and cand.steps[0].startswith("the sentence rules changed the pattern's code 190 to 111")
