"""Aircraft used are a means, not an act (no investigation, 090, from "use * &aircraft"); a "for" phrase of a
unit of time says how long an act lasted, never what it was for (no "fight * (for)" 111); a participle the parser
hung after the object of a verb that acts on people describes that object (parse33). Our own sentences."""

from gold_helpers import triples


def test_drones_used_to_drop_bombs_are_the_bombing(coder):
    got = triples(coder, "Insurgents used drones to drop bombs on a village near the border, killing three people.",
                  "2024-09-02")
    assert not any(c.startswith("09") for s, t, c, m in got), got
    assert any(c == "195" for s, t, c, m in got), got


def test_a_watch_kept_with_planes_is_coded_on_its_verb(coder):
    got = triples(coder, "The United States used spy planes to monitor Iraqi troop movements.", "1990-09-10")
    assert any(c == "090" for s, t, c, m in got), got


def test_fighting_for_days_is_fighting(coder):
    got = triples(coder, "Kurdish-led forces fought the militants for ten days around the prison in Hasakah.",
                  "2022-01-31")
    assert not any(c.startswith("11") for s, t, c, m in got), got
    assert any(c.startswith("19") for s, t, c, m in got), got


def test_a_participle_after_the_object_describes_it(coder):
    # (parse33) "protesters" was read as the subject of "marching", leaving "shot dead" with no object
    got = triples(coder, "Riot police shot dead four students marching against the fuel price rise in the capital.",
                  "2021-11-20")
    assert any(c == "175" and (t or "").endswith("EDU") or c == "175" and (t or "").endswith("CVL")
               for s, t, c, m in got), got
    assert not any(c == "193" for s, t, c, m in got), got


def test_an_incursion_launched_is_force(coder):
    got = triples(coder, "Pakistani troops launched a cross-border incursion into Afghanistan on Sunday.", "2016-06-12")
    assert any(c == "190" and (t or "").startswith("AFG") for s, t, c, m in got), got
    assert not any(c.startswith("05") for s, t, c, m in got), got
