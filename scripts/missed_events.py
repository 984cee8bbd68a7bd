"""Developer aid: bucket gold events that the coder did not find at all, by likely cause.

Usage: foedus eval GOLD --cases CASES.jsonl; python scripts/missed_events.py CASES.jsonl [ROOT ...] [-v]

A gold event is missed when no coded event of the sentence has the same CAMEO root. Buckets:
  modality      a coded event of that root exists but the gold asserts it and the coder did not (or v.v.)
  no-trigger    no verb or noun of the sentence maps to that root in the verb/noun dictionaries
  outranked     a trigger of that root is known, but the coder coded other roots for the sentence
  skipped       a trigger of that root is known and nothing was coded (clause skipped, actor missing)
  parse         a dictionary word of that root exists but spaCy did not tag it as a verb or noun
Tune part only: never read the misses of the measure part.
"""
import json
import sys
from collections import Counter, defaultdict

from foedus.coder.verbs import VerbDictionary
from foedus.coder.nlp import load as load_nlp


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    roots = set(args[1:])
    verbs = VerbDictionary.default()
    nlp = load_nlp()
    buckets: dict[str, Counter] = defaultdict(Counter)
    lines = []
    for line in open(args[0]):
        case = json.loads(line)
        if case.get("scheme") != "CAMEO":
            continue
        coded = [(e.split()[0][:2], e.rsplit("(", 1)[-1].rstrip(")")) for e in case["coded_events"]]
        doc = None
        for ev in case["gold_events"]:
            root, mod = ev.split()[0][:2], ev.rsplit("(", 1)[-1].rstrip(")")
            if roots and root not in roots:
                continue
            same = [m for r, m in coded if r == root]
            if same and (mod == "asserted") == ("asserted" in same):
                continue
            if same:
                cause = "modality"
            else:
                doc = doc or nlp(case["text"])
                cause = "no-trigger"
                for t in doc:
                    after = [w.lemma_.lower() for w in t.subtree if w.i > t.i][:8]
                    lemma = t.lemma_.lower()
                    m = verbs.match(lemma, after) or verbs.match_noun(lemma, after)
                    if m and m.code[:2] == root:
                        if t.pos_ not in {"VERB", "NOUN", "PROPN", "AUX"}:
                            cause = "parse"
                        else:
                            cause = "outranked" if coded else "skipped"
                            break
            buckets[root][cause] += 1
            lines.append(f"{root} {cause:<10} {ev} | {case['text'][:150]}")
    causes = ["no-trigger", "skipped", "outranked", "modality", "parse"]
    print("root " + " ".join(f"{c:>10}" for c in causes) + "      all")
    for root in sorted(buckets):
        b = buckets[root]
        print(f"{root:<4} " + " ".join(f"{b[c]:>10}" for c in causes) + f" {sum(b.values()):>8}")
    total = sum(buckets.values(), Counter())
    print("all  " + " ".join(f"{total[c]:>10}" for c in causes) + f" {sum(total.values()):>8}")
    if verbose:
        print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main(sys.argv[1:])
