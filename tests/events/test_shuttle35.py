"""(coop35) A third party shuttling between two others mediates between them (045 to each), as "shuttle diplomacy"
does (foedus_verbs.yaml); a shuttle to one place is travel, no event. Our own sentences."""

from gold_helpers import triples


def test_envoys_shuttling_between_two_sides_mediate_to_each(coder):
    got = triples(coder, "Qatari mediators shuttled between Israel and Hamas on Sunday.", "2024-05-05")
    assert any(c == "045" and (s or "").startswith("QAT") and (t or "").startswith("ISR") for s, t, c, _ in got), got
    assert any(c == "045" and (s or "").startswith("QAT") and (t or "").startswith("PSE") for s, t, c, _ in got), got


def test_an_envoy_shuttling_between_two_capitals_mediates(coder):
    got = triples(coder, "The American envoy shuttled between Beirut and Jerusalem on Monday.", "2024-05-05")
    assert {t[:3] for s, t, c, _ in got if c == "045" and (s or "").startswith("USA") and t} >= {"LBN", "ISR"}, got


def test_shuttling_to_one_city_is_no_mediation(coder):
    got = triples(coder, "The minister shuttled to Brussels for a summit.", "2024-05-05")
    assert not any(c == "045" for _, _, c, _ in got), got
