"""Actor rules, issue 10 round 18: settlers on settled land, people named by a people's name acting in another
state, the office words of a state body named after "of"/"for". Sentences written for these tests."""

from __future__ import annotations

from foedus.coder.actors import ActorDictionary, read_tsv


def found(nlp, matcher, text, date="2024-06-20"):
    return dict((m.text, m.code) for m in matcher.find(nlp(text), date))


def test_settlers_on_settled_land_are_the_settling_states_civilians(nlp, matcher):
    got = found(nlp, matcher, "Settlers torched a mosque in a village south of Hebron overnight.")
    assert got.get("Settlers") == "ISRCVL", got
    got = found(nlp, matcher, "Armed settlers attacked shepherds near Ramallah, Palestinian officials said.")
    assert got.get("settlers") == "ISRCVL", got


def test_settlers_elsewhere_or_named_by_their_own_adjective_keep_it(nlp, matcher):
    got = found(nlp, matcher, "Settlers in Kenya's Rift Valley protested against eviction.")
    assert got.get("Settlers") == "KENCVL", got
    got = found(nlp, matcher, "Israeli settlers uprooted olive trees near Nablus.")
    assert got.get("Israeli settlers") == "ISRCVL", got
    got = found(nlp, matcher, "Settlers attacked farmers near Nablus.", "1960-03-01")   # before the settlements
    assert got.get("Settlers") != "ISRCVL", got


def test_settlements_table_uses_known_codes():
    d = ActorDictionary.default()
    rows = read_tsv("actors/settlements.tsv")
    assert rows
    for row in rows:
        assert d.valid_code(row["territory"]) and d.valid_code(row["settlers"]), row
        assert row["words"].split(), row


def test_a_peoples_protesters_and_gunmen_in_another_state_are_of_that_state(nlp, matcher):
    got = found(nlp, matcher, "Serb protesters clashed with NATO peacekeepers in northern Kosovo.", "2023-05-29")
    assert got.get("Serb protesters") == "KSVCVL", got
    got = found(nlp, matcher, "Croat militiamen attacked Muslim villages near Mostar in central Bosnia.", "1994-06-01")
    assert got.get("Croat militiamen") == "BIHREB", got


def test_a_peoples_state_forces_and_people_at_home_keep_their_state(nlp, matcher):
    got = found(nlp, matcher, "Vukovar fell to the Yugoslav army and Serb paramilitaries after a long siege.", "1991-11-18")
    assert got.get("Serb paramilitaries") == "SRBMIL", got
    got = found(nlp, matcher, "Serb protesters marched through Belgrade against the government.", "2023-06-01")
    assert got.get("Serb protesters") == "SRBCVL", got


def test_office_words_of_a_state_body_are_that_body(nlp, matcher):
    got = found(nlp, matcher, "Representatives of the Sudanese government met mediators in Jeddah on Monday.")
    assert got.get("Representatives") == "SDNGOV", got
    assert got.get("Sudanese government") == "SDNGOV", got
    got = found(nlp, matcher, "A spokesman for the Iraqi army said the town had been retaken.")
    assert got.get("spokesman") == "IRQMIL", got
    got = found(nlp, matcher, "Soldiers of the Congolese army fled the town as the rebels advanced.")
    assert got.get("Soldiers") == "CODMIL", got
    got = found(nlp, matcher, "The president of South Korea met the speaker of the Iraqi parliament.")
    assert got.get("president of South Korea") == "KORGOV", got


def test_representatives_and_delegates_are_officials(nlp, matcher):
    got = found(nlp, matcher, "Sudanese representatives walked out of the talks in Jeddah.")
    assert got.get("Sudanese representatives") == "SDNGOV", got
    got = found(nlp, matcher, "The House of Representatives passed the bill.")
    assert got.get("House of Representatives") == "USALEG", got


def test_the_groups_spokesman_is_the_group_named_before_in_the_sentence(nlp):
    from foedus.coder.pipeline import code_text

    result = code_text("Saudi warplanes bombed Houthi positions near Saada, and the group's spokesman "
                               "vowed revenge.", "2019-05-01")
    sources = {e.source.code for e in result.events if e.source is not None}
    assert "YEMREB" in sources and "YEMGOV" not in sources, sources


def test_the_countrys_and_the_islands_are_the_state_named_before():
    from foedus.coder.pipeline import code_text

    def dyads(text):
        return {(e.root, e.source.code if e.source else "", e.target.code if e.target else "")
                for e in code_text(text, "2023-04-01").events}

    got = dyads("Beijing staged war games around Taiwan after the island's president met the American speaker.")
    assert any(src == "TWNGOV" for _, src, _ in got), got
    got = dyads("Mali's junta expelled the French ambassador, and the country's army demanded the withdrawal of "
                "French troops.")
    assert any(src == "MLIMIL" and root == "10" for root, src, _ in got), got


def test_a_by_phrase_weapon_is_fired_by_whoever_the_participle_names():
    from foedus.coder.pipeline import code_text

    def dyads(text):
        return {(e.root, e.source.code if e.source else "", e.target.code if e.target else "")
                for e in code_text(text, "2015-05-20").events}

    got = dyads("The South Korean corvette was sunk by a torpedo fired from a North Korean warship.")
    assert any(src.startswith("PRK") for _, src, _ in got), got
    got = dyads("Five soldiers were killed by a bomb planted by Taliban insurgents near Kandahar.")
    assert any(src.startswith("AFGREB") for _, src, _ in got), got
