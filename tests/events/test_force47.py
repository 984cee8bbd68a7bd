"""Force posture, fighting and mass violence (CAMEO 15, 19, 20) the coder missed, each fixed as a class and tested on
our own sentences (helper force47 of the forty-seventh session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source, target", [
    # a leader killed in a strike, raid or battle the clause names: the act of force beside the assassination
    ("Turkish jets killed PKK commander Murat Karayilan in an air strike on a hideout in the Qandil mountains.",
     "2019-08-14", "195", "TUR", "TUR"),
    ("Nigerian troops killed Boko Haram commander Abu Musab al-Barnawi during a raid on his camp near Lake Chad.",
     "2021-10-14", "190", "NGAMIL", "NGA"),
    ("A French drone strike killed al-Qaeda commander Abdelmalek Droukdel near Tessalit.", "2020-06-05", "195", "FRA",
     None),
])
def test_a_leader_killed_in_a_strike_keeps_the_strike(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t
    assert has_coded(t, "186", source, None), t


def test_a_leader_killed_with_no_strike_named_is_an_assassination_only(coder):
    t = triples(coder, "Gunmen killed the governor of Kandahar province outside his home on Friday.",
                date="2015-04-10")
    assert not any(c.startswith("19") for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, target", [
    # an aircraft brought down by no one named: the attack on the craft (195) at its owner, not an assassination
    ("A Dutch transport plane was shot down as it approached Kandahar airfield.", "2008-03-11", "NLD"),
    ("The governor died when his helicopter was shot down over the mountains of Kunar province.", "2011-07-04",
     "AFGGOV"),
])
def test_an_aircraft_downed_by_no_one_named_is_an_air_attack(coder, text, date, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "195", None, target), t
    assert not has_coded(t, "186", modality=None), t
