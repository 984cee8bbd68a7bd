"""plot_dyad: a real image file from a series, clear errors for a bad path or an empty series."""

from __future__ import annotations

import pytest

from foedus.analysis import plot_dyad
from foedus.errors import InputError

SERIES = [
    {"period": "2024-01-01", "q1": 2, "q2": 1, "q3": 4, "q4": 2, "total": 9, "mean_goldstein": -2.1},
    {"period": "2024-02-01", "q1": 0, "q2": 0, "q3": 0, "q4": 0, "total": 0, "mean_goldstein": None},
    {"period": "2024-03-01", "q1": 5, "q2": 3, "q3": 1, "q4": 0, "total": 9, "mean_goldstein": 3.3},
]


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_chart_files(tmp_path, suffix, magic):
    path = plot_dyad(SERIES, "KOR", "RUS", tmp_path / f"chart{suffix}", by="month")
    assert path.read_bytes()[:len(magic)] == magic


def test_svg_chart_carries_title_and_legend(tmp_path):
    svg = plot_dyad(SERIES, "KOR", "RUS", tmp_path / "c.svg", by="month").read_text(encoding="utf-8")
    for words in ("KOR", "events per month", "Material conflict", "Goldstein"):
        assert words in svg or words.replace(" ", "") in svg


def test_errors(tmp_path):
    with pytest.raises(InputError, match="E455"):
        plot_dyad(SERIES, "KOR", "RUS", tmp_path / "chart.txt")
    with pytest.raises(InputError, match="E456"):
        plot_dyad([dict(SERIES[1])], "KOR", "RUS", tmp_path / "chart.png")
    with pytest.raises(InputError, match="E455"):
        plot_dyad(SERIES, "KOR", "RUS", tmp_path / "missing" / "chart.png")
