"""Word-sense misfires of roots 04-05 (sense12). A law, bill or decree approved or backed by a legislature
or cabinet is adopted, not praised (051); defending oneself, allies or a land is armed defence, not
verbal defence (052). Our own sentences."""

import pytest

from gold_helpers import has_coded, triples

DATE = "2024-03-01"


# each sentence with the code its verb must no longer give
NOT_CODED = [
    # a law, bill or decree approved or backed is adopted, not praised
    ("Kenya's parliament approved a new media law on Tuesday.", "051"),
    ("Brazilian senators backed a bill raising the pension age.", "051"),
    ("The Polish cabinet approved a decree on farm subsidies.", "051"),
    ("Argentina's lower house approved the legislation by a wide margin.", "051"),
    # defending oneself, allies or a land is armed defence, not verbal defence
    ("Turkey said it would defend itself against any incursion.", "052"),
    ("Tokyo changed its rules to let its troops defend allies abroad.", "052"),
    ("Egypt sent two brigades to defend the kingdom from rebel raids.", "052"),
    # aircraft flying, or people flown somewhere, make no visit
    ("Officials in Khartoum flew foreign journalists in to see the damage.", "042"),
    ("The gunmen forced the pilot to fly to Cyprus.", "042"),
    ("Manila let American bombers fly from its bases.", "042"),
    # movement and persuasion are no consultation or cooperation
    ("Armed militiamen went from door to door in the suburbs of Bangui.", "040"),
    ("A man carrying a knife approached the mayor of Gdansk at a charity concert.", "040"),
    ("The Kenyan delegation persuaded the Sudanese generals to step down.", "050"),
    # bare linking, heightening or sweeping verbs code nothing
    ("Rebels chained the captured Kenyan soldiers to the gates of the barracks.", "060"),
    ("The Serbian minister exaggerated the threat posed by Kosovo.", "060"),
    ("A powerful storm swept the Philippine coast overnight.", "090"),
]

CODED = [
    ("Ukraine's parliament approved martial law in four regions.", "1724"),
    ("Germany praised Poland for its handling of the refugee crisis.", "051"),
    ("France backed the Irish proposal at the summit.", "051"),
    ("The Swedish minister defended the decision to close the embassy.", "052"),
    ("The Turkish foreign minister flew to Baghdad for talks on water.", "042"),
    ("The Turkish foreign minister went to Baghdad for talks.", "042"),
]


@pytest.mark.parametrize("text,code", NOT_CODED)
def test_misfiring_sense_is_not_coded(coder, text, code):
    got = triples(coder, text, DATE)
    assert not has_coded(got, code), got


@pytest.mark.parametrize("text,code", CODED)
def test_the_political_sense_is_kept(coder, text, code):
    got = triples(coder, text, DATE)
    assert has_coded(got, code), got
