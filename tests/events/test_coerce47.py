"""Coercion (CAMEO 17) the coder missed, each fixed as a class and tested on our own sentences (helper coerce47 of
the forty-seventh session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source, target", [
    # a state taking a news outlet off the air restricts political freedoms (1721; a cut in broadcasts is no break
    # of diplomatic relations)
    ("Russia cut off the broadcasts of Deutsche Welle on Friday, the foreign ministry said.", "2022-02-04", "1721",
     "RUS", "DEUMED"),
    ("Azerbaijan suspended the broadcasts of Voice of America over its coverage of the election.", "2008-12-31",
     "1721", "AZE", "USAMED"),
    ("Nicaragua's government suspended the cable channel 100% Noticias and seized its offices.", "2018-12-21",
     "1721", "NICGOV", None),
    # a party suspended by a state is banned for that time, no reduced relations
    ("Burundi's government suspended two opposition parties for six months, accusing them of inciting violence.",
     "2019-05-03", "1722", "BDIGOV", "BDIOPP"),
    # an election or a referendum put off by the state is an administrative sanction, no election result
    ("Haiti's president postponed the legislative elections for a third time, citing insecurity in the capital.",
     "2019-05-03", "172", "HTIGOV", "HTI"),
    ("Chad's junta delayed the constitutional referendum by two months, the government spokesman said.",
     "2023-05-03", "172", "TCD", "TCD"),
    # a provincial or national assembly dissolved is a legislature dissolved
    ("Belgrade dissolved the provincial assembly of Vojvodina and appointed an interim council.", "1989-03-03", "172",
     "SRB", "SRB"),
])
def test_administrative_coercion_is_coded(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, date", [
    # a vote of a parliament put off is no sanction; a station that is no broadcaster is no censorship
    ("The Speaker postponed a vote on the budget until next week.", "2023-05-03"),
    ("Police closed the train station in Lyon after a bomb threat.", "2013-05-03"),
])
def test_no_coercion_without_an_election_or_an_outlet(coder, text, date):
    t = triples(coder, text, date=date)
    assert not any(c[:2] == "17" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, source, target", [
    # a population ordered out of where it lives is expelled (174), not a mere demand
    ("The Israeli army ordered about a million people in northern Gaza to move south within a day.", "2023-10-13",
     "ISRMIL", "PSE"),
    ("Myanmar's army told residents of three villages in Sagaing to leave before an offensive.", "2023-02-18",
     "MMRMIL", "MMRCVL"),
    # a diplomat declared persona non grata is expelled, whatever the parser made of the Latin words
    ("Norway declared Russia's military attache persona non grata, following reports of espionage.", "2019-05-30",
     "NOR", "RUSMIL"),
])
def test_people_ordered_out_are_expelled(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "174", source, target), t


def test_troops_ordered_to_move_are_no_expulsion(coder):
    t = triples(coder, "The general ordered his troops to move toward the capital.", date="2023-02-18")
    assert not any(c.startswith("174") for _, _, c, _ in t), t
