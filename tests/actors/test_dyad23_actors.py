"""Bare civilians placed by the town an attack names as its object (issue 10, helper dyad23): our own sentences."""


def test_civilians_of_a_town_struck_as_the_object(nlp, matcher):
    # the town the missiles hit places the civilians killed there, not the attackers' country
    for text, code in (("Russian missiles hit Vinnytsia, killing 23 civilians.", "UKRCVL"),
                       ("Russian drones struck Kharkiv overnight and wounded dozens of civilians.", "UKRCVL")):
        got = {m.text: m.code for m in matcher.find(nlp(text), "2022-07-14") if m.sector == "CVL"}
        assert code in got.values(), (text, got)


def test_two_countries_towns_as_objects_place_no_civilians(nlp, matcher):
    got = {m.text: m.code for m in matcher.find(nlp(
        "Drones hit Kharkiv and Belgorod, and civilians fled."), "2024-05-01") if m.sector == "CVL"}
    assert not any(c in {"UKRCVL", "RUSCVL"} for c in got.values()), got
