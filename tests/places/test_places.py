"""Event places: the gazetteer and the choice of the locative phrase, on our own sentences."""

import pytest

from foedus import data
from foedus.coder import places


@pytest.fixture(scope="module")
def gazetteer():
    return places.Gazetteer.default()


def _place(nlp, text, verb_text):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == verb_text)
    return places.event_location(verb.sent, verb)


@pytest.mark.parametrize("name, country", [
    ("Kiev", "UKR"), ("Kyiv", "UKR"), ("Pyongyang", "PRK"), ("Hanoi", "VNM"), ("New York", "USA"),
    ("Hong Kong", "HKG"), ("South Korea", "KOR"), ("the Gaza Strip", "PSE"), ("Crimea", "UKR"),
    ("Paris", "FRA"), ("Washington", "USA"), ("U.S.", "USA"), ("Britain", "GBR"), ("Moscow", "RUS"),
])
def test_lookup(gazetteer, name, country):
    loc = gazetteer.lookup(name)
    assert loc is not None and loc.country == country
    assert loc.lat is not None and loc.lon is not None


def test_kiev_and_kyiv_are_one_place(gazetteer):
    assert gazetteer.lookup("Kiev") == gazetteer.lookup("Kyiv")


def test_unknown_names(gazetteer):
    assert gazetteer.lookup("United Nations") is None
    assert gazetteer.lookup("Kremlin") is None


def test_country_in_sentence_breaks_ties(gazetteer):
    # Several cities are called Valencia: the most populous (Venezuela's) is the default,
    # Spain's when Spain is named in the sentence.
    assert gazetteer.lookup("Valencia").country == "VEN"
    assert gazetteer.lookup("Valencia", {"ESP"}).country == "ESP"


def test_country_named_in_sentence_reaches_event_location(nlp):
    assert _place(nlp, "Spanish farmers blocked roads in Valencia, Spain.", "blocked").country == "ESP"
    assert _place(nlp, "Farmers blocked roads in Valencia.", "blocked").country == "VEN"


def test_every_country_has_coordinates(gazetteer):
    for iso3 in ("PRK", "KOR", "UKR", "RUS", "USA", "AND", "FJI"):
        found = [p for p in gazetteer.places.values() for p in p if p.tier == places.COUNTRY and p.country == iso3]
        assert found and found[0].lat is not None


def test_data_files_are_valid():
    for name in ("places/countries.tsv", "places/overrides.tsv", "places/us_states.tsv"):
        rows = places._read_tsv(name)
        assert rows
        for row in rows:
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
    assert data.path("places/overrides.tsv").exists()


def test_summit_in_pyongyang(nlp):
    loc = _place(nlp, "The two presidents signed a defence pact at a summit in Pyongyang on Friday.", "signed")
    assert loc.name == "Pyongyang" and loc.country == "PRK"
    assert abs(loc.lat - 39.03) < 0.1 and abs(loc.lon - 125.75) < 0.1


def test_participle_place(nlp):
    loc = _place(nlp, "Speaking in Hanoi after a trip to Seoul, the envoy criticised the drills.", "criticised")
    assert loc.country == "VNM"


def test_nested_place_in_organisation_phrase(nlp):
    loc = _place(nlp, "At the United Nations in New York, the minister denounced the test.", "denounced")
    assert loc.country == "USA"


@pytest.mark.parametrize("text, verb", [
    ("Germany is sending arms to Ukraine.", "sending"),
    ("Poland pledged more aid to Ukraine.", "pledged"),
    ("Hungary criticised Kyiv's plan.", "criticised"),
    ("Russia faces isolation over its war in Ukraine.", "faces"),
    ("The move would prompt retaliation from Moscow.", "prompt"),
])
def test_no_place(nlp, text, verb):
    assert _place(nlp, text, verb) is None


def test_place_inside_subject(nlp):
    assert _place(nlp, "The talks in Geneva ended without a deal.", "ended").name == "Geneva"


def test_multiword_place_in_clause(nlp):
    assert _place(nlp, "Thousands of protesters rallied in Hong Kong on Sunday.", "rallied").name == "Hong Kong"
    assert _place(nlp, "Police fired tear gas at protesters in Hong Kong.", "fired").name == "Hong Kong"


def test_place_of_other_clause_not_taken(nlp):
    text = "Tokyo protested after China held drills near Taiwan."
    assert _place(nlp, text, "protested") is None
    assert _place(nlp, text, "held").country == "TWN"


def test_example_article(nlp, example_text):
    doc = nlp(example_text)
    sents = list(doc.sents)

    def place_of(verb_text, word):
        for sent in sents:
            if word in sent.text:
                tok = next(t for t in sent if t.text == verb_text)
                return places.event_location(sent, tok)
        raise AssertionError(word)

    assert place_of("signed", "summit").country == "PRK"
    assert place_of("expressed", "New York").country == "USA"
    assert place_of("warned", "Hanoi").name == "Hanoi"
    assert place_of("announced", "announced") is None  # "supplying arms to Ukraine" is a destination
    assert place_of("condemned", "condemned") is None


