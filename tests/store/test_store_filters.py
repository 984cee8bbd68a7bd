"""Each event filter is declared once (store.filters.FILTERS): the store's EventFilter has the field,
the CLI's `events`/`export` have the option, the API's listing and aggregates have the parameter."""

from __future__ import annotations

import dataclasses

from foedus.store import EventFilter
from foedus.store.filters import FILTERS


def test_every_filter_is_an_event_filter_field():
    fields = {f.name for f in dataclasses.fields(EventFilter)}
    assert {f.name for f in FILTERS} <= fields


def test_cli_options_come_from_the_declaration():
    from foedus.cli.store import events_cmd, export_cmd

    for command in (events_cmd, export_cmd):
        options = {opt for p in command.params for opt in p.opts}
        assert {f.option for f in FILTERS if f.option} <= options
        helps = {p.name: p.help for p in command.params}
        assert all(helps[f.name] == f.help for f in FILTERS if f.option)


def test_api_parameters_come_from_the_declaration():
    import inspect

    from foedus.serve.app import EventQuery

    params = inspect.signature(EventQuery).parameters
    assert list(params) == [f.name for f in FILTERS]
    assert EventQuery(source="KOR", quad_class=4).filter(check_dates=False) == EventFilter(source="KOR", quad_class=4)
