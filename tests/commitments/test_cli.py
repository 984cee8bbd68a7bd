"""`foedus treaties` and `foedus scenario`: table, JSON, picture, and clean errors."""

from __future__ import annotations

import json

import yaml
from click.testing import CliRunner

from foedus.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_treaties_for_a_party_on_a_date():
    out = run("treaties", "--party", "PRK", "--on", "2025-01-01")
    assert out.exit_code == 0, out.output
    assert "russia_dprk_2024" in out.output and "china_dprk_1961" in out.output
    data = json.loads(run("treaties", "--party", "North Korea", "--on", "2024-06-01", "--format", "json").output)
    assert data["party"] == "PRK"
    assert {b["treaty"] for b in data["binding"]} == {"china_dprk_1961"}
    assert "2025-01-01" not in run("treaties", "--countries").output and "PRK  North Korea" in run(
        "treaties", "--countries").output


def test_treaties_before_any_treaty():
    out = run("treaties", "--party", "KOR", "--on", "1900-01-01")
    assert out.exit_code == 0
    assert "No recorded treaty clause binds South Korea on 1900-01-01" in out.output
    assert "1948-12-03" in out.output


def test_scenario_table_json_and_picture(tmp_path):
    table = run("scenario", "--attacked", "PRK", "--by", "KOR", "--on", "2025-01-01")
    assert table.exit_code == 0, table.output
    assert "russia_dprk_2024 Art. 4" in table.output and "Not obliged, and why" in table.output
    data = json.loads(run("scenario", "--attacked", "PRK", "--by", "KOR", "--on", "2025-01-01", "--format",
                          "json").output)
    assert {(o["state"], o["strength"]) for o in data["obliged"]} == {("RUS", 5), ("CHN", 5)}
    png = tmp_path / "net.png"
    pic = run("scenario", "--attacked", "KOR", "--by", "PRK", "--on", "2025-01-01", "--depth", "2",
              "--plot", str(png))
    assert pic.exit_code == 0, pic.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    svg = tmp_path / "net.svg"
    assert run("scenario", "--attacked", "JPN", "--by", "CHN", "--where", "Senkaku", "--on", "2025-01-01",
               "--plot", str(svg)).exit_code == 0
    assert "<svg" in svg.read_text(encoding="utf-8")[:500]


def test_scenario_errors_are_one_line_messages(tmp_path):
    bad = run("scenario", "--attacked", "XYZ", "--by", "KOR")
    assert bad.exit_code == 1 and "[E503]" in bad.output and "Traceback" not in bad.output
    assert "[E505]" in run("scenario", "--attacked", "KOR", "--by", "PRK", "--on", "2025-13-01").output
    assert "[E506]" in run("scenario", "--attacked", "KOR", "--by", "PRK", "--depth", "two").output
    assert "[E507]" in run("scenario", "--attacked", "KOR", "--by", "PRK", "--plot", str(tmp_path / "a.gif")).output
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump({"treaties": [{"id": "oops", "name": "Oops", "status": "in_force",
                                                    "in_force": "2001-01-01", "parties": [{"code": "KOR"}],
                                                    "clauses": [], "sources": ["x"]}]}), encoding="utf-8")
    out = run("scenario", "--attacked", "KOR", "--by", "PRK", "--registry", str(broken))
    assert out.exit_code == 1
    assert "[E501]" in out.output and "'oops'" in out.output and "parties[0].entry" in out.output


def test_scenario_before_any_treaty():
    out = run("scenario", "--attacked", "KOR", "--by", "PRK", "--on", "1900-01-01")
    assert out.exit_code == 0
    assert "No treaty in the registry" in out.output


def test_treaties_marks_a_suspended_party():
    out = CliRunner().invoke(main, ["treaties", "--party", "ARM", "--on", "2025-06-01"])
    assert out.exit_code == 0, out.output
    assert "csto_1992" in out.output and "suspended since 2024-02-22" in out.output
    js = CliRunner().invoke(main, ["treaties", "--party", "ARM", "--on", "2025-06-01", "--format", "json"])
    row = json.loads(js.output)["binding"][0]
    assert row["party_status"]["status"] == "suspended" and "Pashinyan" in row["party_status"]["source"]


def test_the_cli_and_the_api_list_the_same_binding_clauses():
    """One query and one row shape (Registry.binding_rows / binding_record) behind `foedus treaties
    --format json` and /api/treaties: the same rows, the suspended party's status in both."""
    import datetime as dt

    from foedus.commitments import treaties
    from foedus.serve.routes.commitments import _treaty_rows

    reg = treaties.load()
    for party, on in (("ARM", "2025-06-01"), ("PRK", "2025-01-01"), (None, "1960-01-01")):
        args = ["treaties", "--on", on, "--format", "json"] + (["--party", party] if party else [])
        cli = json.loads(run(*args).output)
        api = _treaty_rows(reg, party, dt.date.fromisoformat(on))
        assert cli["binding"] == api["binding"] and cli["binding"], (party, on)
    arm = _treaty_rows(reg, "ARM", dt.date(2025, 6, 1))["binding"][0]
    assert arm["party_status"]["status"] == "suspended"
