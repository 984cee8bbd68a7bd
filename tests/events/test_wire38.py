"""Wire leads in the PETRARCH style: visits, talks, appeals and their actors (helper wire38). Sentences written
for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_arriving_for_a_summit_is_a_visit_to_the_country(coder):
    # gold README, Visits: arriving somewhere for a summit or consultations is the visit (042), not talks held
    got = triples(coder, "The French president arrived in Hanoi on Tuesday for a two-day summit with Vietnamese leaders.",
                  date="1993-02-09")
    assert has_coded(got, "042", "FRAGOV", "VNM"), got
    assert not has_coded(got, "046"), got
    got = triples(coder, "The Chinese premier arrived in Jakarta for consultations with President Suharto.",
                  date="1995-03-01")
    assert has_coded(got, "042", "CHNGOV", "IDN"), got
    assert not has_coded(got, "046"), got


def test_the_host_government_met_on_arrival_is_the_country_visited(coder):
    # the visitor meets the government of the place it arrives in: the target is the country, as for a capital
    got = triples(coder, "Chancellor Kohl arrived in Moscow on Sunday for talks with Mikhail Gorbachev.",
                  date="1988-10-24")
    assert has_coded(got, "042", "DEUGOV", "SUN"), got
    assert not has_coded(got, "042", "DEUGOV", "SUNGOV"), got
    # a leader met in a capital stays the person met (test_consult37)
    got = triples(coder, "The Austrian chancellor met Erdogan in Ankara on Wednesday.", date="2016-03-02")
    assert has_coded(got, "042", "AUTGOV", "TURGOV"), got


def test_a_leader_greeting_a_visiting_leader_hosts_the_visit(coder):
    # greeting one named by an office, at the airport or on arrival, is hosting the visit (043)
    got = triples(coder, "King Hussein greeted the visiting Egyptian president at the airport.", date="1988-02-20")
    assert has_coded(got, "043", "JORGOV", "EGYGOV"), got
    got = triples(coder, "Gorbachev was greeted at Beijing airport by President Yang Shangkun.", date="1989-05-15")
    assert has_coded(got, "043", "CHNGOV", "SUNGOV"), got
    # greeting soldiers or a crowd is no act between actors
    got = triples(coder, "Residents greeted Ukrainian soldiers with flags in the main square.", date="2022-11-11")
    assert not has_coded(got, "04"), got
    assert not has_coded(got, "05"), got


def test_the_reporter_goes_on_after_a_past_perfect_report(coder):
    # "X said Y had done Z and demanded ...": the simple past joined to a past perfect is the reporter's own act
    got = triples(coder, "Washington said a Soviet fighter had shot down the airliner and demanded an explanation "
                         "from Moscow.", date="1983-09-02")
    assert has_coded(got, "10", "USA", "SUN"), got
    assert not has_coded(got, "10", "SUNUAF"), got
    got = triples(coder, "Kuwait said Iraqi troops had occupied the capital and called on the Security Council to act.",
                  date="1990-08-03")
    assert has_coded(got, "02", "KWT", "IGOUNO"), got
    got = triples(coder, "Britain said Libya had sponsored the attack and expelled three Libyan diplomats.",
                  date="1986-04-10")
    assert has_coded(got, "17", "GBR", "LBY"), got
    # acts of force joined so stay with the reported actor
    got = triples(coder, "Officials said the rebels had attacked the town and killed five villagers.", date="1995-03-02")
    assert not has_coded(got, "18", "GOV"), got
    assert not has_coded(got, "19", "GOV"), got


def test_weapons_that_arrive_make_no_visit(coder):
    # a weapon's arrival is a delivery or a deployment, no visit by anyone; a person arriving still visits
    got = triples(coder, "The Soviet delegation walked out of the Geneva talks after the first cruise missiles "
                         "arrived in Britain.", date="1983-11-24")
    assert not has_coded(got, "042"), got
    got = triples(coder, "The first Patriot missile batteries arrived in Israel on Sunday.", date="1991-01-20")
    assert not has_coded(got, "042"), got
    got = triples(coder, "Secretary of State James Baker arrived in Israel on Sunday.", date="1991-01-20")
    assert has_coded(got, "042", "USAGOV", "ISR"), got


def test_urging_another_to_impose_sanctions_is_an_appeal(coder):
    # the urger asks; it threatens no sanctions of its own (1312)
    got = triples(coder, "The ANC urged the European Community to keep its sanctions on Pretoria.", date="1990-06-07")
    assert has_coded(got, "020", "ZAFOPP", "IGOEUREEC"), got
    assert not has_coded(got, "13"), got
    got = triples(coder, "Kuwait urged the Security Council to impose tougher sanctions on Baghdad.", date="1991-05-02")
    assert has_coded(got, "02", "KWT", "IGOUNO"), got
    assert not has_coded(got, "13"), got
    # urging them lifted is an appeal for their easing
    got = triples(coder, "Mandela urged the world to lift its sanctions against South Africa.", date="1993-09-24")
    assert has_coded(got, "0254", "ZAFOPP"), got
