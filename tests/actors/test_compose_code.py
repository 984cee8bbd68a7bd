from foedus.coder.actors import compose_code, resolve


def test_compose_code_joins_country_and_sector():
    assert compose_code("RUS", "MIL") == "RUSMIL"
    assert compose_code(None, "CVL") == "CVL"
    assert compose_code("IGOWSTNAT", "MIL") == "IGOWSTNATMIL"
    assert compose_code("UKR", None) == "UKR"


def test_resolve_composes_a_country_and_an_agent():
    actor = resolve("Ukrainian soldiers", "2023-05-01")
    assert actor is not None and actor.code == compose_code(actor.country, actor.sector) == "UKRMIL"
