"""(coop36) Cooperative roots 03-08 (our own sentences).

- an armed group (a rebel, separatist, insurgent or militia mention, or a noun of such a group before the verb) that
  hands over, turns in or surrenders weapons disarms (0873), it arms no one (072); a state that hands weapons to
  another still supplies arms."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, date", [
    ("The guerrillas handed over their rifles to the army under the peace accord.", "1992-02-01"),
    ("Rebel commanders in the north surrendered their weapons to the national army.", "2003-05-10"),
    ("Militiamen in the south began handing over their guns to the army.", "1991-05-02"),
])
def test_an_armed_group_handing_over_weapons_disarms(coder, text, date):
    got = triples(coder, text, date)
    assert any(c == "0873" for _, _, c, _ in got), got
    assert not any(c.startswith("072") or c.startswith("0332") for _, _, c, _ in got), got


def test_weapons_handed_over_by_a_state_stay_arms_supplied(coder):
    got = triples(coder, "Britain handed over its tanks to Kyiv on Monday.", "2023-03-27")
    assert any(c == "072" and s == "GBR" and t and t[:3] == "UKR" for s, t, c, _ in got), got
    assert not any(c == "0873" for _, _, c, _ in got), got


def test_an_armed_group_agreeing_to_hand_over_weapons_intends_to_disarm(coder):
    got = triples(coder, "Under the accord, rebel commanders agreed to hand over heavy weapons within a month.",
                  "2022-11-12")
    assert any(c == "0356" and m == "intended" for _, _, c, m in got), got
    assert not any(c.startswith("0332") for _, _, c, _ in got), got


# (coop36) A pact signed or reached "with" a partner binds both: 057 from each signer to the partner and back, also
# when several signers are named or the verb is no reciprocal one ("reached an agreement with").

@pytest.mark.parametrize("text, date, want", [
    ("Germany and Denmark signed ten-year security pacts with Moldova on Tuesday.", "2024-05-21",
     {("DEU", "MDA"), ("MDA", "DEU"), ("DNK", "MDA"), ("MDA", "DNK")}),
    ("Kenya reached an agreement with the IMF on a new loan programme.", "2021-03-15",
     {("KEN", "IGOUNODEVIMF"), ("IGOUNODEVIMF", "KEN")}),
    ("Colombia signed a trade deal with Peru in Lima.", "2011-06-01", {("COL", "PER"), ("PER", "COL")}),
])
def test_a_pact_made_with_a_partner_is_coded_both_ways(coder, text, date, want):
    got = {(s, t) for s, t, c, m in triples(coder, text, date) if c == "057" and m == "asserted"}
    assert want <= got, got


def test_a_pact_to_be_signed_with_a_partner_is_not_made_both_ways(coder):
    got = triples(coder, "Kenya said it would sign a new loan agreement with the IMF next month.", "2021-03-15")
    assert not any(c == "057" and m == "asserted" for _, _, c, m in got), got


# (coop36) Telling someone names no visit ("told visiting envoys", "told reporters after a visit"): no intent to meet.

@pytest.mark.parametrize("text, date", [
    ("Kuwait's emir told visiting U.N. envoys that Iraq had not freed the prisoners.", "1992-03-01"),
    ("The agency chief told reporters after a visit to Tehran that inspectors could return.", "2022-03-05"),
])
def test_telling_someone_is_no_intent_to_visit(coder, text, date):
    got = triples(coder, text, date)
    assert not any(c == "036" for _, _, c, _ in got), got


def test_telling_aid_workers_is_no_aid(coder):
    got = triples(coder, "Refugees arriving at the border told aid workers that police had burned their homes.",
                  "1999-04-06")
    assert not any(c.startswith("033") or c.startswith("07") for _, _, c, _ in got), got
    assert any(c == "1712" for _, _, c, _ in got), got


def test_a_visit_told_of_is_still_coded_on_its_own_verb(coder):
    got = triples(coder, "The Indian foreign minister told reporters he would visit Beijing next month.", "2019-08-01")
    assert any(c in {"036", "042"} and s == "INDGOV" and t and t[:3] == "CHN" for s, t, c, _ in got), got


# (coop36) An apology offered or extended is made (055), no intent to cooperate (030).

@pytest.mark.parametrize("text, date", [
    ("Kim Jong Un offered a rare apology to Seoul for the killing.", "2020-09-25"),
    ("Tokyo extended a formal apology to Seoul for the wartime abuses.", "2015-12-28"),
])
def test_an_apology_offered_is_made(coder, text, date):
    got = triples(coder, text, date)
    assert any(c == "055" and m == "asserted" and t and t[:3] == "KOR" for _, t, c, m in got), got
    assert not any(c.startswith("03") for _, _, c, _ in got), got


def test_a_reckoning_pledged_is_a_threat(coder):
    got = triples(coder, "The militia's leader pledged a reckoning with Israel after the blasts.", "2024-09-19")
    assert any(c == "138" and m == "intended" and t and t[:3] == "ISR" for _, t, c, m in got), got
    assert not any(c.startswith("03") for _, _, c, _ in got), got
