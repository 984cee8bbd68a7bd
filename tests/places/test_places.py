"""Event places: the gazetteer and the choice of the locative phrase, on our own sentences."""

import pytest

from foedus import data, places


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
    for name in ("places/countries.tsv", "places/overrides.tsv"):
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
