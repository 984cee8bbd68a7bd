"""CAMEO codes, PLOVER mappings and our PLOVER 0.5 table."""

from __future__ import annotations

import pytest

from foedus import data, taxonomy
from foedus.errors import DataError
from foedus.schema import Plover


def test_cameo_row():
    row = taxonomy.cameo("057")
    assert (row.code, row.name, row.root, row.quad_class, row.goldstein) == ("057", "Sign formal agreement", "05", 1, 8.0)
    assert taxonomy.cameo("0871").root == "08"
    assert taxonomy.cameo("190").quad_class == 4 and taxonomy.cameo("190").goldstein < 0


def test_codes_keep_leading_zeros():
    codes = taxonomy.all_codes()
    assert len(codes) >= 300 and "010" in codes and "0871" in codes
    assert taxonomy.is_valid("04") and not taxonomy.is_valid("4") and not taxonomy.is_valid(57)


@pytest.mark.parametrize("bad", ["999", "57", "", "abc"])
def test_unknown_code_is_e204(bad):
    with pytest.raises(DataError, match=r"E204"):
        taxonomy.cameo(bad)
    with pytest.raises(DataError, match=r"E204"):
        taxonomy.plover05(bad)


def test_plover():
    assert taxonomy.plover("0871") == Plover(type="RETREAT", mode="ceasefire")
    assert taxonomy.plover("041") == Plover(type="CONSULT", mode="phone")
    assert taxonomy.plover("010") == Plover(type=None, mode=None)   # dropped by PLOVER
    assert taxonomy.plover("08").type == "CONCEDE"


# The documented PLOVER 0.5 type of every root (docs/verbs.md).
ROOTS = {"01": None, "02": "DEMAND", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
         "07": "AID", "08": "CONCEDE", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT",
         "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
         "18": "ASSAULT", "19": "FIGHT", "20": "FIGHT"}


@pytest.mark.parametrize("root, ptype", sorted(ROOTS.items()))
def test_plover05_roots(root, ptype):
    assert taxonomy.plover05(root) == ptype
    assert taxonomy.plover05(root + "0") == ptype


@pytest.mark.parametrize("code, ptype", [
    ("057", "SUPPORT"), ("0831", "RETREAT"), ("0841", "RETREAT"), ("0871", "RETREAT"), ("0813", "CONCEDE"),
    ("083", "CONCEDE"), ("112", "DISAPPROVE"), ("173", "COERCE"), ("175", "COERCE"), ("186", "ASSAULT"),
    ("194", "FIGHT"), ("202", "FIGHT"), ("163", "SANCTION"),
])
def test_plover05_refinements(code, ptype):
    assert taxonomy.plover05(code) == ptype


def test_plover05_covers_every_code_with_benchmark_types():
    rows = data.read_tsv("taxonomy/plover05.tsv")
    assert {r["cameo_code"] for r in rows} == set(taxonomy.all_codes())
    used = {r["plover05"] for r in rows if r["plover05"]}
    assert used == {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
                    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
                    "ASSAULT", "FIGHT"}


def test_plover05_types_are_those_of_the_benchmark(benchmark_path):
    import json

    seen = set()
    for line in benchmark_path.read_text(encoding="utf-8").splitlines():
        for ann in json.loads(line).get("annotations", []):
            seen.add(ann["event"])
    used = {r["plover05"] for r in data.read_tsv("taxonomy/plover05.tsv") if r["plover05"]}
    assert used <= seen
    assert seen <= used


# ---- classes of roots and sectors (issue 12: written once, in data) ----------------------------
def test_root_classes_are_data():
    assert taxonomy.roots("violent") == {"18", "19", "20"} and taxonomy.roots("riot") == {"17", "18", "19"}
    assert taxonomy.roots("protest") == {"14"}
    assert taxonomy.roots("threatened_act") == {"14", "15", "16", "17", "18", "19", "20"}
    assert taxonomy.roots("intent_statement") == {"03"} and taxonomy.roots("threat_statement") == {"13"}
    for cls in taxonomy.root_classes():
        assert taxonomy.roots(cls) and all(len(r) == 2 and taxonomy.cameo(r).root == r for r in taxonomy.roots(cls))
    # the coding modules use them
    from foedus import modality, places
    from foedus.coder import triggers
    from foedus.commitments import rules

    assert triggers.VIOLENT_ROOTS is taxonomy.roots("violent") and places.OBJECT_PLACE_ROOTS == taxonomy.roots("object_place")
    assert modality.THREAT_ROOTS == {"13"} and rules.TRANSFER_ROOTS == ("03", "04", "05", "06", "07")
    assert "190".startswith(rules.FORCE_ROOTS) and not "18".startswith(rules.FORCE_ROOTS)


