"""False events of the twenty-third session (false23): words in a sense that is no political act - a
sports result told with a verb of threat, a sport named by "Olympic" or a "trophy", a vessel that catches
fire, a civil ship that blocks a waterway - and the real acts around the same words that are kept.
Sentences written for these tests."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text", [
    # a sports result: no threat (13), no battle, no occupation
    "Wales defeated Fiji 15-12 in extra time to win the Rugby World Cup in Cardiff, with Prince William watching in the stands.",
    "Chinese divers clashed with Japanese rivals in the Olympic synchronised event in Paris.",
    "India captured the Champions Trophy by beating Australia in the final in Dubai.",
    # a team as the doer, a score hung on a name, a participle aside of a sports result
    "The Tajik and Uzbek football teams battled in Dushanbe, and 20,000 fans watched.",
    "Spain defeated England 1-0 in Sydney, storming to a first Women's World Cup title.",
    # an accident: a vessel that catches fire is seized by no one, nor riots
    "A ferry carrying 300 passengers caught fire near Dhaka, and at least 30 people died.",
    # a civil ship aground obstructs nothing as an act of anyone
    "A Panamanian container ship ran aground in the Suez Canal and blocked traffic for six days.",
])
def test_no_event_from_a_word_in_its_other_sense(coder, text):
    t = triples(coder, text, date="2023-06-01")
    assert not t, t


@pytest.mark.parametrize("text, code", [
    ("Kenyan police caught two suspected militants near the border town of Mandera.", "173"),
    ("Farmers blocked the main highway into Paris with tractors to protest against fuel taxes.", "144"),
    ("Russia threatened to cut gas supplies to Moldova.", "13"),
    ("Rebels captured the town of Goma after days of fighting.", "19"),
    ("Israeli jets struck a football stadium in Gaza, killing five people.", "19"),
    ("Gunmen attacked the Sri Lankan cricket team's bus in Lahore, killing six policemen.", "18"),
])
def test_the_political_sense_is_kept(coder, text, code):
    t = triples(coder, text, date="2023-06-01")
    assert has_coded(t, code), t
