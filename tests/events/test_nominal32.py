"""Events carried by a passive's patient or by a measure noun (helper nominal32): a series noun heading a passive's
patient reads as the things it counts, a measure that comes back into force or kicks in takes effect, and "kick in"
is no kick. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_series_of_weapons_thrown_or_fired_is_the_weapons_thrown(coder):
    got = triples(coder, "A series of grenades was thrown at a police post in Karachi on Sunday, wounding four "
                  "officers.", date="2004-08-22")
    assert has_coded(got, "183", None, "PAKCOP"), got
    got = triples(coder, "A volley of rockets was fired at an army base outside Kandahar overnight.",
                  date="2010-05-03")
    assert has_coded(got, "19", None, "AFGMIL"), got
    # stones thrown by no one named give no bombing
    got = triples(coder, "A series of stones was thrown at the minister's car in Lahore.", date="2010-05-03")
    assert not has_coded(got, "18"), got


def test_a_measure_that_comes_back_into_force_is_imposed_by_its_owner(coder):
    got = triples(coder, "Washington's sanctions on Venezuelan gold sales came back into force on Tuesday.",
                  date="2024-04-16")
    assert has_coded(got, "163", "USA", "VEN"), got
    got = triples(coder, "Britain's embargo on Syrian oil went back into effect after the talks failed.",
                  date="2013-05-30")
    assert has_coded(got, "163", "GBR", "SYR"), got


def test_a_measure_that_kicks_in_takes_effect_and_is_no_kick(coder):
    got = triples(coder, "The European Union's ban on Russian coal imports kicked in on Wednesday.",
                  date="2022-08-10")
    assert not has_coded(got, "18"), got
    got = triples(coder, "Canada's tariffs on Chinese electric vehicles kicked in on Tuesday.", date="2024-10-01")
    assert not has_coded(got, "18"), got
    assert has_coded(got, "163", "CAN", "CHN"), got
