"""(verbal53) Verbal acts, mediation: a deal, truce or talks brokered or mediated "by" mediators named only by their
country or body ("brokered by Kenyan mediators", "mediated by African Union mediators") is that country's or body's
mediation (045) towards the parties, as "brokered by Kenya" is; mediators named by no actor ("tribal mediators") mediate
for no one. Talks "between their foreign ministers" or "between the two countries('s) ministers" are the talks of the two
states the pair words stand for, each way (046), not of one state with itself. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "mediator", "party"), [
    ("Uganda's government and the LRA signed a truce brokered by Kenyan mediators.", "2008-04-10", "KEN", "UGA"),
    ("Sudan's warring generals signed a ceasefire mediated by African Union mediators.", "2023-06-01", "IGO", "SDN"),
    ("Chad's government and the rebels signed a peace accord brokered by Qatari mediators in Doha.", "2022-08-08",
     "QAT", "TCD"),
])
def test_deal_brokered_by_national_mediators_is_their_mediation(coder, text, date, mediator, party):
    events = _events(coder, text, date)
    assert any(c == "045" and s.startswith(mediator) and t.startswith(party) and m == "asserted"
               for c, s, t, m in events), events


def test_mediators_of_no_actor_mediate_for_no_one(coder):
    """"Tribal mediators" name no country or body: no mediation is coded from them."""
    events = _events(coder, "Uganda's government and the LRA signed a truce brokered by tribal mediators.",
                     "2008-04-10")
    assert not any(c == "045" for c, s, t, m in events), events
    assert any(c == "057" for c, s, t, m in events), events


def test_deal_broken_is_no_mediation_told(coder):
    """A brokered deal the clause breaks tells no mediation, by mediators as by a country."""
    events = _events(coder, "The rebels broke a truce brokered by Kenyan mediators and attacked the town.",
                     "2008-04-10")
    assert not any(c == "045" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "a", "b"), [
    ("Kenya and Tanzania agreed on Monday to reopen their border posts after talks in Arusha between their "
     "foreign ministers.", "2021-05-03", "KEN", "TZA"),
    ("Peru's government said it had freed two Ecuadorean fishermen held near the border, after talks between the two "
     "countries' defence ministers in Lima.", "2019-03-12", "PER", "ECU"),
    ("Laos and Vietnam kept moving troops towards the border after talks between their defence ministers in Hanoi "
     "ended without agreement.", "2012-07-02", "LAO", "VNM"),
])
def test_talks_between_pair_words_are_the_two_states_talks(coder, text, date, a, b):
    events = _events(coder, text, date)
    talks = [(s[:3], t[:3]) for c, s, t, m in events if c == "046" and m == "asserted"]
    assert (a, b) in talks and (b, a) in talks, events
    assert not any(s[:3] == t[:3] for s, t in talks), events


def test_talks_between_named_parties_keep_their_names(coder):
    """A "between" phrase that names its two sides is read as before: no pair words to resolve."""
    events = _events(coder, "Kenya and Tanzania agreed to reopen their border after talks between Kenyan and Somali "
                     "officials in Nairobi.", "2021-05-03")
    talks = {(s[:3], t[:3]) for c, s, t, m in events if c == "046"}
    assert ("KEN", "SOM") in talks, events
    assert ("KEN", "TZA") not in talks, events


def test_hosted_talks_without_a_between_phrase_are_still_hosted(coder):
    """Talks hosted with no "between" phrase at all are read as before (the pair rule needs the phrase)."""
    events = _events(coder, "Qatar hosted the first round of peace talks in Doha, where the Afghan envoy told the U.S. "
                     "delegation that Kabul might release prisoners.", "2020-09-12")
    assert any(c == "043" and s.startswith("QAT") for c, s, t, m in events), events
