"""Helper ask59 (issue 10): giving and yielding, asking and refusing (CAMEO roots 06, 07, 08, 09, 10, 12) in wording
nobody tuned on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, refuser, refused, date", [
    # leave to act refused to another state's people or to a body above states is the refusal (12x, asserted), aimed
    # at the one refused leave, whatever the act it would have done (gold README: "will not allow" is a 12x rejection)
    ("Mali's junta said it would not allow the UN mission to investigate the killings.", "MLI", "IGO", "2022-04-01"),
    ("The Kremlin said it would not allow the IAEA to inspect the plant without Moscow's approval.", "RUS", "IGO",
     "2023-01-01"),
    ("Egypt said it would not allow Ethiopia to fill the dam without an agreement.", "EGY", "ETH", "2020-06-01"),
    ("Poland said it would not allow Belarusian trucks to unload goods in Warsaw.", "POL", "BLR", "2023-01-01"),
    # aimed at the one let act, not at the one it would meet
    ("Belarus said it would not allow the OSCE envoy to meet the jailed opposition leaders.", "BLR", "IGO",
     "2021-01-01"),
])
def test_leave_refused_to_another_is_a_rejection(coder, text, refuser, refused, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "12", refuser, refused), t


@pytest.mark.parametrize("text, date", [
    # leave kept from one's own people is no refusal of another's request (the gold codes the restriction, 172x/137)
    ("Zambia's interior ministry said it would not allow the opposition to hold a rally in Lusaka.", "2016-01-01"),
    # a threat of one's own force, not leave refused ("would not let X take / expand / hold")
    ("Kenya said it would not allow al-Shabaab to take the border town.", "2012-01-01"),
    ("Tokyo said it would not let China seize the islands.", "2013-01-01"),
    # nor a refusal to let a thing happen, with no actor let act
    ("Ghana said it would not let the crisis spill over into its territory.", "2015-01-01"),
])
def test_no_rejection_for_leave_kept_at_home_or_a_threat(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "12"), t


@pytest.mark.parametrize("text", [
    # leave refused on a condition or for a time tells the act put off (as a bare refusal "until" does), not a
    # rejection made now
    "Hungary said it would not allow Ukraine to open the talks if Kyiv kept the language law.",
    "Hungary said it would not let Ukraine open the accession talks until Kyiv restored minority rights.",
])
def test_leave_refused_on_a_condition_is_no_asserted_rejection(coder, text):
    t = triples(coder, text, date="2023-01-01")
    assert not has_coded(t, "12", "HUN", "UKR"), t


def test_a_saying_clause_after_the_refusal_names_no_one_refused(coder):
    # "..., whatever the United States said": the one saying is not the one let act
    t = triples(coder, "Ankara said it would not allow the formation of a corridor along its border, whatever the "
                       "United States said.", date="2019-01-01")
    assert not has_coded(t, "12", "TUR", "USA"), t


def test_second_that_clause_of_obligation_is_a_demand(coder):
    # "told X that A and that Y must B": the second clause states the demand as the first would
    t = triples(coder, "The Nigerian president told the coup leaders in Niamey that the region had run out of patience "
                       "and that they must restore Bazoum.", date="2023-08-10")
    assert has_coded(t, "10", "NGA", "NER"), t


@pytest.mark.parametrize("text, date", [
    # a duty judged in the past ("should have coordinated") or leave sought for one's own ("should be allowed to") is no
    # demand made of anyone
    ("Ukraine's foreign ministry condemned the visit, saying the director should have coordinated with Kyiv "
     "and that he must have known the risks.", "2024-08-27"),
    ("The Philippine defence minister said the talks had failed and that the army should be allowed to pursue the "
     "rebels.", "1987-01-01"),
])
def test_no_demand_from_a_past_duty_or_leave_sought(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "10"), t