# ---- issue 11 (3): disambiguation, words that are not places, fallbacks, coverage ----------------
@pytest.mark.parametrize("name, country", [("Venice", "ITA"), ("Geneva", "CHE"), ("Paris", "FRA"), ("Moscow", "RUS")])
def test_famous_city_wins_even_when_the_article_names_the_usa(gazetteer, name, country):
    # Venice, California and Geneva, Illinois are real, but far smaller and less known
    assert gazetteer.lookup(name).country == country
    assert gazetteer.lookup(name, article_countries={"USA"}).country == country


def test_article_country_picks_a_comparable_city(gazetteer):
    assert gazetteer.lookup("Valencia", article_countries={"ESP"}).country == "ESP"


@pytest.mark.parametrize("word", ["March", "May", "Sunday", "Police", "Most"])
def test_months_weekdays_and_common_words_are_not_places(gazetteer, word):
    assert gazetteer.lookup(word) is None


def test_accents_do_not_matter(gazetteer):
    assert gazetteer.lookup("Jamundi").country == "COL"


def test_gazetteer_entries_carry_geonames_ids(gazetteer):
    geneva = gazetteer.place("Geneva")
    assert geneva.feature_id and geneva.admin1 == "GE" and geneva.kind == "city"
    kyiv = gazetteer.entry("Kyiv", "UKR")
    assert kyiv.feature_id and kyiv.kind == "city" and kyiv.capital
    assert gazetteer.entry("Gaza Strip", "PSE").kind == "region"


@pytest.mark.parametrize("text, name", [
    ("KYIV, June 3 (Reuters) - Ukraine said ...", "Kyiv"),
    ("GENEVA \u2014 Iran and the EU held talks.", "Geneva"),
    ("MOSCOW (AP) \u2014 Russia expelled two diplomats.", "Moscow"),
    ("NEW YORK, June 3 (Reuters) - ...", "New York City"),
    ("Kyiv, Ukraine, June 3 (Reuters) - ...", "Kyiv"),
])
def test_dateline(text, name):
    assert places.dateline_place(text).name == name


@pytest.mark.parametrize("text", ["Israeli aircraft struck a school - and more.", "The talks - held in secret - ended.",
                                  "In March - the month of the vote - parliament met."])
def test_no_dateline(text):
    assert places.dateline_place(text) is None


@pytest.mark.parametrize("text, verb, expected", [
    ("In March, Chile recalled its ambassador.", "recalled", None),
    ("President Lincoln praised Kenya for its peacekeeping role.", "praised", None),
    ("Moscow said the talks had failed.", "said", None),
    ("Haitian gangs attacked the main prison in Port-au-Prince.", "attacked", "Port-au-Prince"),
    ("Myanmar's military bombed a village in Sagaing region.", "bombed", "Sagaing"),
    ("Israeli troops demolished homes in the West Bank city of Hebron.", "demolished", "Hebron"),
    ("Protesters clashed with police in Valencia, Spain, on Saturday.", "clashed", "Valencia"),
    ("Venezuela deployed troops in Sucre state.", "deployed", None),   # not Sucre, Bolivia
])
def test_event_place_rules(nlp, text, verb, expected):
    loc = _place(nlp, text, verb)
    assert (loc.name if loc else None) == expected


def test_object_of_an_attack_is_its_place(nlp):
    doc = nlp("Sudanese paramilitary fighters attacked the city of El Fasher.")
    verb = doc[3]
    assert places.event_location(verb.sent, verb) is None
    assert places.event_location(verb.sent, verb, object_is_place=True).name == "El Fasher"


def test_dateline_is_the_last_fallback(nlp):
    doc = nlp("Ukraine accused Russia of attacking a power plant.")
    verb = doc[1]
    kyiv = places.dateline_place("KYIV, June 3 (Reuters) - ")
    assert places.event_location(verb.sent, verb, dateline=kyiv).name == "Kyiv"
    doc = nlp("Tokyo protested after China held drills near Taiwan.")
    protested, held = doc[1], doc[4]
    assert places.event_location(protested.sent, protested, dateline=kyiv).name == "Kyiv"
    assert places.event_location(held.sent, held, dateline=kyiv).country == "TWN"


def test_sentence_place_is_the_fallback(nlp):
    # "in Brussels" hangs from the reported clause; the report itself has no place of its own
    doc = nlp("Thousands of farmers protested in Brussels on Thursday, Belgian police said.")
    said = next(t for t in doc if t.text == "said")
    protested = next(t for t in doc if t.text == "protested")
    assert places.event_location(protested.sent, protested).name == "Brussels"
    assert places.event_location(said.sent, said) is None   # a clause with its own subject