def test_sector_classes_are_data():
    from foedus.coder import arguments
    from foedus.commitments import rules

    codes = {row["code"] for row in data.read_tsv("actors/codes.tsv")}
    for cls in taxonomy.sector_classes():
        assert taxonomy.sectors(cls) and taxonomy.sectors(cls) <= codes | {None}
    # two different meanings, two names
    assert arguments.STATE_ORGAN_SECTORS == {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
    assert rules.STATE_OR_COMMAND_SECTORS == {None, "GOV", "MIL"}
    assert None not in taxonomy.sectors("state_organ")
    from foedus.store import export

    assert set(export._KNOWN_GROUP_PREFIXES) == taxonomy.sectors("known_group") == {"IGO", "NGO", "NGM", "MNC", "IMG", "UIS"}


def test_an_unknown_class_is_e202():
    with pytest.raises(DataError, match=r"^\[E202\] Data file taxonomy/cameo_root_classes\.tsv, entry class 'violet': "
                                        r"no such root class \(known: .*violent"):
        taxonomy.roots("violet")
    with pytest.raises(DataError, match=r"^\[E202\] Data file actors/sector_classes\.tsv, entry class 'state': "
                                        r"no such sector class"):
        taxonomy.sectors("state")


def _serve(monkeypatch, tmp_path, name: str, text: str) -> None:
    """Make ``data.read_tsv(name)`` read ``text`` (a broken copy of that packaged table); the others stay real."""
    from foedus import values

    path = tmp_path / name.rsplit("/", 1)[-1]
    path.write_text(text, encoding="utf-8")
    real = data.read_tsv
    monkeypatch.setattr(data, "read_tsv", lambda n: values.read_tsv(path, n) if n == name else real(n))


@pytest.mark.parametrize("row, problem", [
    ("violent\t18 19 2\tx", "'2' is not a valid root"),
    ("violent\t18 190\tx", "'190' is not a valid root"),
    ("riot\t17 18\tx\nriot\t19\ty", "class 'riot' is listed twice"),
    ("force\t\tx", "no roots"),
])
def test_a_broken_root_class_table_names_its_line(monkeypatch, tmp_path, row, problem):
    _serve(monkeypatch, tmp_path, taxonomy.ROOT_CLASSES, "# comment\nclass\troots\tmeaning\n" + row + "\n")
    taxonomy._root_classes.cache_clear()
    try:
        with pytest.raises(DataError, match=r"^\[E202\] Data file taxonomy/cameo_root_classes\.tsv, entry row \d: "
                                            + problem.replace("(", r"\(")):
            taxonomy._root_classes()
    finally:
        taxonomy._root_classes.cache_clear()


def test_a_broken_sector_class_table_names_its_line(monkeypatch, tmp_path):
    _serve(monkeypatch, tmp_path, taxonomy.SECTOR_CLASSES, "class\tsectors\tmeaning\nstate_organ\tGOV MIL XYZ\tx\n")
    taxonomy._sector_classes.cache_clear()
    try:
        with pytest.raises(DataError, match=r"^\[E202\] Data file actors/sector_classes\.tsv, entry row 2: "
                                            r"'XYZ' is not a valid sector"):
            taxonomy._sector_classes()
    finally:
        taxonomy._sector_classes.cache_clear()


def test_announced_acts_and_root_labels_are_data():
    from foedus import evaluate

    acts = taxonomy.announced_acts()
    assert acts["0332"] == "07" and acts["1385"] == "20" and acts["036"] == "04"
    assert all(code[:2] in {"03", "13"} for code in acts)
    assert evaluate.ACT_OF is acts
    labels = taxonomy.root_labels()
    assert list(labels) == [f"{n:02d}" for n in range(1, 21)] and labels["19"] == "fight"
    assert evaluate.ROOT_NAMES is labels


def test_a_broken_announced_act_names_its_line(monkeypatch, tmp_path):
    _serve(monkeypatch, tmp_path, taxonomy.ANNOUNCED_ACTS, "code\tact_root\n0332\t07\n0399\t07\n")
    taxonomy.announced_acts.cache_clear()
    try:
        with pytest.raises(DataError, match=r"^\[E202\] Data file taxonomy/announced_acts\.tsv, entry row 3: '0399' is not"):
            taxonomy.announced_acts()
    finally:
        taxonomy.announced_acts.cache_clear()


def test_actor_code_aliases_are_data():
    from foedus import evaluate

    aliases = taxonomy.code_aliases()
    assert aliases["JAP"] == "JPN" and aliases["UK"] == "GBR" and evaluate.CODE_ALIASES == aliases
    assert evaluate._norm("GERGOV") == "DEUGOV" and evaluate._norm("UK") == "GBR" and evaluate._norm("UKR") == "UKR"


def test_a_broken_code_alias_names_its_row(monkeypatch, tmp_path):
    _serve(monkeypatch, tmp_path, taxonomy.CODE_ALIASES, "old\tnew\tcountry\nJAP\tJPN\tJapan\nJAP\tJPX\tagain\n")
    with pytest.raises(DataError, match="row 3"):
        taxonomy.code_aliases()
