"""Acts told inside another clause (silent11b): a reduced passive relative of giving on the thing given ("using
intelligence shared by US agencies", "with drones delivered by Turkey") is the agent's gift to the one who uses it. Each class is checked on our own sentences; the counter-examples check that no gift is made up."""

import pytest

from gold_helpers import has_coded, triples

DATE = "2024-05-01"


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
