"""Settings, allied arms, forces sent to attack, columns overrun (round 42, our own sentences): a pattern word found
only in a phrase of the act's setting ("after talks") is not what the verb did; arms joined to an alliance's forces
are that alliance's, not those of the state they strike; forces or arms sent to attack someone are no aid to the one
attacked; armed men overrun are attacked, not captured."""

from gold_helpers import triples


def test_a_truce_agreed_after_talks_stops_no_talks(coder):
    t = triples(coder, "The two militias agreed to cease fire after talks in Geneva.", date="2016-04-05")
    assert not any(c.startswith("16") or c.startswith("13") for s, tgt, c, m in t), t


def test_talks_ceased_still_cease(coder):
    t = triples(coder, "Ecuador ceased talks with Peru over the border.", date="1995-02-01")
    assert any(c.startswith("16") for s, tgt, c, m in t), t


def test_arms_joined_to_an_alliance_are_the_alliances(coder):
    t = triples(coder, "NATO jets and cruise missiles pounded air defence sites across Serbia.", date="1999-04-02")
    assert t and all(s.startswith("IGO") for s, tgt, c, m in t if c.startswith("19")), t
    assert not any(s[:3] == "SRB" for s, tgt, c, m in t), t


def test_jets_sent_to_bomb_give_the_bombed_no_aid(coder):
    t = triples(coder, "Riyadh sent warplanes to bomb rebel positions near the border.", date="2015-04-02")
    assert not any(c.startswith("07") or c.startswith("06") for s, tgt, c, m in t), t
    assert any(c == "195" for s, tgt, c, m in t), t


def test_troops_sent_to_a_state_still_aid_it(coder):
    t = triples(coder, "Washington sent military advisers to Kyiv to train Ukrainian soldiers.", date="2015-04-20")
    assert not any(c[:2] in {"18", "19", "20"} for s, tgt, c, m in t), t


def test_a_column_overrun_is_attacked(coder):
    t = triples(coder, "Jihadist fighters overran a column of Burkinabe soldiers near Djibo.", date="2022-09-27")
    assert any(c == "190" and tgt.startswith("BFAMIL") for s, tgt, c, m in t), t
    assert not any(c in {"173", "181"} for s, tgt, c, m in t), t


def test_a_town_overrun_is_still_taken(coder):
    t = triples(coder, "Rebels overran the town of Bunia after a day of fighting.", date="2003-05-12")
    assert any(c == "192" for s, tgt, c, m in t), t



def test_guided_bombs_an_army_drops_are_an_air_strike(coder):
    t = triples(coder, "Russian guided bombs hit a shopping centre in Zaporizhzhia.", date="2024-11-03")
    assert any(c == "195" for s, tgt, c, m in t), t


def test_mortar_bombs_are_artillery(coder):
    t = triples(coder, "Mortar bombs rained on the market in Mogadishu, killing twelve people.", date="2011-05-02")
    assert any(c == "194" for s, tgt, c, m in t) and not any(c.startswith("183") for s, tgt, c, m in t), t


def test_gun_battles_set_off_are_no_bombing(coder):
    t = triples(coder, "Police arrested the gang leader in Guayaquil, setting off gun battles with his men.",
                date="2024-01-09")
    assert not any(c.startswith("183") for s, tgt, c, m in t), t


def test_a_ship_hit_by_missiles_is_an_air_strike(coder):
    t = triples(coder, "The tanker was hit by two Houthi missiles in the Gulf of Aden.", date="2024-03-04")
    assert any(c == "195" for s, tgt, c, m in t) and not any(c == "194" for s, tgt, c, m in t), t


def test_strikes_on_weapons_sites_use_no_such_weapons(coder):
    t = triples(coder, "Britain and France launched strikes on chemical weapons depots in Syria.", date="2018-04-14")
    assert any(c.startswith("19") for s, tgt, c, m in t) and not any(c.startswith("20") for s, tgt, c, m in t), t


