"""Fights and attacks the coder mis-coded (round 27): a place overrun is taken (192), and an area a body guards
is the town it is of. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_town_overrun_is_taken(coder):
    got = triples(coder, "Jihadist fighters overran the town of Menaka in eastern Mali on Sunday.", date="2022-06-12")
    assert has_coded(got, "192", "MLIREB", "MLI"), got
    assert not has_coded(got, "190"), got
    got = triples(coder, "Tuareg rebels overran two army outposts near Kidal before dawn, residents said.",
                  date="2023-11-02")
    assert has_coded(got, "192"), got


def test_an_area_a_body_guards_is_the_town_it_is_of(coder):
    got = triples(coder, "Serb forces overran the UN safe area of Zepa after a week of shelling.", date="1995-07-25")
    assert has_coded(got, "192", None, "BIH"), got
    assert not [x for x in got if x[1] and x[1].startswith("IGO")], got
    # a compound the body runs, named by no town of its own, stays the body's
    got = triples(coder, "Israeli artillery shells hit a UN compound in southern Lebanon, wounding two peacekeepers.",
                  date="2024-10-10")
    assert has_coded(got, "19", "ISR", "IGO"), got


def test_an_armed_groups_killing_of_soldiers_is_fighting(coder):
    got = triples(coder, "Jihadist fighters killed twenty soldiers in a dawn raid on an army camp near Menaka, Mali.",
                  date="2022-06-12")
    assert has_coded(got, "190", "MLIREB", "MLI"), got
    got = triples(coder, "Militants killed three civilians in a village near Kidal.", date="2022-06-12")
    assert has_coded(got, "180", "MLIREB", "MLICVL"), got


def test_a_siege_others_laid_ended_is_broken_by_force(coder):
    got = triples(coder, "Kenyan commandos ended a twelve-hour siege of a Nairobi hotel by al-Shabaab gunmen.",
                  date="2019-01-16")
    assert has_coded(got, "190", "KENMIL"), got
    assert not has_coded(got, "087"), got
    got = triples(coder, "Amal militiamen ended their siege of the Rashidiyeh refugee camp.", date="1987-04-07")
    assert has_coded(got, "0872"), got
