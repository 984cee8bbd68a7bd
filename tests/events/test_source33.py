"""(source33) Whose act it is and at whom: a country after "anti-" is the side opposed, not the actor's own; Eritrea
was Ethiopia's before 1993; a weapons test is aimed at no one unless its own phrase names a target. Our own sentences."""

from gold_helpers import triples


def test_anti_adjective_names_the_side_opposed_not_the_protesters(coder):
    got = triples(coder, "Anti-American demonstrators in Karachi burned the U.S. flag and stoned a "
                  "consulate.", "2012-09-21")
    assert got and not any((src or "").startswith("USA") for src, _, _, _ in got), got
    assert any((src or "").startswith("PAK") for src, _, _, _ in got), got


def test_pro_adjective_still_backs_a_side(coder):
    got = triples(coder, "Pro-Russian gunmen seized the town hall in Sloviansk.", "2014-04-12")
    assert not any((src or "").startswith("RUS") for src, _, _, _ in got), got


def test_eritrean_guerrillas_before_independence_are_ethiopias(coder):
    got = triples(coder, "Eritrean guerrillas ambushed an Ethiopian army convoy near Keren.", "1990-02-10")
    assert any((src or "").startswith("ETH") for src, _, code, _ in got if code.startswith("1")), got


def test_eritrean_troops_after_independence_are_eritreas(coder):
    got = triples(coder, "Eritrean troops ambushed an Ethiopian army convoy near Badme.", "1999-02-10")
    assert any((src or "").startswith("ERI") for src, _, _, _ in got), got


def test_a_nuclear_test_condemned_by_another_state_has_no_target(coder):
    got = triples(coder, "Pakistan conducted its first nuclear test on Thursday, drawing condemnation from "
                  "Japan and Australia.", "1998-05-28")
    tests = [t for t in got if t[2].startswith("15")]
    assert tests and all(tgt is None for _, tgt, _, _ in tests), got


def test_a_missile_test_beside_another_clause_has_no_target(coder):
    got = triples(coder, "Iran test-fired a new ballistic missile and France said the launch breached a UN "
                  "resolution.", "2019-12-01")
    tests = [t for t in got if t[2].startswith("15")]
    assert tests and all(tgt is None for _, tgt, _, _ in tests), got


def test_a_test_aimed_at_a_place_keeps_its_target(coder):
    got = triples(coder, "China began test-firing missiles into the sea north of Taiwan on Friday.", "1995-07-21")
    assert any(code.startswith("15") and (tgt or "").startswith("TWN") for _, tgt, code, _ in got), got


def test_chechen_gunmen_are_the_chechen_rebels(coder):
    got = triples(coder, "Chechen gunmen stormed a school in a southern Russian town and took hundreds of pupils "
                  "hostage.", "2004-09-01")
    assert any((src or "").startswith("RUS") for src, _, code, _ in got if code.startswith("18")), got
