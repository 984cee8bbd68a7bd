"""Helper deal58 (issue 10): "struck" said of a deal, an agreement, an accord or a bargain is the pact made, not an
attack. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, maker, partner, date", [
    # a participle on a pact noun with a by-agent and a "with" partner tells the pact the two made (057)
    ("Chinese engineers arrived in Bamako under a deal struck by the junta with Beijing.", "MLI", "CHN", "2024-02-10"),
])
def test_deal_struck_by_a_party_with_another_is_a_pact(coder, text, maker, partner, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "19", modality=None), t
    assert has_coded(t, "057", maker, partner), t


@pytest.mark.parametrize("text, date", [
    # a pact a relative clause tells, or one with no party named, is background: no attack and no pact
    ("Fighting resumed in the north despite the accord the rebels struck with the government last year.",
     "2021-06-01"),
    ("Farmers in Punjab protested against a bargain struck last year.", "2021-06-01"),
])
def test_pact_struck_in_background_is_no_attack(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "19", modality=None), t
    assert not has_coded(t, "057", modality=None), t


@pytest.mark.parametrize("text, code, date", [
    # strikes on targets and air strikes stay attacks
    ("Israeli jets struck a weapons depot near Damascus.", "19", "2023-01-02"),
    ("Russian missiles struck a power plant in Kharkiv, officials said.", "19", "2024-03-22"),
])
def test_strikes_on_targets_stay_attacks(coder, text, code, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, code), t
