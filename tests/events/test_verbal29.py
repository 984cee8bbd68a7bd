"""Verbal cooperation and conflict (CAMEO 01, 03, 04, 08, 12) the coder missed or coded as the wrong act, each fixed
as a class and tested on our own sentences (helper verbal29 of the twenty-ninth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, a, b", [
    # negotiations are each delegation's act on the other (046 from each delegation), told with joint subjects ...
    ("Serbian and Kosovar negotiators held two days of talks in Brussels.", "2023-02-27", "SRB", "KSV"),
    ("Armenian and Azerbaijani delegations held talks in Washington on Monday.", "2023-05-01", "ARM", "AZE"),
    # ... or as "talks between A and B"
    ("Talks between Ethiopia and Egypt on the Nile dam ended in Cairo without progress.", "2023-09-24", "ETH", "EGY"),
])
def test_talks_of_two_parties_are_coded_both_ways(coder, text, date, a, b):
    t = triples(coder, text, date=date)
    assert has_coded(t, "04", a, b), t
    assert has_coded(t, "04", b, a), t


def test_a_meeting_of_two_is_still_coded_once(coder):
    # "A and B met" stays one event, from the first party (gold README: reciprocal acts)
    t = triples(coder, "Xi Jinping and Vladimir Putin met in Kazan on Tuesday.", date="2024-10-22")
    fours = [x for x in t if x[2].startswith("04")]
    assert len(fours) == 1, t


@pytest.mark.parametrize("text, date, code, source, target", [
    # accepting foreign rescuers, aid, inspectors or peacekeepers lets others act on one's soil (086x), not one's own aid
    ("After the floods, Islamabad accepted rescue teams from Turkey and China.", "2022-08-30", "0863", "PAK", "TUR"),
    ("Nepal accepted search teams from India after the earthquake.", "2015-04-26", "0863", "NPL", "IND"),
])
def test_accepting_foreign_help_allows_involvement(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t
    assert not has_coded(t, "033", modality=None), t
    assert not has_coded(t, "030", modality=None), t


def test_accepting_peacekeepers_announced_is_an_intent_to_allow_involvement(coder):
    t = triples(coder, "The president said his government would accept a UN peacekeeping force in the north.",
                date="2004-06-01")
    assert has_coded(t, "0355", modality="intended"), t
    assert not has_coded(t, "030", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # people pardoned by those who hold or sentence them are set free (0841), as pardoned prisoners are
    ("Kuwait's emir pardoned forty activists jailed over the protests.", "2021-05-10", "KWT", "KWT"),
    ("President Tokayev pardoned dozens of people detained during the January unrest.", "2022-03-01", "KAZ", "KAZ"),
])
def test_people_pardoned_are_released(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "0841", source, target), t
    assert not has_coded(t, "056", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # a visit cut short was made (042), not negotiations broken off (164)
    ("The Indian prime minister cut short a visit to Saudi Arabia after the attack in Kashmir.", "2025-04-23",
     "IND", "SAU"),
    ("Chancellor Kohl cut short his trip to Japan to return to Bonn.", "1990-01-10", "DEU", "JPN"),
])
def test_a_visit_cut_short_was_made(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "042", source, target), t
    assert not has_coded(t, "164", modality=None), t


@pytest.mark.parametrize("text, date, a, b", [
    # a joint statement issued or spoken by two parties is an accord of each with the other (019 both ways)
    ("Modi and Albanese issued a joint statement calling for a free and open Indo-Pacific.", "2023-05-24", "IND", "AUS"),
    ("Macron and Scholz said in a joint statement that Europe must strengthen its defences.", "2024-05-28",
     "FRA", "DEU"),
])
def test_a_joint_statement_of_two_is_an_accord_both_ways(coder, text, date, a, b):
    t = triples(coder, text, date=date)
    assert has_coded(t, "019", a, b), t
    assert has_coded(t, "019", b, a), t


def test_a_joint_statement_that_only_attributes_the_news_is_no_accord(coder):
    # the saying verb after its clause attributes what is told before it: no accord of its own
    t = triples(coder, "Egypt and Sudan agreed to hold talks on the dam next month, the two governments said in a "
                       "joint statement.", date="2021-03-02")
    assert not has_coded(t, "019", modality=None), t


def test_a_joint_declaration_signed_stays_an_agreement(coder):
    t = triples(coder, "Eritrea and Ethiopia signed a joint declaration ending two decades of hostility.",
                date="2018-07-09")
    assert has_coded(t, "057", "ERI", "ETH"), t
    assert not has_coded(t, "019", modality=None), t


def test_delegations_of_two_parties_meeting_negotiate_both_ways(coder):
    # the delegations or negotiators of two parties that meet are each side's act on the other
    t = triples(coder, "Armenian and Azerbaijani negotiators met in Almaty on Thursday.", date="2024-05-10")
    assert has_coded(t, "04", "ARM", "AZE"), t
    assert has_coded(t, "04", "AZE", "ARM"), t


@pytest.mark.parametrize("text, date, source, target", [
    # a phone or video call that names no partner was held with the one the clause's verbal act is aimed at
    ("Erdogan told Zelensky in a phone call that Turkey was ready to host new talks.", "2024-03-08", "TUR", "UKR"),
    ("Scholz urged Putin in a telephone call to withdraw his troops.", "2022-12-02", "DEU", "RUS"),
])
def test_a_call_without_a_partner_is_held_with_the_clause_object(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "041", source, target), t


def test_a_call_is_no_partner_of_force(coder):
    t = triples(coder, "Israeli jets struck Gaza City during a phone call between the mediators.", date="2024-03-08")
    assert not has_coded(t, "041", "ISR", "PSE", modality=None), t
