"""Share of coded events with a place, and share with the right place, on our own cases.

    PYTHONPATH=src python scripts/place_eval.py [tests/places/place_cases.jsonl]

Each case gives the expected place of every event in its text (``place``/``country`` null: no place
should be given). An event's place is right when its name or country matches: the name when the
case names one (case-insensitive, either containing the other), else the country.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def score(cases, coder):
    events = with_place = right = gold_place = found_where_gold = 0
    rows = []
    for case in cases:
        result = coder.code_text(case["text"], date=case["date"])
        for ev in result.events:
            loc = ev.location
            events += 1
            with_place += loc is not None
            gold_place += case["place"] is not None
            ok = _right(loc, case)
            right += ok
            found_where_gold += case["place"] is not None and loc is not None
            rows.append((case["id"], ev.cameo, loc.name if loc else None, loc.country if loc else None, ok))
    return {"events": events, "with_place": with_place, "right": right, "gold_place": gold_place,
            "found_where_gold": found_where_gold}, rows


def _right(loc, case) -> bool:
    if case["place"] is None:
        return loc is None
    if loc is None:
        return False
    a, b = _plain(case["place"]), _plain(loc.name or "")
    if a in b or b in a:
        return case["country"] is None or loc.country in {case["country"], None}
    return False


def _plain(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def main(argv: list[str]) -> None:
    from foedus.coder.pipeline import Coder

    path = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "tests/places/place_cases.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals, rows = score(cases, Coder())
    for row in rows:
        print(*row, sep="\t")
    n = totals["events"] or 1
    print(json.dumps(totals))
    print(f"events {totals['events']}  with a place {totals['with_place'] / n:.0%}  right {totals['right'] / n:.0%}  "
          f"place found where one is expected {totals['found_where_gold'] / max(1, totals['gold_place']):.0%}")


if __name__ == "__main__":
    main(sys.argv[1:])
