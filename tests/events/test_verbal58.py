"""Helper verbal58 (issue 10): verbal and diplomatic acts (CAMEO roots 01, 02, 04, 05, 11) in wording nobody tuned
on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target, date", [
    # a participle of accusing after a request is the asker's own accusation (112), made, not asked for
    ("Bolivia's ruling party asked the electoral court to disqualify two opposition parties, accusing them of buying votes.",
     "BOL", "BOLOPP", "2019-05-14"),
    ("Estonia asked the European Commission to block the loan to Belarus, accusing Minsk of helping Russia evade "
     "sanctions.", "EST", "BLR", "2023-02-10"),
    ("Chad urged the African Union to suspend Sudan, accusing Khartoum of arming the rebels.", "TCD", "SDN",
     "2008-02-12"),
    # or after a charge: the charge is the arrest (173), the participle the accusation
    ("Uzbek prosecutors charged six journalists with extremism, accusing them of plotting to topple the government.",
     "UZBJUD", "UZB", "2016-09-01"),
])
def test_accusing_aside_of_a_request_is_the_askers_accusation(coder, text, source, target, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "112", source, target), t


def test_blaming_aside_of_a_request_is_blamed_by_the_asker(coder):
    # not by the one asked ("the army" restores order; the minister blames)
    t = triples(coder, "Peru's interior minister asked the army to restore order in Puno, blaming the opposition for "
                "the riots.", date="2023-01-10")
    assert has_coded(t, "112", "PERGOV", "PEROPP"), t
    assert not has_coded(t, "112", "PERMIL"), t


def test_act_asked_for_stays_unasserted(coder):
    # the aside is asserted; the act asked for is still no act done
    t = triples(coder, "Chad urged the African Union to suspend Sudan, accusing Khartoum of arming the rebels.",
                date="2008-02-12")
    assert not has_coded(t, "16", "IGOAFR"), t
