"""(background30) Acts told in clauses of background that the gold codes: our own sentences."""

from gold_helpers import triples


def roots(coder, text):
    return {(s, t, c[:2], m) for s, t, c, m in triples(coder, text, date="2024-05-01")}


def test_sequel_clause_under_participle_aside_is_coded(coder):
    # an "after" clause with a subject of its own tells an act that happened, under an aside as in the main clause
    got = roots(coder, "Rebel fighters captured the town of Goma, meeting little resistance after Congolese troops "
                       "withdrew from the city.")
    assert any(c == "08" and s.startswith("COD") and m == "asserted" for s, t, c, m in got)
    got = roots(coder, "Tokyo said it would review its export rules, reversing years of policy, after China and Russia "
                       "signed a military pact.")
    assert ("CHN", "RUS", "05", "asserted") in got
    got = roots(coder, "Kenyan police fired tear gas, dispersing the crowd after the opposition leader was arrested.")
    assert any(c == "17" and t == "KENOPP" for s, t, c, m in got)


def test_sequel_clause_under_aside_negated_or_pronoun_stays_background(coder):
    # a negated act did not happen; nothing asserted from it
    got = roots(coder, "The army shelled the town, killing ten people, after rebels did not withdraw.")
    assert not any(c == "08" and m == "asserted" for s, t, c, m in got)


def test_denial_beside_own_act_in_while_clause_is_coded(coder):
    # the subject's own denial told beside its act, as an appeal or a censure there is
    got = roots(coder, "The army said it had shelled rebel positions near the border, while denying that any "
                       "civilians had been killed.")
    assert any(c == "01" and m == "asserted" for s, t, c, m in got)
    # an aim told there stays background
    got = roots(coder, "Pakistani officials said they had shot down two drones, while seeking talks with Delhi.")
    assert not any(c in {"02", "03", "04"} for s, t, c, m in got)


def test_protest_or_force_in_relative_clause_of_place_is_coded(coder):
    got = roots(coder, "Police fired tear gas at the campus, where students had hurled stones at officers.")
    assert any(c == "14" and m == "asserted" for s, t, c, m in got)
    got = roots(coder, "A drone strike killed 12 people in the Amhara region where federal troops are battling Fano "
                       "militias.")
    assert any(c == "19" and s == "ETHMIL" for s, t, c, m in got)


def test_relative_clause_of_place_passive_or_shelter_stays_background(coder):
    got = roots(coder, "Soldiers stormed the house where the rebels had been tracked down.")
    assert len([c for s, t, c, m in got]) == 1
    got = roots(coder, "Rebels shelled the church where civilians had sheltered.")
    assert {c for s, t, c, m in got} == {"19"}


def test_act_coordinated_after_participle_aside_is_coded(coder):
    got = roots(coder, "The Malian junta seized power, detaining the president and declaring a state of emergency.")
    assert any(c == "17" and s == "MLIMIL" and t == "MLIGOV" for s, t, c, m in got)
    # (coerce36) the state of emergency is aimed at the country itself, as the gold codes 1724 (event_cues
    # whole_country_codes), no longer at its civilians
    assert any(c == "17" and s == "MLIMIL" and t == "MLI" for s, t, c, m in got)


def test_toll_coordinated_after_participle_aside_stays_background(coder):
    got = roots(coder, "Troops stormed the village, burning huts and killing dozens of civilians.")
    assert not any(c in {"18", "19", "20"} and t == "CVL" and c != "19" for s, t, c, m in got)
    assert len([c for s, t, c, m in got if c[:2] in {"18", "20"}]) == 0


def test_continuative_place_passive_with_named_doer_is_coded(coder):
    got = roots(coder, "The Iranian president flew to Beijing, where he was welcomed by Xi Jinping.")
    assert ("CHNGOV", "IRNGOV", "05", "asserted") in got
    got = roots(coder, "The Iranian president flew to Beijing, where he was not welcomed by Xi Jinping.")
    assert not any(c == "05" and m == "asserted" for s, t, c, m in got)


def test_continuative_place_appeal_is_coded_but_naming_is_not(coder):
    got = roots(coder, "Saudi Arabia hosted Arab foreign ministers in Riyadh, where they called for an immediate "
                       "ceasefire in Gaza.")
    assert any(c == "02" and m == "asserted" for s, t, c, m in got)
    got = roots(coder, "Saudi Arabia hosted Arab foreign ministers in Riyadh, where they called the war a catastrophe.")
    assert not any(c == "02" for s, t, c, m in got)
