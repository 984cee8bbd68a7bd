"""Round 46 rules (our own sentences): "shot" read as a noun after a vehicle ("gunmen on a motorbike shot dead a
trader") heads its clause again; someone shot dead is killed (1823), a crowd's people shot dead by a state's forces
are repressed (175); clan fighters torching homes destroy property (1712), no air strike; a ward or village
administrator is local government; drivers on strike are workers; electoral boards are government; party names
that end in "League" are parties, no sport."""

from foedus.coder import nlp, syntax
from gold_helpers import triples


def test_shot_read_as_a_noun_heads_its_clause_again():
    doc = nlp.load()("Two men on a scooter shot dead a shopkeeper in Karachi.")
    syntax.repair_shot_dead(doc)
    shot = doc[5]
    assert shot.lower_ == "shot" and shot.pos_ == "VERB" and shot.dep_ == "ROOT", [(t.text, t.dep_, t.head.i) for t in doc]
    assert {c.dep_: c.lower_ for c in shot.children}.get("nsubj") == "men"
    assert {c.dep_: c.lower_ for c in shot.children}.get("dobj") == "shopkeeper"
    assert doc[4].dep_ == "pobj" and doc[4].head.lower_ == "on"


def test_riders_who_shot_dead_a_trader_are_coded(coder):
    t = triples(coder, "Gunmen on a motorbike shot dead a grain trader in the market of Sukkur on Friday.",
                date="2019-02-22")
    assert any(c.startswith("18") and (tgt or "").startswith("PAK") for s, tgt, c, m in t), t


def test_riders_who_shot_and_wounded_a_priest_are_coded(coder):
    t = triples(coder, "Gunmen on a motorcycle shot and wounded a Catholic priest in Mindanao's Zamboanga City.",
                date="2017-06-05")
    assert any(c.startswith("18") for s, tgt, c, m in t), t


def test_a_person_shot_dead_is_killed_not_fought(coder):
    t = triples(coder, "A soldier shot dead a motorbike rider at a checkpoint near Bamenda on Sunday.", date="2020-08-30")
    assert any(c == "1823" and (s or "").startswith("CMR") for s, tgt, c, m in t), t
    assert not any(c == "193" for s, tgt, c, m in t), t


def test_protesters_shot_dead_by_troops_are_repressed(coder):
    t = triples(coder, "Troops shot dead nine protesters in the streets of Khartoum on Thursday.", date="2022-06-30")
    assert any(c == "175" and (s or "").startswith("SDN") for s, tgt, c, m in t), t


def test_fighters_torching_homes_destroy_property(coder):
    t = triples(coder, "Militia fighters torched dozens of homes near Bunia in Ituri province.", date="2022-01-12")
    assert any(c == "1712" for s, tgt, c, m in t), t
    assert not any(c == "195" for s, tgt, c, m in t), t


def test_a_ward_administrator_is_local_government(coder):
    t = triples(coder, "Rebels in Sagaing shot dead a village administrator appointed by the military.", date="2023-03-14")
    assert any(c.startswith("18") and tgt == "MMRGOV" for s, tgt, c, m in t), t


def test_drivers_on_strike_are_workers(coder):
    t = triples(coder, "Lorry drivers in Mombasa went on strike over new road tolls.", date="2019-07-15")
    assert any(c.startswith("14") and s == "KENLAB" for s, tgt, c, m in t), t


def test_an_electoral_board_is_government(coder):
    t = triples(coder, "Honduras's electoral tribunal rejected the opposition's demand for a recount.", date="2017-12-05")
    assert any(c.startswith("12") and s == "HNDGOV" for s, tgt, c, m in t), t
def test_a_student_league_named_as_a_party_wing(coder):
    t = triples(coder, "Police detained twenty members of the Chhatra League in Sylhet.", date="2025-02-10")
    assert any(c == "173" and tgt == "BGDOPP" for s, tgt, c, m in t), t
    t = triples(coder, "Police detained twenty members of the Chhatra League in Sylhet.", date="2015-02-10")
    assert any(c == "173" and tgt == "BGDGOV" for s, tgt, c, m in t), t


def test_an_amnesty_announced_frees_prisoners(coder):
    t = triples(coder, "Uzbekistan's president announced an amnesty for hundreds of prisoners on Independence Day.",
                date="2017-08-30")
    assert any(c == "0841" and (s or "").startswith("UZB") for s, tgt, c, m in t), t


