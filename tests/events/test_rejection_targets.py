"""A rejection (12x) is aimed at whoever made what it rejects (implicit._rejection_targets): the holder the rejected
noun names, else the doer of the clause told before a definite noun, an unresolved "it" or a comma relative's
antecedent. Our own sentences, not dev-set ones."""
import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # the clause before a definite noun, "it", or the antecedent of a comma relative
    ("Egypt proposed a truce in Gaza, and Israel rejected the plan.", "ISR", "EGY"),
    ("The Arab League unveiled a peace plan for Yemen on Monday, but the Houthis rejected it within hours.",
     "YEM", "IGO"),
    ("The Kremlin set a deadline for Kyiv to withdraw its troops, and Ukraine's president rejected the ultimatum.",
     "UKR", "RUS"),
    ("The Serbian parliament voted to annex the region, a move Croatia refused to accept.", "HRV", "SRB"),
    ("Venezuela's electoral council declared Maduro the winner, a result the opposition rejected as fraud.",
     "VENOPP", "VENGOV"),
    # the holder the rejected noun names
    ("Hungary rejected the European Commission's proposal on migrant quotas.", "HUN", "IGOEUR"),
    ("The rebels rejected a demand by Kenya to disarm.", None, "KEN"),
])
def test_a_rejection_is_aimed_at_who_made_what_it_rejects(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "12", source, target), t


def test_the_speaker_of_the_refusal_is_not_its_target(coder):
    # the one who reports a refusal made nothing it rejects; the rejecter's own side is never the target
    t = triples(coder, "Chile's foreign minister said Santiago would not accept the ruling.")
    assert not any(c.startswith("12") and (tg or "").startswith("CHL") for s, tg, c, m in t), t


def test_a_town_naming_a_pact_made_none_of_it(coder):
    t = triples(coder, "Mali's government ended the 2015 Algiers peace agreement with northern armed groups.")
    assert not has_coded(t, "12", "MLI", "DZA"), t


@pytest.mark.parametrize("text, source, code, target", [
    # a reply that names no one answers the doer of a conflictual act on the replier's country
    ("Britain expelled 23 Russian diplomats over the poisoning of a former spy, and Moscow denied any involvement.",
     "RUS", "016", "GBR"),
    ("Britain expelled 23 Russian diplomats over the poisoning of a former spy, and Moscow promised retaliation.",
     "RUS", "13", "GBR"),
])
def test_a_reply_answers_who_acted_on_the_replier(coder, text, source, code, target):
    t = triples(coder, text, modality=None)
    assert has_coded(t, code, source, target, modality=None), t

