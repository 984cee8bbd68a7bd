"""Word-sense misfires of roots 04-05 (sense12). A law, bill or decree approved or backed by a legislature
or cabinet is adopted, not praised (051); defending oneself, allies or a land is armed defence, not
verbal defence (052). Our own sentences."""

import pytest

from gold_helpers import has_coded, triples

DATE = "2024-03-01"


@pytest.mark.parametrize("text", [
    "Kenya's parliament approved a new media law on Tuesday.",
    "Brazilian senators backed a bill raising the pension age.",
    "The Polish cabinet approved a decree on farm subsidies.",
    "Argentina's lower house approved the legislation by a wide margin.",
])
def test_law_approved_is_no_praise(coder, text):
    got = triples(coder, text, DATE)
    assert not has_coded(got, "051"), got


@pytest.mark.parametrize("text,code", [
    ("Ukraine's parliament approved martial law in four regions.", "1724"),
    ("Germany praised Poland for its handling of the refugee crisis.", "051"),
    ("France backed the Irish proposal at the summit.", "051"),
])
def test_other_approvals_kept(coder, text, code):
    got = triples(coder, text, DATE)
    assert has_coded(got, code), got


@pytest.mark.parametrize("text", [
    "Turkey said it would defend itself against any incursion.",
    "Tokyo changed its rules to let its troops defend allies abroad.",
    "Egypt sent two brigades to defend the kingdom from rebel raids.",
])
def test_armed_defence_is_no_verbal_defence(coder, text):
    got = triples(coder, text, DATE)
    assert not has_coded(got, "052"), got


def test_verbal_defence_kept(coder):
    got = triples(coder, "The Swedish minister defended the decision to close the embassy.", DATE)
    assert has_coded(got, "052"), got


@pytest.mark.parametrize("text", [
    "Officials in Khartoum flew foreign journalists in to see the damage.",
    "The gunmen forced the pilot to fly to Cyprus.",
    "Manila let American bombers fly from its bases.",
])
def test_aircraft_or_carried_people_make_no_visit(coder, text):
    got = triples(coder, text, DATE)
    assert not has_coded(got, "042"), got


def test_minister_flying_for_talks_is_a_visit(coder):
    got = triples(coder, "The Turkish foreign minister flew to Baghdad for talks on water.", DATE)
    assert has_coded(got, "042"), got


@pytest.mark.parametrize("text,code", [
    ("Armed militiamen went from door to door in the suburbs of Bangui.", "040"),
    ("A man carrying a knife approached the mayor of Gdansk at a charity concert.", "040"),
    ("The Kenyan delegation persuaded the Sudanese generals to step down.", "050"),
])
def test_movement_and_persuasion_are_no_consultation(coder, text, code):
    got = triples(coder, text, DATE)
    assert not has_coded(got, code), got


def test_going_somewhere_for_talks_is_a_visit(coder):
    got = triples(coder, "The Turkish foreign minister went to Baghdad for talks.", DATE)
    assert has_coded(got, "042"), got


@pytest.mark.parametrize("text,code", [
    ("Rebels chained the captured Kenyan soldiers to the gates of the barracks.", "060"),
    ("The Serbian minister exaggerated the threat posed by Kosovo.", "060"),
    ("A powerful storm swept the Philippine coast overnight.", "090"),
])
def test_bare_linking_or_digging_verbs_code_nothing(coder, text, code):
    got = triples(coder, text, DATE)
    assert not has_coded(got, code), got
