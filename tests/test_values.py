import datetime as dt

import pytest

from foedus import data
from foedus.errors import DataError, InputError
from foedus.values import iso_day, iso_day_or_none, positive_int, read_tsv


def test_iso_day_reads_iso_strings_dates_and_timestamps():
    assert iso_day("2024-06-01") == dt.date(2024, 6, 1)
    assert iso_day("  2024-06-01T12:30:00Z ") == dt.date(2024, 6, 1)
    assert iso_day(dt.datetime(2024, 6, 1, 23, 59)) == dt.date(2024, 6, 1)
    assert iso_day(dt.date(2024, 6, 1)) == dt.date(2024, 6, 1)
    assert iso_day(None) is None and iso_day("") is None


def test_iso_day_whole_reads_the_whole_string():
    assert iso_day("2024-06-01", whole=True) == dt.date(2024, 6, 1)
    with pytest.raises(ValueError):
        iso_day("2024-06-01junk", whole=True)
    assert iso_day("2024-06-01junk") == dt.date(2024, 6, 1)


@pytest.mark.parametrize("bad", ["2024-02-30", "June 1, 2024", "yesterday", "2024-13-01"])
def test_iso_day_rejects_non_days(bad):
    with pytest.raises(ValueError):
        iso_day(bad)
    assert iso_day_or_none(bad) is None


@pytest.mark.parametrize("value, expected", [(1, 1), ("4", 4), (" 12 ", 12)])
def test_positive_int_accepts_whole_numbers(value, expected):
    assert positive_int(value, "--workers") == expected


@pytest.mark.parametrize("value", [0, -1, "0", "x", "2.5", 2.5, True, None, ""])
def test_positive_int_rejects_the_rest_with_one_code(value):
    with pytest.raises(InputError) as info:
        positive_int(value, "--batch-size")
    assert str(info.value) == f"[E454] Bad --batch-size value {value!r}: expected a whole number of 1 or more."


def test_read_tsv_skips_comments_and_blank_lines(tmp_path):
    f = tmp_path / "t.tsv"
    f.write_text("# a comment\ncode\tname\n\nUSA\tUnited States\n  \nRUS\t\n", encoding="utf-8")
    assert read_tsv(f) == [{"code": "USA", "name": "United States"}, {"code": "RUS", "name": ""}]
    assert read_tsv(f, empty_as_none=True)[1] == {"code": "RUS", "name": None}
    (tmp_path / "empty.tsv").write_text("# only a comment\n", encoding="utf-8")
    assert read_tsv(tmp_path / "empty.tsv") == []


def test_read_tsv_short_rows_lenient_or_strict(tmp_path):
    f = tmp_path / "t.tsv"
    f.write_text("code\tname\nUSA\n", encoding="utf-8")
    assert read_tsv(f) == [{"code": "USA", "name": None}]
    with pytest.raises(DataError, match=r"\[E202\].*t\.tsv.*row 2.*1 tab-separated cells where the header has 2"):
        read_tsv(f, "t.tsv", strict=True)


def test_read_tsv_keeps_quotes_as_text(tmp_path):
    f = tmp_path / "t.tsv"
    f.write_text('word\tnote\n"Quoted\tit\'s\n', encoding="utf-8")
    assert read_tsv(f) == [{"word": '"Quoted', "note": "it's"}]


def test_packaged_tsv_reads_through_values():
    rows = data.read_tsv("taxonomy/plover_event_types.tsv")
    assert rows and "event_type" in rows[0]


def test_partial_day_is_the_one_reader_of_partial_dates():
    from foedus.commitments.treaties import period
    from foedus.store.rows import to_date
    from foedus.values import partial_day

    assert partial_day("2024") == dt.date(2024, 1, 1) and partial_day("2024", end=True) == dt.date(2024, 12, 31)
    assert partial_day("2024-02") == dt.date(2024, 2, 1) and partial_day("2024-02", end=True) == dt.date(2024, 2, 29)
    assert partial_day(" 2023-11-05 ", end=True) == dt.date(2023, 11, 5)
    for bad in ("2024-13", "24-06", "2024-06-31", "June 2024", "2024-06-01-07", ""):
        with pytest.raises(ValueError):
            partial_day(bad)
    # the registry counts from the end of a partial period, the store from its start
    assert period("2022-03") == dt.date(2022, 3, 31) and to_date("2022-03") == dt.date(2022, 3, 1)
    assert to_date("2022") == dt.date(2022, 1, 1) and to_date("2022-13") is None and to_date("2024-06-01T08:00") == dt.date(2024, 6, 1)


def test_a_yaml_key_written_twice_is_refused():
    import io

    import yaml

    from foedus.values import load_yaml

    assert load_yaml(io.StringIO("a: 1\nb: {c: 2, d: 3}\n")) == {"a": 1, "b": {"c": 2, "d": 3}}
    for text in ("a: 1\nb: 2\na: 3\n", "outer:\n  x: [1]\n  x: [2]\n"):
        with pytest.raises(yaml.YAMLError, match=r"is written twice in one mapping"):
            load_yaml(io.StringIO(text))


def test_every_packaged_yaml_file_has_each_key_once():
    from pathlib import Path

    from foedus.values import load_yaml

    files = sorted(Path(data.path("lexicon")).parent.rglob("*.yaml"))
    assert len(files) > 15
    for path in files:
        with path.open(encoding="utf-8") as fh:
            assert load_yaml(fh) is not None, path
