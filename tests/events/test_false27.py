"""False events of round 27 (false27): a refusal whose act is negated beside it is offered to the target chooser as
an act alone; a land absorbed into a state is annexed, not a treaty's partner;
fighting a shortage or an outbreak is no use of force. Sentences written for these tests."""

from gold_helpers import has_coded, triples


def test_a_refusal_beside_its_negated_act_gets_the_target_an_act_alone_would(coder):
    t = triples(coder, "Thousands marched in Caracas against Nicolas Maduro's disputed re-election, and Canada said it "
                       "would not recognise the official result.", date="2019-01-12", modality=None)
    assert has_coded(t, "12", source="CAN", target="VEN"), t
    # the act refused stays beside it, negated (rules.refusal)
    assert has_coded(t, "054", source="CAN", modality="negated"), t


def test_a_land_absorbed_into_a_state_is_annexed(coder):
    t = triples(coder, "Saddam Hussein signed a decree absorbing Kuwait into Iraq as its nineteenth province.",
                date="1990-08-28")
    assert has_coded(t, "192", source="IRQ", target="KWT"), t
    assert not any(c.startswith("057") for _, _, c, _ in t), t


def test_absorbing_a_shock_is_no_act(coder):
    t = triples(coder, "The Russian economy absorbed the shock of Western sanctions better than expected.",
                date="2015-02-18", modality=None)
    assert not t, t


def test_fighting_a_shortage_is_no_force(coder):
    t = triples(coder, "Farmers in Punjab said they were fighting the worst fertiliser shortage in decades.",
                date="2022-05-02", modality=None)
    assert not any(c[:2] == "19" for _, _, c, _ in t), t
