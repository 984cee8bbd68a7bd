"""The second and third event of a sentence (multi16): a later clause whose subject only points back at
parties named before ("the two", "both governments", "neither side"), ... Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, root, a, b", [
    # "the two" / "the two X" after a visit or a call: the two parties of the clause before
    ("Kenya's president flew to Mogadishu, and the two leaders agreed to reopen the border crossing at Mandera.",
     "2024-03-12", "03", "KEN", "SOM"),
    ("Narendra Modi arrived in Dhaka for a state visit, and the two governments signed a deal on river water.",
     "2024-06-21", "05", "IND", "BGD"),
    ("Pedro Sanchez spoke by phone with Emmanuel Macron, and the two condemned the attack on the Spanish embassy.",
     "2023-11-03", "11", "ESP", "FRA"),
    # "both" after a coordinated pair that is not the subject of the clause before
    ("Venezuela expelled Peruvian and Chilean diplomats after both governments refused to recognise the vote count.",
     "2024-07-29", "12", "PER", "CHL"),
])
def test_group_subject_stands_for_the_two_parties_named_before(coder, text, date, root, a, b):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, root, a, modality=None) and has_coded(t, root, b, modality=None), t


@pytest.mark.parametrize("text, date, root, source", [
    # "the two" after "two X": the two counted before, not the other parties of the sentence
    ("Russia expelled two Estonian diplomats, and the two accused Moscow of lying.", "2022-01-10", "11", "EST"),
    ("Iran detained two French tourists near the border, and the two denied spying for Israel.", "2022-05-11",
     "01", "FRA"),
])
def test_the_two_is_the_noun_counted_before(coder, text, date, root, source):
    t = triples(coder, text, date=date)
    assert has_coded(t, root, source) and not has_coded(t, root, "RUS") and not has_coded(t, root, "IRN"), t


def test_neither_side_inherits_the_pair_through_its_infinitive(coder):
    # "neither side agreed to withdraw": the act below the group's verb has the pair as its source, negated
    t = triples(coder, "Armenian and Azerbaijani leaders signed a protocol in Brussels, but neither side agreed to "
                       "withdraw troops from the border.", date="2023-05-14", modality=None)
    assert has_coded(t, "0", "ARM", modality="negated") and has_coded(t, "0", "AZE", modality="negated"), t


def test_group_subject_with_no_pair_named_codes_nothing_new(coder):
    # "the two" with a single party named before: no antecedent pair, nothing invented
    t = triples(coder, "Police in Lagos arrested a journalist on Monday, and the two were seen leaving the station.",
                date="2024-02-02", modality=None)
    assert not any(s and s.startswith("NGA") and c.startswith("0") for s, _, c, _ in t), t


def test_conjoined_verb_shares_the_crowd_subject(coder):
    # "youths blocked roads ... and hurled stones at police": the second verb's crowd is the first verb's subject
    t = triples(coder, "Angry youths blocked roads in Kisumu and hurled stones at police.", date="2023-07-12")
    assert has_coded(t, "144", "KENCVL") and has_coded(t, "145", "KENCVL", "KENCOP"), t


@pytest.mark.parametrize("text, date, a, b", [
    # a past perfect reported by "said"/"announced" is the tense shifted back: the agreement stated, not a plan
    # given up ("had planned to march, but police ..." stays negated)
    ("Qatar announced that Rwanda and Congo had agreed to a ceasefire in the eastern provinces.", "2025-03-20",
     "RWA", "COD"),
    ("Norwegian mediators said that the Philippine government and the rebels had agreed to resume peace talks.",
     "2016-06-10", "PHL", "PHLREB"),
])
def test_past_perfect_intent_in_reported_speech_is_intended(coder, text, date, a, b):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, "03", a, modality="intended") and not any(m == "negated" for *_, m in t), t


def test_past_perfect_plan_given_up_stays_negated(coder):
    t = triples(coder, "Students had planned to march on the ministry in Dakar, but police sealed off the roads.",
                date="2023-06-01", modality=None)
    assert has_coded(t, "14", "SEN", modality="negated"), t
