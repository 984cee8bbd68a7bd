"""Treaties and scenarios: the clauses binding a state on a date, the registry's countries, and who is
obliged to act if a state is attacked."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store.filters import DATE_RE
from ..deps import COUNTRY_RE, Backend, _date, get_backend
from ..guards import Envelope, ok

if TYPE_CHECKING:
    from ...commitments.treaties import Registry

router = APIRouter()
BackendDep = Annotated[Backend, Depends(get_backend)]


def _treaty_rows(reg: Registry, party: str | None, on: dt.date) -> dict[str, Any]:
    """The clauses that bind ``party`` (or every state) on ``on``, as in `foedus treaties --format json`."""
    code = reg.country_code(party, "party") if party else None
    out = [reg.binding_record(p, t, c, on) for p, t, c in reg.binding_rows(code, on)]
    return {"on": on.isoformat(), "party": code, "party_name": reg.country_name(code) if code else None,
            "binding": out}


@router.get("/api/treaties", response_model=Envelope, tags=["commitments"])
def treaties_list(backend: BackendDep,
                  party: Annotated[str | None, Query(pattern=COUNTRY_RE, description="Country code or name")] = None,
                  on: Annotated[str | None, Query(pattern=DATE_RE, description="Date; default today")] = None) -> dict[str, Any]:
    """Treaty clauses binding a state (or every state) on a date, strongest first."""
    on_date = _date(on, "on") or dt.date.today()
    return ok(_treaty_rows(backend.registry(), party, on_date))


@router.get("/api/countries", response_model=Envelope, tags=["commitments"])
def countries(backend: BackendDep) -> dict[str, Any]:
    """Country codes and names the treaty registry knows (for the scenario form)."""
    reg = backend.registry()
    return ok([{"code": c, "name": info.get("name", c)} for c, info in sorted(reg.countries.items())])


@router.get("/api/scenario", response_model=Envelope, tags=["commitments"])
def scenario_run(attacked: Annotated[str, Query(pattern=COUNTRY_RE, description="The state attacked")],
                 by: Annotated[str, Query(pattern=COUNTRY_RE, description="The attacking state")],
                 backend: BackendDep,
                 on: Annotated[str | None, Query(pattern=DATE_RE)] = None,
                 where: Annotated[str | None, Query(pattern=COUNTRY_RE, description="Place, e.g. Hawaii")] = None,
                 depth: Annotated[int, Query(ge=1, le=4)] = 1) -> dict[str, Any]:
    """Who is obliged to act if `attacked` is attacked `by` another state, with UN-rule flags."""
    from ...commitments import scenario

    on_date = _date(on, "on") or dt.date.today()
    result = scenario.run(attacked, by, on=on_date, where=where, depth=depth, registry=backend.registry())
    return ok(result.to_dict())
