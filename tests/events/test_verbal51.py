"""(verbal51) Verbal acts: a ruler or polity proclaimed by itself ("declared himself president", "declared itself an
autonomous region", "proclaimed an interim government") is a statement (010, no target), as a state declared into
being is, also when told in an "after" clause; a comment refused as a noun ("had no comment") is 011, asserted; a
handshake is also a symbolic act (017, each side's towards the other), and so is a leader embracing another.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("The rebel commander declared himself president of the Central African Republic after his fighters took Bangui.",
     "2013-03-25", "CAF"),
    ("Bolivia's Santa Cruz department declared itself an autonomous region in defiance of La Paz.", "2008-05-05",
     "BOL"),
    ("Exiled Burundian opposition leaders proclaimed a provisional government in Brussels on Monday.", "1996-08-05",
     "BDI"),
    ("The opposition leader swore himself in as acting president of Gabon before thousands of supporters.",
     "2016-09-02", "GAB"),
])
def test_self_proclaimed_ruler_or_polity_is_a_statement(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "010" and s.startswith(source) and t == "" and m == "asserted"
               for c, s, t, m in events), events


def test_self_declaration_needs_a_title():
    """"declared himself innocent" names no office: no 010 from the reflexive rule."""
    from foedus.coder import nlp
    from foedus.coder.sentence import SentenceCoder
    doc = nlp.load()("The former minister declared himself innocent of all charges.")
    verb = next(t for t in doc if t.lemma_ == "declare")
    assert not SentenceCoder._self_declared(verb)


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Federal troops moved toward the border posts on Friday, two days after Croatia's parliament proclaimed the "
     "republic independent of Yugoslavia.", "1991-06-27", "HRV"),
    ("Commonwealth ministers suspended Fiji's membership after the army chief proclaimed a republic in Suva.",
     "1987-10-08", "FJI"),
])
def test_statehood_declared_in_an_after_clause_is_coded(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "010" and s.startswith(source) and t == "" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Ankara had no comment on reports that its jets had crossed into Greek airspace.", "2016-05-03", "TUR"),
    ("Police said they had arrested two suspects, but the ministry in Nairobi made no comment.", "2014-07-01", "KEN"),
    ("The Thai foreign ministry offered no comment on the detention of the activists.", "2015-11-12", "THA"),
])
def test_no_comment_is_a_comment_declined(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "011" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "pairs"), [
    ("The presidents of Ghana and Togo shook hands at the border post of Aflao.", "2005-03-11",
     {("GHA", "TGO"), ("TGO", "GHA")}),
    ("Chancellor Kohl shook hands with President Mitterrand at Verdun.", "1984-09-22",
     {("DEU", "FRA"), ("FRA", "DEU")}),
    ("Kenyan President Uhuru Kenyatta embraced Samia Suluhu Hassan on the steps of State House.", "2021-05-04",
     {("KEN", "TZA")}),
])
def test_handshake_or_embrace_is_a_symbolic_act(coder, text, date, pairs):
    events = _events(coder, text, date)
    got = {(s[:3], t[:3]) for c, s, t, m in events if c == "017" and m == "asserted"}
    assert pairs <= got, events
