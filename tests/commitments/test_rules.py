"""Rule flags on coded events: arms to or from the DPRK, use of force between states."""

from __future__ import annotations

from foedus.commitments import rules
from foedus.schema import Actor, Event, Plover


def event(cameo, src, tgt, evidence, modality="asserted", src_sector="GOV"):
    return Event(id="t-e0", sentence=0, evidence=evidence, span=[0, len(evidence)],
                 source=Actor(src, src + (src_sector or ""), src, src_sector) if src else None,
                 target=Actor(tgt, tgt, tgt) if tgt else None, cameo=cameo, root=cameo[:2], cameo_name="test",
                 quad_class=1, goldstein=0.0, plover=Plover(None), modality=modality)


def names(flags):
    return [f["rule"] for f in flags]


def test_considered_military_aid_to_the_dprk_is_a_considered_breach():
    flags = rules.flag_event(event("0332", "RUS", "PRK", "did not rule out supplying weapons to North Korea",
                                   modality="considered"))
    assert names(flags) == ["UNSCR 1718", "UNSCR 1874", "UNSCR 2270"]
    assert all(f["modality"] == "considered" and f["reason"].startswith("considered breach") for f in flags)
    assert flags[0]["check"] == "arms_transfer_to_dprk"


def test_asserted_sale_and_purchase():
    sold = rules.flag_event(event("061", "IRN", "PRK", "sold artillery shells to Pyongyang"))
    assert names(sold) == ["UNSCR 1718", "UNSCR 1874", "UNSCR 2270"]
    assert not sold[0]["reason"].startswith("considered")
    bought = rules.flag_event(event("061", "RUS", "PRK", "bought millions of artillery shells from Pyongyang"))
    assert bought[0]["check"] == "arms_procurement_from_dprk"
    shipped = rules.flag_event(event("070", "PRK", "RUS", "shipped ballistic missiles to Moscow"))
    assert shipped[0]["check"] == "arms_procurement_from_dprk"


def test_no_flag_without_weapons_the_dprk_or_with_a_negation():
    assert rules.flag_event(event("0331", "CHN", "PRK", "pledged food aid to North Korea")) == []
    assert rules.flag_event(event("072", "USA", "UKR", "sent weapons to Ukraine")) == []
    assert rules.flag_event(event("0332", "RUS", "PRK", "will not supply weapons", modality="negated")) == []


def test_use_of_force_between_states():
    flags = rules.flag_event(event("190", "RUS", "UKR", "shelled Ukrainian positions", src_sector="MIL"))
    assert names(flags) == ["UN Charter Art. 2(4)"]
    assert rules.flag_event(event("190", "UKR", None, "clashed with gunmen")) == []
    assert rules.flag_event(event("190", "UKR", "UKR", "fought rebels", src_sector="REB")) == []


def test_unscr_1718_notes_the_end_of_the_panel_of_experts():
    from foedus import data

    rule = next(r for r in data.read_yaml("treaties/un_rules.yaml")["rules"] if r["id"] == "unscr_1718")
    assert "2024-04-30" in rule["note"] and "remain in force" in rule["note"]
