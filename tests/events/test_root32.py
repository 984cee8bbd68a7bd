"""Root confusions (helper root32): the act is found, and these rules give it the right CAMEO root. A civilian building
seized is property confiscated, trade banned is an embargo, a government reaching an agreement signs it, a state
an indictment is an accusation, a truce pulled out of
is a refusal to de-escalate, and an attack named by its weapons keeps their kind. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_a_civilian_building_seized_is_property_confiscated(coder):
    got = triples(coder, "Armed separatists seized a hospital in the northern town of Kidal and held the staff "
                  "inside.", date="2012-04-02")
    assert has_coded(got, "1711"), got
    assert not coded(got, "192"), got
    got = triples(coder, "Gunmen seized the Grand Mosque in Herat at dawn on Friday.", date="2001-05-04")
    assert has_coded(got, "1711"), got
    # a town seized stays occupied territory
    got = triples(coder, "M23 rebels seized the town of Bunagana near the Ugandan border.", date="2022-06-13")
    assert has_coded(got, "192", "CODREB"), got


def test_trade_sales_and_transactions_banned_are_an_embargo(coder):
    got = triples(coder, "Washington banned the sale of arms to Nigeria on Sunday, officials said.", date="1995-11-12")
    assert has_coded(got, "163", "USA", "NGA"), got
    got = triples(coder, "Transactions with Iran's central bank were banned by the European Union.", date="2012-01-23")
    assert has_coded(got, "163", "IGOEUREEC"), got
    # a party banned stays a restriction of political freedoms
    got = triples(coder, "The junta banned the opposition party.", date="2021-03-01")
    assert not coded(got, "163"), got


def test_a_government_that_reaches_an_agreement_signs_it(coder):
    got = triples(coder, "Egypt's government reached an agreement with the IMF on a $3 billion loan, the fund said.",
                  date="2022-10-27")
    assert has_coded(got, "057", "EGYGOV"), got
    assert not coded(got, "034"), got


def test_an_indictment_is_an_accusation(coder):
    got = triples(coder, "A federal grand jury in Manhattan indicted the former senator on bribery charges.",
                  date="2023-09-22")
    assert coded(got, "112"), got
    assert not coded(got, "173"), got
    # prosecutors charging a suspect take legal action
    got = triples(coder, "Prosecutors in Paris charged the suspect with terrorism.", date="2016-07-18")
    assert coded(got, "173"), got


def test_a_truce_pulled_out_of_is_a_refusal_to_de_escalate(coder):
    got = triples(coder, "The government of Sri Lanka said it was pulling out of the truce with the Tamil Tigers.",
                  date="2008-01-02")
    assert has_coded(got, "1246", "LKAGOV"), got
    assert not coded(got, "087"), got
    # troops pulled out of a town retreat
    got = triples(coder, "Russian troops pulled out of Kherson.", date="2022-11-11")
    assert has_coded(got, "0874", "RUSMIL"), got


def test_an_attack_named_by_its_missiles_is_no_bombing(coder):
    got = triples(coder, "The overnight drone and missile attack on Odesa killed four people, regional officials said.",
                  date="2024-03-15")
    assert coded(got, "195"), got
    assert not coded(got, "183"), got
    # a car bomb attack stays a bombing
    got = triples(coder, "A car bomb attack killed five soldiers in Mogadishu.", date="2019-03-01")
    assert coded(got, "183"), got
