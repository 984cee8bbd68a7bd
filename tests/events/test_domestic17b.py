"""Round 17, helper domestic17b (our own sentences): a force's posts (army positions, outposts, garrisons) stand for
the force when they are attacked, and a group's positions for the group; a post taken (192) is the country's
territory; the government's troops, forces or positions attacked are fought (190), not criticised (111)."""

from __future__ import annotations

import pytest


def _events(coder, text, date="2010-05-01"):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in coder.code_text(text, date=date).events]


@pytest.mark.parametrize("text, source, target", [
    ("Tamil rebels attacked army positions in the north of Sri Lanka.", "LKAREB", "LKAMIL"),
    ("Guerrillas launched an assault on government garrisons near Kabul.", "AFGREB", "AFGMIL"),
    ("Nigerian jets bombed rebel positions near the border.", "NGAMIL", "NGAREB"),
    ("Gunmen attacked a police outpost in Balochistan, Pakistan.", None, "PAKCOP"),
])
def test_a_forces_posts_attacked_are_the_force(coder, text, source, target):
    got = {(s, t) for c, s, t, _ in _events(coder, text) if c[:2] in {"18", "19"}}
    assert (source, target) in got, got


@pytest.mark.parametrize("text, target", [
    ("The Arakan Army captured a military outpost in Rakhine State in Myanmar.", "MMR"),
    ("Rebels seized an army base in northern Mali.", "MLI"),
])
def test_a_post_taken_is_the_countrys_territory(coder, text, target):
    got = {t for c, _, t, _ in _events(coder, text) if c == "192"}
    assert got == {target}, got


@pytest.mark.parametrize("text", [
    "Taliban fighters attacked government troops in Helmand.",
    "Insurgents hit government forces in Kandahar with mortars.",
    "Rebels ambushed government soldiers near Bentiu in South Sudan.",
])
def test_government_forces_attacked_are_fought_not_criticised(coder, text):
    roots = {c[:2] for c, *_ in _events(coder, text)}
    assert roots == {"19"}, roots


def test_the_government_attacked_in_words_stays_criticism(coder):
    roots = {c[:2] for c, *_ in _events(coder, "The opposition leader attacked the government over its handling of the economy.")}
    assert roots == {"11"}, roots


@pytest.mark.parametrize("text, date, a, b", [
    ("The Sandinista government and Contra rebel leaders signed a ceasefire agreement in Sapoa.", "1988-03-23",
     "NICGOV", "NICREB"),
    ("The Colombian government and FARC rebel leaders signed a peace accord in Cartagena.", "2016-09-26",
     "COLGOV", "COLREB"),
])
def test_a_first_subject_read_as_a_modifier_of_the_second_signs_both_ways(coder, text, date, a, b):
    pairs = {(s, t) for c, s, t, _ in _events(coder, text, date) if c == "057"}
    assert {(a, b), (b, a)} <= pairs, pairs


@pytest.mark.parametrize("text, date, target", [
    ("The Indian government blamed a militant group for the attack.", "2001-12-14", "INDREB"),
    ("Police in Mali blamed a jihadist group for the attack.", "2019-03-01", "MLIREB"),
    # a group "based" abroad is no agent of the state it is based in: armed men are of the country where they fight
    ("Gunmen stormed India's parliament, and the government blamed a Pakistan-based militant group.", "2001-12-14",
     "INDREB"),
])
def test_a_group_of_armed_men_named_by_its_kind_is_an_armed_group(coder, text, date, target):
    got = {t for c, _, t, _ in _events(coder, text, date) if c.startswith("112")}
    assert got == {target}, got
