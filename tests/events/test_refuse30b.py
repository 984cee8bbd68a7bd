"""(refuse30b) Stated refusals and non-acts: our own sentences."""

from gold_helpers import triples


def roots(coder, text):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date="2024-05-01")}


def test_stated_refusal_to_seek_office_again_is_intent_to_leave(coder):
    for text in ("Kenya's president said he would not stand for re-election next year.",
                 "The French president announced he would not seek a second term."):
        got = roots(coder, text)
        assert any(c == "0341" and m == "intended" for s, t, c, m in got), text


def test_seeking_or_running_for_office_is_no_event(coder):
    for text in ("Peru's president is seeking re-election in April.",
                 "Brazil's president said he would run again in 2026."):
        assert not any(c.startswith("03") or c.startswith("08") for s, t, c, m in roots(coder, text)), text


def test_truce_or_terms_dismissed_as_a_ploy_are_rejected_not_censured(coder):
    for text in ("Hamas dismissed Israel's ceasefire terms as a trap.",
                 "The rebels dismissed the government's truce as a stunt."):
        got = roots(coder, text)
        assert any(c.startswith("12") and m == "asserted" for s, t, c, m in got), text
        assert not any(c.startswith("11") for s, t, c, m in got), text
    # an act dismissed as a stunt stays censure
    got = roots(coder, "Russia planted a flag on the seabed, a move Canada's foreign minister dismissed as a stunt.")
    assert any(c == "111" for s, t, c, m in got)


def test_official_dismissed_is_removal_from_office(coder):
    got = roots(coder, "The defence minister dismissed the general after the failed offensive.")
    assert any(c == "0831" for s, t, c, m in got)
    assert not any(c.startswith("12") for s, t, c, m in got)


def test_ruling_out_force_or_troops_is_the_act_negated_not_a_rejection(coder):
    # gold README: "ruled out sending troops" is the act negated, "ruled out talks" the refusal 125
    for text in ("The president ruled out sending ground troops to Libya.",
                 "The alliance ruled out military intervention in Syria."):
        got = roots(coder, text)
        assert not any(c.startswith("12") for s, t, c, m in got), text
        assert not any(m == "asserted" for s, t, c, m in got), text
    got = roots(coder, "Putin ruled out any talks with the rebel leader.")
    assert any(c == "125" and m == "asserted" for s, t, c, m in got)


def test_stated_refusal_to_back_is_a_rejection(coder):
    # gold README: "would not sign / would not back" is a refusal 120 asserted
    got = roots(coder, "The opposition party said it would not back the constitutional amendment.")
    assert any(c.startswith("12") and m == "asserted" for s, t, c, m in got)


def test_refusal_reported_by_unplaced_official_stands(coder):
    # the trailing "the interior minister said" gets its country only from the article: no foreign reporter
    got = roots(coder, "Lithuania will not hand over the Belarusian opposition activist to Minsk, the interior minister said.")
    assert any(c == "1243" and m == "asserted" for s, t, c, m in got)
