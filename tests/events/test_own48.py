"""Round 48: inquiries, demands, protests and coercion done at home that name no one they are aimed at (event_cues
own_country_target_roots: 09, 10, 14, 17 beside material48's concessions 08) are aimed at the doer's own country, as
the gold codes them; criticism and force are not (a state's criticism is of others' acts; force is aimed by the rules
of the violence roots)."""

from gold_helpers import triples


def test_police_raiding_at_home_aim_at_their_country(coder):
    t = triples(coder, "Zambian police raided the offices on Tuesday.", date="2022-03-14")
    assert any(c.startswith("17") and s == "ZMBCOP" and tgt == "ZMB" for s, tgt, c, m in t), t


def test_prosecutors_opening_an_inquiry_at_home_aim_at_their_country(coder):
    t = triples(coder, "Peru's prosecutors opened an investigation on Friday.", date="2022-03-14")
    assert any(c.startswith("09") and (s or "").startswith("PER") and tgt == "PER" for s, tgt, c, m in t), t


def test_a_state_criticising_is_not_aimed_at_itself_guard(coder):
    t = triples(coder, "Canada and Norway condemned the attack.", date="2022-03-14")
    assert not any(c.startswith("11") and tgt and tgt[:3] == (s or "")[:3] for s, tgt, c, m in t), t


def test_an_igo_act_gets_no_country_guard(coder):
    t = triples(coder, "The African Union opened an investigation on Friday.", date="2022-03-14")
    assert not any(c.startswith("09") and tgt for s, tgt, c, m in t), t
