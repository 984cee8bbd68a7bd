"""(reject35) Refusals, rejections and threats: our own sentences."""

from gold_helpers import triples


def events(coder, text):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date="2024-05-01")}


def test_a_consequence_of_an_if_clause_is_still_no_refusal(coder):
    got = events(coder, "The Dutch prime minister said he would not let Greece in if it broke the budget rules.")
    assert not any(c[:2] == "12" and m == "asserted" for s, t, c, m in got), got


def test_a_pronoun_for_no_actor_lets_no_one_in(coder):
    got = events(coder, "The minister said the ministry would not let it happen again.")
    assert not any(c[:2] == "12" for s, t, c, m in got), got


def test_a_coercive_act_another_country_would_suffer_is_the_warners_threat(coder):
    # a passive with no doer: what the other side would suffer is the warner's own act
    got = events(coder, "The Turkish foreign minister warned that Sweden's bid to join the alliance would be blocked if "
                        "Stockholm kept sheltering the militants.")
    assert any(c[:2] == "13" and m == "asserted" and s.startswith("TUR") and t.startswith("SWE")
               for s, t, c, m in got), got
    got = events(coder, "The European Commission warned that visa-free travel for Serbians could be suspended.")
    assert any(c[:2] == "13" and s.startswith("IGOEUREEC") and t.startswith("SRB") for s, t, c, m in got), got


def test_harm_foreseen_for_others_by_a_named_doer_or_for_ones_own_stays_a_comment(coder):
    for text in ("The UN warned that Sudanese civilians could be killed in the offensive.",
                 "Kenya warned that Kenyan airports could be closed by the strike."):
        got = events(coder, text)
        assert not any(c[:2] == "13" and m == "asserted" and (t or "")[:3] in {"SDN", "KEN"} and s[:3] != t[:3]
                       for s, t, c, m in got), (text, got)


def test_criticism_of_an_act_is_aimed_at_its_by_agent_not_its_victim(coder):
    got = events(coder, "The Arab League condemned the sinking of an Egyptian ferry by Eritrean gunboats.")
    assert any(c[:2] == "11" and t.startswith("ERI") for s, t, c, m in got), got
    assert not any(c[:2] == "11" and t.startswith("EGY") for s, t, c, m in got), got
    got = events(coder, "Warsaw rejected the offer of talks by Minsk.")
    assert any(c[:2] == "12" and t.startswith("BLR") for s, t, c, m in got), got


def test_an_act_whose_own_doer_is_named_keeps_it(coder):
    got = events(coder, "The UN Security Council voted to deplore Turkey's handling of the protests by Kurdish students.")
    assert any(c[:2] == "11" and t.startswith("TUR") for s, t, c, m in got), got
