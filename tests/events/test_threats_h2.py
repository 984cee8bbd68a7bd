"""Threats phrased as a promised response (our own sentences, h-accuracy2)."""


from gold_helpers import triples


def test_response_to_an_attack_on_condition_is_a_military_threat(coder):
    t = triples(coder, "If Azerbaijan attacks Armenian villages again, Armenia will respond.")
    assert any(s == "ARM" and tgt == "AZE" and c == "138" and m == "conditional" for s, tgt, c, m in t), t


def test_response_on_a_political_condition_is_a_threat(coder):
    t = triples(coder, "Beijing will react if Manila lets US forces use the islands.")
    assert any(c == "130" and tgt == "PHLGOV" for s, tgt, c, m in t), t
    assert not any(c == "138" for s, tgt, c, m in t), t


def test_attack_met_with_a_response_is_the_speaker_s_threat(coder):
    t = triples(coder, "The Turkish defence minister said any Syrian attack would be met with a response.")
    assert any(c == "138" and tgt == "SYR" and s.startswith("TUR") and m != "asserted" for s, tgt, c, m in t), t


def test_responding_to_a_proposal_is_no_threat(coder):
    t = triples(coder, "Russia responded to the proposal on Monday.")
    assert not any(c.startswith("13") for s, tgt, c, m in t), t


def test_a_pledge_is_an_intended_statement_of_intent(coder):
    t = triples(coder, "Norway pledged 200 million euros in military aid to Ukraine.")
    assert any(c.startswith("033") and m == "intended" for s, tgt, c, m in t), t
    assert not any(c.startswith("03") and m == "asserted" for s, tgt, c, m in t), t


def test_considering_codes_the_act_weighed_not_the_considering(coder):
    t = triples(coder, "Canada is considering sanctions on Iranian oil firms.")
    assert not any(c == "014" for s, tgt, c, m in t), t
    assert not any(m == "asserted" for s, tgt, c, m in t), t
    t = triples(coder, "The Pentagon is weighing a deployment of more troops to Poland.")
    assert not any(m == "asserted" for s, tgt, c, m in t), t


def test_meeting_in_the_partner_s_country_is_one_visit(coder):
    t = triples(coder, "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo.",
                date="2023-05-20")
    assert ("INDGOV", "JPNGOV", "042", "asserted") in t, t
    assert not any(s == "JPNGOV" for s, tgt, c, m in t), t


def test_joint_meeting_in_one_country_is_its_hosting(coder):
    t = triples(coder, "Erdogan and Putin met in Ankara on Monday.")
    assert any(s.startswith("TUR") and tgt.startswith("RUS") and c == "043" for s, tgt, c, m in t), t
    assert not any(s.startswith("RUS") for s, tgt, c, m in t), t


def test_warning_of_what_others_may_do_is_no_threat(coder):
    t = triples(coder, "The World Bank warned that the drought could push millions into poverty.")
    assert not any(c.startswith("13") for s, tgt, c, m in t), t
    assert any(c == "012" for s, tgt, c, m in t), t


def test_warning_of_one_s_own_act_stays_a_threat(coder):
    t = triples(coder, "Iran warned it would strike Israel.")
    assert any(c.startswith("13") and tgt == "ISR" for s, tgt, c, m in t), t


def test_saying_an_actor_is_responsible_is_an_accusation(coder):
    t = triples(coder, "Estonia said Russia was behind the cyberattack on its banks.")
    assert ("EST", "RUS", "112", "asserted") in t, t
    t = triples(coder, "Estonia said Russia was not behind the cyberattack.")
    assert not any(c.startswith("112") for s, tgt, c, m in t), t


def test_a_list_of_countries_parsed_as_apposition_each_acts(coder):
    t = triples(coder, "Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic ties with Qatar.")
    assert {s for s, tgt, c, m in t if c == "161"} >= {"SAU", "ARE", "BHR", "EGY"}, t


def test_a_verb_the_tagger_lemmatises_wrongly_is_still_coded(coder):
    t = triples(coder, "China staged military drills near Taiwan.")
    assert any(c == "150" and s.startswith("CHN") for s, tgt, c, m in t), t


def test_a_show_of_force_around_a_country_targets_it(coder):
    t = triples(coder, "Russia held naval drills off Norway.")
    assert ("RUS", "NOR", "150", "asserted") in t, t


def test_allowing_aid_convoys_to_enter_is_humanitarian_access(coder):
    t = triples(coder, "Sudan allowed aid convoys to enter Darfur.")
    assert any(c == "0863" and s == "SDN" and m == "asserted" for s, tgt, c, m in t), t
