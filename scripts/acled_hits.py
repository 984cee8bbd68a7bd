"""Hit rate per ACLED sub-event type on the dev set's ``acled-*`` snippets.

A snippet is hit when the coder emits an event that happened (asserted, or a statement of intent or
threat) whose CAMEO root is the root of one of the snippet's gold events. Disaster snippets are
listed apart, three ways: on how many of them any event was coded; on how many of those whose gold has no
event at all one was coded (the goal is none: a disaster told in conflict-like words is not news of a political
act, while relief sent or an emergency declared after one is, and the gold codes it); and on how many a
conflict event (CAMEO roots 14-20: protest, force posture, reduced relations, coercion, assault, fighting, mass
violence) was coded whose root the gold lacks (the issue's "conflict event on a disaster").

    PYTHONPATH=src python scripts/acled_hits.py src/foedus/data/gold/devset_tune.jsonl [--show]
"""

from __future__ import annotations

import sys
from collections import defaultdict

from foedus.evaluate import counted, read_gold
from foedus.ingest.records import ArticleInput
from foedus.coder.pipeline import Coder


def main(argv: list[str]) -> None:
    path, show = argv[0], "--show" in argv
    cases = [c for c in read_gold(path)
             if any(t.startswith("acled-") or t == "disaster" for t in c.get("tags", []))]
    inputs = [ArticleInput(id=c["id"], text=c["text"], date=c.get("date")) for c in cases]
    hits: dict[str, list[int]] = defaultdict(list)
    disaster = [0, 0]
    quiet = [0, 0]  # disaster snippets with no gold event: how many, how many got an event
    conflict = 0  # disaster snippets given a conflict root (14-20) the gold does not have
    for case, result in zip(cases, Coder().code_inputs(inputs)):
        coded = [ev for ev in (result.events or []) if counted(ev)]
        got = {ev.cameo[:2] for ev in coded}
        tags = case.get("tags", [])
        want = {e["code"][:2] for e in case["expected"]}
        if "disaster" in tags:
            disaster[0] += 1
            disaster[1] += bool(coded)
            if not want:
                quiet[0] += 1
                quiet[1] += bool(coded)
            conflict += bool({root for root in got if root >= "14"} - want)
            if show and coded:
                print("  DISASTER", case["text"], [ev.cameo for ev in coded])
            continue
        tag = next(t for t in tags if t.startswith("acled-"))
        hit = bool(want & got)
        hits[tag].append(hit)
        if show and not hit:
            print(f"  MISS {tag}: {case['text']} want {sorted(want)} got {[ev.cameo for ev in coded]}")
    rates = []
    for tag in sorted(hits):
        h = hits[tag]
        rates.append(sum(h) / len(h))
        print(f"{tag[6:]:34} {sum(h)}/{len(h)}")
    print(f"macro hit rate over {len(rates)} types: {sum(rates) / max(len(rates), 1):.3f}; "
          f"snippets hit: {sum(map(sum, hits.values()))}/{sum(map(len, hits.values()))}")
    print(f"disaster snippets with an event: {disaster[1]}/{disaster[0]}")
    print(f"disaster snippets whose gold has no event, with an event: {quiet[1]}/{quiet[0]}")
    print(f"disaster snippets with a conflict event (roots 14-20) the gold lacks: {conflict}/{disaster[0]}")


if __name__ == "__main__":
    main(sys.argv[1:])
