"""ALL-CAPS text (wire headlines, 1980s telex) is truecased before the parse (foedus.coder.truecase).

Every sentence here is our own wording. Each is coded once in ordinary case and once in capitals:
the codes (CAMEO root, source, target) must be the same.
"""

from __future__ import annotations

import pytest

from foedus.coder import nlp
from foedus.coder.truecase import english_words, needs_truecase, read_words, truecase
from foedus.errors import DataError

PAIRS = [
    "Kenya accused Somalia of shelling border villages.",
    "Beirut, Jan 20 - Gunmen kidnapped two West Germans in west Beirut on Tuesday, police said.",
    "Managua, March 3 - Contra rebels ambushed a government convoy near the Honduran border, the defence ministry said.",
    "Iraqi troops shelled Kurdish villages near Kirkuk, the Kurdish rebels said.",
    "The UN Security Council condemned Israel for the raid on Tunis.",
    "President Reagan met Soviet leader Mikhail Gorbachev in Geneva.",
    "Syria denied that its troops had fired on Lebanese police.",
    "Nicaragua expelled three American diplomats on Monday.",
    "Libya threatened to attack US warships in the Gulf of Sidra.",
    "NATO foreign ministers condemned the Soviet invasion of Afghanistan.",
    "The EU imposed sanctions on Belarus.",
    "Israeli jets bombed Palestinian bases in southern Lebanon on Sunday.",
    "Colombo, June 5 - Tamil guerrillas killed 12 soldiers in an ambush near Jaffna.",
    "Vietnam rejected a Chinese proposal for talks on the border.",
    "Iran released two French hostages held in Lebanon.",
]


def _codes(coder, text):
    result = coder.code_text(text, date="1986-01-20")
    return sorted((e.root, e.modality, e.source and e.source.code, e.target and e.target.code) for e in result.events)


@pytest.fixture(scope="module")
def coder():
    from foedus.coder.pipeline import Coder

    return Coder()


@pytest.mark.parametrize("sentence", PAIRS)
def test_capitals_code_like_ordinary_case(coder, sentence):
    ordinary = _codes(coder, sentence)
    assert ordinary, sentence
    assert _codes(coder, sentence.upper()) == ordinary


def test_headline_accusation_is_not_an_attack_on_own_civilians(coder):
    # before truecasing, spaCy read the whole headline as one name and coded 194 KEN -> KENCVL
    assert _codes(coder, "ETHIOPIA ACCUSED ERITREA OF SHELLING FRONTIER TOWNS") == [("11", "asserted", "ETH", "ERI")]


def test_same_length_and_names_kept():
    for sentence in PAIRS:
        shouted = sentence.upper()
        cased = truecase(shouted)
        assert len(cased) == len(shouted) and cased.lower() == shouted.lower()
    assert truecase("BEIRUT, JAN 20 - GUNMEN KIDNAPPED TWO WEST GERMANS ON TUESDAY.") == \
        "Beirut, Jan 20 - Gunmen kidnapped two west Germans on Tuesday."
    assert truecase("THE UN AND NATO URGED THE EU TO ACT, I AM TOLD.") == "The UN and NATO urged the EU to act, I am told."
    # a surname that is also an English word stays a word ("struck"), a country stays a name
    english = english_words(nlp.load())
    assert truecase("THE IDF STRUCK GAZA CITY AND JORDAN PROTESTED.", english) == \
        "The IDF struck Gaza City and Jordan protested."


def test_ordinary_text_is_untouched():
    texts = ["PANAMA CITY, Dec 20 - U.S. troops invaded Panama, and the OAS, UN and EU protested.",
             "Kenya accused Somalia of shelling border villages.",
             "The IAEA, the UN and the EU said so."]
    for text in texts:
        assert truecase(text) is text
    assert not needs_truecase("MANILA, Aug 28 - Rebel soldiers attacked a camp.")
    # a shouted line inside an ordinary article is truecased alone
    mixed = "Kenya said on Friday it would respond.\nSOMALIA DENIED SHELLING THE VILLAGES"
    assert truecase(mixed) == "Kenya said on Friday it would respond.\nSomalia denied shelling the villages"


def test_pipeline_parses_truecased_text_and_keeps_the_original():
    pipeline = nlp.load()
    plain = pipeline("Kenya accused Somalia of shelling border villages.")
    assert nlp.ORIGINAL_TEXT not in plain.user_data
    shouted = "KENYA ACCUSED SOMALIA OF SHELLING BORDER VILLAGES."
    doc = pipeline(shouted)
    assert doc.user_data[nlp.ORIGINAL_TEXT] == shouted
    assert doc.text == "Kenya accused Somalia of shelling border villages."
    assert [t.pos_ for t in doc][:3] == ["PROPN", "VERB", "PROPN"]
    # dictionary phrases are tokenized by the wrapped tokenizer's pipe, never truecased
    assert [d.text for d in pipeline.tokenizer.pipe(["UNITED NATIONS SECURITY COUNCIL MEMBERS"])] == \
        ["UNITED NATIONS SECURITY COUNCIL MEMBERS"]


def test_word_file_loads_and_bad_files_are_refused(tmp_path):
    words = read_words()
    assert "US" in words.abbreviations_kept and "split" in words.common_words and "jan" in words.calendar_abbreviations
    cases = {
        "schema_version: 1\nabbreviations_kept: [us]\ncommon_words: [split]\ncalendar_abbreviations: [jan]\n": "capitals",
        "schema_version: 1\nabbreviations_kept: [US]\ncommon_words: [Split]\ncalendar_abbreviations: [jan]\n": "lower case",
        "schema_version: 1\nabbreviations_kept: [US]\ncommon_words: [nice, nice]\ncalendar_abbreviations: [jan]\n": "twice",
        "schema_version: 1\nabbreviations_kept: [US]\ncommon_words: [nice]\n": "calendar_abbreviations",
        "schema_version: 1\nabbreviations_kept: [US]\ncommon_words: [nice]\ncalendar_abbreviations: [jan]\nextra: [x]\n": "extra",
    }
    for n, (text, said) in enumerate(cases.items()):
        path = tmp_path / f"words{n}.yaml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(DataError, match="E202") as info:
            read_words(path)
        assert said in str(info.value), (said, str(info.value))


def test_output_shows_the_users_capitals(coder):
    """The parse reads the truecased text; sentences, evidence and quotes come back in the user's words."""
    text = ('MOSCOW, MARCH 3 - "WE WILL NOT ALLOW NATO TO EXPAND EASTWARD," THE SOVIET FOREIGN MINISTRY SAID, '
            'AND IT ACCUSED WASHINGTON OF PROVOKING TENSION IN EUROPE.')
    result = coder.code_text(text, date="1987-03-03")
    assert result.article.sentences == [text]
    assert result.events and all(e.evidence == text[e.span[0]:e.span[1]] and e.evidence.isupper()
                                 for e in result.events), result.events
    assert [q.text for q in result.quotes] == ["WE WILL NOT ALLOW NATO TO EXPAND EASTWARD,"]
