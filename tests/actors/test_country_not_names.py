"""Names the converted Phoenix country list gives the wrong country, left out by the hand list's
``not_names``: real-world facts (Jersey is a British Crown dependency, not a US state)."""

from __future__ import annotations

from foedus import data
from foedus.coder import actors


def _rows(name):
    return data.read_yaml(f"actors/{name}")


def test_every_not_name_is_a_converted_name_of_that_country():
    # a stale entry (the converted list no longer has the name) is a mistake in the hand list
    converted = {r["code"]: {actors.key_of(n) for n in r.get("names") or []} for r in _rows("phoenix/countries.yaml")}
    for row in _rows("countries.yaml"):
        for name in row.get("not_names") or []:
            assert actors.key_of(name) in converted.get(row["code"], set()), (row["code"], name)


def test_wrong_converted_names_are_gone_or_go_to_the_right_country(dictionary):
    def country(phrase):
        entry = dictionary.lookup(phrase)
        return entry.country if entry is not None else None

    assert country("Jersey") == "GBR" and country("Guernsey") == "GBR"  # Crown dependencies
    assert country("New Jersey") is None  # a US state: a place, not an actor (not_actors.yaml)
    assert country("Upper Volta") == "BFA"  # Burkina Faso's name until 1984
    assert country("Nasser") != "EGY"  # a person's name first (Nasser Bourita, the Nasser hospital in Gaza)
    assert country("Sava") is None  # the Balkan river, not a region of Madagascar
    assert country("Madeira") != "BRA"  # Portugal's island
    assert country("Savoy") != "CHE"  # a French region
    assert country("Tyrol") != "ITA"  # mostly Austria's
    assert country("Timor") is None  # split between Indonesia and Timor-Leste
    assert country("Galicia") == "ESP"  # kept: the Spanish region is the usual reading


def test_sentences_with_the_corrected_names():
    from foedus.coder.pipeline import code_text

    events = code_text("French fishing boats blockaded the main port of Jersey in protest at licences.",
                       date="2021-05-06").events
    assert any(e.target is not None and e.target.code == "GBR" for e in events)
    events = code_text("Israeli troops raided the Nasser hospital in southern Gaza.", date="2024-01-10").events
    assert all(e.target is None or not e.target.code.startswith("EGY") for e in events)
