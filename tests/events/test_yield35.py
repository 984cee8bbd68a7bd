"""(yield35) Releases of people handed "to" someone (our own sentences): the release is aimed at the freed, never at
the go-between or receiver of the "to" phrase; freed people of no named country are people of the releaser's own
country; a named person handed to a state keeps that person's country."""

from gold_helpers import coded, triples


def test_hostages_freed_to_foreign_officials_are_aimed_at_the_freed(coder):
    got = coded(triples(coder, "The ELN freed two women hostages to Ecuadorean officials in the jungle.",
                        "2019-05-02"), "0841")
    assert got and all(t and t[:3] == "COL" for _, t, _ in got), got


def test_captives_freed_to_the_red_cross_are_no_aim_of_the_red_cross(coder):
    got = coded(triples(coder, "Al-Shabaab militants freed six hostages to the Red Cross in Baidoa.", "2018-03-01"),
                "0841")
    assert got and not any(t and t.startswith("NGO") for _, t, _ in got), got


def test_freed_foreigners_keep_their_own_country(coder):
    got = coded(triples(coder, "Abu Sayyaf gunmen released two Malaysian sailors to the Philippine army.",
                        "2016-06-10"), "0841")
    assert got and all(t and t[:3] == "MYS" for _, t, _ in got), got


def test_a_person_handed_to_his_own_state_keeps_his_country(coder):
    got = triples(coder, "Poland will not hand over the Belarusian opposition blogger to Minsk, a minister said.",
                  "2021-06-01")
    assert any(c in {"1243", "0841"} and t and t[:3] == "BLR" for _, t, c, _ in got), got


# (yield35) A truce agreed that the sentence says took effect is declared (0871, asserted), no intent (0356).

def test_agreed_truce_that_took_effect_is_declared(coder):
    got = triples(coder, "Ethiopia and Eritrea agreed to a truce which came into force at midnight, officials said.",
                  "2000-06-18")
    assert any(c == "0871" and m == "asserted" and s == "ETH" and t and t[:3] == "ERI" for s, t, c, m in got), got
    assert not any(c == "0356" for _, _, c, _ in got), got


def test_agreed_truce_still_to_start_stays_an_intent(coder):
    got = triples(coder, "Ethiopia and Eritrea agreed to a truce that will take effect on Monday.", "2000-06-18")
    assert any(c == "0356" and m == "intended" for _, _, c, m in got), got
    assert not any(c == "0871" and m == "asserted" for _, _, c, m in got), got


def test_agreed_truce_that_never_took_hold_is_no_declared_truce(coder):
    got = triples(coder, "The two militias agreed to a ceasefire in Tripoli that never took hold.", "2018-09-04")
    assert not any(c == "0871" and m == "asserted" for _, _, c, m in got), got


# (yield35) A swap told in the freed people's own clause, or for relatives, is returned by the other side.

def test_swap_told_in_the_freed_peoples_clause_is_returned(coder):
    got = triples(coder, "Belarus freed four Polish activists who crossed into Lithuania in exchange for two "
                         "Belarusians held in Poland.", "2024-08-01")
    assert any(c == "0841" and s == "POL" and t and t[:3] == "BLR" for s, t, c, _ in got), got


def test_relatives_given_back_in_a_swap_are_a_return(coder):
    got = triples(coder, "Iran freed a British engineer in exchange for two nephews of the president's wife "
                         "held in Britain.", "2021-03-01")
    assert any(c == "0841" and s == "GBR" and t and t[:3] == "IRN" for s, t, c, _ in got), got


# (yield35) Applying or asking to join is the request (02x), no intent (03x) of its own.

def test_applying_to_join_an_alliance_is_no_intent(coder):
    got = triples(coder, "Moldova formally applied to join the European Union on Thursday.", "2022-03-03")
    assert any(c[:2] == "02" and s == "MDA" for s, _, c, _ in got), got
    assert not any(c[:2] == "03" for _, _, c, _ in got), got


def test_agreeing_to_join_stays_an_intent(coder):
    got = triples(coder, "Moldova agreed to join the regional trade bloc next year.", "2022-03-03")
    assert any(c[:2] == "03" for _, _, c, _ in got), got
