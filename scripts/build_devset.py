"""Build the development gold set (src/foedus/data/gold/devset_{tune,measure}.jsonl) from compact source files.

Source line format (one sentence a line; '#' starts a comment line)::

    DATE | TEXT | EVENTS | TAGS

EVENTS is ``CODE SOURCE TARGET MOD`` items separated by ';' (TARGET '-' when there is none; MOD one of
a=asserted, n=negated, i=intended, k=considered, c=conditional); empty when nothing happened. TAGS are
words such as ``disaster`` or ``noevent``. The PLOVER type of each event is the CAMEO->PLOVER table's
(src/foedus/data/taxonomy/cameo_to_plover.tsv), empty where PLOVER drops the code (01, 02).

The split is fixed by the sentence itself: sha1("foedus-devset/" + text) decides tune (3 in 5) or
measure (2 in 5), so adding sentences never moves old ones between the parts. The measure part is
never used for tuning the coder (docs/benchmarks.md).

    python scripts/build_devset.py SOURCE.txt [SOURCE.txt ...]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from foedus import taxonomy

MODS = {"a": "asserted", "n": "negated", "i": "intended", "k": "considered", "c": "conditional"}
OUT = Path(__file__).resolve().parents[1] / "src" / "foedus" / "data" / "gold"


SALT = "foedus-devset/"


def split_of(text: str) -> str:
    return "tune" if int(hashlib.sha1((SALT + text).encode("utf-8")).hexdigest(), 16) % 5 < 3 else "measure"


def parse(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 3:
            raise SystemExit(f"{path}:{n}: need DATE | TEXT | EVENTS")
        date, text, events = parts[0], parts[1], parts[2]
        tags = parts[3].split() if len(parts) > 3 and parts[3] else []
        expected = []
        for item in filter(None, (e.strip() for e in events.split(";"))):
            bits = item.split()
            if len(bits) != 4 or bits[3] not in MODS or not taxonomy.is_valid(bits[0]):
                raise SystemExit(f"{path}:{n}: bad event {item!r}")
            code, src, tgt, mod = bits
            expected.append({"code": code, "plover": taxonomy.plover(code).type or "", "source": "" if src == "-" else src,
                             "target": "" if tgt == "-" else tgt, "modality": MODS[mod]})
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
        rec = {"id": f"dev-{sha[:10]}", "text": text, "date": date, "scheme": "CAMEO",
               "split": split_of(text), "era": f"{date[:3]}0s", "expected": expected}
        if tags:
            rec["tags"] = tags
        out.append(rec)
    return out


def main(paths: list[str]) -> None:
    recs = [r for p in paths for r in parse(Path(p))]
    seen = set()
    for r in recs:
        if r["text"] in seen:
            raise SystemExit(f"duplicate sentence: {r['text']}")
        seen.add(r["text"])
    OUT.mkdir(parents=True, exist_ok=True)
    for part in ("tune", "measure"):
        rows = [r for r in recs if r["split"] == part]
        with (OUT / f"devset_{part}.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{part}: {len(rows)} sentences, {sum(len(r['expected']) for r in rows)} events")


if __name__ == "__main__":
    main(sys.argv[1:])
