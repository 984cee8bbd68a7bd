"""Event coding on our own sentences: one construction per test."""


import pytest
from gold_helpers import triples


def test_reciprocal_signing_gives_both_directions(coder):
    t = triples(coder, "Japan and Australia signed a defence pact in Canberra on Tuesday.")
    assert ("JPN", "AUS", "057", "asserted") in t and ("AUS", "JPN", "057", "asserted") in t


def test_conjoined_sources_each_act(coder):
    t = triples(coder, "France and Germany condemned the missile test by Iran.")
    assert {s for s, tgt, c, m in t if c.startswith("11")} >= {"FRA", "DEU"}


def test_passive_voice_source_is_the_agent(coder):
    t = triples(coder, "Two Ukrainian border posts were shelled by Russian troops on Monday.")
    assert any(s == "RUSMIL" and c[:2] in {"19", "18"} for s, tgt, c, m in t), t


@pytest.mark.xfail(reason="session 34: the retrained target chooser leaves the denied act's recipient out (docs/model.md, known losses)")
def test_denial_codes_no_act(coder):
    t = triples(coder, "Egypt denied sending weapons to Libya.")
    assert not any(c.startswith("07") and m == "asserted" for s, tgt, c, m in t), t
    assert ("EGY", "LBY", "016", "asserted") in t  # the denial itself is the event


def test_conditional_is_not_asserted(coder):
    t = triples(coder, "If Norway is attacked, Canada will send troops to Norway.")
    assert t and all(m == "conditional" for s, tgt, c, m in t), t


def test_intent_is_coded_as_statement_of_intent(coder):
    t = triples(coder, "India pledged to provide humanitarian aid to Sri Lanka.")
    assert ("IND", "LKA", "0333", "intended") in t, t


def test_considered_act(coder):
    t = triples(coder, "Brazil is considering sending peacekeepers to Haiti.")
    assert any(s == "BRA" and tgt == "HTI" and m == "considered" and c.startswith("03") for s, tgt, c, m in t), t


def test_urged_act_is_not_the_target_doing_it(coder):
    t = triples(coder, "Germany urged Serbia to withdraw its police from the border.")
    assert any(s == "DEU" and tgt and tgt.startswith("SRB") and c[:2] in {"02", "10"} for s, tgt, c, m in t), t
    assert not any(s and s.startswith("SRB") for s, tgt, c, m in t), t


def test_pronoun_resolved_across_sentences(coder):
    t = triples(coder, "Egyptian President Abdel Fattah el-Sisi arrived in Amman on Monday. "
                       "He condemned the attack on Jordan's border guards.", date="2024-03-06")
    assert any(s == "EGYGOV" and c.startswith("11") for s, tgt, c, m in t), t


def test_reported_speech_keeps_the_reporter(coder):
    res = coder.code_text("A Thai government spokesman said Cambodia had expelled two Thai diplomats.",
                          date="2025-03-06")
    ev = [e for e in res.events if e.source and e.source.country == "KHM"]
    assert ev and ev[0].reported_by is not None and ev[0].reported_by.country == "THA"


def test_stated_obligation_is_a_demand(coder):
    t = triples(coder, "The Canadian prime minister said Iran must release the detained sailors.")
    assert any(s == "CANGOV" and tgt == "IRN" and c == "100" for s, tgt, c, m in t), t
    assert not any(s == "IRN" for s, tgt, c, m in t), t


def test_no_publication_date_gives_null_dates_and_a_warning(coder):
    res = coder.code_text("Chile imposed sanctions on Peru.")
    assert res.events and all(e.date is None for e in res.events)
    assert any("W101" in w for w in res.warnings)


def test_unattributed_violence_has_no_source(coder):
    t = triples(coder, "A car bomb killed four Nigerian soldiers near the town of Maiduguri on Friday.")
    assert any(s is None and tgt == "NGAMIL" and c[:2] in {"18", "19"} for s, tgt, c, m in t), t
