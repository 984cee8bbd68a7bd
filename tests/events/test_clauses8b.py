"""Round 8b: events missed because of the clause they stand in or their subject. A free relative
"what it called X" names the verb's object; an attack noun as the subject of a killing is the attack;
a crowd protesting in a town codes without any other actor in the sentence; datelined sentences code
like undatelined ones. Our own sentences."""

import pytest

from gold_helpers import triples


def _has(t, code, source=None, target=None, modality="asserted"):
    return any(c.startswith(code) and m == modality and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "").startswith(target)) for s, tg, c, m in t)


@pytest.mark.parametrize("text, code, source, target", [
    ("Russia launched what it called a special military operation in Ukraine.", "190", "RUS", "UKR"),
    ("Turkey launched what it described as a counter-terrorism operation in northern Iraq.", "190", "TUR", "IRQ"),
    ("Israel began what it termed a limited ground operation in southern Lebanon.", "190", "ISR", "LBN"),
])
def test_named_object_of_a_free_relative(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


@pytest.mark.parametrize("text", [
    "Moscow imposed what it called retaliatory sanctions on Britain.",
    "Russia launched what it called a peace initiative.",
])
def test_the_label_is_no_statement_or_appeal(coder, text):
    t = triples(coder, text)
    assert not any(c[:2] in {"01", "02"} and c != "014" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Thousands marched in Kharkiv against the new law.", "141", "UKRCVL", "UKR"),
    ("Hundreds demonstrated in Mandalay against the junta.", "141", "MMRCVL", "MMR"),
    ("Crowds rallied in Bobo-Dioulasso against the French presence.", "141", "BFACVL", None),
])
def test_crowd_protesting_in_a_town_without_other_actor(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


@pytest.mark.parametrize("text", [
    "Thousands watched the match in Kharkiv.",
    "The storm killed 12 people in Bangladesh.",
    "The earthquake destroyed hundreds of homes in Herat.",
])
def test_no_event_without_an_act(coder, text):
    t = triples(coder, text)
    assert not any(c[:2] in {"14", "18", "19", "20"} for _, _, c, _ in t), t


@pytest.mark.parametrize("plain, code, source, target", [
    ("Soviet troops seized the presidential palace in Kabul.", "19", "SUNMIL", "AFG"),
    ("Israeli forces rolled into southern Lebanon.", "19", "ISRMIL", "LBN"),
    ("Soviet troops put tanks on the streets of Moscow.", "154", "SUNMIL", None),
])
def test_dateline_codes_like_plain(coder, plain, code, source, target):
    datelined = "BEIRUT, June 6 - " + plain
    a, b = triples(coder, plain, date="1989-06-06"), triples(coder, datelined, date="1989-06-06")
    assert _has(a, code, source, target), a
    assert sorted(c for _, _, c, _ in a) == sorted(c for _, _, c, _ in b), (a, b)


@pytest.mark.parametrize("text, code, source, target", [
    ("Russian shelling of Kharkiv wounded nine civilians.", "194", "RUS", "UKR"),
    ("A Ukrainian drone attack on Belgorod killed two people.", "195", "UKR", "RUS"),
])
def test_attack_noun_subject_of_a_killing(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


@pytest.mark.parametrize("text, main, aside, source, target", [
    ("Russia launched what it called a special military operation in Ukraine, bombing airfields near Kyiv.",
     "190", "195", "RUS", "UKR"),
    ("Turkey launched an offensive in northern Iraq, shelling Kurdish positions near Duhok.", "190", "194", "TUR", "IRQ"),
])
def test_participle_aside_of_specific_fighting_is_a_second_act(coder, text, main, aside, source, target):
    t = triples(coder, text)
    assert _has(t, main, source, target) and _has(t, aside, source, target), t


@pytest.mark.parametrize("text, root", [
    ("Gunmen attacked a church in Owo, Ondo state, killing 40 worshippers.", "18"),  # unnamed gunmen on civilians: 180 (violence9)
    ("Thousands of Kenyans marched in Nairobi, demanding the president's resignation.", "14"),
    ("Serbia recalled its ambassador from Montenegro, citing an attack on its embassy.", "16"),
])
def test_participle_aside_of_toll_aim_or_reason_is_no_second_act(coder, text, root):
    t = triples(coder, text)
    assert any(c.startswith(root) for _, _, c, _ in t), t
    assert len({c for _, _, c, _ in t}) == 1, t


@pytest.mark.parametrize("text, code, source, target", [
    ("Ukrainian forces shelled Donetsk while Russian troops attacked Avdiivka.", "190", "RUSMIL", "UKR"),
    ("Malian troops entered Kidal as the UN peacekeepers withdrew.", "087", "IGOUNO", None),
    ("Burkina Faso declared a curfew in Ouagadougou as jihadist fighters advanced toward the capital.", "19", None, None),
])
def test_trailing_concurrent_clause_is_news(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    ("As Russian troops advanced, Ukraine asked for more weapons.", "19"),
    ("Russia expelled two British diplomats while talks were continuing in Geneva.", "04"),
])
def test_leading_or_ongoing_time_clause_stays_background(coder, text, absent):
    t = triples(coder, text)
    assert t and not any(c.startswith(absent) for _, _, c, _ in t), t


@pytest.mark.parametrize("plain", [
    "Some 40,000 people marched through Minsk against Lukashenko.",
    "Thousands marched in Kharkiv against the new law.",
])
def test_datelined_crowd_codes_like_plain(coder, plain):
    datelined = "MINSK, Aug 16 - " + plain
    a, b = triples(coder, plain, date="2020-08-16"), triples(coder, datelined, date="2020-08-16")
    assert _has(a, "141", None, None) and _has(b, "141", None, None), (a, b)
    assert {s for s, _, c, _ in a if c.startswith("14")} == {s for s, _, c, _ in b if c.startswith("14")}, (a, b)


def test_crowd_in_a_clause_below_keeps_its_own_subject(coder):
    t = triples(coder, "The president resigned after thousands protested in Bishkek.")
    assert _has(t, "141", "KGZCVL", "KGZ"), t


@pytest.mark.parametrize("text, code, source, target", [
    ("A wave of Israeli air strikes killed 30 people in Gaza.", "195", "ISR", "PSE"),
    ("A series of Pakistani air strikes killed 8 people in eastern Afghanistan.", "195", "PAK", "AFG"),
    ("A wave of Houthi drone attacks wounded three Saudi soldiers.", "195", "YEMREB", "SAUMIL"),
])
def test_series_of_attacks_as_subject_is_the_attack(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


def test_series_of_disasters_is_no_attack(coder):
    t = triples(coder, "A series of earthquakes killed 30 people in Turkey.")
    assert not any(c[:2] in {"18", "19", "20"} for _, _, c, _ in t), t


@pytest.mark.parametrize("text, absent", [
    ("Italy's foreign minister threatened sanctions on Tunisia as he embarked on a trip to Libya.", "04"),
    ("Spain recalled its ambassador from Algiers as the two governments sought to calm the row.", "03"),
])
def test_time_clause_of_the_same_actor_or_an_aim_stays_background(coder, text, absent):
    t = triples(coder, text)
    assert t and not any(c.startswith(absent) for _, _, c, _ in t), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Malian soldiers took over the Gao camp as the last French unit lowered its flag.", "192", "MLIMIL", "MLI"),
    ("Rebels took over the town as government troops withdrew.", "192", None, None),
])
def test_dangling_as_opens_another_clause(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


def test_take_over_as_a_role_is_no_seizure(coder):
    t = triples(coder, "The general took over as president after the coup.")
    assert not any(c.startswith("192") for _, _, c, _ in t), t
