"""Round 45 rules (our own sentences): denying one's own act told with a gerund is a denial (016); markets and votes
are no actors (a currency moving, money pumped into the markets, a peg given up, voters rejecting a proposal); forces
sent to help evacuate or fight fires give humanitarian aid (073); sabotage ruled out rejects nothing; roads sealed
restrict movement (191); weapons carried off by raiders are seized, not given; "sick and wounded prisoners" wounds no
one; a state cutting its own army de-escalates (087); a supply line cut is a blockade (191)."""

from foedus.coder import vetter
from gold_helpers import triples


def test_denying_a_gerund_act_is_a_denial_not_a_refusal(coder):
    # "truce" would make the verb a refusal to de-escalate (1246) if the truce itself were denied
    t = triples(coder, "Tuareg rebels in Mali denied breaking the truce near Kidal and blamed the army.", date="2023-09-12")
    assert any(c == "016" and m == "asserted" for s, tgt, c, m in t), t
    assert not any(c.startswith("124") for s, tgt, c, m in t), t


def test_denying_making_an_offer_rejects_no_offer(coder):
    t = triples(coder, "The Kenyan contractor denied offering money to the customs chief.", date="2021-04-30")
    assert any(c == "016" for s, tgt, c, m in t), t
    assert not any(c.startswith("12") for s, tgt, c, m in t), t


def test_a_denied_thing_stays_a_refusal(coder):
    # a noun object is what is withheld: "denied them entry" refuses entry (1245), no gerund act is denied
    t = triples(coder, "Hungary denied entry to the Serbian delegation at the border crossing.", date="2015-09-16")
    assert not any(c == "016" for s, tgt, c, m in t), t


def test_denying_a_motive_is_a_denial(coder):
    t = triples(coder, "Beijing raised tariffs on Lithuanian timber but denied any political motive.", date="2021-12-10")
    assert any(c == "016" and (s or "").startswith("CHN") for s, tgt, c, m in t), t
    assert not any(c == "120" for s, tgt, c, m in t), t


def test_a_currency_by_name_is_no_actor(coder):
    # the currency moves; the adjective names its country, not a doer
    t = triples(coder, "The Zambian kwacha gained four percent against the dollar on Tuesday, the central bank said.",
                date="2016-03-01")
    assert t == set(), t


def test_money_pumped_into_the_markets_is_no_aid(coder):
    t = triples(coder, "The Bank of Japan pumped two trillion yen into the money markets on Monday.", date="2008-10-08")
    assert not any(c.startswith("07") for s, tgt, c, m in t), t


def test_money_pumped_into_a_named_country_stays_aid(coder):
    t = triples(coder, "Qatar pumped two billion dollars into Egypt's central bank to prop up its reserves.",
                date="2013-04-10")
    assert any(c.startswith("07") and (tgt or "").startswith("EGY") for s, tgt, c, m in t), t


def test_a_currency_peg_given_up_is_no_yielding(coder):
    t = triples(coder, "The Danish central bank abandoned its peg to the euro after weeks of pressure on the krone.",
                date="2015-02-05")
    assert not any(c.startswith("08") for s, tgt, c, m in t), t


def test_voters_rejecting_a_proposal_is_a_result_not_an_act(coder):
    t = triples(coder, "Swiss voters rejected a proposal to cap immigration from the European Union.", date="2020-09-27")
    assert not any(c.startswith("12") for s, tgt, c, m in t), t


def test_forces_sent_to_help_evacuate_give_humanitarian_aid(coder):
    t = triples(coder, "Rivers burst their banks across Slovenia, and the army deployed 500 soldiers to help evacuate "
                       "villagers.", date="2023-08-05")
    assert any(c == "073" and (s or "").startswith("SVN") and m == "asserted" for s, tgt, c, m in t), t
    assert not any(c == "154" for s, tgt, c, m in t), t


def test_teams_and_aircraft_sent_to_fight_fires_abroad_are_aid(coder):
    t = triples(coder, "Italy sent two aircraft and a team of firefighters to Greece to help battle the wildfires.",
                date="2021-08-06")
    assert any(c == "073" and (s or "").startswith("ITA") and (tgt or "").startswith("GRC") for s, tgt, c, m in t), t
    assert not any(c.startswith("06") for s, tgt, c, m in t), t


def test_troops_sent_to_help_a_government_stay_military_aid(coder):
    t = triples(coder, "Rwanda sent troops and helicopters to help Mozambique's government on Friday.", date="2021-07-09")
    assert not any(c == "073" for s, tgt, c, m in t), t


def test_sabotage_ruled_out_after_a_blast_rejects_nothing(coder):
    t = triples(coder, "A fuel depot exploded in Conakry overnight, killing eight people; the government ruled out "
                       "sabotage.", date="2023-12-18")
    assert not any(c.startswith("12") for s, tgt, c, m in t), t


def test_roads_sealed_by_police_restrict_movement(coder):
    t = triples(coder, "Zambian police sealed the roads into the centre of Lusaka at dawn to stop an opposition march.",
                date="2016-08-20")
    assert any(c == "191" and (s or "").startswith("ZMB") for s, tgt, c, m in t), t
    assert not any(c.startswith("05") for s, tgt, c, m in t), t


def test_a_deal_sealed_stays_an_agreement(coder):
    t = triples(coder, "Ghana and Togo sealed a deal on their maritime border in Accra on Friday.", date="2021-03-12")
    assert any(c == "057" for s, tgt, c, m in t), t


def test_weapons_carried_off_by_raiders_are_no_aid(coder):
    with vetter.disabled():
        t = triples(coder, "Jihadists overran an army post near Djibo, killing four soldiers and carrying off weapons "
                           "and two vehicles.", date="2022-05-10")
    assert not any(c.startswith("07") for s, tgt, c, m in t), t
    assert any(c == "1711" for s, tgt, c, m in t), t


def test_sick_and_wounded_prisoners_handed_over_are_no_attack(coder):
    # the parser may coordinate "wounded" with the adjective before it as a verb with the prisoners as object
    t = triples(coder, "Iraq said on Monday it would hand over 1,000 sick and wounded Iranian prisoners of war within "
                       "a week.", date="1988-09-12")
    assert not any(c[:2] in {"18", "19", "20"} for s, tgt, c, m in t), t


def test_a_state_cutting_its_own_army_de_escalates(coder):
    t = triples(coder, "Hungary said it would cut its army by 20,000 men over three years.", date="1989-04-18")
    assert any(c == "0356" and m == "intended" for s, tgt, c, m in t), t


def test_a_supply_line_cut_is_a_blockade(coder):
    t = triples(coder, "Tigrayan fighters cut the federal army's main supply line to Mekelle on Sunday.",
                date="2021-06-27")
    assert any(c == "191" for s, tgt, c, m in t), t
    assert not any(c.startswith("08") or c.startswith("16") for s, tgt, c, m in t), t
