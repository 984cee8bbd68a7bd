"""Developer aid: print one compact line per event of an article (foedus code, condensed)."""
import sys

from foedus.coder.pipeline import Coder

text = open(sys.argv[1]).read() if len(sys.argv) > 1 and not sys.argv[1].startswith("-t") else sys.argv[2]
date = sys.argv[3] if len(sys.argv) > 3 else (sys.argv[2] if len(sys.argv) > 2 and not sys.argv[1].startswith("-t") else "2024-06-20")
r = Coder().code_text(text, date=date)
for e in r.events:
    loc = e.location.name if e.location else ""
    print(f"{e.sentence:>2} {e.source.code if e.source else '-':<8} {e.target.code if e.target else '-':<8} {e.cameo:<5} "
          f"{e.modality:<11} {e.date} {loc:<10} | {e.evidence[:90]}")
