"""Acts told inside another clause (silent11b): a gerund after a word of a legal charge or verdict ("found guilty of
organising riots", "convicted of torching a police station") is the deed charged, an earlier act and not one of this
sentence, while the verdict or arrest itself is still coded; a reduced passive relative of giving on the thing given
("using intelligence shared by US agencies", "with drones delivered by Turkey") is the agent's gift to the one who
uses it. Each class is checked on our own sentences; the counter-examples check that no gift is made up."""

import pytest

from gold_helpers import has_coded, triples

DATE = "2024-05-01"


# ---- "found guilty of organising riots": the charge is no act of this sentence ---------------------------
@pytest.mark.parametrize("text,banned", [
    ("A court in Cairo found three activists guilty of organising riots.", "14"),
    ("Two students were convicted of torching a police station in Tehran.", "14"),
    ("A judge in Dhaka found the mayor guilty of bombing a market and killing six people.", "18"),
    ("Three soldiers were sentenced to death in Khartoum for shooting protesters.", "18"),
    ("The opposition leader was charged with inciting riots against the police in Nairobi.", "14"),
    ("Police in Lagos arrested five men suspected of looting shops.", "14"),
])
def test_charged_deed_is_not_an_act(coder, text, banned):
    got = triples(coder, text, DATE, modality=None)
    assert not has_coded(got, banned, modality=None), got


@pytest.mark.parametrize("text,code,source,target", [
    # the verdict and the arrest themselves stay coded
    ("A court in Cairo found three activists guilty of organising riots.", "116", "EGY", "EGY"),
    ("Police in Lagos arrested five men suspected of looting shops.", "173", "NGA", "NGA"),
    ("Kenya jailed two men for smuggling weapons to al Shabaab.", "173", "KEN", None),
    # a gerund that is the act itself, not a charge
    ("Rebels attacked the town of Goma, killing ten civilians.", "19", "COD", "COD"),
])
def test_verdict_and_acts_stay(coder, text, code, source, target):
    got = triples(coder, text, DATE)
    assert has_coded(got, code, source, target), got


# ---- "using intelligence shared by US agencies": the agent gave it to the user --------------------------
@pytest.mark.parametrize("text,code,source,target", [
    ("Colombian troops captured the cartel leader using intelligence shared by American and British agencies.",
     "064", "USA", "COL"),
    ("Colombian troops captured the cartel leader using intelligence shared by American and British agencies.",
     "064", "GBR", "COL"),
    ("Mali's army retook the town with drones delivered by Turkey.", "072", "TUR", "MLI"),
    ("The militia fought with tanks sold by Russia.", "072", "RUS", None),
    ("Flood victims in Pakistan received food aid sent by China.", "07", "CHN", "PAK"),
])
def test_given_by_agent_is_a_gift_to_the_user(coder, text, code, source, target):
    got = triples(coder, text, DATE)
    assert has_coded(got, code, source, target), got


@pytest.mark.parametrize("text", [
    "Malian troops backed by Wagner fighters took control of Kidal.",       # backing is no gift
    "Police in Nairobi seized rifles smuggled by the gang.",                  # not a giving verb
    "Iraq said it would never use weapons supplied by Iran.",                 # the use is negated: so is nothing asserted
])
def test_no_gift_made_up(coder, text):
    got = triples(coder, text, DATE)
    assert not has_coded(got, "06") and not has_coded(got, "07"), got