def test_seized_boats_handed_back_are_returned_property(coder):
    t = triples(coder, "Indonesia returned four seized Vietnamese fishing boats to Hanoi on Friday.", date="2019-09-06")
    assert any(c == "0842" and (s or "").startswith("IDN") for s, tgt, c, m in t), t



def test_a_court_that_jails_has_sentenced(coder):
    t = triples(coder, "A Turkish court jailed three Kurdish mayors on terrorism charges.", date="2017-01-20")
    assert any(c == "116" and (s or "").startswith("TUR") for s, tgt, c, m in t), t


def test_police_who_jail_protesters_arrest_them(coder):
    t = triples(coder, "Police jailed dozens of protesters overnight in Minsk.", date="2020-08-11")
    assert any(c == "173" for s, tgt, c, m in t), t


def test_supporters_camping_on_a_square_demonstrate(coder):
    t = triples(coder, "Hundreds of opposition supporters camped out on the central square of Chisinau for a week.",
                date="2009-04-12")
    assert any(c.startswith("14") and (s or "").startswith("MDA") for s, tgt, c, m in t), t


def test_refugees_camping_make_no_protest(coder):
    t = triples(coder, "Refugees camped in tents near the Serbian border.", date="2015-09-12")
    assert not any(c.startswith("14") for s, tgt, c, m in t), t


def test_an_ousted_president_is_no_longer_government(coder):
    t = triples(coder, "Kurmanbek Bakiyev accused the interim government of persecuting his family.", date="2010-06-20")
    assert any(c.startswith("11") and s == "KGZELI" for s, tgt, c, m in t), t


def test_a_group_dissolved_by_the_state_is_banned(coder):
    t = triples(coder, "A Moscow court dissolved the rights group Memorial on Tuesday.", date="2021-12-28")
    assert any(c == "1722" and (s or "").startswith("RUS") for s, tgt, c, m in t), t


def test_a_unions_council_dissolved_is_an_administrative_sanction(coder):
    t = triples(coder, "The junta dissolved the executive council of the teachers' union in Conakry.", date="2022-03-02")
    assert any(c == "172" for s, tgt, c, m in t), t


def test_battling_to_contain_fires_is_no_fight(coder):
    t = triples(coder, "Firefighters in Greece battled to contain wildfires near Athens for a third day.", date="2018-07-25")
    assert not any(c.startswith("19") for s, tgt, c, m in t), t


def test_battling_to_hold_a_town_stays_a_fight(coder):
    t = triples(coder, "Kurdish fighters battled to hold the town of Kobani against Islamic State.", date="2014-10-08")
    assert any(c.startswith("19") for s, tgt, c, m in t), t


def test_suspected_named_group_is_coded_twice(coder):
    # the parser hangs "Suspected" on the group's name, not on "fighters"
    t = triples(coder, "Suspected JNIM fighters abducted four traders near Gao on Monday.", date="2021-05-04")
    assert any(s is None and m == "asserted" and c == "181" for s, tgt, c, m in t), t
    assert any((s or "").startswith("MLI") and m == "considered" for s, tgt, c, m in t), t


def test_firefighters_arriving_make_no_visit(coder):
    t = triples(coder, "A fire gutted the main market in Kumasi before firefighters arrived, traders said.", date="2021-03-02")
    assert not any(c.startswith("04") for s, tgt, c, m in t), t


def test_a_comment_withheld_is_coded(coder):
    t = triples(coder, "Residents said soldiers had burned their huts; the army did not comment.", date="2023-02-14")
    assert any(c == "011" and m == "asserted" and (s or "").endswith("MIL") for s, tgt, c, m in t), t


def test_an_act_not_confirmed_is_no_comment_withheld(coder):
    t = triples(coder, "Israel did not confirm that it had carried out the strike near Isfahan.", date="2024-04-19")
    assert not any(c == "011" for s, tgt, c, m in t), t


def test_reports_a_ministry_would_not_comment_on_stay_reported(coder):
    t = triples(coder, "Kenya's foreign ministry declined to comment on reports that Ethiopian troops had crossed "
                       "into Mandera county.", date="2021-05-04")
    assert any(c == "011" for s, tgt, c, m in t), t
    assert not any(c.startswith("19") and m == "negated" for s, tgt, c, m in t), t


def test_a_court_jailing_pending_trial_detains(coder):
    t = triples(coder, "A court in Izmir jailed the journalist pending trial on espionage charges.", date="2024-05-02")
    assert any(c == "173" for s, tgt, c, m in t), t
    assert not any(c == "116" for s, tgt, c, m in t), t
