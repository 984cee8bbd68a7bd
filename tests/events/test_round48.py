"""Round 48 rules (our own sentences): a planned protest called off is the protest negated, not dissent eased (gold
README: "a protest called off ... 141 negated"); the opposition's bodies and people named by a plain noun
("opposition figures", "opposition groups") are the opposition, its fighters rebels."""

from gold_helpers import triples


def test_a_planned_march_called_off_is_the_march_negated(coder):
    t = triples(coder, "Georgian opposition parties called off a planned march on the parliament in Tbilisi.",
                date="2024-05-02")
    assert any(c.startswith("14") and (s or "").startswith("GEO") and m == "negated" for s, tgt, c, m in t), t
    assert not any(c.startswith("08") for s, tgt, c, m in t), t


def test_a_rally_called_off_before_it_was_held_eases_nothing(coder):
    t = triples(coder, "Malawi's opposition cancelled the rally it had planned for Saturday in Lilongwe.",
                date="2020-01-09")
    assert not any(c.startswith("08") and m == "asserted" for s, tgt, c, m in t), t


def test_a_strike_called_off_after_a_deal_stays_an_easing_guard(coder):
    t = triples(coder, "Nigeria's labour unions called off the general strike after the government cut fuel prices.",
                date="2012-01-16")
    assert not any(c.startswith("14") and m == "negated" for s, tgt, c, m in t), t


def test_opposition_figures_arrested_are_the_opposition(coder):
    t = triples(coder, "Police in Tunis rounded up five opposition figures on Tuesday.", date="2023-02-14")
    assert any(c.startswith("17") and (tgt or "") == "TUNOPP" for s, tgt, c, m in t), t


def test_opposition_groups_are_the_opposition(coder):
    t = triples(coder, "Opposition groups in Lome boycotted the parliamentary election.", date="2018-12-20")
    assert any((s or "") == "TGOOPP" for s, tgt, c, m in t), t


def test_opposition_fighters_are_rebels(coder):
    t = triples(coder, "Opposition fighters seized an army base near Aleppo.", date="2015-03-28")
    assert any((s or "") == "SYRREB" for s, tgt, c, m in t), t


def test_insurgents_of_no_state_are_of_the_town_they_raid(coder):
    t = triples(coder, "Bandits raided Gusau overnight and abducted a dozen traders.", date="2022-03-14")
    assert t and all((s or "").startswith("NGA") for s, tgt, c, m in t), t


def test_insurgents_named_with_a_country_keep_it_guard(coder):
    t = triples(coder, "Afghan militants raided Chaman on Sunday.", date="2022-03-14")
    assert not any((s or "").startswith("PAK") for s, tgt, c, m in t), t