def test_strikes_a_leader_orders_are_military(coder):
    t = triples(coder, "Biden ordered strikes on militia camps in eastern Syria.", date="2021-02-25")
    assert any(c == "195" and s.startswith("USA") for s, tgt, c, m in t), t


def test_a_strike_a_union_orders_is_no_air_strike(coder):
    t = triples(coder, "The dockers' union ordered a strike at the port from Monday.", date="2024-01-02")
    assert not any(c.startswith("19") for s, tgt, c, m in t), t


def test_a_state_s_strikes_on_a_site_that_killed_are_force(coder):
    t = triples(coder, "Israel's strikes on air defence sites near Isfahan killed four soldiers.", date="2024-10-26")
    assert any(c[:2] in {"18", "19"} and s.startswith("ISR") for s, tgt, c, m in t), t


def test_a_labour_strike_on_a_weekday_stays_labour(coder):
    t = triples(coder, "Teachers held a nationwide strike on Tuesday against the pay freeze.", date="2023-03-07")
    assert not any(c.startswith("19") for s, tgt, c, m in t), t


def test_people_taken_hostage_read_as_a_verb_are_still_taken(coder):
    t = triples(coder, "Rebels stormed the embassy in Kampala and took dozens of diplomats and guests hostage.",
                date="1998-04-02")
    assert any(c == "181" for s, tgt, c, m in t), t


def test_supporters_pouring_into_a_square_demonstrate(coder):
    t = triples(coder, "Thousands of opposition supporters poured into Freedom Square in Tbilisi.", date="2007-11-02")
    assert any(c == "141" for s, tgt, c, m in t), t


def test_tourists_pouring_into_a_square_do_not(coder):
    t = triples(coder, "Thousands of tourists poured into St Mark's Square in Venice.", date="2019-08-02")
    assert not any(c.startswith("14") for s, tgt, c, m in t), t


def test_an_act_in_unconfirmed_reports_is_considered(coder):
    t = triples(coder, "There were unconfirmed reports that Chadian troops had withdrawn from the border posts.",
                date="2021-05-02")
    assert t and not any(m == "asserted" for s, tgt, c, m in t if c[:2] in {"08", "03"}), t


def test_an_act_in_plain_reports_stays_asserted(coder):
    t = triples(coder, "Chadian troops withdrew from the border posts, officials said.", date="2021-05-02")
    assert any(c.startswith("087") and m == "asserted" for s, tgt, c, m in t), t


def test_a_signing_backed_out_of_is_negated(coder):
    t = triples(coder, "The Malian junta backed out of signing the accord with the rebels at the last minute.",
                date="2015-03-01")
    assert not any(c == "057" and m == "asserted" for s, tgt, c, m in t), t


def test_a_crime_that_could_be_one_is_a_considered_charge(coder):
    t = triples(coder, "Amnesty International said the shelling of the hospital could be a war crime.",
                date="2022-03-10")
    assert not any(c == "1124" and m == "asserted" for s, tgt, c, m in t), t


def test_talks_that_fell_through_were_not_held(coder):
    t = triples(coder, "Talks between Kinshasa and the M23 rebels fell through after a new offensive.",
                date="2024-12-15")
    assert not any(c.startswith("04") and m == "asserted" for s, tgt, c, m in t), t


def test_sanctions_agreed_to_be_slapped_are_ahead(coder):
    t = triples(coder, "The European Union agreed to slap new sanctions on Belarusian officials.", date="2020-10-02")
    assert t and not any(c.startswith("16") and m == "asserted" for s, tgt, c, m in t), t


def test_a_tariff_levied_is_a_sanction_not_a_tax(coder):
    t = triples(coder, "Washington levied a 25% tariff on Mexican steel.", date="2018-06-01")
    assert any(c == "163" and m == "asserted" for s, tgt, c, m in t), t


def test_a_local_branch_at_a_place_unknown_is_of_the_state_the_sentence_names(coder):
    t = triples(coder, "Islamic State gunmen stormed a church in Tangbeni, killing 12 worshippers, according to the "
                       "Beninese government.", date="2025-03-21")
    assert any(s.startswith("BENREB") for s, tgt, c, m in t), t