def _eval(nlp, name):
    import json
    import sys
    from pathlib import Path

    from foedus.coder.pipeline import Coder

    root = Path(__file__).resolve().parent
    sys.path.insert(0, str(root.parent.parent / "scripts"))
    try:
        import place_eval
    finally:
        sys.path.pop(0)
    cases = [json.loads(line) for line in (root / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    totals, _ = place_eval.score(cases, Coder(nlp=nlp))
    return totals


def test_place_coverage_and_accuracy_on_our_cases(nlp):
    # before issue 11: 60% of events had a place and 67% were right (45 events)
    totals = _eval(nlp, "place_cases.jsonl")
    assert totals["events"] >= 40
    assert totals["with_place"] / totals["events"] >= 0.8
    assert totals["right"] / totals["events"] >= 0.9


def test_place_accuracy_on_cases_written_after_the_rules(nlp):
    # written after the rules were (two fixes followed: "the West Bank city of Hebron", accents)
    totals = _eval(nlp, "place_cases_heldout.jsonl")
    assert totals["right"] / totals["events"] >= 0.8


def test_dateline_applies_to_its_country_actors_and_meetings():
    from foedus.schema import Actor, Event, Location, Plover

    kyiv = Location(name="Kyiv", country="UKR")

    def event(root, *countries):
        actors = [Actor(text=c, code=c, country=c) for c in countries] + [None, None]
        return Event(id="x", sentence=0, evidence="", span=[0, 0], source=actors[0], target=actors[1], cameo=root + "0",
                     root=root, cameo_name="", quad_class=1, goldstein=0.0, plover=Plover(type=None))

    assert places.dateline_applies(kyiv, event("11", "UKR", "RUS"))      # Ukraine accused Russia
    assert places.dateline_applies(kyiv, event("04", "IRN", "FRA"))      # talks held there
    assert places.dateline_applies(kyiv, event("19"))                    # unnamed gunmen
    assert not places.dateline_applies(kyiv, event("16", "CHL", "VEN"))  # Chile recalled its envoy
    assert not places.dateline_applies(None, event("11", "UKR"))


def test_article_dates_and_places_end_to_end(nlp):
    from foedus.coder.pipeline import Coder

    text = ("JERUSALEM, March 9 (Reuters) - Israeli Prime Minister Yitzhak Shamir will visit Washington on April 29 "
            "and meet President Reagan, officials said. Soviet and American negotiators resumed talks in Geneva "
            "on Monday. In March, Chile recalled its ambassador.")
    result = Coder(nlp=nlp).code_text(text, date="1987-03-10")
    got = [(e.date, e.date_precision, e.location.name if e.location else None) for e in result.events]
    assert got[:2] == [("1987-04-29", "day", "Washington")] * 2
    assert ("1987-03-09", "day", "Geneva") in got
    assert ("1987-03-01", "month", None) in got
    assert all(e.date for e in result.events)


@pytest.mark.parametrize("text, name, country", [
    ("Police arrested two men in Venice, California, on Friday.", "Venice", "USA"),
    ("Police arrested two men in Venice on Friday.", "Venice", "ITA"),
    ("Protesters rallied in Geneva, Illinois.", "Geneva", "USA"),
    ("Protesters rallied in Texas.", "Texas", "USA"),
    ("Troops patrolled in Georgia.", "Georgia", "GEO"),
    ("Police raided homes in Northern Ireland.", "Northern Ireland", "GBR"),
])
def test_a_state_or_country_after_the_name_decides(nlp, text, name, country):
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    loc = places.event_location(verb.sent, verb)
    assert (loc.name, loc.country) == (name, country)


def test_us_states_are_regions_with_their_code(gazetteer):
    texas = gazetteer.place("Texas")
    assert texas.kind == "region" and texas.admin1 == "TX" and texas.lat is not None
    assert gazetteer.place("Florida").country == "USA"
    assert gazetteer.place("Washington").name == "Washington"   # the capital, not the state


def test_the_tail_of_a_joined_name_is_not_a_place_alone(nlp):
    # "Praia" alone is Cape Verde's capital; "Vila Nova da Praia" (a name the gazetteer lacks) is not
    loc = _place(nlp, "Gunmen burned houses in Vila Nova da Praia on Sunday.", "burned")
    assert loc is None or loc.country != "CPV"
    loc = _place(nlp, "Gunmen burned houses in Praia on Sunday.", "burned")
    assert loc is not None and loc.country == "CPV"
    loc = _place(nlp, "Insurgents burned houses in Mocimboa da Praia on Sunday.", "burned")
    assert loc is not None and loc.country == "MOZ"


@pytest.mark.parametrize("word", ["Bank", "Central", "Federal", "Republic", "Alliance", "Liberal", "Green"])
def test_words_that_begin_institutions_names_are_no_towns(gazetteer, word):
    # small towns of these names exist (Bank in India, Republic in the USA), but in news the capitalised word
    # is part of a name: "Union Bank of Switzerland", "the Central Bank", "the Liberal Party"
    assert gazetteer.place(word, set(), frozenset()) is None
    assert gazetteer.place("West Bank", set(), frozenset()).country == "PSE"


def test_a_banks_name_gives_no_target():
    from foedus import code_text
    events = code_text("Lloyds Bank and Union Bank of Switzerland said they would merge their trading arms.",
                       date="1997-12-08").events
    assert all((e.target is None or e.target.country != "IND") for e in events)
