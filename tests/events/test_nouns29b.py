"""Events told as nouns (round 29, helper `nouns29b`): who dies in an attack is its victim, never its doer.
Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_the_dead_are_the_victims_of_an_unattributed_attack(coder):
    got = triples(coder, "Five Iraqi policemen died in a car bombing in Baghdad.")
    assert coded(got, "18") == {(None, "IRQCOP", "asserted")}, got
    got = triples(coder, "Three Afghan soldiers perished in a drone strike near Kandahar.")
    assert coded(got, "19") == {(None, "AFGMIL", "asserted")}, got


def test_the_dead_are_never_the_attackers(coder):
    got = triples(coder, "Twelve Pakistani worshippers died in a suicide bombing at a mosque in Peshawar.")
    assert not coded(got, "14"), got
    assert ("PAKCVL", "PAK", "asserted") not in coded(got, "18"), got
    assert (None, "PAKCVL", "asserted") in coded(got, "1831"), got


def test_an_attack_with_its_own_doer_keeps_it(coder):
    got = triples(coder, "Three Palestinian civilians died in an Israeli air strike on a school in Gaza.")
    assert {s for s, t, m in coded(got, "19")} == {"ISR"}, got


def test_a_death_with_no_act_of_violence_is_no_event(coder):
    assert not triples(coder, "Former Zambian President Kenneth Kaunda died in a military hospital in Lusaka.")
    got = triples(coder, "Two Azerbaijani brothers died in Russian police custody in Yekaterinburg.")
    assert not coded(got, "184"), got


def test_a_by_phrase_after_the_attack_names_its_doer(coder):
    got = triples(coder, "At least 20 villagers died in an attack by Boko Haram gunmen in Borno state.")
    assert ("NGAREB", "NGACVL", "asserted") in coded(got, "1"), got
    got = triples(coder, "Hundreds of Syrian civilians were killed in a poison gas attack by government forces "
                         "on the suburbs of Damascus.")
    assert {s for s, t, m in coded(got, "19") | coded(got, "20")} == {"SYRMIL"}, got
