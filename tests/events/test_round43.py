"""Answers told by their means, tariffs lifted to a rate, buyers in retreat, asides and drawn reactions (round 43, our
own sentences): "hit back by raising tariffs" is the tariffs, no attack; tariffs "lifted to 60 percent" are raised;
buyers and consumers who pull back make a market move; "..., pressing him to free" is a demand of its own; a drawn
condemnation is not turned round; what police seize that is no person is property."""

from gold_helpers import triples

from foedus.coder import vetter

def test_hitting_back_by_a_means_is_that_means(coder):
    t = triples(coder, "Ottawa hit back by slapping duties on American whisky.", date="2025-03-05")
    assert not any(c[:2] in {"18", "19", "20"} for s, tgt, c, m in t), t
    assert any(c == "163" and s.startswith("CAN") for s, tgt, c, m in t), t


def test_striking_back_by_expelling_envoys_is_no_strike(coder):
    t = triples(coder, "Lithuania struck back by expelling three Belarusian diplomats.", date="2021-08-10")
    assert not any(c[:2] in {"05", "18", "19"} for s, tgt, c, m in t), t
    assert any(c.startswith("16") or c.startswith("17") for s, tgt, c, m in t), t


def test_hitting_back_with_rockets_stays_an_attack(coder):
    t = triples(coder, "Hezbollah hit back with a salvo of rockets at northern Israel.", date="2024-09-25")
    assert any(c[:2] == "19" for s, tgt, c, m in t), t


def test_tariffs_lifted_to_a_rate_are_raised(coder):
    t = triples(coder, "Washington lifted its tariffs on Brazilian coffee to 50 percent.", date="2025-07-30")
    assert any(c == "163" for s, tgt, c, m in t), t
    assert not any(c.startswith("08") for s, tgt, c, m in t), t


def test_tariffs_lifted_are_still_eased(coder):
    t = triples(coder, "Washington lifted its tariffs on Brazilian coffee.", date="2025-11-20")
    assert any(c == "085" for s, tgt, c, m in t), t


def test_buyers_pulling_back_make_no_retreat(coder):
    t = triples(coder, "German buyers pulled back from the car market as fuel prices rose.", date="2022-06-01")
    assert not t, t


def test_consumers_retreating_make_no_retreat(coder):
    t = triples(coder, "Japanese consumers retreated from big purchases after the tax rise.", date="2019-11-01")
    assert not t, t


def test_a_pressing_aside_with_an_addressee_is_a_demand(coder):
    with vetter.disabled():   # the rules' reading: the vetter of session 33 drops this demand (probability 0.31)
        t = triples(coder, "Japan's foreign minister met Wang Yi in Beijing on Monday, pressing him to free two"
                           " Japanese businessmen.", date="2024-04-15")
    assert any(c.startswith("10") or c.startswith("02") for s, tgt, c, m in t), t


def test_a_drawn_condemnation_is_not_turned_round(coder):
    t = triples(coder, "A Minsk court found the activist guilty of plotting with foreign agents, drawing condemnation"
                       " from Warsaw and Vilnius.", date="2022-03-01")
    assert any(s.startswith("POL") and c.startswith("11") for s, tgt, c, m in t), t
    assert not any(tgt.startswith(("POL", "LTU")) and c == "111" for s, tgt, c, m in t), t


def test_what_police_seize_that_is_no_person_is_property(coder):
    t = triples(coder, "Police in Minsk seized the headquarters of the opposition newspaper.", date="2021-05-18")
    assert any(c == "1711" for s, tgt, c, m in t), t
    assert not any(c == "173" for s, tgt, c, m in t), t


def test_dragged_from_home_by_police_is_arrested(coder):
    t = triples(coder, "Police dragged the opposition leader from his home in Harare before dawn.", date="2008-04-01")
    assert any(c == "173" for s, tgt, c, m in t), t


def test_bodies_dragged_from_rubble_are_no_arrest(coder):
    t = triples(coder, "Rescuers dragged survivors from the rubble of the collapsed building.", date="2023-02-07")
    assert not any(c == "173" for s, tgt, c, m in t), t


def test_a_budget_unveiled_is_no_event(coder):
    t = triples(coder, "The finance minister unveiled a budget that cuts fuel duty, telling parliament growth was"
                       " back.", date="2016-03-16")
    assert not t, t


def test_a_vow_to_hold_killers_to_account_is_coded_as_ahead(coder):
    t = triples(coder, "The junta vowed to hold the rioters to account.", date="2019-01-10")
    assert any(c[:2] in {"13", "17"} and m != "asserted" for s, tgt, c, m in t), t
    assert not any(c[:2] == "17" and m == "asserted" for s, tgt, c, m in t), t
