"""Concepts declared once (issue 12): the modality names live in ``schema.MODALITIES``; the store, its
filters (CLI options and API parameters are generated from them) and `foedus eval` use that tuple."""

import re

from foedus import evaluate, schema
from foedus.coder import modality
from foedus.store import filters, records


def test_the_modalities_are_declared_once():
    assert records.MODALITIES is schema.MODALITIES
    assert evaluate.MODALITIES is schema.MODALITIES
    assert modality.MODALITIES == schema.MODALITIES      # the coder's constants name the same five
    pattern = re.compile(filters.MODALITY_RE)
    assert all(pattern.match(m) for m in schema.MODALITIES)
    assert pattern.match("negated,conditional") and pattern.match("all")
    assert not pattern.match("denied") and not pattern.match("asserted,")
    assert filters.MODALITY_HELP.startswith(", ".join(schema.MODALITIES) + ", a comma list of them, or all.")


def test_eval_counts_what_the_store_counts():
    """The gold side of `foedus eval` and the store's counts use the one rule, ``schema.happened``."""
    for code in ("0311", "036", "130", "138", "190", "042"):
        for m in schema.MODALITIES:
            assert evaluate.happened(code, m) == schema.happened(m, code[:2])
    assert evaluate.happened("138", "conditional") and not evaluate.happened("036", "conditional")
    assert evaluate.happened("036", "intended") and not evaluate.happened("190", "intended")


def test_every_declared_filter_is_a_field_of_the_store_filter():
    """store.filters.FILTERS is the one declaration the CLI options and API parameters are built from;
    each names an EventFilter field, so a filter added there reaches the store too."""
    from dataclasses import fields

    from foedus.store import EventFilter

    names = [f.name for f in filters.FILTERS]
    assert len(names) == len(set(names)) and set(names) <= {f.name for f in fields(EventFilter)}
    assert [f.option for f in filters.FILTERS if f.name in {"quad_class", "place_country", "article_id"}] == [
        "--quad", "--place", None]


def test_tables_and_periods_are_the_stores():
    from typing import get_args

    from foedus import batch
    from foedus.serve.deps import Period
    from foedus.store import PERIODS
    from foedus.store.rows import TABLE_COLUMNS

    assert get_args(Period) == PERIODS == ("day", "week", "month")
    # foedus.batch names the tables itself so that importing it loads neither pyarrow nor DuckDB
    assert sorted(batch.TABLES) == sorted(TABLE_COLUMNS)
