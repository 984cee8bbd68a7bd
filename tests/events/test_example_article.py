"""The reference article (examples/, June 2024) must give the events the issue lists, and
must not give the acts that did not happen."""

import pytest

from foedus.coder.pipeline import Coder


@pytest.fixture(scope="module")
def result(nlp, example_text):
    return Coder(nlp).code_text(example_text, date="2024-06-20", id="seoul")


def _find(result, source=None, target=None, root=None, modality=None, cameo=None):
    out = []
    for ev in result.events:
        if source and not (ev.source and ev.source.code.startswith(source)):
            continue
        if target and not (ev.target and ev.target.code.startswith(target)):
            continue
        if root and ev.root not in (root if isinstance(root, tuple) else (root,)):
            continue
        if cameo and ev.cameo != cameo:
            continue
        if modality and ev.modality != modality:
            continue
        out.append(ev)
    return out


def test_seoul_considers_arms_for_ukraine(result):
    evs = _find(result, source="KOR", target="UKR", root="03", modality="considered")
    assert evs, result.events
    assert any(e.date == "2024-06-20" for e in evs)


def test_pact_signed_both_ways_in_pyongyang(result):
    for a, b in (("PRK", "RUS"), ("RUS", "PRK")):
        evs = _find(result, source=a, target=b, cameo="057")
        assert evs, (a, b)
        assert evs[0].date == "2024-06-19"
        assert evs[0].location and evs[0].location.country == "PRK"


def test_yoon_condemns_the_pact(result):
    assert _find(result, source="KORGOV", root="11") and (
        _find(result, source="KORGOV", target="RUS", root="11") or _find(result, source="KORGOV", target="PRK", root="11"))


def test_yoon_warns_about_relations_with_moscow(result):
    assert _find(result, source="KORGOV", target="RUS", root=("11", "13"))


def test_foreign_minister_in_new_york(result):
    evs = _find(result, source="KORGOV", target="RUS", root="11")
    assert any(e.location and e.location.country == "USA" for e in evs), evs


def test_seoul_would_reassess_arms(result):
    assert _find(result, source="KORGOV", target="UKR", root=("03", "01"))


def test_putin_warns_seoul_in_hanoi(result):
    evs = _find(result, source="RUSGOV", target="KOR", root="13")
    assert evs and any(e.location and e.location.country == "VNM" for e in evs)


def test_putin_does_not_rule_out_arms_to_pyongyang(result):
    evs = _find(result, source="RUS", target="PRK", root="03", modality="considered")
    assert evs
    assert any(f.get("rule") for e in evs for f in e.flags), "arms to the DPRK must be flagged"


def test_vow_new_world_order_both_ways(result):
    assert _find(result, source="RUS", target="PRK", root="03")
    assert _find(result, source="PRK", target="RUS", root="03")


def test_sanctions_and_humanitarian_aid(result):
    assert _find(result, source="KOR", target="RUS", root="16")
    assert _find(result, source="KOR", target="UKR", cameo="073")


def test_no_asserted_military_aid(result):
    assert not _find(result, source="KOR", target="UKR", cameo="072", modality="asserted")
    assert not _find(result, source="RUS", target="PRK", cameo="072", modality="asserted")
    assert not any(e.root == "07" and e.cameo.startswith("072") and e.modality == "asserted" for e in result.events)


def test_four_quotations_with_speakers(result):
    speakers = {q.speaker.code[:3] if q.speaker else None for q in result.quotes}
    assert len(result.quotes) == 4, [q.text for q in result.quotes]
    assert all(q.speaker for q in result.quotes)
    assert {"PRK", "KOR", "RUS"} <= speakers
    by_text = {q.text.split()[0].lower(): q.speaker for q in result.quotes}
    assert by_text["all"].code == "PRKMED"
    assert by_text["deplorable"].code == "KORGOV" and "Cho" in (by_text["deplorable"].name or "")
    assert by_text["very"].code.startswith("RUS")
    assert by_text["it's"].code.startswith("KOR")
