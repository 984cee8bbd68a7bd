"""Actors: find who is named in a parsed article and give each mention a CAMEO actor code.

The dictionaries are data (``foedus/data/actors/``, see docs/dictionaries.md): countries with their
names, adjectives, capitals and seats of power; people with dated roles; organisations; agent
nouns ("troops", "foreign minister") coded as sectors; and phrases that are not actors ("South
China Sea"). Hand-curated files win over the files converted from the Phoenix dictionaries.

``ActorMatcher.find`` runs two spaCy PhraseMatchers built once (case-insensitive for names,
case-sensitive for short all-capital abbreviations so the pronoun "us" is not the US), keeps the
longest non-overlapping pieces, then composes adjacent pieces into one mention:
"South Korea's President Yoon Suk Yeol", "Russian troops", "Yoon's office".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .. import data, lexicon, schema, taxonomy, values
from ..errors import DataError, Errors, InputError
from .doctext import doc_lowers, doc_text, of_nouns, span_text, tokens, word_at

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

ACTOR_DIR = "actors"


def _actor_cues() -> lexicon.ActorCues:
    cues = lexicon.load("actor_cues")
    assert isinstance(cues, lexicon.ActorCues), "actor_cues"
    return cues


ROLE_RE = re.compile(r"^([A-Z]{3}(?:[A-Z]{3})*)(?:\s+(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?(?:\s+(\D[^.]*))?$")
LEADING_THE = re.compile(r"^the\s+", re.I)
# Tokens allowed between two pieces of one mention: nothing, a possessive, or "of" (agent of country).
POSSESSIVE = lexicon.words("actor_cues", "possessives")
# Words never used alone to find a person named earlier ("Kim Jong Un" -> not "Jong").
NAME_PARTICLES = lexicon.words("actor_cues", "name_particles")
# "Mr", "President", "Gen": a word before a surname that is a title, not a given name.
PERSON_TITLES = lexicon.words("place_cues", "person_titles")
# (target56) the UN, and the sector of its peacekeeping missions: "UN troops" are IGOUNOPKO
UN_CODE, PEACEKEEPERS = "IGOUNO", "PKO"
# (target56) the organs of an international body that keep a code of their own: its courts (IGOUNOJUD)
BODY_ORGANS = frozenset({"JUD"})
# (target56) a state's army: the people it acts on whom no word places are not taken for its own
ARMY_SECTORS: frozenset[str | None] = frozenset({"MIL"})
# Sectors that are not one country's even when named in one (UN peacekeepers in Lebanon).
STATELESS_SECTORS = taxonomy.sectors("stateless")
# Organs of a state: "a delegation from the Sudanese government" is the government's.
STATE_ORGANS = taxonomy.sectors("state_organ")
# Sectors of armed men: an armed group's "fighters", "troops" or "militants" keep the group's code.
ARMED_SECTORS = taxonomy.sectors("armed_group")
FOREIGN_UNPLACED = taxonomy.sectors("foreign_unplaced")
# (fight35) Armed men whose violence in their own country is aimed at it: insurgents, and gangs and cartels too (a
# place there is their target, arguments; mine48: their country is where they strike, when no other is named).
HOME_ATTACKER_SECTORS = taxonomy.sectors("home_attacker")
AT_HOME_SECTORS = taxonomy.sectors("at_home")
# Groups whose armed men keep the group's code: "Wagner fighters", "Jalisco cartel gunmen".
ARMED_OWNERS = taxonomy.sectors("armed_owner")
# Sectors whose people are of the country where they are: "Arab gunmen in Kirkuk" are Iraq's.
PLACE_SECTORS = taxonomy.sectors("of_the_place")
# Civilians: of the town a sentence names as a noun's modifier ("the Mariupol theatre ... civilians").
CIVILIAN_SECTORS = taxonomy.sectors("civilian")
# A state's forces, and the organs and elites that speak for a state.
STATE_FORCES = taxonomy.sectors("state_force")
POSTED_ABROAD = taxonomy.sectors("posted_abroad")
# words of an office ("representative", "spokesman", "delegate"): whose body they speak or sit for is what they are
OFFICE_SECTORS = taxonomy.sectors("office")
FOLLOWS_ITS_GROUP = taxonomy.sectors("follows_its_group")
FOLLOWS_ITS_FORCE = taxonomy.sectors("follows_its_force")
STATE_ORGANS_AND_ELITES = taxonomy.sectors("state_organ") | {"ELI"}
# a state's own challengers (rebels, insurgents, the opposition): of the state whose government they are named with
DOMESTIC_RIVALS = taxonomy.sectors("domestic_rival")
# Titles that usually belong to an international body, not to a country named nearby
# ("If Russia attacks a member, the alliance will respond, the secretary general warned").
STATELESS_TITLES = tuple(_actor_cues().stateless_titles)
FLAG_VESSELS = tuple(_actor_cues().flag_vessels)
INTERNATIONAL_GROUPS = tuple(_actor_cues().international_groups)
LOCAL_WORDS = frozenset(_actor_cues().local_words)
INTERNATIONAL_COURT_WORDS = tuple(_actor_cues().international_court_words)
ENVOY_WORDS = frozenset(_actor_cues().envoy_words)
# Prepositions that place an actor in a country: "rebels in Sudan", "police of Cairo".
PLACE_PREPOSITIONS = lexicon.words("actor_cues", "place_prepositions")
DOER_MODIFIED_ACTS = lexicon.words("actor_cues", "doer_modified_acts")
DOER_MODIFIER_ADJECTIVES = lexicon.words("actor_cues", "doer_modifier_adjectives")
PEOPLE_NAMES = lexicon.words("actor_cues", "people_names")
# Also say where a named place is, for an agent's country from the gazetteer ("clashes near Goma").
NEAR_PREPOSITIONS = lexicon.words("actor_cues", "near_prepositions")
# (bare32) A place name and a colon opening a text, as a dateline: "Rotherham: rioters threw bricks at police".
# (actors45b) The heading may name a town and its region ("Maru LGA, Zamfara:", "Tabayin township, Sagaing:") or put a
# place preposition first ("Near Arbinda:").
_COLON_HEAD = re.compile(r"^\s*(?P<place>[A-Z][A-Za-z.'\u2019\- ]{1,40}?(?:, [A-Z][A-Za-z.'\u2019\- ]{1,30}?)?)\s*:\s")
# (bare32) Where a force is sent or moves: "deployed units to the Catatumbo region", "into Tiananmen Square".
DESTINATION_PREPOSITIONS = lexicon.words("actor_cues", "destination_prepositions")
# Both: the prepositions of a place phrase (built once: several checks run per word of a sentence).
LOCATING_PREPOSITIONS = PLACE_PREPOSITIONS | NEAR_PREPOSITIONS
# (target59) the dependents of a verb that name what its subject acts on (``_acted_on``): its objects, its
# prepositional phrases, the verbs of its purpose and manner ("strike at Syria", "accusing Peking of ...")
ACTED_ON_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "advcl", "attr", "oprd"})
# Dependencies of a word that modifies a noun ("new" president, "paper" workers).
MODIFIER_DEPS = {"amod", "compound", "nmod", "advmod", "nummod", "npadvmod"}
KINDS = ("country", "capital", "person", "organization", "agent")
HAND, PHOENIX = 0, 1


# British and American spellings of one word in a name ("Organisation of American States", "Ministry of Defence",
# "World Food Program"): folded to one key.
SPELLINGS = (("isation", "ization"), ("defence", "defense"), ("programme", "program"))


@lru_cache(maxsize=1 << 16)
def key_of(text: str) -> str:
    """Spelling-insensitive key: lower-case letters and digits only, without a leading "the"
    ("Kim Jong-un" == "Kim Jong Un", "the White House" == "White House"), British and American
    spellings alike ("Organisation" == "Organization"). (Remembered per text: the matcher asks for the same
    words' keys over and over, some 36,000 times per 500 articles.)"""
    text = LEADING_THE.sub("", text.strip()).lower()
    for british, american in SPELLINGS:
        if british in text:
            text = text.replace(british, american)
    if not text.isascii():
        text = fold_accents(text)
    return "".join(filter(str.isalnum, text))


# Latin letters with no decomposition into a base letter and a mark ("Løkke", "Wałęsa", "Đukanović").
PLAIN_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "dj", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ð": "d",
                               "þ": "th"})


def fold_accents(text: str) -> str:
    """The text without its diacritics: a name is the same name with or without them ("Touré" == "Toure",
    "Gutiérrez" == "Gutierrez", "Ismaïl" == "Ismail"), as wire copy writes it either way."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(PLAIN_LETTERS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def is_abbreviation(text: str) -> bool:
    """Short all-capital names (US, UN, ROK, KCNA) are matched case-sensitively."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and text.upper() == text and len(letters) <= 5 and " " not in text.strip()


def _segments(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def check_date(date: str | dt.date | None) -> str | None:
    """ISO date string from a ``date``/string/None; a bad value is the user's mistake (E107)."""
    if date is None:
        return None
    if isinstance(date, dt.datetime):
        return date.date().isoformat()
    if isinstance(date, dt.date):
        return date.isoformat()
    text = str(date).strip()[:10]
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(Errors.E107.format(value=date)) from None
    return text


# ---------------------------------------------------------------------------- dictionary records
@dataclass(frozen=True)
class Role:
    code: str
    start: str | None = None  # first day in the role (ISO), None = open
    end: str | None = None  # first day out of it (ISO), None = still in it
    title: str = ""

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str]
    country: str | None
    roles: list[Role]
    fallback: str | None
    source: str

    def code_on(self, date: str | None) -> str:
        """The code of the role held on ``date``; the latest role without a date; else the fallback."""
        if date is None:
            if self.roles:
                return max(self.roles, key=lambda r: (r.start or "", r.end or "9999")).code
        else:
            held = [r for r in self.roles if r.covers(date)]
            if held:
                return max(held, key=lambda r: r.start or "").code
            # the day a role ends is the day of the leaving ("Hasina resigned and fled", "Zhivkov stepped
            # down"): that day's news still tells of the holder's acts, unless another role of theirs begins
            left = [r for r in self.roles if r.end == date]
            if left:
                return left[0].code
        if self.fallback:
            return self.fallback
        return f"{self.country}ELI" if self.country else "ELI"


@dataclass
class Entry:
    """What one phrase stands for."""

    kind: str  # country | capital | person | organization | agent | block
    tier: int  # HAND or PHOENIX
    code: str | None = None  # full code for countries, capitals, organisations
    country: str | None = None
    sector: str | None = None  # agents, capitals and seats
    name: str | None = None
    person: Person | None = None
    explicit: bool = True  # persons: this phrase may name them alone
    compose_only: bool = False  # agents too common to be an actor alone ("office", "people")
    ambiguous: bool = False  # names often something else ("Jordan", "Georgia")
    lower_case: bool = False  # countries: a title that names the state after "the" ("the pope"); organisations:
    # a name written in lower case ("the contras")
    people: bool = False  # countries: a plural demonym ("Egyptians"), the people rather than the state
    in_office: bool = False  # persons: a converted person's surname, naming them alone only while in office
    # Capitals and seats: the state they stood for in earlier times ("Moscow" before 1991-12-26 is
    # the Soviet Union): roles whose code replaces the entry's country on a date they cover.
    earlier: tuple[Role, ...] = ()

    @property
    def named_person(self) -> Person:
        """The person of a "person" entry (or of a role-holding organisation)."""
        assert self.person is not None, self
        return self.person

    def on(self, date: str | None) -> "Entry":
        """This entry as it stood on ``date`` (a capital of a state that has since changed)."""
        if date is None or not self.earlier:
            return self
        for r in self.earlier:
            if r.covers(date):
                if self.kind == "organization":
                    # an organisation whose role changed ("ANC": a banned movement, then the government)
                    return replace(self, code=r.code, country=r.code[:3], sector=r.code[3:6] or None)
                return replace(self, code=compose_code(r.code, self.sector), country=r.code)
        return self


@dataclass
class Mention:
    """One actor mention in a spaCy Doc (token offsets are doc-level)."""

    start: int
    end: int
    text: str
    code: str
    country: str | None
    sector: str | None
    name: str | None
    kind: str
    head: int
    # How a sector-only agent got its country: "" (its own phrase), "sentence" (a country named
    # where it is: "rebels in Sudan"), "place" (a place named where it is, from the gazetteer:
    # "police in Minneapolis", "Los Angeles police"), "article" (the country the article is mostly about).
    country_from: str = ""

    def to_actor(self) -> schema.Actor:
        return schema.Actor(text=self.text, code=self.code, country=self.country, sector=self.sector, name=self.name)


# ---------------------------------------------------------------------------- loading
# The Soviet Union's last day: the Phoenix dictionaries code Soviet officials as Russia's (RUS).
SOVIET_END = "1991-12-26"
# The converted Phoenix people files stop about here: an open role of theirs says nothing later.
PHOENIX_END = "2016-01-01"


def _soviet(role: Role) -> Role:
    """A Phoenix role coded RUS that ended by the Soviet Union's end was a Soviet office ("Andrei
    Gromyko, foreign minister 1957-1985" is SUNGOV)."""
    if role.code.startswith("RUS") and role.end is not None and role.end <= SOVIET_END:
        return replace(role, code="SUN" + role.code[3:])
    return role


def parse_role(text: str, where: str) -> Role:
    m = ROLE_RE.match(str(text).strip())
    if not m or re.search(r"\d{4}", m.group(4) or "") or (m.group(2) and m.group(3) and m.group(2) >= m.group(3)):
        raise DataError(Errors.E202.format(path=where, entry=text, problem=(
            "a role must look like 'KORGOV 2022-05-10..2025-04-04 president' (code, optional ISO dates with "
            "the start before the end, optional title)")))
    return Role(code=m.group(1), start=m.group(2), end=m.group(3), title=m.group(4) or "")


def _plurals(word: str) -> list[str]:
    """Regular English plurals of the last word of an agent phrase."""
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith(("s", "sh", "ch", "x", "z")):
        forms = [last + "es"] if not last.endswith("s") else []
    elif last.endswith("man"):
        forms = [last[:-3] + "men"]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = [last[:-1] + "ies"]
    else:
        forms = [last + "s"]
    return [prefix + f for f in forms]


def _demonym_plurals(phrases: list[str]) -> list[str]:
    """ "Albanian" -> "Albanians", "Iraqi" -> "Iraqis", "Croat" -> "Croats", "Hong Konger" -> "Hong Kongers",
    "New Zealander" -> "New Zealanders": the people, when the dictionary lists only the singular (a plural
    of a place name, "Irans", is never written)."""
    known = set(phrases)
    out = []
    for phrase in phrases:
        word = str(phrase)
        if (word.replace(" ", "").isalpha() and word[:1].isupper() and word.split()[-1][:1].isupper()
                and word.endswith(("an", "i", "at", "ot", "nger", "nder")) and word + "s" not in known):
            out.append(word + "s")
    return out


def _split(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split("|") if v.strip()]


class ActorDictionary:
    """The actor data files, loaded and checked: phrase keys -> what they stand for."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}  # key_of(phrase) -> entries, best first
        self.surfaces: dict[str, bool] = {}  # phrase as written -> case-sensitive?
        self.word_keys: set[str] = set()  # keys with a surface that is not an all-capital abbreviation
        self.people: dict[str, Person] = {}
        self._by_surname: dict[str, list[Person]] | None = None
        self.country_names: dict[str, str | None] = {}
        self.codes: dict[str, str] = {}  # 3-letter segment -> kind
        self.legacy: dict[str, str] = {}  # old code -> code emitted
        self._hand_people: set[str] = set()  # keys of hand-curated names (they hide Phoenix duplicates)
        # (names32) key_of(name) -> the hand-curated person, to keep the spellings of the converted entry it hides
        self._hand_by_key: dict[str, Person] = {}
        # groups coded as the armed rebels (REB) of the country where a sentence places them ("local: true")
        self.local_groups: set[str] = set()
        # keys of the agent nouns of every sector ("congress", "senate"), even where a name shares them
        self.agent_keys: dict[str, str] = {}
        # code -> keys of names the converted list wrongly gives it (hand "not_names": "Jersey" is no US state)
        self.not_names: dict[str, set[str]] = {}
        # a bare body word many states use ("congress", "senate") -> the states whose body bears it
        self.shared_bodies: dict[str, frozenset[str]] = {}

    # -- construction ----------------------------------------------------------------------
    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "ActorDictionary":
        """The packaged dictionaries (loaded once per process; from the disk cache when built before)."""
        from ..cache import cached

        return cached("actors", cls._build_default)

    @classmethod
    def _build_default(cls) -> "ActorDictionary":
        d = cls()
        d.load_codes()
        d.load_countries(data.read_yaml(f"{ACTOR_DIR}/countries.yaml"), HAND, "countries.yaml")
        d.load_countries(data.read_yaml(f"{ACTOR_DIR}/phoenix/countries.yaml"), PHOENIX, "phoenix/countries.yaml")
        d.load_people(data.read_yaml(f"{ACTOR_DIR}/people.yaml"), HAND, "people.yaml")
        d.load_organisations(data.read_yaml(f"{ACTOR_DIR}/organisations.yaml"), HAND, "organisations.yaml")
        d.load_agents(data.read_yaml(f"{ACTOR_DIR}/agents.yaml"), HAND)
        d.load_agents(data.read_yaml(f"{ACTOR_DIR}/phoenix/agents.yaml"), PHOENIX)
        d.load_not_actors(data.read_yaml(f"{ACTOR_DIR}/not_actors.yaml"))
        d.load_shared_bodies(data.read_yaml(f"{ACTOR_DIR}/shared_bodies.yaml"))
        d.load_people(read_tsv(f"{ACTOR_DIR}/phoenix/people.tsv"), PHOENIX, "phoenix/people.tsv")
        orgs = read_tsv(f"{ACTOR_DIR}/phoenix/organisations.tsv")
        d.load_people([o for o in orgs if o.get("roles")], PHOENIX, "phoenix/organisations.tsv")
        d.load_organisations([o for o in orgs if not o.get("roles")], PHOENIX, "phoenix/organisations.tsv")
        d.finish()
        return d

    def load_codes(self) -> None:
        for row in read_tsv(f"{ACTOR_DIR}/codes.tsv"):
            code, kind, same_as = row["code"], row["kind"], row.get("same_as")
            assert code is not None and kind is not None, row  # required columns
            self.codes.setdefault(code, kind)
            if kind == "legacy" and same_as:
                self.legacy[code] = same_as
            if kind == "country":
                self.country_names.setdefault(code, row["name"] or code)

    def valid_code(self, code: str) -> bool:
        """A code is valid when every 3-letter segment is a known, non-legacy segment."""
        if not code or len(code) % 3:
            return False
        segments = [code[i:i + 3] for i in range(0, len(code), 3)]
        return all(s in self.codes and self.codes[s] != "legacy" for s in segments)

    def _check(self, code: str, where: str, entry: str) -> str:
        if self.codes and not self.valid_code(code):
            raise DataError(Errors.E202.format(path=where, entry=entry, problem=Errors.E203.format(code=code)))
        return code

    def add(self, phrase: str, entry: Entry) -> None:
        # Names are stored without a leading "the": the matcher finds "the US" and "The US" alike.
        phrase = LEADING_THE.sub("", str(phrase).strip())
        if re.fullmatch(r"[A-Za-z]{2,3}", phrase) and entry.tier == PHOENIX and entry.kind != "agent":
            phrase = phrase.upper()  # converted "Us" was "US" in the all-capital source
        key = key_of(phrase)
        if not key:
            return
        bucket = self.entries.setdefault(key, [])
        bucket.append(entry)
        sensitive = is_abbreviation(phrase)
        if not sensitive:
            self.word_keys.add(key)
        # A phrase written once in lower or mixed case is a word, not only an abbreviation.
        self.surfaces[phrase] = self.surfaces.get(phrase, True) and sensitive

    def load_countries(self, rows: list[dict], tier: int, where: str) -> None:
        for row in rows or []:
            code = self._check(str(row.get("code", "")), where, str(row.get("code")))
            name = row.get("name") or self.country_names.get(code) or code
            self.country_names[code] = self.country_names.get(code) if tier == PHOENIX else name
            ambiguous = {key_of(a) for a in row.get("ambiguous") or []}
            lower_case = {key_of(a) for a in row.get("lower_case") or []}
            earlier = tuple(parse_role(r, where) for r in row.get("earlier") or [])
            for r in earlier:
                self._check(r.code, where, f"{code} earlier {r.code}")
            # names_earlier: the state a name stood for in other years ("Congo" before 1997 is Brazzaville)
            names_earlier = {key_of(n): tuple(parse_role(r, where) for r in roles)
                             for n, roles in (row.get("names_earlier") or {}).items()}
            for roles in names_earlier.values():
                for r in roles:
                    self._check(r.code, where, f"{code} names_earlier {r.code}")
            phrases = [*(row.get("names") or []), *(row.get("adjectives") or [])]
            if tier == HAND:
                self.not_names.setdefault(code, set()).update(key_of(str(n)) for n in row.get("not_names") or [])
            else:  # a converted name another country's place bears, or a word or person first: not this country
                phrases = [p for p in phrases if key_of(str(p)) not in self.not_names.get(code, set())]
            alone = not row.get("compose_only")   # regions: "Western leaders" yes, "Western" alone no
            singular = {key_of(a) for a in row.get("adjectives") or []}
            made = _demonym_plurals(phrases)
            for phrase in phrases + made:
                # "Egyptians", "Israelis": the plural of an adjective names the people (civilians)
                people = phrase in made or (str(phrase).endswith("s") and not str(phrase).endswith("ss") and (
                    key_of(str(phrase)[:-1]) in singular or key_of(phrase) in singular))
                self.add(phrase, Entry("country", tier, code=code, country=code, name=name,
                                       ambiguous=key_of(phrase) in ambiguous, compose_only=not alone,
                                       lower_case=key_of(phrase) in lower_case, people=people, earlier=names_earlier.get(key_of(phrase), ())))
            for phrase in row.get("capitals") or []:
                self.add(phrase, Entry("capital", tier, code=compose_code(code, "GOV"), country=code, sector="GOV", name=name,
                                       ambiguous=key_of(phrase) in ambiguous, earlier=earlier))
            for phrase, sector in (row.get("seats") or {}).items():
                self._check(compose_code(code, str(sector)), where, f"{code} seat {phrase}")
                self.add(phrase, Entry("capital", tier, code=compose_code(code, str(sector)), country=code, sector=str(sector),
                                       name=name, earlier=earlier))

    def load_people(self, rows: list[dict], tier: int, where: str) -> None:
        for row in rows or []:
            pid = str(row.get("id") or key_of(str(row.get("name"))))
            name = str(row.get("name") or "").strip()
            if not name:
                raise DataError(Errors.E202.format(path=where, entry=pid, problem="a person needs a name"))
            if tier == PHOENIX and (pid in self.people or key_of(name) in self._hand_people):
                # the hand-curated entry wins, but keeps the converted entry's other spellings
                if where.endswith("people.tsv"):
                    self._keep_spellings(self.people.get(pid) or self._hand_by_key[key_of(name)], name, _split(row.get("aliases")))
                continue
            raw_roles = row.get("roles") or []
            if isinstance(raw_roles, str):
                raw_roles = [r for r in raw_roles.split(";") if r.strip()]
            if not isinstance(raw_roles, list):
                raise DataError(Errors.E202.format(path=where, entry=pid, problem="roles must be a list"))
            roles = [parse_role(r, where) for r in raw_roles]
            if tier == PHOENIX:
                roles = [_soviet(r) for r in roles]
            for r in roles:
                self._check(r.code, where, pid)
            fallback = row.get("fallback") or None
            if fallback:
                self._check(fallback, where, pid)
            country = row.get("country") or None
            if not country and roles and roles[0].code[:3] in self.country_names:
                country = roles[0].code[:3]
            person = Person(pid, name, _split(row.get("aliases")), country, roles, fallback,
                            str(row.get("source") or ("phoenix" if tier == PHOENIX else "foedus")))
            if pid in self.people and tier == HAND:
                raise DataError(Errors.E202.format(path=where, entry=pid, problem="this id is used twice"))
            self.people[pid] = person
            if tier == HAND:
                self._hand_people.add(key_of(name))
                self._hand_by_key.setdefault(key_of(name), person)
            self.add(name, Entry("person", tier, name=name, person=person))
            for alias in person.aliases:
                # Short one-word Phoenix aliases ("Kim", "Ali") name too many people to stand alone;
                # longer ones ("Mugabe") do, unless two people share them (see finish()).
                explicit = tier == HAND or len(alias.split()) > 1 or len(key_of(alias)) >= 5
                self.add(alias, Entry("person", tier, name=name, person=person, explicit=explicit))

    def _keep_spellings(self, person: Person, converted: str, aliases: list[str]) -> None:
        """(names32) The other spellings a converted entry gave a person whom a hand-curated entry now
        describes ("Binyamin Netanyahu", "Husni Mubarak"): they name the hand-curated person (with its dated
        roles), as converted phrases (a hand phrase of the same words wins). Spellings with a title or a
        country word ("Prime Minister Netanyahu", "Israeli Prime Minister Binyamin Netanyahu") are left to
        the matcher's titles, and one-word ones follow the converted rule (too short: not alone). A spelling
        must share the start of a word with a name of the person ("Husni Mubarak", "Hasan Ruhani"): the converted
        lists also give an entity's places as its names ("Banja Luka" for Republika Srpska)."""
        # the surname alone stays the hand-curated rule's (``_add_surnames``)
        own = {key_of(n) for n in [person.name, *person.aliases, person.name.split()[-1]]}
        starts = {key_of(w)[:3] for n in [person.name, *person.aliases, converted] for w in n.split() if len(key_of(w)) >= 3}
        for alias in aliases:
            key = key_of(alias)
            if not key or key in own or not any(key_of(w)[:3] in starts for w in alias.split() if len(key_of(w)) >= 3) or any(
                    w.lower().strip(".") in PERSON_TITLES or key_of(w) in self.agent_keys or "-" in w or any(e.kind in ("country", "agent") for e in self.entries.get(key_of(w), []))
                    for w in alias.split()):
                continue
            own.add(key)
            explicit = len(alias.split()) > 1 or len(key) >= 5
            self.add(alias, Entry("person", PHOENIX, name=person.name, person=person, explicit=explicit))

    def _news_forms(self) -> None:
        """(names32) The forms news writes of a listed name: a three-part name of the countries of
        name_forms.yaml with its given name hyphenated ("Roh Tae Woo" -> "Roh Tae-woo": the hyphen is a token
        of its own), and a name with middle initials without them ("Walter F. Mondale" -> "Walter Mondale",
        "George H. W. Bush" -> "George Bush"). A new form is added only when no phrase of the dictionaries has
        its words, no other person's name gives the same form, and the surname is rare (at most two people)."""
        hyphenated = {str(c) for c in (data.read_yaml(f"{ACTOR_DIR}/name_forms.yaml") or {}).get("hyphenated_given_names", [])}
        made: dict[str, list[tuple[str, Entry]]] = {}
        surnames: dict[str, int] = {}   # a common surname ("Brown", "Singh") with a first name is many people
        for p in self.people.values():
            surnames[key_of(p.name.split()[-1])] = surnames.get(key_of(p.name.split()[-1]), 0) + 1
        for key, bucket in list(self.entries.items()):
            for e in bucket:
                if e.kind != "person" or e.person is None or key != key_of(e.person.name):
                    continue
                words = e.person.name.split()
                if len(words) == 3 and e.person.country in hyphenated and all(
                        w.isalpha() and w[0].isupper() and len(w) <= 6 for w in words) and words[0].lower() not in NAME_PARTICLES:
                    # same key as the name: only a new way of writing it for the matcher
                    self.surfaces.setdefault(f"{words[0]} {words[1]}-{words[2].lower()}", False)
                if len(words) >= 3 and len(words[0]) > 2 and words[0][0].isupper() and "." not in words[0] and \
                        words[-1][0].isupper() and surnames.get(key_of(words[-1]), 0) <= 2 and all(re.fullmatch(r"[A-Z]\.", w) for w in words[1:-1]):
                    short = f"{words[0]} {words[-1]}"
                    made.setdefault(key_of(short), []).append((short, e))
        for key, forms in made.items():
            if key in self.entries or len({e.named_person.id for _, e in forms}) > 1:
                continue
            short, e = forms[0]
            self.add(short, replace(e, explicit=True))

    def load_organisations(self, rows: list[dict], tier: int, where: str) -> None:
        for row in rows or []:
            code = row.get("code")
            name = str(row.get("name") or "").strip()
            if not code or not name:
                raise DataError(Errors.E202.format(path=where, entry=row.get("id") or name,
                                                   problem="an organisation needs a name and a code"))
            self._check(code, where, str(row.get("id") or name))
            country = row.get("country") or (code[:3] if code[:3] in self.country_names else None)
            sector = code[3:6] if country and len(code) >= 6 else None
            # dated codes of a national body whose role changed: "ZAFREB ..1990-02-02 banned movement"
            roles = tuple(parse_role(r, where) for r in row.get("roles") or [])
            for r in roles:
                self._check(r.code, where, str(row.get("id") or name))
            # names the news writes in lower case ("the contras", "contra rebels"): they count uncapitalised
            lower_case = {key_of(a) for a in _split(row.get("lower_case"))}
            for phrase in [name, *_split(row.get("aliases")), *_split(row.get("lower_case"))]:
                self.add(phrase, Entry("organization", tier, code=code, country=country, sector=sector, name=name,
                                       earlier=roles, lower_case=key_of(phrase) in lower_case))
            if row.get("local"):
                self.local_groups.add(name)

    def load_agents(self, rows: list[dict], tier: int) -> None:
        for row in rows or []:
            sector = str(row["sector"])
            self._check(sector, "agents", sector)
            for group, compose_only in (("words", False), ("compose_only", True)):
                for word in row.get(group) or []:
                    word = str(word).lower()
                    for form in [word, *_plurals(word)]:
                        self.add(form, Entry("agent", tier, sector=sector, compose_only=compose_only))
                        self.agent_keys.setdefault(key_of(form), sector)

    def load_not_actors(self, rows: list[str]) -> None:
        for phrase in rows or []:
            self.add(str(phrase), Entry("block", HAND))

    def load_shared_bodies(self, rows: dict) -> None:
        for word, states in (rows or {}).items():
            if not isinstance(states, list):
                raise DataError(Errors.E202.format(path="actors/shared_bodies.yaml", entry=word,
                                                   problem="a body word needs a list of country codes"))
            for code in states:
                self._check(str(code), "actors/shared_bodies.yaml", f"{word} {code}")
            self.shared_bodies[key_of(str(word))] = frozenset(str(c) for c in states)

    def finish(self) -> None:
        """Keep, for each phrase, only the entries of the best tier; drop people a phrase cannot tell apart."""
        # Given names ("Abdullah", "Hassan") never name one converted person alone.
        given = {key_of(p.name.split()[0]) for p in self.people.values() if len(p.name.split()) > 1}
        self._news_forms()
        self._add_surnames(given)
        for key, bucket in self.entries.items():
            bucket[:] = [replace(e, explicit=False) if e.kind == "person" and e.tier == PHOENIX and key in given
                         else e for e in bucket]
            best = min(e.tier for e in bucket)
            kept = [e for e in bucket if e.tier == best]
            kinds = {e.kind for e in kept}
            if "block" in kinds:
                kept = [e for e in kept if e.kind == "block"][:1]
            elif kinds - {"person"}:
                kept = [e for e in kept if e.kind != "person"] or kept
            people = {e.person.id for e in kept if e.person is not None}
            if len(people) > 1:
                exact = [e for e in kept if e.person is not None and key_of(e.person.name) == key]
                if not exact:
                    # "President Bush": several people; lookup() picks by date or shared country.
                    self.entries[key] = [e for e in kept if e.person is not None]
                    continue
                kept = exact[:1]
            self.entries[key] = kept[:1] if kept else []

    def _add_surnames(self, given: set[str]) -> None:
        """A hand-curated person's surname names them alone ("Museveni said", "Tebboune flew to Rome")
        when it is rare among all the people of the dictionaries: the last word of the name, of four
        letters or more, in at most two people's names, nobody's given name, no particle, not listed
        in surnames_not_alone.yaml (English words, places), and no phrase of the dictionaries already.
        Two people sharing it ("Kenyatta") are told apart by the role held on the date (``lookup``).
        A surname more people share names one of them alone only while that one is the only hand-curated
        person of it in an office ("Bhutto" in 1994, "Hariri" in 1996), when at most three hand-curated
        people of one country bear it; common surnames ("Khan") stay unresolved alone."""
        counts: dict[str, int] = {}
        for p in self.people.values():
            for w in {key_of(w) for w in p.name.split()}:
                counts[w] = counts.get(w, 0) + 1
        families: dict[str, set[str | None]] = {}
        family_size: dict[str, int] = {}
        for p in self.people.values():
            if key_of(p.name) in self._hand_people and len(p.name.split()) > 1:
                last = key_of(p.name.split()[-1])
                families.setdefault(last, set()).add(p.country)
                family_size[last] = family_size.get(last, 0) + 1
        blocked = set(given) | {key_of(w) for w in NAME_PARTICLES} | {
            key_of(str(w)) for w in data.read_yaml(f"{ACTOR_DIR}/surnames_not_alone.yaml") or []}
        for p in self.people.values():
            words = p.name.split()
            if key_of(p.name) not in self._hand_people or len(words) < 2:
                continue
            key = key_of(words[-1])
            shared = counts.get(key, 0) > 2
            if shared and (family_size.get(key, 0) > 3 or families.get(key) != {p.country} or p.country is None):
                continue
            if len(key) < 4 or key in blocked or any(
                    e.kind != "person" or e.person is None or e.person.country != p.country
                    for e in self.entries.get(key, [])):
                continue
            if any(e.person is not None and e.person.id == p.id for e in self.entries.get(key, [])):
                continue
            self.add(words[-1], Entry("person", HAND, name=p.name, person=p, in_office=shared))
        # A converted (Phoenix) person's rare surname names them alone on the dates they hold an office
        # ("Olmert met Abbas" in 2007, "Rumsfeld said" in 2003), never outside it (``lookup``): the roles
        # of those files end about 2015, and an office-holder's surname in the news of their years is them.
        hand_keys = set(self.entries)
        for p in self.people.values():
            words = p.name.split()
            if key_of(p.name) in self._hand_people or len(words) < 2 or not any(
                    r.code[3:6] not in {"", "ELI"} for r in p.roles):
                continue
            key = key_of(words[-1])
            if len(key) < 4 or key in blocked or counts.get(key, 0) > 2 or not words[-1][:1].isupper():
                continue
            if key in hand_keys and any(e.kind != "person" or e.person is None or e.person.id != p.id
                                        for e in self.entries.get(key, [])):
                continue
            if any(e.person is not None and e.person.id == p.id for e in self.entries.get(key, [])):
                continue
            # ambiguous: "Palm Sunday", "Kent State" - a capitalised neighbour makes it part of another name
            self.add(words[-1], Entry("person", PHOENIX, name=p.name, person=p, in_office=True, ambiguous=True))

    def people_named(self, surname: str) -> list[Person]:
        """The people of the dictionaries whose name ends in ``surname`` (index built on first need)."""
        if self._by_surname is None:
            index: dict[str, list[Person]] = {}
            for p in self.people.values():
                words = p.name.split()
                if len(words) > 1:
                    index.setdefault(key_of(words[-1]), []).append(p)
            self._by_surname = index
        return self._by_surname.get(key_of(surname), [])

    # -- lookups ---------------------------------------------------------------------------
    def lookup(self, phrase: str, exact_case: bool = False, date: str | None = None) -> Entry | None:
        """The entry a phrase stands for; with ``exact_case`` an abbreviation must be written in capitals.
        A name several people share goes to the one in a role on ``date``; without a date, or with
        no one in a role, to the first when they all share one country; else to no one."""
        key = key_of(phrase)
        bucket = self.entries.get(key)
        if not bucket:
            return None
        if exact_case and key not in self.word_keys and phrase.strip() != phrase.strip().upper():
            return None  # "us" is not the US
        if any(e.in_office for e in bucket):
            # a converted person's surname alone: the one person in an office on the date, else no one
            # (a converted role left open ends with the converted files, in 2015)
            serving = [] if date is None else [e for e in bucket if any(
                r.covers(date) and r.code[3:6] not in {"", "ELI"} and (e.tier == HAND or r.end or date < PHOENIX_END)
                for r in e.named_person.roles)]
            return serving[0] if len(serving) == 1 else None
        if len(bucket) == 1:
            return bucket[0].on(date)
        if date is not None:
            serving = [e for e in bucket if any(r.covers(date) for r in e.named_person.roles)]
            if len(serving) == 1:
                return serving[0]
            if serving:
                bucket = serving
        countries = {e.named_person.country for e in bucket}
        return bucket[0] if len(countries) == 1 and None not in countries else None

    def split_code(self, code: str) -> tuple[str | None, str | None]:
        """("KORGOV") -> ("KOR", "GOV"); IGO/NGO codes have no country."""
        if code[:3] in self.country_names and self.codes.get(code[:3]) == "country":
            return code[:3], (code[3:6] or None)
        return None, None

    def resolve(self, name: str, date: str | dt.date | None = None) -> schema.Actor | None:
        """The actor a name stands for on ``date`` ("Joe Biden", "Russian troops", "Seoul"), or None."""
        iso = check_date(date)
        text = LEADING_THE.sub("", str(name).strip())
        text = re.sub(r"[’']s$", "", text)
        pieces = self._segment(text, iso) or self._segment_prefix(text, iso)
        if not pieces or any(e.kind == "block" for e in pieces):
            return None
        last = pieces[-1]
        if last.kind == "person":
            return self._actor(text, last, iso)
        agents = [e for e in pieces if e.kind == "agent"]
        owners = [e for e in pieces if e.kind != "agent"]
        if len(owners) > 1:
            return None
        if not agents:
            return self._actor(text, last, iso)
        sector = agents[0].sector
        assert sector is not None, agents[0]  # an agent entry is its sector
        if not owners:
            return None if all(a.compose_only for a in agents) else self._actor(text, agents[0], iso)
        owner = owners[0]
        if owner.kind == "person":
            country = owner.named_person.country
            return schema.Actor(text=text, code=compose_code(country, sector), country=country, sector=sector,
                                name=owner.named_person.name)
        if owner.kind == "organization" and owner.code and (
                sector in _segments(owner.code)[1:] or (sector == "GOV" and owner.code[3:6] not in {"", "GOV"})):
            return schema.Actor(text=text, code=owner.code, country=owner.country, sector=sector, name=owner.name)
        base = owner.country or owner.code
        assert base is not None, owner  # a country, capital or organisation has its code
        return schema.Actor(text=text, code=compose_code(base, sector), country=owner.country, sector=sector, name=owner.name)

    def _segment(self, text: str, date: str | None = None) -> list[Entry]:
        """Split a name into dictionary phrases, longest first with backtracking ("Russian" + "troops")."""
        words = [w for w in re.split(r"\s+", text) if w]

        def split_from(i: int) -> list[Entry] | None:
            if i == len(words):
                return []
            if words[i].lower() in lexicon.words("actor_cues", "name_fillers") and i > 0:
                return split_from(i + 1)
            for j in range(len(words), i, -1):
                chunk = " ".join(words[i:j])
                if j < len(words):
                    chunk = re.sub(r"[’']s$", "", chunk)
                entry = self.lookup(chunk, exact_case=True, date=date)
                if entry is None or (entry.kind == "person" and not entry.explicit):
                    continue
                rest = split_from(j)
                if rest is not None:
                    return [entry, *rest]
            return None

        return split_from(0) or []

    def _segment_prefix(self, text: str, date: str | None = None) -> list[Entry]:
        """The longest leading part of a name that splits into dictionary phrases: "Russian President
        Boris Yeltsin" -> "Russian" + "President" when the person is not in the dictionaries."""
        words = text.split()
        for n in range(len(words), 0, -1):
            pieces = self._segment(" ".join(words[:n]), date)
            if pieces:
                return pieces
        return []

    def _actor(self, text: str, entry: Entry, iso: str | None) -> schema.Actor:
        if entry.kind == "person":
            code = entry.named_person.code_on(iso)
            country, sector = self.split_code(code)
            return schema.Actor(text=text, code=code, country=country, sector=sector, name=entry.named_person.name)
        own = entry.sector if entry.kind == "agent" else entry.code
        assert own is not None, entry  # an agent entry is its sector; the others have their code
        if entry.kind == "agent":
            return schema.Actor(text=text, code=own, country=None, sector=entry.sector, name=None)
        return schema.Actor(text=text, code=own, country=entry.country, sector=entry.sector, name=entry.name)


# Words between a side word and the person or group ("loyal to THE Taliban", "forces of HIS deputy X").
SIDE_FILLERS = frozenset({"the", "his", "her", "their", "its"})


def _without_dateline_agency(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions less the news agency a dateline credits ("KYIV, June 3 (Reuters) - "): the agency filed the story,
    so it is no actor of it and no country the article is about (Reuters would make British the police, troops and
    civilians nothing else places)."""
    if not mentions or mentions[0].start > 12:
        return mentions
    from . import places   # (imported here: places imports this module)
    span = places.dateline_agency(doc_text(doc))
    if span is None:
        return mentions
    return [m for m in mentions if not span[0] <= word_at(doc, m.start).idx < span[1]]


@lru_cache(maxsize=1)
def side_links() -> frozenset[str]:
    """ "loyal to", "led by": words that tie armed men to the side of the person or group named next
    (data/actors/side_links.yaml)."""
    rows = data.read_yaml(f"{ACTOR_DIR}/side_links.yaml") or []
    if not isinstance(rows, list) or not all(isinstance(r, str) and r.strip() for r in rows):
        raise DataError(Errors.E202.format(path="actors/side_links.yaml", entry="list",
                                           problem="a list of phrases (strings) is needed"))
    return frozenset(" ".join(r.lower().split()) for r in rows)


def side_tied(doc: Doc, end: int, start: int) -> bool:
    """Whether the words from ``end`` to ``start`` are a side word ("troops loyal to [the] ..."): what is named at
    ``start`` is whose side the armed men named before ``end`` fight on."""
    words = doc_lowers(doc)[end:start]
    while words and words[-1] in SIDE_FILLERS:
        words.pop()
    return bool(words) and " ".join(words) in side_links()


def _side_link_follows(doc: Doc, end: int) -> bool:
    """Whether a side word (data/actors/side_links.yaml, not the bare "of" or "under" that any noun takes) and a
    name follow ``end``: "tanks loyal to President Yeltsin", "gunboats commanded by the Tigers"."""
    words: list[str] = []
    for i in range(end, min(end + 5, len(doc))):
        tok = word_at(doc, i)
        if words and tok.lower_ not in SIDE_FILLERS and (tok.pos_ == "PROPN" or tok.text[:1].isupper()):
            return " ".join(words) in side_links() and " ".join(words) not in {"of", "under"}
        if tok.lower_ not in SIDE_FILLERS:
            words.append(tok.lower_)
    return False


def armed_side(country: str | None, sector: str | None, code: str, armed: str | None) -> tuple[str, str | None, str | None] | None:
    """The code of armed men (sector ``armed``) who fight for a person or group coded ``code``: an armed
    side keeps its own code ("Haftar's forces" LBYMIL, "fighters allied with the RSF" SDNREB), a government
    its country's military ("troops loyal to Salva Kiir" SSDMIL), anyone else the country with the
    armed men's sector ("militiamen loyal to Moqtada al-Sadr" IRQREB)."""
    if sector in ARMED_OWNERS:
        return code, country, sector
    if country and sector == "GOV":
        return compose_code(country, "MIL"), country, "MIL"
    if country:
        return compose_code(country, armed), country, armed
    return None


@lru_cache(maxsize=1)
def _divided() -> tuple[dict, ...]:
    """The rows of data/actors/divided_countries.tsv."""
    return tuple(read_tsv("actors/divided_countries.tsv"))


@lru_cache(maxsize=1)
def _dated_coalitions() -> tuple[dict, ...]:
    """The rows of data/actors/dated_coalitions.tsv."""
    return tuple(read_tsv("actors/dated_coalitions.tsv"))


def coalition_leader(word: str, iso: str | None) -> str | None:
    """The country that led the coalition a modifier ("allied", "coalition") names on ``iso`` (data/actors/
    dated_coalitions.tsv): "Allied warplanes" in January 1991 are the US-led coalition's; None outside its wars."""
    if not iso:
        return None
    for row in _dated_coalitions():
        if row["from"] <= iso < row["until"] and word.lower() in str(row["words"]).split("|"):
            return str(row["leader"])
    return None


@lru_cache(maxsize=1)
def _peoples_at_war() -> tuple[dict, ...]:
    """The rows of data/actors/peoples_at_war.tsv."""
    return tuple(read_tsv("actors/peoples_at_war.tsv"))


def _dated_rows(path: str) -> tuple[dict, ...]:
    """The rows of a data table with "from" / "until" ISO dates, each date that is set checked (E-numbered error)."""
    rows = tuple(read_tsv(path))
    for row in rows:
        for key in ("from", "until"):
            if row.get(key):
                check_date(str(row[key]))
    return rows


def _with_code(m: Mention, code: str, **changes: Any) -> Mention:
    """``m`` recoded as ``code`` (its country and sector read from the code), with any other ``changes``."""
    return replace(m, code=code, country=code[:3], sector=code[3:6] or None, **changes)


@lru_cache(maxsize=1)
def _court_seats() -> tuple[dict, ...]:
    """(balkan60) The rows of data/actors/court_seats.tsv."""
    return _dated_rows("actors/court_seats.tsv")


@lru_cache(maxsize=1)
def _groups_abroad_rows() -> dict[str, dict[str, Any]]:
    """(target58) The rows of data/actors/groups_abroad.tsv by the group's canonical name."""
    return {str(row["name"]): row for row in _dated_rows("actors/groups_abroad.tsv")}


def _peoples_at_war_plurals(doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
    """(balkan60) "The Serbs shelled Gorazde again", "rebel Serbs shelled the Croatian town of Osijek": a people named by
    its bare plural (data actor_cues people_names), as the one who acts or is acted on, in a sentence that names a town or
    state of the land where that people fought a war of its own (data/actors/peoples_at_war.tsv), in the war's window,
    is that war's side (BIHREB, HRVREB), as their armed men are (``_peoples_armed_men``); "Serb villages" (a word before
    a noun) and a sentence naming no place of the land keep the people's state."""
    if not iso:
        return mentions
    rows = [r for r in _peoples_at_war() if r["from"] <= iso < r["until"]]
    if not rows:
        return mentions
    out = []
    for m in mentions:
        word = word_at(doc, m.head)
        if m.kind == "country" and m.end - m.start == 1 and word.lower_ in PEOPLE_NAMES and word.lower_.endswith("s") \
                and word.dep_ not in {"compound", "amod", "nmod", "poss"}:
            sent = word.sent
            lands = {o.country for o in mentions if o.start != m.start and o.country and sent.start <= o.start < sent.end}
            lands |= _towns_of(doc, sent, mentions, None)
            row = next((r for r in rows if word.lower_.rstrip("s") == r["people"] and r["land"] in lands), None)
            if row is not None:
                code = str(row["code"])
                m = _with_code(m, code, kind="agent", country_from="place")
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _federal_army_rows() -> tuple[dict, ...]:
    """(balkan60) The rows of data/actors/federal_armies.tsv."""
    return _dated_rows("actors/federal_armies.tsv")


def _federal_armies(doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
    """(balkan60) "Croatian authorities accused the federal army of shelling Glina" (1991), "the army denied that its
    jets hit the palace in Zagreb": a bare army (or a force after "federal") that only the sentence, a place or the
    article gives a breaking-away republic's country, in the years the federation's army held that land
    (data/actors/federal_armies.tsv), is the federation's army (SRBMIL); "Croatian troops" keep their own word."""
    if not iso:
        return mentions
    rows = [r for r in _federal_army_rows() if r["from"] <= iso < r["until"]]
    if not rows:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "agent" and m.sector == "MIL" and m.country_from and m.code == compose_code(m.country or "", "MIL"):
            row = next((r for r in rows if r["land"] == m.country), None)
            federal = m.start > 0 and word_at(doc, m.start - 1).lower_ == "federal" \
                or any(word_at(doc, k).lower_ == "federal" for k in range(m.start, m.end))
            if row is not None and (federal or word_at(doc, m.head).lemma_.lower() in str(row["words"]).split("|")):
                code = str(row["code"])
                m = _with_code(m, code)
        out.append(m)
    return out


def _court_seat_mentions(doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
    """(balkan60) "Belgrade refused to extradite him to The Hague", "he was flown to The Hague": a town where an
    international court sits (data/actors/court_seats.tsv), named after "to" on a verb of handing or taking a person
    over, in the court's years, is the court (IGOUNOJUD), not the Dutch government; "ministers met in The Hague" and
    "a visit to The Hague" keep the town's country."""
    if not iso or not any(m.kind == "capital" for m in mentions):
        return mentions
    out = []
    for m in mentions:
        if m.kind == "capital":
            head = word_at(doc, m.head)
            prep = head.head if head.dep_ == "pobj" else None
            verb = prep.head if prep is not None and prep.lower_ == "to" and prep.dep_ in {"prep", "dative"} else None
            if verb is not None and verb.pos_ in {"VERB", "AUX"}:
                text = doc[m.start:m.end].text.lower()
                names = {text, "the " + text} if m.start > 0 and word_at(doc, m.start - 1).lower_ == "the" else {text}
                row = next((r for r in _court_seats() if str(r["place"]).lower() in names
                            and r["from"] <= iso and (not r["until"] or iso < r["until"])
                            and verb.lemma_.lower() in str(r["verbs"]).split("|")), None)
                if row is not None:
                    code = str(row["code"])
                    m = _with_code(m, code, name=None,
                                kind="organization", country_from="")
        out.append(m)
    return out


def _towns_of(doc: Doc, sent: Span, mentions: list[Mention], home: str | None) -> set[str]:
    """(target58) The countries of the towns and regions (not countries) ``sent`` names outside actor mentions and of
    the capitals it names as places, with ``home`` among them when it names that country by its own name as a place."""
    from . import places   # the gazetteer is built once per process, on first need

    covered = {i for m in mentions for i in range(m.start, m.end)}
    gazetteer = places.Gazetteer.default()
    # a capital named as a place ("a hotel complex in Nairobi") is a town of its country
    found: set[str] = {m.country for m in mentions if m.kind == "capital" and m.country and sent.start <= m.start < sent.end
                       and word_at(doc, m.head).dep_ == "pobj"}
    k = sent.start
    while k < sent.end:
        tok = word_at(doc, k)
        if tok.pos_ != "PROPN" or tok.i in covered or not tok.text[:1].isupper():
            k += 1
            continue
        end = k + 1
        while end < sent.end and word_at(doc, end).pos_ == "PROPN" and end not in covered \
                and word_at(doc, end).text[:1].isupper():
            end += 1
        place = gazetteer.place(doc[k:end].text) or (gazetteer.place(word_at(doc, end - 1).text) if end - k > 1 else None)
        if place is not None and place.country and (place.kind == "country" and place.country == home
                                                    or place.kind in {"city", "region"}):
            found.add(place.country)
        k = end
    return found


@lru_cache(maxsize=1)
def _settlements() -> tuple[dict, ...]:
    """The rows of data/actors/settlements.tsv."""
    return tuple(read_tsv("actors/settlements.tsv"))


def read_tsv(name: str) -> list[dict[str, Any]]:
    """Rows of a packaged TSV (``#`` comments skipped, empty cells None, a short or long row E202)."""
    return values.read_tsv(data.path(name), name, empty_as_none=True, strict=True)


# ---------------------------------------------------------------------------- matching
CALENDAR_WORDS = lexicon.words("actor_cues", "calendar_words")


# "Chinese Americans", "Italian Canadians": the second word names the citizenship.
HYPHENATED_CITIZENS = lexicon.words("actor_cues", "hyphenated_citizens")
# places of civilian life ("a hospital", "a school"): a facility named without a country (``_not_the_strikers``)
CIVILIAN_SITES = lexicon.words("sense_cues", "civilian_sites")


def _residents(doc: Doc, left: Piece, right: Piece) -> bool:
    """ "Bosnian Serbs": a country adjective before a plural people's name (one token each)."""
    if left.end - left.start != 1 or right.end - right.start != 1:
        return False
    first, second = word_at(doc, left.start), word_at(doc, right.start)
    if second.lower_ in HYPHENATED_CITIZENS:
        return False  # "Chinese Americans" are Americans
    if first.pos_ == "PROPN" and second.text[:1].isupper() and _names_a_country(first.text) \
            and not _names_a_country(second.text):
        return True  # "Kosovo Albanian leaders", "Kosovo Serbs": a country's name, then a people's
    return first.pos_ == "ADJ" or first.tag_ == "JJ" or (first.text.endswith(("n", "i", "ese", "sh")) and
                                                         second.tag_ in {"NNS", "NNPS"}) and second.text.endswith("s")


def _names_a_feature(doc: Doc, m: Mention) -> bool:
    """ "Lake Chad", "the Gulf of Guinea", "the Niger Delta", "Mount Lebanon": a country or capital name
    next to a capitalised feature word (data/lexicon/place_cues.yaml) is part of the feature's name."""
    from . import places

    return places._in_feature_name(doc, m.start, m.end)


def _names_a_country(word: str) -> bool:
    """The word is a country's name in the gazetteer ("Kosovo"), not its people's ("Albanian")."""
    from . import places   # the gazetteer is built once per process, on first need

    return places.normalize(word) in places.Gazetteer.default().country_names


def _modifies_a_later_noun(doc: Doc, piece: Piece) -> bool:
    """ "the Sudanese" in "of the Sudanese government": the piece is a modifier of a noun after it."""
    root = doc[piece.start:piece.end].root
    return root.dep_ in MODIFIER_DEPS and root.head.i >= piece.end


def _modifies_a_participle(doc: Doc, end: int) -> bool:
    """The agent word is glued to a participle: "rebel-held", "army-backed", "police-run"."""
    return (end + 1 < len(doc) and word_at(doc, end).text == "-"
            and (word_at(doc, end + 1).tag_ in {"VBN", "VBD"} or word_at(doc, end + 1).lower_ in lexicon.words("actor_cues", "control_participles")))


def counted_people(tok: Token) -> bool:
    """ "nine Palestinians", "thousands of Egyptians", "200 Venezuelans": a demonym counted as
    people ("the Americans rejected" stays the state; the counting words are data/lexicon/actor_cues.yaml)."""
    if tok.dep_ in MODIFIER_DEPS:
        return False
    if any(ch.dep_ in {"nummod", "quantmod"} for ch in tok.children):
        return True
    counts = set(_actor_cues().people_counts)
    if any(ch.dep_ == "amod" and ch.lemma_.lower() in counts for ch in tok.children):
        return True   # "many Syrians", "several Afghans"
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i
            and (head.head.lemma_.lower() in counts or head.head.like_num))


def _joined_name(doc: Doc, particle: int, name: int, particles: frozenset[str]) -> bool:
    """Whether doc[particle] is a lower-case name particle ("da", "de") and doc[name] a capitalised
    proper noun: the two join a place name to a longer one ("Mocimboa da Praia")."""
    if not (0 <= particle < len(doc) and 0 <= name < len(doc)):
        return False
    p, n = word_at(doc, particle), word_at(doc, name)
    return p.lower_ in particles and p.text.islower() and n.text[:1].isupper() and n.pos_ == "PROPN"


def _people_of_a_named_place(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """ "retake the rebel Serb region of Krajina", "stormed into the Serb Krajina region": a people's name
    (actor_cues people_names, not its state's adjective) on a noun whose own phrase names the place or
    group meant says who lives there, not which state is acted on: the name in the phrase is the actor."""
    tok = word_at(doc, m.start)
    if m.end - m.start != 1 or tok.lower_ not in PEOPLE_NAMES or tok.dep_ not in {"amod", "compound"}:
        return False
    noun = tok.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    inside = {t.i for t in noun.subtree}
    return any(o.start != m.start and o.head in inside and o.kind != "country" for o in mentions)


def _region_of_another_country(doc: Doc, m: Mention) -> bool:
    """ "Niger state" (Nigeria), "Bolivar state" (Venezuela): a country's name with a region noun
    after it that the gazetteer knows as a region of another country names that region."""
    from . import places   # the gazetteer is built once per process, on first need

    if m.end >= len(doc) or word_at(doc, m.end).lemma_.lower() not in places.REGION_NOUNS:
        return False
    place = places.Gazetteer.default().place(doc[m.start:m.end + 1].text)
    return place is not None and place.kind == "region" and place.country is not None and place.country != m.country


def _state_after_a_town(doc: Doc, m: Mention) -> Any:
    """(doubts37) "a grand jury in Fulton County, Georgia", "police in Athens, Georgia": a country's name written after
    a town or a county and a comma names the region of another country that the gazetteer gives that name (the US state
    of Georgia) when that region holds the town (a county: any); the gazetteer entry, else None."""
    from . import places   # the gazetteer is built once per process, on first need

    if m.start < 2 or word_at(doc, m.start - 1).text != ",":
        return None
    gazetteer = places.Gazetteer.default()
    regions = [p for p in gazetteer.candidates(m.text)
               if p.kind == "region" and p.admin1 and p.country and p.country != m.country]
    end = start = m.start - 1
    while start - 1 >= 0 and end - start < 4 and word_at(doc, start - 1).is_alpha \
            and word_at(doc, start - 1).text[:1].isupper():
        start -= 1
    if not regions or start == end:
        return None
    for region in regions:
        if word_at(doc, end - 1).lemma_.lower() in places.REGION_NOUNS:
            return region   # "Fulton County, Georgia"
        town = gazetteer.place(doc[start:end].text, within=region)
        if town is not None and town.country == region.country and town.admin1 == region.admin1:
            return region
    return None


def _country_in_brackets(doc: Doc, start: int, end: int, country: str | None) -> Any:
    """(places59) "residents of Tripoli (Lebanon)": a capital's name (doc[start:end]) with another country in brackets
    after it names that country's same-named town; the country's gazetteer entry, else None."""
    from . import places   # the gazetteer is built once per process, on first need

    if end + 2 >= len(doc) or word_at(doc, end).text != "(":
        return None
    close = end + 1
    while close < len(doc) and close - end <= 4 and word_at(doc, close).text[:1].isupper():
        close += 1
    if close == end + 1 or close >= len(doc) or word_at(doc, close).text != ")":
        return None
    gazetteer = places.Gazetteer.default()
    area = gazetteer.place(doc[end + 1:close].text)
    if area is None or area.kind != "country" or not area.country or area.country == country:
        return None
    town = gazetteer.place(doc[start:end].text, within=area)
    return area if town is not None and town.country == area.country else None


def _town_before_a_state(doc: Doc, m: Mention) -> Any:
    """(doubts37) "police in Athens, Georgia", "a rally in Paris, Texas": a capital's name written before a comma and a
    region of another country (a US state) that holds a town of that name names that town; the region's gazetteer entry,
    else None."""
    from . import places   # the gazetteer is built once per process, on first need

    if m.end + 1 >= len(doc) or word_at(doc, m.end).text not in {",", "("}:
        return None
    end = m.end + 1
    while end < len(doc) and end - m.end <= 3 and word_at(doc, end).is_alpha and word_at(doc, end).text[:1].isupper():
        end += 1
    if end == m.end + 1:
        return None
    if word_at(doc, m.end).text == "(":
        return _country_in_brackets(doc, m.start, m.end, m.country)
    gazetteer = places.Gazetteer.default()
    for region in gazetteer.candidates(doc[m.end + 1:end].text):
        if region.kind != "region" or not region.admin1 or not region.country or region.country == m.country:
            continue
        town = gazetteer.place(m.text, within=region)
        if town is not None and town.country == region.country and town.admin1 == region.admin1:
            return region
    return None


def _region_in_brackets(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """(actors28) "a school in Kagara (Niger, Nigeria)": in a place's brackets, whose last name is the country, a
    country's name before another country's names a region of that last one (Niger state), not the country."""
    if m.start < 1 or word_at(doc, m.start - 1).text not in {"(", ","} or m.end + 2 >= len(doc) \
            or word_at(doc, m.end).text != ",":
        return False
    last = next((o for o in mentions if o.start == m.end + 1), None)
    return (last is not None and last.kind == "country" and last.country is not None and last.country != m.country
            and last.end < len(doc) and word_at(doc, last.end).text == ")")


def _person_in_place_name(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """ "Masisi territory" (DR Congo), "in Dera Ismail Khan" (Pakistan): a person's name (a bare name, no
    title) right before a place noun (data/lexicon/actor_cues.yaml), or inside a longer run of capitalised
    words that the gazetteer knows as a place, names that place, not the person."""
    from . import places   # the gazetteer is built once per process, on first need

    if any(not _is_name_token(word_at(doc, i)) for i in range(m.start, m.end)) \
            or word_at(doc, m.start).lower_ in lexicon.words("place_cues", "person_titles"):
        return False
    if m.end < len(doc) and word_at(doc, m.end).lower_ in _actor_cues().place_after_names:
        return True
    taken = {i for other in mentions if other.start != m.start for i in range(other.start, other.end)}

    def free_name(i: int) -> bool:
        return 0 <= i < len(doc) and i not in taken and word_at(doc, i).is_alpha and word_at(doc, i).text[:1].isupper() \
            and word_at(doc, i).lower_ not in CALENDAR_WORDS

    first = m.start
    while first > m.start - 3 and free_name(first - 1):
        first -= 1
    last = m.end
    while last < m.end + 3 and free_name(last):
        last += 1
    if (first, last) == (m.start, m.end):
        return False
    gazetteer = places.Gazetteer.default()
    for a in range(first, m.start + 1):
        for b in range(last, m.end - 1, -1):
            if (a, b) != (m.start, m.end) and b - a >= 2 and gazetteer.place(doc[a:b].text) is not None:
                return True
    return False


# more words than any name of a place or person has
MAX_NAME_WORDS = 30


def _owned_by_another_place(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """(own51) "in Baghdad's Tahrir Square": a landmark the dictionaries take for a country ("Tahrir Square" is
    Egypt's in the Phoenix lists) that a town or country of another state owns is a place in that one, no actor."""
    if m.end - m.start < 2:
        return False   # "Iraq's Egypt" is no phrase; a one-word country name is the country
    head = word_at(doc, m.head)
    owners = [o for c in head.children if c.dep_ == "poss" for o in mentions
              if o.start <= c.i < o.end and o.kind in {"country", "capital"} and o.country]
    return bool(owners) and all(o.country != m.country for o in owners)


def _town_of_the_named_area(doc: Doc, m: Mention) -> Mention:
    """ "police in Tripoli in northern Lebanon", "a bus near Cordoba in Argentina": a city name in a
    place phrase, in a sentence that places things in another country (or its region) that has a
    city of that name, is that country's city (``places.located_areas``), not the capital abroad."""
    from . import places   # the gazetteer is built once per process, on first need

    tok = word_at(doc, m.head)
    steps = 0
    while tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
        tok, steps = tok.head, steps + 1
        if steps > MAX_NAME_WORDS:   # no place's name: a run of repeated names, walked once per mention, took
            return m                 # n squared steps (bench/stress_inputs.py)
    if tok.dep_ != "pobj" or tok.head.lower_ not in LOCATING_PREPOSITIONS:
        return m
    gazetteer = places.Gazetteer.default()
    if places.normalize(m.text) in gazetteer.country_names:
        return m   # "in Lebanon" is the country itself
    areas = places.located_areas(tok.sent, gazetteer, tok)
    if not areas or m.country in areas:
        return m
    place = gazetteer.place(m.text, areas)
    if place is None or place.country not in areas:
        return m
    return replace(m, code=place.country, country=place.country, sector=None, name=place.name, kind="country")


def _is_name_token(tok: Token) -> bool:
    """A capitalised proper-noun word that can be part of a person's name (not a weekday)."""
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ not in CALENDAR_WORDS
            and (tok.is_alpha or "-" in tok.text or "." in tok.text))


def _name_hyphen(doc: Doc, k: int) -> bool:
    """(coerce25) The hyphen inside a hyphenated given name, which the tokenizer splits off: "President Jean-Bertrand
    Aristide", "Lieutenant Colonel Paul-Henri Damiba" (no space on either side, a name word after it)."""
    tok = word_at(doc, k)
    return tok.text == "-" and not tok.whitespace_ and k > 0 and not word_at(doc, k - 1).whitespace_ \
        and k + 1 < len(doc) and _is_name_token(word_at(doc, k + 1))


def _name_words(person: Person) -> set[str]:
    """The lower-case words of a person's name and aliases ("abdel", "fattah", "al-burhan", "burhan")."""
    return {w.lower() for name in [person.name, *person.aliases] for w in name.replace(",", " ").split()}


def _agent_word(word: str) -> bool:
    """A generic agent noun of the dictionaries ("forces", "fighters", "rebels")."""
    entry = ActorDictionary.default().lookup(word)
    return entry is not None and entry.kind == "agent"


@dataclass
class Piece:
    start: int
    end: int
    entry: Entry


@dataclass
class _Patterns:
    """The two phrase matchers built from a dictionary for one tokenizer."""

    lower: TokenPhraseMatcher
    exact: TokenPhraseMatcher
    person_parts: dict[str, set[str]] = field(default_factory=dict)  # person id -> name words


_PATTERN_CACHE: dict[tuple[int, int], _Patterns] = {}


class TokenPhraseMatcher:
    """Finds every span whose tokens' texts (``ORTH``) or lower-cased texts (``LOWER``) equal a phrase's.

    What spaCy's ``PhraseMatcher`` does for those two attributes, returning ``(0, start, end)`` for each
    matching span, but built from plain tuples of token texts: the tuples can be cached on disk, so a
    new process neither tokenizes some 40,000 dictionary phrases nor creates their lexemes (seconds of
    start-up). Tokens are compared by the 64-bit string hashes spaCy keeps per token (``doc.to_array``),
    so matching is one set lookup per token and phrase length, without a Python string per token.
    """

    def __init__(self, phrases: Iterable[tuple[str, ...]], lower: bool) -> None:
        from spacy.strings import get_string_id

        self.lower = lower
        # (target52) lower-cased phrases are matched without their diacritics, as the words of the text are
        # ("President Amadou Toumani Touré" finds Amadou Toumani Toure)
        fold = fold_accents if lower else str
        self.phrases = frozenset(tuple(get_string_id(fold(w)) for w in p) for p in phrases if p)
        lengths: dict[int, set[int]] = {}
        for p in self.phrases:
            lengths.setdefault(p[0], set()).add(len(p))
        self.lengths = {first: tuple(sorted(ls)) for first, ls in lengths.items()}   # first word -> lengths

    def __len__(self) -> int:
        return len(self.phrases)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        from spacy.attrs import LOWER, ORTH

        if not len(doc):
            return []
        ids = doc.to_array(LOWER if self.lower else ORTH).tolist()
        if self.lower and not doc.text.isascii():
            from spacy.strings import get_string_id

            for t in doc:
                if not t.lower_.isascii():
                    ids[t.i] = get_string_id(fold_accents(t.lower_))
        phrases, lengths_of = self.phrases, self.lengths
        n = len(ids)
        found = []
        for i, word in enumerate(ids):
            lengths = lengths_of.get(word)
            if lengths is None:
                continue
            for length in lengths:
                if i + length > n:
                    break
                if length == 1 or tuple(ids[i:i + length]) in phrases:
                    found.append((0, i, i + length))
        return found


def _other_spellings(phrase: str) -> list[str]:
    """The phrase in the other (British or American) spelling of its words, which ``key_of`` folds to the
    same key: "Organisation of American States" for "Organization of American States", and back."""
    out = []
    low = phrase.lower()
    for british, american in SPELLINGS:
        if british in low:
            out.append(re.sub(british, american, phrase, flags=re.IGNORECASE))
        elif american in low:
            out.append(re.sub(american, british, phrase, flags=re.IGNORECASE))
    return out


def _pattern_texts(nlp: Language, dictionary: ActorDictionary) -> dict[str, list[tuple[str, ...]]]:
    """The dictionary's phrases as token texts, tokenized by ``nlp``: lower-cased ones (matched on
    LOWER) and the case-sensitive abbreviations (matched on ORTH)."""
    lower_texts: list[str] = []
    exact_texts: list[str] = []
    for phrase, sensitive in dictionary.surfaces.items():
        if not dictionary.entries.get(key_of(phrase)):
            continue
        (exact_texts if sensitive else lower_texts).append(phrase)
        if not sensitive:
            lower_texts.extend(_other_spellings(phrase))
    tokenizer: Any = nlp.tokenizer    # a Tokenizer (spaCy types it Tokenizer | str -> Doc callable; no stub for Tokenizer)
    return {
        "lower": [tuple(t.lower_ for t in doc) for doc in tokenizer.pipe(lower_texts, batch_size=2000)],
        "exact": [tuple(t.text for t in doc) for doc in tokenizer.pipe(exact_texts, batch_size=2000)],
    }


def _build_patterns(nlp: Language, dictionary: ActorDictionary) -> _Patterns:
    if id(dictionary) == id(ActorDictionary.default()):     # the packaged dictionary itself
        # The packaged dictionary: its tokenized phrases come from the disk cache, keyed by the data
        # (cache.inputs_fingerprint) and by the pipeline and spaCy versions that tokenized them.
        import spacy

        from ..cache import cached

        meta = getattr(nlp, "meta", {}) or {}
        tag = re.sub(r"[^A-Za-z0-9_.]+", "_", f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
                                              f"-spacy{spacy.__version__}")
        texts = cached(f"actor-phrases-{tag}", lambda: _pattern_texts(nlp, dictionary))
    else:
        texts = _pattern_texts(nlp, dictionary)
    return _Patterns(TokenPhraseMatcher(texts["lower"], lower=True), TokenPhraseMatcher(texts["exact"], lower=False))


class ActorMatcher:
    """Finds actor mentions in parsed docs; build once per process (it compiles the dictionaries)."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary | None = None) -> None:
        self.nlp = nlp
        self.dictionary = dictionary or ActorDictionary.default()
        cache_key = (id(nlp.vocab), id(self.dictionary))
        if cache_key not in _PATTERN_CACHE:
            _PATTERN_CACHE[cache_key] = _build_patterns(nlp, self.dictionary)
        self.patterns = _PATTERN_CACHE[cache_key]
        self._parts_cache: dict[str, frozenset[str]] = {}

    # -- public ----------------------------------------------------------------------------
    def find(self, doc: Doc, date: str | dt.date | None = None) -> list[Mention]:
        """Non-overlapping mentions sorted by start; people coded with the role held on ``date``."""
        iso = check_date(date)
        pieces = self._pieces(doc, iso)
        pieces = self._add_partial_names(doc, pieces)
        pieces = self._titles_with_unknown_names(doc, pieces)
        chains = self._chains(doc, pieces)
        mentions = [m for m in (self._compose(doc, chain, iso) for chain in chains) if m]
        shared = self._shared_agent_nouns(doc, chains, iso)
        taken = {(m.start, m.end) for m in shared}
        mentions = [m for m in mentions if (m.start, m.end) not in taken] + shared
        mentions.sort(key=lambda m: m.start)
        mentions = _without_dateline_agency(doc, mentions)   # "ENUGU, Oct. 4 (Reuters) - Federal troops ...": no GBR
        mentions = self._navy_ships(doc, mentions, iso)
        mentions = self._supporters(doc, self._former(doc, self._appositions(doc, mentions)))
        mentions = self._other_states_bodies(doc, self._of_organisations(doc, mentions))
        mentions = self._halves(doc, self._dated_coalitions(doc, self._led_coalitions(doc, mentions), iso), iso)
        mentions = self._enclave_peoples(doc, self._inside_place_names(doc, mentions))
        mentions = self._juntas(doc, mentions, iso)
        mentions = self._peoples_armed_men(doc, self._give_countries(doc, self._states_envoys(doc, mentions)), iso)
        mentions = self._groups_abroad(doc, self._settlers(doc, self._fighter_jets(doc, mentions), iso), iso)
        mentions = _peoples_at_war_plurals(doc, _federal_armies(doc, mentions, iso), iso)
        return _court_seat_mentions(doc, mentions, iso)

    @staticmethod
    def _groups_abroad(doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
        """(target58) "Taliban gunmen stormed a school in Peshawar" (2014): an armed group of one country fighting in
        the country next door is that country's rebels (data/actors/groups_abroad.tsv: the Taliban PAKREB before August
        2021), when every town and region its sentence names is the host's and the sentence names nothing of the
        group's home country; its envoys stay its own."""
        rows = _groups_abroad_rows()
        if not rows or not any(m.name in rows for m in mentions):
            return mentions
        out = []
        for j, m in enumerate(mentions):
            row = rows.get(m.name or "") if m.kind in {"organization", "agent"} else None
            # its envoys stay its own: "the Taliban's ambassador in Islamabad", "Taliban delegates in Murree"
            if row is not None and m.code == row["code"] and word_at(doc, m.head).lower_ not in ENVOY_WORDS and (iso is None or (
                    (not row["from"] or row["from"] <= iso) and (not row["until"] or iso < row["until"]))):
                sent = word_at(doc, m.head).sent
                home = m.country
                others = [o for k, o in enumerate(mentions) if k != j and sent.start <= o.start < sent.end]
                if not any(o.country == home for o in others) \
                        and _towns_of(doc, sent, mentions, home) == {row["host"]}:
                    host = str(row["host_code"])
                    m = replace(m, code=host, country=row["host"], sector=host[3:6] or None)
            out.append(m)
        return out

    def _navy_ships(self, doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
        """(dyad30b) "the destroyer USS Carney", "HMS Duncan": a ship's name after its navy's prefix (an all-capital
        abbreviation the organisations file gives a navy, MIL) names the ship, not a person who shares the name."""
        out = []
        for m in mentions:
            first = word_at(doc, m.start)
            if m.kind == "person" and m.end - m.start > 1 and first.text.isupper() and len(first.text) >= 3:
                entry = self.dictionary.lookup(first.text, exact_case=True, date=iso)
                if entry is not None and entry.kind == "organization" and entry.sector == "MIL" and entry.code:
                    m = replace(m, code=entry.code, country=entry.country, sector=entry.sector, name=entry.name,
                                kind="organization", country_from="")
            out.append(m)
        return out

    @staticmethod
    def _states_envoys(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """(actors28) "Syria's UN envoy appealed for aid", "the Iranian U.N. envoy rejected it": an international body's
        envoy, ambassador or mission (data/lexicon/actor_cues.yaml envoy_words) right after a state's name or adjective
        is that state's envoy to the body, its government (GOV), not the body; "the U.N. envoy for Syria" stays the UN."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (prev is not None and prev.kind == "country" and prev.country and m.kind in {"organization", "agent"}
                    and (m.code or "").startswith("IGO") and m.country is None and word_at(doc, m.head).lower_ in ENVOY_WORDS
                    and " ".join(doc_lowers(doc)[m.start:m.end]) not in ENVOY_WORDS
                    and (prev.end == m.start or prev.end + 1 == m.start and word_at(doc, prev.end).text in POSSESSIVE)):
                out[-1] = replace(m, start=prev.start, text=doc[prev.start:m.end].text, code=compose_code(prev.country, "GOV"),
                                  country=prev.country, sector="GOV", name=None, kind="agent", country_from="")
                continue
            out.append(m)
        return out

    @staticmethod
    def _peoples_armed_men(doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
        """(actors28) "Bosnian officials blamed Serb gunners in the hills" (Sarajevo, 1994), "a market attack that U.N.
        officials blamed on Serb forces": armed men named by a people's name (data actor_cues people_names) in a
        sentence that names the land where that people fought a war of its own (data/actors/peoples_at_war.tsv),
        in the war's window, are that war's side (BIHREB), as "Bosnian Serb forces" are; a sentence that names
        no place of the land keeps the people's state."""
        if not iso:
            return mentions
        rows = [r for r in _peoples_at_war() if r["from"] <= iso < r["until"]]
        if not rows:
            return mentions
        out = []
        for m in mentions:
            first = word_at(doc, m.start).lower_
            # (balkan60) "the Serb-led army": a people's word leading a compound names no armed men of the people
            led = m.end - m.start > 1 and word_at(doc, m.start + 1).text == "-"
            if m.kind == "agent" and m.sector in ARMED_SECTORS and m.country and not m.country_from \
                    and first in PEOPLE_NAMES and not led:
                sent = word_at(doc, m.head).sent
                lands = {o.country for o in mentions if o.start != m.start and o.country and sent.start <= o.start < sent.end}
                row = next((r for r in rows if first.rstrip("s") == r["people"] and r["land"] in lands), None)
                if row is not None:
                    country, sector = row["code"][:3], row["code"][3:6] or None
                    m = replace(m, code=row["code"], country=country, sector=sector, country_from="place")
            out.append(m)
        return out

    @staticmethod
    def _settlers(doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
        """ "settlers set fire to cars in Huwara", "settlers beat a farmer near Nablus": settlers named without a
        country of their own on land another state settles (data/actors/settlements.tsv) are that state's
        civilians, not the land's; "Bengali settlers", "Israeli settlers" keep their own adjective."""
        out = []
        for m in mentions:
            if m.kind == "agent" and m.country and m.country_from and m.sector == "CVL":
                lemma = word_at(doc, m.head).lemma_.lower()
                for row in _settlements():
                    if row["territory"] == m.country and lemma in row["words"].split() and (
                            iso is None or (row["from"] <= iso and (row["until"] is None or iso <= row["until"]))):
                        m = replace(m, code=compose_code(row["settlers"], "CVL"), country=row["settlers"])
                        break
            out.append(m)
        return out

    @staticmethod
    def _enclave_peoples(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Karabakh Armenian forces", "Karabakh's Armenian leaders": a people named after another
        country, written after the name of the region of a country where they live (a region in the
        gazetteer), are of that country, as "Kosovo Serbs" are; their armed men are its rebels (REB)."""
        from . import places   # the gazetteer is built once per process, on first need

        covered = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for m in mentions:
            k = m.start - 1
            if k >= 1 and word_at(doc, k).text in POSSESSIVE:
                k -= 1
            if m.country and m.kind in {"agent", "country"} and k >= 0 and word_at(doc, k).pos_ == "PROPN" \
                    and k not in covered and word_at(doc, k).text[:1].isupper():
                start = k
                while start > 0 and word_at(doc, start - 1).pos_ == "PROPN" and start - 1 not in covered:
                    start -= 1
                place = places.Gazetteer.default().place(doc[start:k + 1].text)
                if place is not None and place.kind == "region" and place.country and place.country != m.country:
                    sector = "REB" if m.sector in ARMED_SECTORS else m.sector
                    m = replace(m, code=compose_code(place.country, sector), country=place.country, sector=sector,
                                country_from="place")
            out.append(m)
        return out

    def _fighter_jets(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Chinese fighters intercepted a US reconnaissance plane": a state's own "fighters" in a
        sentence about aircraft are its fighter jets (MIL), not armed men (REB); "Kurdish fighters" (no
        state) and "Hamas fighters" (a group's) keep their code (words in data/lexicon/actor_cues.yaml)."""
        cues = _actor_cues()
        fighters, aircraft = set(cues.fighter_words), set(cues.aircraft_words)
        out = []
        for m in mentions:
            if (m.kind == "agent" and m.sector == "REB" and m.country and not m.country_from
                    and m.code == compose_code(m.country, "REB") and word_at(doc, m.head).lower_ in fighters
                    and self.dictionary.codes.get(m.country) == "country"
                    and not self._group_named(m)):
                sent = word_at(doc, m.head).sent
                words = [t.lower_ for t in tokens(sent) if not m.start <= t.i < m.end]
                if aircraft & set(words) or aircraft & {" ".join(p) for p in zip(words, words[1:])}:
                    m = replace(m, code=compose_code(m.country, "MIL"), sector="MIL")
            out.append(m)
        return out

    def _group_named(self, m: Mention) -> bool:
        """(target51) "Turkish troops and warplanes pursued PKK fighters": fighters named by an armed group the
        dictionaries file under one country's rebels (the PKK, TURREB) are that group's men, not the state's jets,
        whatever aircraft the sentence names; "Chinese fighters" (a country's word) stay for _fighter_jets."""
        entry = self.dictionary.lookup(m.name) if m.name else None
        return entry is not None and entry.kind == "organization"

    @staticmethod
    def _inside_place_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "the town of Mocimboa da Praia": a country or capital name that ends a longer proper name,
        joined to it by a particle (data/lexicon/actor_cues.yaml), names that other place, not the
        country (Praia is Cape Verde's capital; the town is in Mozambique)."""
        from . import places   # the gazetteer is built once per process, on first need

        particles = frozenset(_actor_cues().place_name_particles)
        out = []
        for m in mentions:
            if m.kind == "person" and _person_in_place_name(doc, m, mentions):
                continue
            if m.kind in {"country", "capital"} and _joined_name(doc, m.start - 1, m.start - 2, particles):
                continue
            # "Santiago de Cuba", "Santiago del Estero": a capital's name starting a longer name
            if m.kind == "capital" and _joined_name(doc, m.end, m.end + 1, particles):
                continue
            if m.kind == "country" and (_region_of_another_country(doc, m) or _region_in_brackets(doc, m, mentions)):
                continue
            if m.kind == "country" and _people_of_a_named_place(doc, m, mentions):
                continue
            if m.kind == "country" and _owned_by_another_place(doc, m, mentions):
                continue
            if m.kind in {"country", "capital"} and _names_a_feature(doc, m):
                continue
            if m.kind in {"country", "capital"}:
                m = _town_of_the_named_area(doc, m)
            state = _state_after_a_town(doc, m) if m.kind == "country" else \
                _town_before_a_state(doc, m) if m.kind == "capital" else None
            if state is not None:
                m = replace(m, code=state.country, country=state.country, name=state.name)
            inner = [i for i in range(m.start + 1, m.head) if places.is_feature_word(word_at(doc, i))]
            if m.kind == "agent" and m.country and m.sector and inner:
                # "Niger Delta militants": the feature's name says where they are, not their country
                start = inner[-1] + 1
                m = replace(m, start=start, text=doc[start:m.end].text, code=m.sector, country=None, name=None)
            out.append(m)
        return out

    @staticmethod
    def _of_organisations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "the prosecutor of the International Criminal Court", "a spokesman for the UN", "judges at the
        ICC", "inspectors from the IAEA": an agent word with no country of its own speaks for the
        organisation named after "of", "for", "at" or "from"."""
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        out = []
        for m in mentions:
            if m.kind == "agent" and m.country is None:
                head = word_at(doc, m.head)
                orgs = [by_token[o.i] for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "for", "at", "from"}
                        for o in p.children if o.dep_ == "pobj" and o.i in by_token]
                if orgs and orgs[0].kind == "organization" and orgs[0].code:
                    org = orgs[0]
                    m = replace(m, code=org.code, country=org.country, sector=org.sector, name=org.name,
                                kind="organization")
                elif orgs and orgs[0].kind == "agent" and orgs[0].country and orgs[0].sector and not orgs[0].country_from:
                    # "representatives of the Sudanese government", "a spokesman for the Iraqi army": people who
                    # speak or sit for a state's body are that body; "soldiers of the Congolese army" are its own kind
                    org = orgs[0]
                    sector = org.sector if m.sector in OFFICE_SECTORS else m.sector
                    m = replace(m, code=compose_code(org.country, sector), country=org.country, sector=sector)
            out.append(m)
        return out

    def _led_coalitions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "a Saudi-led coalition air strike", "the US-led coalition": the coalition is the leading
        country's armed forces (words in data/lexicon/actor_cues.yaml)."""
        words = lexicon.words("actor_cues", "led_coalitions")
        out: list[Mention] = []
        led_by: dict[int, Mention] = {}   # start of an armed agent word -> the country that leads it
        for m in mentions:
            e = m.end
            if m.kind == "country" and m.country and e + 2 < len(doc) and word_at(doc, e).text == "-" \
                    and word_at(doc, e + 1).lower_ == "led" and word_at(doc, e + 2).lower_ in words:
                m = Mention(start=m.start, end=e + 3, text=doc[m.start:e + 3].text, code=compose_code(m.country, "MIL"),
                            country=m.country, sector="MIL", name=None, kind="agent", head=e + 2)
            elif m.kind == "country" and m.country and e + 2 < len(doc) and word_at(doc, e).text == "-" \
                    and word_at(doc, e + 1).lower_ == "led":
                # "U.S.-led forces", "U.S.-led allied warplanes": armed men a country leads are its forces
                k = e + 2
                while k < len(doc) and word_at(doc, k).lower_ in words | {"allied", "international", "multinational"}:
                    k += 1
                led_by[k] = m
            if m.kind == "agent" and m.sector in ARMED_SECTORS and m.country is None and m.code == m.sector:
                lead = led_by.get(m.start) or self._leader_word(doc, m.start)
                if lead is not None:
                    if out and out[-1] is lead:   # same object: not a token
                        out.pop()
                    start = min(lead.start, m.start)
                    m = replace(m, start=start, text=doc[start:m.end].text, code=compose_code(lead.country, "MIL"),
                                country=lead.country, sector="MIL", country_from="")
            out.append(m)
        return out

    @staticmethod
    def _dated_coalitions(doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
        """ "Allied warplanes pounded Baghdad" (1991), "allied forces would observe a truce" (Vietnam, 1966),
        "militiamen attacked coalition troops" (Iraq, 2004): armed men named only by an "allied" or "coalition"
        modifier, in a war in which that word meant one state's coalition (data/actors/dated_coalitions.tsv),
        are the leading state's forces; a country the words take from their context gives way."""
        out: list[Mention] = []
        for m in mentions:
            if m.kind == "agent" and m.sector in ARMED_SECTORS and (m.country is None or m.country_from) \
                    and m.start > 0:
                k = m.start - 1
                leader = coalition_leader(word_at(doc, k).text, iso)
                if leader is not None:
                    m = replace(m, start=k, text=doc[k:m.end].text, code=compose_code(leader, "MIL"),
                                country=leader, sector="MIL", country_from="")
            out.append(m)
        return out

    def _leader_word(self, doc: Doc, start: int) -> Mention | None:
        """The country of a one-token "U.S.-led" before the armed agent word at ``start`` (allied,
        coalition words between), as a country mention on that token; None when there is none."""
        words = lexicon.words("actor_cues", "led_coalitions") | {"allied", "international", "multinational"}
        k = start - 1
        while k >= 0 and word_at(doc, k).lower_ in words:
            k -= 1
        if k < 0 or not word_at(doc, k).lower_.endswith("-led") or len(word_at(doc, k).text) < 6:
            return None
        actor = self.dictionary.resolve(word_at(doc, k).text[:-4])
        if actor is None or not actor.country or actor.code != actor.country:
            return None
        return Mention(start=k, end=k + 1, text=word_at(doc, k).text, code=actor.country, country=actor.country, sector=None,
                       name=None, kind="country", head=k)

    @staticmethod
    def _halves(doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
        """ "Seoul urged the North to give up its missiles": "the North" or "the South" standing alone in
        an article that names one half of a divided country (data/actors/divided_countries.tsv) is the
        other half, or the named half itself."""
        named = {m.country for m in mentions if m.country}
        taken = {i for m in mentions for i in range(m.start, m.end)}
        added = []
        for row in _divided():
            if row["from"] and iso and iso < row["from"]:
                continue
            if not named & {row["north"], row["south"]}:
                continue
            for tok in tokens(doc):
                if tok.text not in {"North", "South"} or tok.i in taken or tok.i == 0:
                    continue
                if word_at(doc, tok.i - 1).lower_ != "the" or tok.pos_ not in {"PROPN", "NOUN"}:
                    continue
                nxt = word_at(doc, tok.i + 1) if tok.i + 1 < len(doc) else None
                if nxt is not None and nxt.head.i == tok.i and nxt.dep_ == "compound":
                    continue
                if nxt is not None and tok.head.i == nxt.i and tok.dep_ in {"compound", "amod"}:
                    continue  # "the North Atlantic", "the South China Sea"
                code = row["north"] if tok.text == "North" else row["south"]
                added.append(Mention(start=tok.i, end=tok.i + 1, text=tok.text, code=code, country=code,
                                     sector=None, name=None, kind="country", head=tok.i))
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    @staticmethod
    def _supporters(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "pro-Russian separatists": a country after "pro-" is the side they back, not their own;
        the agent keeps its sector and gets a country later (where it is, or the article's), and a
        bare "pro-Russian" names no actor (words in data/lexicon/actor_cues.yaml). (doubts37) So with an
        international body: "pro-EU demonstrators" are no EU civilians (the sector alone, IGOEUREECCVL no more), and a
        bare "pro-EU" or "anti-NATO" before a noun that is no actor ("a pro-EU rally") names none. (target50) A country
        after "pan-", "inter-" or "trans-" is part of a wider name and names none ("the Pan-American Highway")."""
        prefixes = set(_actor_cues().supporter_prefixes)
        wider = set(_actor_cues().wider_prefixes)
        out = []
        for m in mentions:
            glued = (m.start >= 2 and word_at(doc, m.start - 1).text == "-"
                     and word_at(doc, m.start - 1).idx == word_at(doc, m.start - 2).idx + len(word_at(doc, m.start - 2).text))
            backed = glued and word_at(doc, m.start - 2).lower_ in prefixes
            if backed and m.kind in {"country", "capital", "organization"}:
                continue
            if glued and m.kind == "country" and word_at(doc, m.start - 2).lower_ in wider:
                continue   # (target50) "the Pan-American Highway", "an Inter-American court": no country's
            if backed and m.kind == "agent" and m.sector and (m.country or m.code != m.sector):
                m = replace(m, code=m.sector, country=None, name=None)
            out.append(m)
        return out

    @staticmethod
    def _former(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "former Lebanese prime minister Rafik Hariri", "ex-army chief": a title no longer held
        makes the mention an elite (ELI) of its country (words in data/lexicon/actor_cues.yaml)."""
        cues = _actor_cues()
        words, sectors = set(cues.former_words), {s.upper() for s in cues.former_sectors}
        out = []
        for m in mentions:
            n = m.start - 1
            if n >= 1 and word_at(doc, n).text == "-":   # "ex-army chief" is split into "ex", "-", "army"
                n -= 1
            former = n >= 0 and word_at(doc, n).lower_ in words
            if former and m.country and m.sector in sectors:
                m = replace(m, code=compose_code(m.country, "ELI"), sector="ELI")
            out.append(m)
        return out

    @staticmethod
    def _other_states_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Brazil's Congress", "the Peruvian Congress", "Pakistan's Foreign Office": a legislature or court
        named by a word another state uses too (the dictionary's "Congress" is the US one), or a seat of
        government named so ("Foreign Office" is London's), is the body of the state named before it;
        the two make one mention."""
        out: list[Mention] = []
        for m in mentions:
            left = out[-1] if out else None
            body = (m.kind == "organization" and m.sector in {"LEG", "JUD"}) or (m.kind == "capital" and m.sector == "GOV")
            if (left is not None and body and m.country
                    and left.kind == "country" and left.country and left.country != m.country
                    and [t.text for t in doc[left.end:m.start]] in ([], ["'s"], ["’s"])
                    and word_at(doc, left.head).head.i == m.head
                    and word_at(doc, left.head).dep_ in {"poss", "amod", "compound", "nmod"}):
                out[-1] = replace(m, start=left.start, text=doc[left.start:m.end].text,
                                  code=compose_code(left.country, m.sector), country=left.country)
                continue
            seat = ActorMatcher._seat_abroad(doc, m, mentions) if body else None
            if body and not seat:
                seat = ActorMatcher._filed_abroad(doc, m, mentions)
            if body and not seat:
                seat = ActorMatcher._sentence_state(doc, m, mentions)
            if seat:
                m = replace(m, code=compose_code(seat, m.sector), country=seat)
            out.append(m)
        return out

    @staticmethod
    def _filed_abroad(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
        """ "BRASILIA, June 1 - Congress opened an inquiry ...", "MANILA - the Senate voted ...": a body named by a
        bare word other states use too ("Congress", "Senate": the dictionary's are the US ones) in a story filed from
        another state is that state's body, unless the text names the dictionary body's own state anywhere (a
        Washington story seen from London: "... the U.S. president ... Congress ...")."""
        from . import places

        if not ActorMatcher._bare_shared_body(doc, m):
            return None
        filed = places.dateline_place(doc_text(doc))
        if filed is None or not filed.country or filed.country == m.country:
            return None
        if any(x.country == m.country for x in mentions if x.start != m.start):
            return None
        return filed.country

    @staticmethod
    def _sentence_state(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
        """ "President Alberto Fujimori dissolved Congress", "supporters of Brazil's former president invaded
        Congress": a body named by a bare word other states use too, in a sentence whose other actors all belong to
        one state whose own body bears that word (actors/shared_bodies.yaml), in a text that never names the
        dictionary body's state, is that state's body."""
        body = ActorMatcher._shared_body_word(doc, m)
        if body is None or any(x.country == m.country for x in mentions if x.start != m.start):
            return None
        sent = word_at(doc, m.head).sent
        states = {x.country for x in mentions if x.start != m.start and x.country and sent.start <= x.start < sent.end}
        if len(states) != 1:
            return None
        state = next(iter(states))
        return state if state in ActorDictionary.default().shared_bodies.get(body, ()) else None

    @staticmethod
    def _bare_shared_body(doc: Doc, m: Mention) -> bool:
        """An organisation with a country named by nothing but the agent noun of its sector ("Congress",
        "the Senate"), a word other states use for their own body too."""
        return ActorMatcher._shared_body_word(doc, m) is not None

    @staticmethod
    def _shared_body_word(doc: Doc, m: Mention) -> str | None:
        """The key of the agent noun a bare shared body is named by ("congress", "senate"), else None."""
        words = [w for w in doc_lowers(doc)[m.start:m.end] if w != "the"]
        if m.kind != "organization" or not m.country or not words:
            return None
        key = key_of(" ".join(words))
        return key if ActorDictionary.default().agent_keys.get(key) == m.sector else None

    @staticmethod
    def _seat_abroad(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
        """ "the Congress building in Asuncion", "stormed Congress in Lima": a body named by a bare word
        other states use too ("Congress", "Senate": the agent noun of its sector) whose phrase places it in
        another state's capital or country is that state's body."""
        if not ActorMatcher._bare_shared_body(doc, m):
            return None
        holder = word_at(doc, m.head)
        if holder.dep_ == "compound" and holder.head.pos_ == "NOUN":
            holder = holder.head   # "the Congress building in X"
        at = {x.start: x for x in mentions}
        after = holder.i + 1   # "rallied outside Congress in Bogota": the parser may hang the place on the verb
        preps = [p for p in holder.children if p.dep_ == "prep"]
        if after < len(doc) and word_at(doc, after).dep_ == "prep" and word_at(doc, after).head.i != holder.i:
            preps.append(word_at(doc, after))
        for p in preps:
            if p.lower_ in PLACE_PREPOSITIONS and p.i + 1 < len(doc):
                place = at.get(p.i + 1) or (at.get(p.i + 2) if word_at(doc, p.i + 1).lower_ == "the" else None)
                if place is not None and place.kind in {"capital", "country"} and place.country \
                        and place.country != m.country:
                    return place.country
        return None

    @staticmethod
    def _appositions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Kenzo Oshima, the UN relief coordinator": a person followed by an appositive that names
        an organisation or a country's office is coded as that office (the text says what he is)."""
        out = list(mentions)
        for n, (person, title) in enumerate(zip(mentions, mentions[1:])):
            if person.kind != "person" or title.kind not in {"organization", "agent"}:
                continue
            if not (title.code[:3] in {"IGO", "NGO"} or title.country):
                continue
            between = [t.text for t in doc[person.end:title.start]]
            if between not in ([","], [",", "the"], [",", "The"]):
                continue
            title_head = word_at(doc, title.head)
            if title_head.dep_ != "appos" and not (person.start <= title_head.head.i < title.end):
                continue
            out[n] = replace(person, code=title.code, country=title.country, sector=title.sector)
        return out

    def _give_countries(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A sector word alone ("the rebels", "police") belongs to the country named where it is
        ("rebels in Sudan", "Sudan's capital ... police"), else to the country the article has
        named most so far; with no country known it keeps none."""
        from . import places   # the gazetteer is built once per process, on first need

        counts: dict[str, int] = {}
        first_seen: dict[str, int] = {}
        out: list[Mention] = []
        unplaced: set[int] = set()   # (target57) indices in ``out`` of sector words nothing named so far placed
        starts = [m.start for m in mentions]   # sorted: one slice per sentence instead of a full scan
        # (actors45b) "BUCHAREST - Romanian security forces fired on demonstrators in Timisoara": the dateline's city
        # is where the story was filed, no state the clause of the civilians names: the town of their clause places
        # them (the dateline stays a guess of the article's country when nothing places them)
        filed = places.dateline_end(doc_text(doc)) if mentions and mentions[0].start < 12 else 0
        for m in mentions:
            if self._regional(m):
                # "Arab gunmen in Kirkuk", "Kurdish-led fighters ... in Deir ez-Zor province": a region's
                # people (MEA, WST) are of the country the sentence puts them in, when it names one
                country = self._placed_country(doc, m, mentions, starts, frozenset(counts))
                if country is not None:
                    m = replace(m, code=country + (m.sector or ""), country=country, country_from="place")
            if self._people_abroad(doc, m):
                # "Serb protesters in northern Kosovo", "Serb gunmen attacked Kosovo police in Banjska": a people's
                # civilians and armed men acting in another state are of that state
                country = self._placed_country(doc, m, mentions, starts, frozenset(counts)) \
                    or self._ruling_state(doc, m, mentions)
                if country is not None and country != m.country:
                    m = replace(m, code=compose_code(country, m.sector), country=country, country_from="place")
            if m.name in self.dictionary.local_groups and m.kind in {"organization", "agent"}:
                # "an Islamic State suicide attacker ... near Kabul airport": a movement fighting in many
                # countries through local branches is the rebels of the country where the sentence puts it
                country = self._placed_country(doc, m, mentions, starts, frozenset(counts)) \
                    or self._places_acted_on(doc, m, mentions, starts, frozenset(counts))
                if country is None:
                    # (local42) a place the gazetteer lacks ("stormed a mosque in Fambita, according to the Nigerien
                    # government"): the state the sentence names where things are, else the one the article is about
                    # (not a state that acts as a subject: "Washington vowed to destroy Islamic State")
                    sent = word_at(doc, m.head).sent
                    acting = {o.country for o in mentions if o is not m  # same object: not a token
                              and sent.start <= o.start < sent.end and word_at(doc, o.head).dep_ in {"nsubj", "nsubjpass"}}
                    named = self._sentence_countries(doc, m, mentions)
                    guesses = [self._country_nearby(doc, m, mentions), next(iter(named)) if len(named) == 1 else None,
                               max(counts, key=lambda c: (counts[c], -first_seen.get(c, 0))) if counts else None]
                    country = next((g for g in guesses if g is not None and g not in acting), None)
                if country is not None:
                    m = replace(m, code=compose_code(country, "REB"), country=country, sector="REB", country_from="place")
            side = self._side_named_after(doc, m, mentions, starts)
            if side is not None:
                m = replace(m, code=side[0], country=side[1], sector=side[2], country_from="sentence")
            shared = self._shared_adjective(doc, m, out)
            if shared is not None:
                m = replace(m, code=compose_code(shared, m.sector), country=shared, country_from="")
            if self._international_group(doc, m):
                m = replace(m, code="NGO" + (m.sector or ""))
            if self._international_court(doc, m):
                m = replace(m, code="IGO" + (m.sector or ""))
            if self._un_contingent(doc, m) or self._un_force(doc, m, mentions, starts):
                m = replace(m, code="IGOUNOPKO", country=None)
            if (m.kind == "agent" and m.country is None and m.code == m.sector and m.sector not in STATELESS_SECTORS
                    and not any(t in m.text.lower() for t in STATELESS_TITLES)
                    and not any(t in m.text.lower() for t in FLAG_VESSELS)):
                allied = self._allied_force(doc, m, out)
                if allied is not None:
                    # (conj42) "NATO warplanes and cruise missiles struck targets across Yugoslavia": the alliance's
                    out.append(replace(m, code=allied, country=None, country_from=""))
                    continue
                sent = word_at(doc, m.head).sent
                in_sent = mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
                # "government forces fought Iranian-backed rebels": a backer places no agent of the sentence
                in_sent = [o for o in in_sent if not self._backer(doc, o)]
                # "its forces from Afghanistan": a possessive pronoun names the owner; the place
                # they are in is not their country (the article's main country is the better guess).
                owned = any(ch.dep_ == "poss" and ch.pos_ == "PRON" for ch in word_at(doc, m.head).children)
                # (mine43, target59) "collusion with foreign forces", "accused foreign media": of another state than any the
                # sentence names, none guessed (sectors foreign_unplaced: a "foreign minister" or "foreign ministry" is the state's own)
                foreign = m.sector in FOREIGN_UNPLACED and any(ch.dep_ == "amod" and ch.lower_ in FOREIGN_MODIFIERS
                                                            for ch in word_at(doc, m.head).children)
                owned = owned or foreign
                country, how = self._appositive_owner(doc, m, in_sent), ""
                if country is None and not owned:
                    country, how = self._rival_of_conjoined_state(doc, m, in_sent), ""
                if country is None:
                    country, how = self._earlier_group(doc, m, out), "coref"
                if country is None and not owned:
                    country = self._earlier_force(doc, m, out)   # "Israeli tanks pushed in, and soldiers detained ..."
                if country is None and not owned and m.sector not in POSTED_ABROAD:
                    country, how = self._own_place(doc, m, in_sent, frozenset(counts)), "place"
                if country is None and not owned and m.sector == "REB":
                    country, how = self._rebels_own_places(doc, m, in_sent, frozenset(counts)), "place"
                if country is None and not owned:
                    country, how = (self._state_of_the_sentence(doc, m, in_sent)
                                    or self._reporter_state(doc, m, in_sent)), "sentence"
                if country is None and not owned and m.sector in CIVILIAN_SECTORS:
                    # "India struck sites in Pakistan after gunmen killed 26 tourists near Pahalgam": a town
                    # in their own clause places civilians (who are where they are harmed, unlike armed
                    # men, who move) before a country another clause names
                    country, how = self._clause_place(doc, m, [o for o in in_sent if not filed or word_at(doc, o.start).idx >= filed],
                                                      frozenset(counts)), "place"
                if country is None and not owned:
                    country, how = self._country_nearby(doc, m, in_sent), "sentence"
                if country is None and not owned:
                    country, how = self._place_country(doc, m, in_sent, frozenset(counts)), "place"
                if country is None and not owned and m.sector in CIVILIAN_SECTORS:
                    country, how = self._modifier_place(doc, m, in_sent, frozenset(counts)), "place"
                if country is None and not owned and m.sector in CIVILIAN_SECTORS:
                    country, how = self._object_town(doc, m, in_sent, frozenset(counts)), "place"
                if country is None and not owned and m.sector in STATE_FORCES:
                    country, how = self._leader_acted_on(doc, m, in_sent), "sentence"
                pool = counts or self._sentence_countries(doc, m, in_sent)
                if pool and m.sector != "CVL" and word_at(doc, m.head).lemma_.lower() in CIVILIAN_SITES:
                    # (a village or its people, CVL, are most often of the state that strikes them)
                    pool = self._not_the_strikers(doc, m, in_sent, pool)
                elif country is None and pool and m.sector == "CVL":
                    # (target56) "Israeli troops fired on crowds around aid lorries on Gaza City's Rashid road": people
                    # a state's army acts on, whom no word places, are of another country the sentence or article
                    # names when there is one (at home, an army's own people are placed by a town or have one country)
                    named = dict(self._sentence_countries(doc, m, in_sent))
                    for c, n in counts.items():
                        named[c] = named.get(c, 0) + n
                    others = self._not_the_strikers(doc, m, in_sent, named, sectors=ARMY_SECTORS)
                    if others and others != named:
                        pool = others
                if country is None and pool and not foreign:
                    country = max(pool, key=lambda c: (pool[c], -first_seen.get(c, 0)))
                    how = "article"
                if country is None and not owned and m.sector in STATE_FORCES:
                    country, how = self._sent_into(doc, m, in_sent, frozenset(counts)), "place"
                if country is None and not owned and not pool and m.sector in HOME_ATTACKER_SECTORS:
                    # (mine48) "insurgents occupied Macomia town", "bandits raided Gada": armed men of no state whose
                    # sentence names no country act at home, in the country of the town they strike or take
                    country, how = self._object_town(doc, m, in_sent, frozenset(counts)), "place"
                if country is None and not owned and not pool and m.sector in AT_HOME_SECTORS:
                    # (target54) "authorities imposed a curfew on Bawku", "a mine hit an army truck between Djibo and
                    # Arbinda": a state's organs and people whose sentence and article name no country act at
                    # home, in the one country of the towns the sentence names (towns of two countries, none)
                    # (a small town by its own name only: another spelling the gazetteer keeps, "Bassa" for Passau,
                    # may be another place's)
                    country, how = _one_town_country(doc, m, in_sent, frozenset(counts), _town_alone,
                                                     compound_only=False, own_name=True), "place"
                if country is None and not owned and not pool:
                    country, how = self._filed_from(doc), "article"
                if country is None and not owned and not pool:
                    unplaced.add(len(out))   # placed, if at all, by the states its sentence names after it
                if country is not None:
                    m = replace(m, code=compose_code(country, m.sector), country=country, country_from=how)
            # a named place says where the article is; a backer glued to "-backed" does not
            if m.country and m.country_from in {"", "place"} and not self._backer(doc, m):
                counts[m.country] = counts.get(m.country, 0) + 1
                first_seen.setdefault(m.country, m.start)
            if m.kind == "agent" and m.country is None and any(t in m.text.lower() for t in FLAG_VESSELS):
                continue   # (dyad27) "hijacked the car carrier Galaxy Leader": a ship of no flag named is no actor
            out.append(m)
        return self._placed_later(doc, out, unplaced) if unplaced else out

    def _placed_later(self, doc: Doc, out: list[Mention], unplaced: set[int]) -> list[Mention]:
        """(target57) "Insurgents attacked the village of Nungue in Niassa's Mavago district, abducting three women",
        "Separatists detonated a bomb under an army vehicle on the Bamenda-Bafut road": a sector word that opens its
        sentence, before any state or place is named, has no country named so far; the one country of the places its
        sentence names after it (towns and regions the gazetteer places, and the people and sites named with them) is
        its own, as it is for the sector words after those places. Not a passive subject (people acted on: "five
        militants were killed in a gunfight") nor attackers nobody names ("gunmen", "unidentified attackers": no
        source, the dev set's convention). A state or capital named as such does not count: it is often what the act is
        aimed at ("ordered an end to trade with Qatar", "pirates seized a Thai trawler") or where others meet ("met in
        Vienna"), not the doer's home; nor does a country glued to a backing participle ("Turkish-backed")."""
        cues = _actor_cues()
        for n in sorted(unplaced):
            m = out[n]
            head = word_at(doc, m.head)
            words = set(m.text.lower().split())
            if head.dep_ == "nsubjpass" or m.text.lower() in cues.unnamed_attackers or head.lower_ in cues.unnamed_attackers \
                    or words & set(cues.unnamed_modifiers):
                continue   # "five militants were killed": acted on; "gunmen", "unidentified attackers": named by no one
            sent = head.sent
            found = set()
            for o in out[n + 1:]:
                if o.start >= sent.end:
                    break
                if o.country and o.country_from == "place" and not self._backer(doc, o) \
                        and self.dictionary.codes.get(o.country) == "country":
                    found.add(o.country)
            if len(found) == 1:   # places of two countries place no one
                country = found.pop()
                out[n] = replace(m, code=compose_code(country, m.sector), country=country, country_from="article")
        return out

    @staticmethod
    def _juntas(doc: Doc, mentions: list[Mention], iso: str | None) -> list[Mention]:
        """(sources22) "China said representatives of the junta and the Three Brotherhood Alliance agreed to a
        ceasefire", "Thailand ... after junta soldiers surrendered": "the junta" named with no country is that of
        the one state its sentence names that a junta ruled on the date (data/actors/juntas.tsv), not of
        another state the sentence names."""
        if not iso or not any("junta" in m.text.lower() and m.country is None for m in mentions):
            return mentions
        ruled = {c for c, start, until in _junta_rule() if start <= iso and (not until or iso < until)}
        out = []
        for m in mentions:
            if m.kind == "agent" and m.country is None and m.code == m.sector and "junta" in m.text.lower():
                sent = word_at(doc, m.head).sent
                named = {o.country for o in mentions if o.country and sent.start <= o.start < sent.end}
                ruling = named & ruled
                if len(ruling) == 1:
                    country = next(iter(ruling))
                    m = replace(m, code=compose_code(country, m.sector), country=country, country_from="sentence")
            out.append(m)
        return out

    @staticmethod
    def _international_group(doc: Doc, m: Mention) -> bool:
        """(sources22) "drawing condemnation from rights groups", "a rights watchdog said": a group of a civil
        sector named with no country is an international non-governmental one (NGOHRI), not of the place or the
        article; "a local rights group" is local (data/lexicon/actor_cues.yaml international_groups)."""
        if m.kind != "agent" or m.country is not None or m.code != m.sector or not m.sector:
            return False
        text = m.text.lower()
        if not any(text.endswith((w, w + "s")) for w in INTERNATIONAL_GROUPS):
            return False
        head = word_at(doc, m.head)
        near = set(doc_lowers(doc)[m.start:m.end]) | {c.lower_ for c in head.children if c.dep_ in {"amod", "compound"}}
        # "rights groups in Kenya": a place phrase of their own makes them the place's
        placed = any(c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS and any(g.pos_ == "PROPN" for g in c.subtree)
                     for c in head.children)
        return not near & LOCAL_WORDS and not placed

    @staticmethod
    def _un_contingent(doc: Doc, m: Mention) -> bool:
        """(target34) "ambushed Pakistani peacekeepers in Mogadishu, killing 24, United Nations officials said",
        "handed their weapons to Uruguayan peacekeepers, UN officials said": peacekeepers named by the nation of
        their contingent in a sentence that names the United Nations are the UN force (IGOUNOPKO), not that nation's
        army; a national force set beside the UN's ("U.N. and French peacekeepers") keeps its nation."""
        if m.kind != "agent" or m.sector != "PKO" or not m.country or m.country_from:
            return False
        head = word_at(doc, m.head)
        if head.lemma_.lower() not in {"peacekeeper", "peace-keeper"} or m.start >= head.i:
            return False   # (the nation a word before the noun names: not "peacekeepers for Darfur")
        if any(c.dep_ in {"conj", "cc"} for c in head.children) or head.dep_ == "conj":
            return False
        if any(t.dep_ in {"conj", "cc"} for t in doc[head.left_edge.i:head.i]):
            return False   # "U.N. and French peacekeepers": two forces
        sent = head.sent
        words = " " + " ".join(t.text for t in tokens(sent)) + " "
        return any(f" {w} " in words for w in ("UN", "U.N.", "United Nations"))

    @staticmethod
    def _un_force(doc: Doc, m: Mention, mentions: list[Mention], starts: list[int]) -> bool:
        """(target49) Peacekeepers of no nation ("wounding two peacekeepers", "the blue helmets", "the peacekeeping
        mission") in a sentence that names the United Nations or one of its bodies ("UNIFIL said ...", "a vehicle of
        the UN mission in Mali") are the UN force (IGOUNOPKO), as blue helmets always are: no bare sector (the gold
        codes no actor by a sector alone)."""
        if m.kind != "agent" or m.sector != "PKO" or m.country or m.code != m.sector:
            return False
        head = word_at(doc, m.head)
        if head.lemma_.lower() in {"helmet", "helmets"} and any(c.lower_ == "blue" for c in head.children):
            return True
        sent = head.sent
        words = " " + " ".join(t.text for t in tokens(sent)) + " "
        if any(f" {w} " in words for w in ("UN", "U.N.", "United Nations")):
            return True
        return any(o.code.startswith("IGOUNO") and o is not m  # same object: not a token
                   for o in mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)])

    @staticmethod
    def _international_court(doc: Doc, m: Mention) -> bool:
        """(actors28) "an international tribunal in The Hague ruled that China ...", "THE HAGUE - War crimes prosecutors
        opened an inquiry": a court, judge or prosecutor named with no country of its own and called international
        (or of war crimes) is an international body's (IGOJUD), not the court of its seat or of a country the sentence
        names (data/lexicon/actor_cues.yaml international_court_words). "Serbia's war crimes court" has its owner."""
        if m.kind != "agent" or m.country is not None or m.code != m.sector or m.sector != "JUD":
            return False
        head = word_at(doc, m.head)
        start = min(m.start, head.left_edge.i)
        # (a dateline can tear "War crimes" off its noun: take up to two words right before the phrase too)
        while start > 0 and m.start - start < 2 and word_at(doc, start - 1).is_alpha:
            start -= 1
        words = " " + " ".join(doc_lowers(doc)[start:head.i + 1]) + " "
        if any(c.dep_ == "poss" for c in head.children):
            return False   # "its war crimes court", "Bangladesh's International Crimes Tribunal"
        return any(f" {w} " in words for w in INTERNATIONAL_COURT_WORDS)

    @staticmethod
    def _after_former(doc: Doc, start: int) -> bool:
        """Whether a "former"/"ex-" word stands right before ``start`` (data/lexicon/actor_cues.yaml)."""
        n = start - 1
        while n >= 0 and word_at(doc, n).text in {"-", "the"}:
            n -= 1
        return n >= 0 and word_at(doc, n).lower_ in set(_actor_cues().former_words)

    @staticmethod
    def _side_named_after(doc: Doc, m: Mention, mentions: list[Mention],
                          starts: list[int]) -> tuple[str, str | None, str | None] | None:
        """ "troops loyal to Salva Kiir", "fighters allied with the RSF": armed men named without a country
        and tied by a side word (data/actors/side_links.yaml) to the person or group named next fight on
        that side (``armed_side``)."""
        if m.kind != "agent" or m.country is not None or m.code != m.sector or m.sector not in ARMED_SECTORS:
            return None
        after = mentions[bisect_left(starts, m.end):bisect_left(starts, m.end + 8)]
        for o in after:
            if o.kind not in {"person", "organization"} or word_at(doc, o.start).sent.start != word_at(doc, m.head).sent.start:
                continue
            if side_tied(doc, m.end, o.start):   # ("loyal to the Taliban": the filler is no part of the link)
                return armed_side(o.country, o.sector, o.code, m.sector)
            return None   # only the first mention after the armed men
        return None

    def _placed_country(self, doc: Doc, m: Mention, mentions: list[Mention], starts: list[int],
                        counts: frozenset[str]) -> str | None:
        """The state the sentence puts a group in: a country named near it, or a town the gazetteer knows,
        unless the sentence names other states and not the town's ("a Malian army convoy ... near Boni" is
        no German town's)."""
        sent = word_at(doc, m.head).sent
        in_sent = mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
        country = self._country_nearby(doc, m, in_sent)
        if country is None:
            country = self._place_country(doc, m, in_sent, counts)
            others = {o.country for o in in_sent if o.country and o.start != m.start   # a region is no state
                      and self.dictionary.codes.get(o.country) == "country"}
            if others and country not in others:
                country = None
        return country if country is not None and self.dictionary.codes.get(country) == "country" else None

    def _rebels_own_places(self, doc: Doc, m: Mention, in_sent: list[Mention], counts: frozenset[str]) -> str | None:
        """(dyad30b) "as rebel fighters swept into Damascus", "rebels overran Goma": rebels fight the state of their own
        country, so the one country whose towns their own verb acts on (its object, or the object of a preposition of
        place or motion on it) is theirs, before a state the rest of the sentence names ("Assad fled to Moscow"); a
        state named so is no town ("halt raids into Afghanistan" goes across a border)."""
        from . import places   # the gazetteer is built once per process, on first need

        head = word_at(doc, m.head)
        if head.dep_ != "nsubj" or head.head.pos_ not in {"VERB", "AUX"}:
            return None
        if head.lower_ in _actor_cues().unnamed_attackers or m.text.lower() in _actor_cues().unnamed_attackers:
            return None   # "gunmen shot dead the speaker in central Cairo": attackers nobody is named for
        verb = head.head
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [o for p in verb.children if p.dep_ == "prep"
                 and p.lower_ in LOCATING_PREPOSITIONS | {"into", "on", "to"}
                 for o in p.children if o.dep_ == "pobj"]
        towns = _SentenceTowns(head.sent, counts)
        found = set()
        for tok in objs:
            hit = next((o for o in in_sent if o.start <= tok.i < o.end), None)
            if hit is not None:
                # a town, not a state: "raids into Afghanistan", "crossed into Namibia" go across a border
                if hit.kind in {"country", "capital"} and hit.country and not _names_a_country(hit.text) \
                        and not self._backer(doc, hit):
                    found.add(hit.country)
                # (bare32) "raided Takum village (Taraba)": a village or town the dictionaries read as its people is
                # still a named place for the gazetteer
                if hit.kind != "agent" or tok.lemma_.lower() not in places.PLACE_NOUNS:
                    continue
            elif tok.pos_ != "PROPN":
                continue
            found.update(towns.country_of(tok))
        return found.pop() if len(found) == 1 else None

    def _places_acted_on(self, doc: Doc, m: Mention, mentions: list[Mention], starts: list[int],
                         counts: frozenset[str]) -> str | None:
        """ "Islamic State fighters overran Mosul", "... swept into Sinjar", "gunmen opened fire in a hall near
        Moscow; Islamic State claimed the attack": the one state whose places the sentence names as objects
        (of a verb or a preposition) is where a movement of local branches acts; a state named as a
        subject or an adjective ("Washington vowed to destroy Islamic State") places nothing."""

        sent = word_at(doc, m.head).sent
        in_sent = mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
        towns = _SentenceTowns(sent, counts)
        found = set()
        forces = set()
        for tok in tokens(sent):
            if tok.dep_ not in {"dobj", "pobj"} or m.start <= tok.i < m.end:
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ not in LOCATING_PREPOSITIONS | {"into", "on", "to"}:
                continue
            hit = next((o for o in in_sent if o.start <= tok.i < o.end), None)
            if hit is not None:
                if hit.kind in {"country", "capital"} and hit.country and not self._backer(doc, hit):
                    found.add(hit.country)
                elif hit.kind == "agent" and hit.country and not hit.country_from and hit.sector in STATE_FORCES:
                    forces.add(hit.country)   # "attacked a post, killing dozens of Burkinabe soldiers"
                continue
            # (source31) "struck crowds at Kabul airport's Abbey Gate": a capital naming the place struck
            found.update(o.country for t in tok.lefts for u in t.subtree for o in in_sent
                         if o.kind == "capital" and o.country and o.start <= u.i < o.end and u.dep_ in {"compound", "poss"})
            if tok.pos_ != "PROPN":
                continue
            found.update(towns.country_of(tok))
        # (source31) a place struck says where the branch acts before the soldiers it kills there: "killing 13 U.S.
        # troops" at Kabul airport is no American branch's act
        return _listed_country(found or forces, self.dictionary.codes)

    @staticmethod
    def _filed_from(doc: Doc) -> str | None:
        """(bare32) "ROTHERHAM, Aug 4 - Rioters threw bricks at police", "Rotherham: rioters threw bricks at police": a
        sector word nothing else places, in an article that names no country, is of the country of the town or region
        the story is filed from (its dateline, or a place name and a colon opening the text; a capital there is an
        actor mention and counts already, a country too)."""
        from . import places   # the gazetteer is built once per process, on first need

        text = doc_text(doc)
        gazetteer = places.Gazetteer.default()
        filed = places.dateline_place(text, gazetteer)
        if filed is None:
            head = _COLON_HEAD.match(text[:80])
            place = None
            # the region after the comma first ("Tabayin township, Sagaing"), then the town, then the whole heading
            for part in ([*reversed(head["place"].split(", ")), head["place"]] if head and "," in head["place"]
                         else [head["place"]] if head else []):
                first, _, rest = part.partition(" ")
                if rest and first.lower() in LOCATING_PREPOSITIONS:
                    part = rest   # "Near Arbinda"
                place = gazetteer.place(part)
                if place is not None:
                    break
            filed = place.location() if place is not None and place.kind != "country" else None
        if filed is None or not filed.country:
            return None
        return str(filed.country) if ActorDictionary.default().codes.get(filed.country) == "country" else None

    @staticmethod
    def _sent_into(doc: Doc, m: Mention, in_sent: list[Mention], counts: frozenset[str]) -> str | None:
        """(bare32) "the army deployed additional units to the Catatumbo region", "troops ... fought their way into
        Tiananmen Square": a state force that nothing else places, in an article that names no country, is of the one
        country of the towns and capitals its sentence sends forces to or into (actor_cues destination_prepositions); a
        country named so is across a border ("sent troops to Mali"), and two countries place none."""

        sent = word_at(doc, m.head).sent
        towns = _SentenceTowns(sent, counts)
        found = set()
        for tok in tokens(sent):
            if tok.dep_ != "pobj" or tok.head.lower_ not in DESTINATION_PREPOSITIONS or m.start <= tok.i < m.end:
                continue
            hit = next((o for o in in_sent if o.start <= tok.i < o.end), None)
            if hit is not None:
                if hit.kind in {"country", "capital"} and hit.country and not _names_a_country(hit.text) \
                        and not ActorMatcher._backer(doc, hit):
                    found.add(hit.country)
                elif hit.kind == "country":
                    return None   # a state named where forces go: a border crossed
                continue
            found.update(towns.country_of(tok))
        return _listed_country(found, ActorDictionary.default().codes)

    @staticmethod
    def _backer(doc: Doc, m: Mention) -> bool:
        """A country glued to a participle of backing ("Iranian-backed", "Soviet-supported"): the
        group's sponsor, not a country where the sentence happens (data/lexicon/actor_cues.yaml)."""
        return m.kind in {"country", "capital"} and m.end + 1 < len(doc) and word_at(doc, m.end).text == "-" \
            and word_at(doc, m.end + 1).lower_ in _actor_cues().backer_participles

    @staticmethod
    def _shared_adjective(doc: Doc, agent: Mention, earlier: list[Mention]) -> str | None:
        """ "Syrian government and rebel delegations", "the Sudanese army and rebel commanders": a
        country's adjective before the first of two joined sector words is the second's too when both
        modify one noun ("French police and rebels" keeps the rebels apart)."""
        if agent.kind != "agent" or agent.country is not None or agent.sector in STATELESS_SECTORS or not earlier:
            return None
        left = earlier[-1]
        if left.kind != "agent" or not left.country or left.country_from not in {"", None} or not left.sector:
            return None
        if doc_lowers(doc)[left.end:agent.start] not in (["and"], ["or"], [","]):
            return None
        first = word_at(doc, agent.start)
        if not (first.dep_ == "conj" and left.start <= first.head.i < left.end and first.i != agent.head):
            return None
        adjective = word_at(doc, left.start) if word_at(doc, left.start).lower_ != "the" else word_at(doc, left.start + 1)
        if adjective.pos_ not in {"ADJ", "PROPN"} or adjective.i >= left.end - 1:
            return None   # "Syrian government": the country word stands before the sector word
        return left.country

    @staticmethod
    def _earlier_group(doc: Doc, agent: Mention, earlier: list[Mention]) -> str | None:
        """ "Houthi rebels fired a missile at a tanker. The militants also launched drones at Eilat": a
        definite plural group noun takes up the nearest earlier group of its sector named with its
        country within the last three sentences, before any place the sentence names."""
        head = word_at(doc, agent.head)
        if agent.sector not in FOLLOWS_ITS_GROUP or head.tag_ not in {"NNS", "NNPS"}:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        sent = head.sent
        oldest = sent.start
        for _ in range(3):
            if oldest == 0:
                break
            oldest = word_at(doc, oldest - 1).sent.start
        for m in reversed(earlier):
            if m.start < oldest:
                break
            if m.sector == agent.sector and m.country and m.country_from in {"", None}:
                return m.country
        return None

    @staticmethod
    def _allied_force(doc: Doc, agent: Mention, earlier: list[Mention]) -> str | None:
        """The code of an international body's forces that a sector word with no country is joined to ("NATO
        warplanes and cruise missiles", "UN troops and helicopters"): the same forces, not those of a state the
        sentence names (often the one they strike). None for any other agent."""
        head = word_at(doc, agent.head)
        if head.dep_ != "conj" or head.head.i > head.i:
            return None
        joined = {m.code for m in earlier if m.start <= head.head.i < m.end and m.kind == "agent" and m.country is None
                  and m.sector == agent.sector and m.code.startswith("IGO")}
        return next(iter(joined)) if len(joined) == 1 else None

    @staticmethod
    def _earlier_force(doc: Doc, agent: Mention, earlier: list[Mention]) -> str | None:
        """(sources20) "Israeli troops shot dead a youth as rioters clashed with soldiers", "Israeli armour crossed
        into Lebanon, and warplanes bombed ...": a state's forces (data: sector_classes follows_its_force) named
        again in the sentence with no country of their own, as the doer of their clause, are those of the one state
        whose forces of that sector the sentence named before with their country, rather than a state the sentence
        or the article is about. None when no such forces, or those of two states, were named before it, or when
        a phrase of their own ("in", "of", "from") may say whose they are."""
        head = word_at(doc, agent.head)
        if agent.sector not in FOLLOWS_ITS_FORCE:
            return None
        if head.dep_ == "conj" and head.head.i < head.i:
            # "Israeli tanks and troops", "U.S. Navy Seals and Marines", "British sailors and marines": the country of
            # the agent it is joined to
            joined = {m.country for m in earlier if m.start <= head.head.i < m.end and m.kind == "agent" and m.country
                      and m.country_from in {"", None}}
            return next(iter(joined)) if len(joined) == 1 else None
        civilian_doer = None
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            # the doer of its own clause: forces acted on ("persuaded military leaders") may be the other side's,
            # but not when civilians of another country act on them (below)
            civilian_doer = ActorMatcher._civilian_doer(doc, head, earlier)
            if civilian_doer is None:
                return None
        if any(c.dep_ == "prep" and ((c.lower_ in PLACE_PREPOSITIONS and civilian_doer is None)
                                     or c.lower_ in {"of", "from"}) for c in head.children):
            return None   # "the junta in Bamako", "a force from six Caribbean states": its own phrase says whose
        start = head.sent.start
        countries = {m.country for m in earlier if start <= m.start < agent.start and m.sector == agent.sector
                     and m.country and m.country_from in {"", None} and m.kind == "agent"}
        if civilian_doer is not None and countries == {civilian_doer}:
            return None
        return next(iter(countries)) if len(countries) == 1 else None

    @staticmethod
    def _civilian_doer(doc: Doc, head: Token, earlier: list[Mention]) -> str | None:
        """(target34) "Israeli troops shot youths who were throwing stones at an army patrol", "Israeli troops shot a
        youth as rioters clashed with soldiers": the country of the civilians (a crowd, youths, protesters: the
        civilian sectors) who are the doers of the clause a bare force word is the object of; forces civilians stone
        or clash with are the other side's, those the sentence named before with their country (``_earlier_force``)."""
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif head.dep_ != "dobj":
            return None
        if verb.pos_ != "VERB":
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
            subj = verb.head   # "youths who were throwing stones at ...": the noun the relative is of
        if subj is None:
            return None
        # "thousands of stone-throwing rioters clashed with soldiers": the people a number of them counts
        heads = [subj, *of_nouns(subj)]
        doer = next((m for h in heads for m in earlier if m.start <= h.i < m.end and m.kind == "agent"), None)
        if doer is None or not doer.country or doer.sector not in CIVILIAN_SECTORS:
            return None
        return doer.country

    @staticmethod
    def _appositive_owner(doc: Doc, agent: Mention, mentions: list[Mention]) -> str | None:
        """(dyad30b) "hit the destroyer HMS Sheffield", "boarded the tanker, the Iranian-flagged Adrian Darya": a sector
        word alone whose own apposition names an actor of a country is that country's (the same thing named twice),
        before any country the rest of the sentence names."""
        head = word_at(doc, agent.head)
        for c in head.children:
            if c.dep_ != "appos":
                continue
            # the apposition's own head names the actor, not a phrase inside it ("a car carrier linked to an
            # Israeli businessman", "a verdict that Britain condemned")
            owners = {m.country for m in mentions if m.country and m.start > agent.head
                      and m.kind in {"organization", "agent", "country"}
                      and (m.start <= c.i < m.end or (word_at(doc, m.head).head.i == c.i
                                                      and word_at(doc, m.head).dep_ in {"compound", "amod", "nmod"}))}
            if len(owners) == 1:
                return owners.pop()
        return None

    def _rival_of_conjoined_state(self, doc: Doc, agent: Mention, mentions: list[Mention]) -> str | None:
        """(actors44) "Niger's government and Tuareg rebel leaders signed an accord at talks mediated by Burkina Faso's
        president", "talks between the Venezuelan government and the opposition": rebels, insurgents or the opposition
        named with no country and joined by "and" to one state's government (named with its country, or a person in
        its office) are that state's own challengers, before the country of a mediator, a venue or a dateline."""
        if agent.sector not in DOMESTIC_RIVALS:
            return None
        head = word_at(doc, agent.head)
        partners = {c.i for c in head.children if c.dep_ == "conj"}
        if head.dep_ == "conj":
            partners.add(head.head.i)
        # the small parser often hangs "Chad's government and Toubou rebel leaders" on "leaders" as a modifier:
        # the words right before the phrase, "and" after the government's last word, say the same
        i = agent.start - 1
        while i > 0 and agent.start - i <= 3 and word_at(doc, i).pos_ in {"PROPN", "ADJ", "DET"}:
            i -= 1
        if i > 0 and word_at(doc, i).lower_ == "and":
            partners.add(i - 1)
        if not partners:
            return None
        found = {o.country for o in mentions if o.country and o.sector == "GOV" and o.kind in {"agent", "person"}
                 and o.country_from in {"", None} and (o.head in partners or o.end - 1 in partners)}
        return _listed_country(found, self.dictionary.codes)

    @staticmethod
    def _own_place(doc: Doc, agent: Mention, mentions: list[Mention], article: frozenset[str]) -> str | None:
        """ "rebel leaders in Kidal", "police in Kharkiv": a place phrase on the agent's own noun says
        whose they are, before any state the rest of the sentence names ("an Algerian envoy met rebel
        leaders in Kidal", "a French diplomat said police in Kharkiv ..."). Names inside actor
        mentions are left to the other rules."""
        from . import places   # the gazetteer is built once per process, on first need

        head = word_at(doc, agent.head)
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS]
        if not preps:
            return None
        covered = {i for m in mentions for i in range(m.start, m.end)}
        gazetteer = places.Gazetteer.default()
        named = gazetteer.countries_in(head.sent)
        for prep in preps:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if not objs or any(t.i in covered for o in objs for t in _own_phrase(o)):   # (target48) as _nearest_place
                continue
            loc = places._place_of(prep, gazetteer, named, article)
            if loc is not None and loc.country:
                return loc.country
        return None

    @staticmethod
    def _state_of_the_sentence(doc: Doc, agent: Mention, mentions: list[Mention]) -> str | None:
        """ "Israeli officials said the army had hit sites in Iran", "Israeli troops shot youths who threw
        stones at an army patrol": a state's force named without its country is of the one state the
        sentence names as an actor (a country named as a place, "in Iran", is where it acts), unless
        its own phrase places it ("the junta in Niger")."""
        if agent.sector not in STATE_FORCES:
            return None
        states = set()
        acted = _acted_on(doc, agent)
        # (target59) "Indonesian youths sacked the offices of the Chinese attache and the army searched ...": a state
        # that the act of a crowd or armed group falls on is that act's target, not the state whose acting force
        # (the subject of a verb) the sentence names
        targets = {i for o in mentions
                   if acted and o is not agent  # same object: not a token
                   and o.country and o.kind == "agent"
                   and o.sector not in STATE_ORGANS_AND_ELITES for i in _acted_on(doc, o)
                   if not any(p.start <= i < p.end and p.country == o.country for p in mentions)}
        for m in mentions:
            if m is agent or not m.country or m.head in acted or m.head in targets:  # same object: not a token
                continue
            head = word_at(doc, m.head)
            where = head.dep_ == "pobj" and head.head.lower_ in LOCATING_PREPOSITIONS
            if where and head.head.head.i == agent.head:
                return None  # "the junta in Niger": the agent's own place decides
            if m.kind in {"country", "capital"} and not where and not names_a_border(head):
                states.add(m.country)
            elif m.kind in {"agent", "person"} and m.sector in STATE_ORGANS_AND_ELITES and m.country_from in {"", None}:
                states.add(m.country)
        return states.pop() if len(states) == 1 else None

    @staticmethod
    def _leader_acted_on(doc: Doc, agent: Mention, mentions: list[Mention]) -> str | None:
        """(source35) "Washington paused aid after the army seized power and detained Prime Minister X": a state's
        force named without its country that is the subject of a verb (or of the verbs joined to it) whose object
        is a named person in an office of one state is that state's own force (armies arrest, oust and
        detain the leaders of their own state), rather than of the state the article named first."""
        head = word_at(doc, agent.head)
        if head.dep_ != "nsubj" or head.head.pos_ not in {"VERB", "AUX"}:
            return None
        verb = head.head
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                         and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))]
        objects = {o.i for v in verbs for o in v.children if o.dep_ == "dobj"}
        # a named person only: an organ's building or unit ("stormed the Spanish embassy", "struck the French
        # barracks") is of another state as often as not
        found = {m.country for m in mentions if m.country and m.kind == "person"
                 and m.sector in STATE_ORGANS_AND_ELITES and m.country_from in {"", None}
                 and any(m.start <= i < m.end for i in objects)}
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _reporter_state(doc: Doc, agent: Mention, mentions: list[Mention]) -> str | None:
        """ "Israel and Hamas signed the plan in Sharm el-Sheikh; Israeli officials said troops would pull
        back": a state's force named without its country in a clause that a state's own officials report
        is of their state, not of the town where the sentence is."""
        if agent.sector not in STATE_FORCES:
            return None
        clause = word_at(doc, agent.head)
        while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.pos_ not in {"VERB", "AUX"}:
            return None
        said = clause.head
        subject = [c for c in said.children if c.dep_ == "nsubj"]
        if not subject or said.lemma_.lower() not in lexicon.words("commitment_cues", "reporting_verbs"):
            return None
        inside = {t.i for t in clause.subtree} - _acted_on(doc, agent, asides=True)
        if any(m is not agent and m.head in inside and m.country for m in mentions):  # same object: not a token
            return None   # "its spy agency said North Korea had sent troops": the clause names whose they are
        for m in mentions:
            if m.start <= subject[0].i < m.end and m.kind in {"agent", "person"} and m.country \
                    and m.sector in STATE_ORGANS_AND_ELITES and m.country_from in {"", None}:
                return m.country
        return None

    @staticmethod
    def _people_abroad(doc: Doc, m: Mention) -> bool:
        """An agent named by a people's name (data: actor_cues people_names) in a sector of the place."""
        return (m.kind == "agent" and m.country is not None and not m.country_from and m.sector in PLACE_SECTORS
                and word_at(doc, m.start).lower_ in PEOPLE_NAMES)

    def _ruling_state(self, doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
        """ "Kosovo police fired tear gas at Serb protesters", "the Croatian government arrested Serb
        militiamen": a people's civilians or armed men whom the organs of another state act on, with no place
        named, are that state's (its police and courts act on the people of their own country): the one
        country of the state organs (named with their country, or a person in office) that are the subject
        of the verb the people are the object of."""
        verb = word_at(doc, m.head)
        if verb.dep_ not in {"dobj", "pobj"}:
            return None
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        # "used tear gas to disperse Serb protesters": the doer of the verb the purpose clause hangs on
        while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in {"xcomp", "advcl", "conj"} \
                and verb.head.i != verb.i:
            verb = verb.head
        doers = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        found = {o.country for o in mentions if o.head in doers and o.country and o.country != m.country
                 and o.kind in {"agent", "person"} and o.sector in STATE_ORGANS and not o.country_from}
        if len(found) != 1:
            return None
        country = found.pop()
        return country if self.dictionary.codes.get(country) == "country" else None

    def _regional(self, m: Mention) -> bool:
        """An agent of a region code (MEA, WST) in a sector whose people belong to where they are."""
        return (m.kind == "agent" and m.country is not None and m.sector in PLACE_SECTORS
                and self.dictionary.codes.get(m.country) == "region")

    @staticmethod
    def _not_the_strikers(doc: Doc, site: Mention, mentions: list[Mention], pool: dict[str, int],
                          sectors: frozenset[str | None] | None = None) -> dict[str, int]:
        """A facility named without a country ("Israeli troops raided al-Shifa hospital") is not of the
        country of those whose act falls on it: the countries of the subject of the verb it is the object of
        leave the guess (it stays of a place or a target country named, else of no country)."""
        node = word_at(doc, site.head)
        while node.dep_ in {"dobj", "pobj", "prep", "conj", "appos", "nsubjpass"} and node.head.i != node.i:
            node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            return pool
        doers = {t.i for c in node.children if c.dep_ in {"nsubj", "agent"} for t in c.subtree}
        held = {o.country for o in mentions if o.country and o.head in doers and (sectors is None or o.sector in sectors)}
        return {c: n for c, n in pool.items() if c not in held}

    @staticmethod
    def _sentence_countries(doc: Doc, agent: Mention, mentions: list[Mention]) -> dict[str, int]:
        """Countries of the non-country mentions in the agent's sentence (``mentions`` may be all
        of the doc's or only that sentence's)."""
        sent = word_at(doc, agent.head).sent
        pool: dict[str, int] = {}
        for m in mentions:
            if m.country and m.kind != "country" and sent.start <= m.start < sent.end and not (
                    m.kind == "capital" and _venue_for(agent, word_at(doc, m.head))):
                pool[m.country] = pool.get(m.country, 0) + 1   # (dyad30: a meeting's venue is not counted)
        return pool

    @staticmethod
    def _country_nearby(doc: Doc, agent: Mention, mentions: list[Mention]) -> str | None:
        """The nearest bare country or capital in the agent's sentence that says where things are:
        after "in", "of", "from"... or a possessive ("Cairo's"). ``mentions`` may be all of the
        doc's or only the agent's sentence's (``_give_countries`` passes the slice)."""
        sent = word_at(doc, agent.head).sent
        best, best_distance = None, None
        for m in mentions:
            if m is agent or m.kind not in {"country", "capital"} or not m.country:  # same object: not a token
                continue
            if not (sent.start <= m.start < sent.end):
                continue
            head = word_at(doc, m.head)
            where = head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS
            # "in Dahyan, northern Yemen", "in Al-Lataminah (Hama, Syria)": the country in apposition
            # to a town (or to the town's province) after a place preposition
            town = head
            # (actors28) "residents of Khorog, Gorno-Badakhshan, Tajikistan": the parser may join a comma list of
            # places as a conjunct (never after "and": "in Mosul and Syria" names two places)
            while (town.dep_ == "appos" or town.dep_ == "conj" and town.left_edge.i > 0
                   and word_at(doc, town.left_edge.i - 1).text == ",") and town.head.i != town.i:
                town = town.head
            where = where or (town.i != head.i and town.dep_ == "pobj"
                              and town.head.lower_ in LOCATING_PREPOSITIONS)  # "near Djibo, Burkina Faso"
            where = where or ActorMatcher._in_place_brackets(doc, m, sent.start)
            if where and _venue_for(agent, head):
                continue   # (dyad30) "talks resumed in Mexico City", "met in Geneva": the venue places none who came
            # "workers at the Gdansk shipyard", "police in the Kharkiv region": the place names the noun after "at"
            # (a weaker sign: "fired drones at a US base in Syria" names the target's owner, and
            # a country that is itself after "in" wins over it)
            noun_after_at = not where and (head.dep_ in {"compound", "nmod"} and head.head.dep_ == "pobj"
                                           and head.head.head.lower_ in PLACE_PREPOSITIONS)
            owner = m.end < len(doc) and word_at(doc, m.end).text in POSSESSIVE
            if not (where or owner or noun_after_at):
                continue
            distance = abs(m.start - agent.start) + (len(doc) if noun_after_at else 0)
            if best_distance is None or distance < best_distance:
                best, best_distance = m.country, distance
        return best

    @staticmethod
    def _in_place_brackets(doc: Doc, m: Mention, sent_start: int) -> bool:
        """ "in Bokkos (Plateau, Nigeria)", "from Kuchi in Munya (Niger state, Nigeria)": a country that
        closes the brackets after a place named with a place preposition says where that place is,
        however the parser attached it."""
        if m.end >= len(doc) or word_at(doc, m.end).text != ")":
            return False
        k = m.start - 1
        while k > sent_start and m.start - k <= 8 and word_at(doc, k).text not in {"(", ")"}:
            k -= 1
        if k <= sent_start or word_at(doc, k).text != "(":
            return False
        town = word_at(doc, k - 1)
        while town.dep_ in {"compound", "appos"} and town.head.i != town.i:
            town = town.head
        return town.dep_ == "pobj" and town.head.lower_ in LOCATING_PREPOSITIONS

    @staticmethod
    def _place_country(doc: Doc, agent: Mention, mentions: list[Mention], article: frozenset[str]) -> str | None:
        """The country of the nearest named place in the agent's sentence after a place preposition
        ("civilians queuing for bread in Chernihiv" -> UKR, "workers at the Gdansk shipyard" -> POL),
        found in the gazetteer; names inside actor mentions are not places here."""
        from . import places   # the gazetteer is built once per process, on first need

        sent = word_at(doc, agent.head).sent
        covered = {i for m in mentions for i in range(m.start, m.end)}
        gazetteer = places.Gazetteer.default()
        named = gazetteer.countries_in(sent)   # countries the sentence names pick among same-named places
        # "Los Angeles police", "Minneapolis residents": a place name written before the agent
        k = agent.start
        while k > sent.start and word_at(doc, k - 1).pos_ == "PROPN" and word_at(doc, k - 1).dep_ == "compound" \
                and word_at(doc, k - 1).i not in covered:
            k -= 1
        if k < agent.start:
            place = gazetteer.place(doc[k:agent.start].text, named, article)
            if place is not None and place.country:
                return place.country
        # "Karabakh's separatist authorities": a place that owns the agent
        end = agent.start - 1
        if end - 1 >= sent.start and word_at(doc, end).text in POSSESSIVE and word_at(doc, end - 1).pos_ == "PROPN" \
                and word_at(doc, end - 1).i not in covered:
            k = end - 1
            while k > sent.start and word_at(doc, k - 1).pos_ == "PROPN" and word_at(doc, k - 1).i not in covered:
                k -= 1
            place = gazetteer.place(doc[k:end].text, named, article)
            if place is not None and place.country:
                return place.country
        return _nearest_place(tokens(sent), covered, gazetteer, named, article, agent)

    @staticmethod
    def _clause_place(doc: Doc, agent: Mention, mentions: list[Mention], article: frozenset[str]) -> str | None:
        """ "India struck nine sites in Pakistan, two weeks after gunmen killed 26 tourists near Pahalgam":
        the country of the town a place phrase of the agent's own clause names (the clause of the nearest
        verb above the agent with a subject of its own, without the clauses inside it that have theirs),
        when that clause names no country or capital of the dictionaries: a country another clause names
        is where another act is done. ``mentions`` are those of the agent's sentence."""
        from . import places   # the gazetteer is built once per process, on first need

        def has_subject(t: Token) -> bool:
            return t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)

        clause = places._clause_of(word_at(doc, agent.head))
        if not has_subject(clause):
            return None   # no verb with a subject above the agent: no clause of its own

        def inner(t: Token) -> bool:   # a clause of its own below the agent's
            return t.i != clause.i and has_subject(t)

        outside = {u.i for t in clause.subtree if inner(t) and word_at(doc, agent.head).i not in {x.i for x in t.subtree}
                   for u in t.subtree}
        inside = {t.i for t in clause.subtree} - outside
        # (target48) "bombed villages in Paktia province near the Pakistani border": a country named as a border's
        # side says where the town lies, it is no state the clause names
        # (target53) "after a Palestinian rocket killed two children in Sderot": a state's adjective on the clause's
        # subject says who acted, not where: the town of the clause places the civilians harmed
        doers = {c.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}}
        states = [m for m in mentions if m is not agent and m.country  # same object: not a token
                  and m.kind in {"country", "capital"} and m.head in inside and not names_a_border(word_at(doc, m.head))
                  and not (word_at(doc, m.head).dep_ in {"amod", "compound"} and word_at(doc, m.head).head.i in doers
                           and word_at(doc, m.head).pos_ == "ADJ")]
        placed = [m for m in states if word_at(doc, m.head).dep_ == "pobj"
                  and word_at(doc, m.head).head.lower_ in LOCATING_PREPOSITIONS
                  and not _venue_for(agent, word_at(doc, m.head))]
        if placed:   # "as protesters rallied in Diyarbakir"
            return min(placed, key=lambda m: abs(m.head - agent.head)).country
        if states:
            return None   # the clause names a state: the other rules read it
        covered = {i for m in mentions for i in range(m.start, m.end)}
        gazetteer = places.Gazetteer.default()
        named = gazetteer.countries_in(word_at(doc, agent.head).sent)
        return _nearest_place((word_at(doc, i) for i in sorted(inside)), covered, gazetteer, named, article, agent)

    @staticmethod
    def _modifier_place(doc: Doc, agent: Mention, mentions: list[Mention], article: frozenset[str]) -> str | None:
        """ "a strike destroyed the Mariupol drama theatre, where civilians had sheltered": civilians
        no phrase of their own places are of the one country whose town the sentence names as the
        modifier of a noun ("the Mariupol theatre", "a Kharkiv hospital"); two such countries, none."""
        def modifier(tok: Token) -> bool:
            return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and not (
                tok.i + 1 < len(doc) and word_at(doc, tok.i + 1).pos_ == "PROPN")
        return _one_town_country(doc, agent, mentions, article, modifier, compound_only=False)

    @staticmethod
    def _object_town(doc: Doc, agent: Mention, mentions: list[Mention], article: frozenset[str]) -> str | None:
        """ "Russian missiles hit central Vinnytsia, killing 23 civilians": civilians no phrase of their own
        places are of the one country whose town the sentence names as the direct object of a verb (the town
        struck, taken or entered, where they are harmed), not of the country the article names most (that of
        the attackers); towns of two countries, none. Names inside actor mentions are left to the other rules."""
        def struck(tok: Token) -> bool:
            obj = tok
            while obj.dep_ == "conj" and obj.head.i != obj.i:   # "hit Kharkiv and Belgorod"
                obj = obj.head
            return obj.dep_ == "dobj" and obj.head.pos_ == "VERB"
        return _one_town_country(doc, agent, mentions, article, struck, compound_only=True)

    # -- pieces ----------------------------------------------------------------------------
    def _pieces(self, doc: Doc, iso: str | None = None) -> list[Piece]:
        found = []
        for matcher, sensitive in ((self.patterns.lower, False), (self.patterns.exact, True)):
            for _, start, end in matcher(doc):
                text = span_text(doc[start:end])
                entry = self.dictionary.lookup(text, date=iso)
                if entry is None:
                    continue
                if not sensitive and not self._case_ok(doc, start, end, entry,
                                                       listed=text in self.dictionary.surfaces):
                    continue
                if entry.in_office and self._place_name(text):
                    continue   # "Goma", "Horn", "Kent": a surname that is also a place names the place first
                found.append(Piece(start, end, entry))
        # Longest first, then earliest; a piece never overlaps a kept one.
        found.sort(key=lambda p: (-(p.end - p.start), p.start))
        taken: set[int] = set()
        kept = []
        for p in found:
            if any(i in taken for i in range(p.start, p.end)):
                continue
            taken.update(range(p.start, p.end))
            kept.append(p)
        kept.sort(key=lambda p: p.start)
        covered = frozenset(i for p in kept for i in range(p.start, p.end))  # once per doc, not per name
        kept = [p for p in kept if p.entry.kind != "block" and not self._ambiguous_misuse(doc, p, covered)
                and not self._another_given_name(doc, p, covered) and not self._another_surname(doc, p, covered)]
        kept = self._titled_surnames(doc, kept, iso)
        return [p for p in kept if p.entry.kind != "person" or p.entry.explicit]

    @staticmethod
    def _another_given_name(doc: Doc, piece: Piece, covered: frozenset[int]) -> bool:
        """ "Luisa Ortega" is not Daniel Ortega, "Kathleen Kennedy" not John F. Kennedy: a surname the
        dictionaries file alone under a person, right after a capitalised given name that is none of that
        person's own names, names someone else. A title ("President Ortega", "Mr Ortega") or a name the
        dictionaries know ("Nicaragua Ortega") before it leaves it alone."""
        person = piece.entry.person
        if piece.entry.kind != "person" or person is None or piece.end - piece.start != 1 or piece.start == 0:
            return False
        before = word_at(doc, piece.start - 1)
        if before.i in covered or before.pos_ != "PROPN" or not before.is_alpha or not before.text[0].isupper() \
                or before.text[1:2].isupper() or before.lower_ in PERSON_TITLES:
            return False
        return before.lower_ not in _name_words(person)

    @staticmethod
    def _another_surname(doc: Doc, piece: Piece, covered: frozenset[int]) -> bool:
        """(actors40) "militant commander Burhan Wani" is not Abdel Fattah al-Burhan, "party aide Shahbaz Gill" not
        Shehbaz Sharif: a one-word name the dictionaries file under a person, right before a capitalised proper
        name that is none of that person's own names (nor a date or a name the dictionaries know), is the given
        name of someone else."""
        person = piece.entry.person
        if piece.entry.kind != "person" or person is None or piece.end - piece.start != 1 or piece.end >= len(doc):
            return False
        after = word_at(doc, piece.end)
        if after.i in covered or after.is_sent_start or after.pos_ != "PROPN" or not after.is_alpha \
                or not after.text[0].isupper() or after.text[1:2].isupper() or after.lower_ in CALENDAR_WORDS \
                or _agent_word(after.text) or after.lower_ in lexicon.words("modality_cues", "body_nouns"):
            return False   # ("the Tower Commission": a body named after the person)
        return after.lower_ not in _name_words(person)

    def _titled_surnames(self, doc: Doc, kept: list[Piece], iso: str | None) -> list[Piece]:
        """ "Secretary of State Powell", "President Fox", "Prime Minister Howard": a surname too common to name
        anyone alone (an English word, a given name, several people's) names, right after a title, the one
        person of the dictionaries holding an office of the title's sector on the date; none or several: no one."""
        if iso is None:
            return kept
        covered = {i for p in kept for i in range(p.start, p.end)}
        added = []
        for p in kept:
            if p.entry.kind != "agent" or p.entry.sector not in {"GOV", "MIL"} or p.end >= len(doc):
                continue
            tok = word_at(doc, p.end)
            if tok.i in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha \
                    or (tok.i + 1 < len(doc) and word_at(doc, tok.i + 1).pos_ == "PROPN"):
                continue   # a full name is the dictionaries' own business
            holders = [q for q in self.dictionary.people_named(tok.text)
                       if any(r.covers(iso) and r.code[3:6] == p.entry.sector for r in q.roles)]
            if len(holders) == 1:
                added.append(Piece(tok.i, tok.i + 1, Entry("person", HAND, name=holders[0].name, person=holders[0])))
        return sorted(kept + added, key=lambda p: p.start) if added else kept

    @staticmethod
    def _place_name(text: str) -> bool:
        """Whether the gazetteer knows a place of this name."""
        from . import places   # the gazetteer is built once per process, on first need

        return bool(places.Gazetteer.default().candidates(text))

    @staticmethod
    def _case_ok(doc: Doc, start: int, end: int, entry: Entry, listed: bool = False) -> bool:
        """Names must be capitalised in the text ("Turkey", not "turkey"); agents need not be.
        ``listed``: the text is spelled exactly as a name of the dictionaries ("Kurdish peshmerga"), so a
        lower-case word in it is part of the name."""
        if entry.kind in {"agent", "block"}:
            return True
        span = tokens(doc)[start:end]
        words = [t for t in span if t.is_alpha]
        if entry.lower_case and words and start > 0 and word_at(doc, start - 1).lower_ == "the":
            return True   # "the pope", "the pontiff": a title that names one state's head
        if entry.lower_case and words and entry.kind == "organization":
            text = span_text(doc[start:end])
            if text == text.lower():
                return True   # "aid to the contras", "contra rebels": a group's name the news writes in lower case
        if not words or not any(t.text[0].isupper() for t in words):
            return False
        if entry.kind == "organization" and all(t.is_digit or t.lower_ in CALENDAR_WORDS for t in span):
            return False  # "21 June" is a date before it is the Greek group of that name
        if entry.kind == "organization" and not listed and words[0].text[0].isupper() and any(
                t.text[0].islower() and len(t) > 3 and not _agent_word(t.text) for t in words[1:]):
            # "Russia today announced": not the channel Russia Today; "Tigrayan forces" is a name
            # whose lower-case word is an agent noun
            return False
        # A one-word converted name must be tagged as a proper noun; a country may also be an
        # adjective or a plural demonym ("the Sudanese government", "Fijians").
        allowed = {"PROPN", "ADJ", "NOUN", ""} if entry.kind == "country" else {"PROPN", ""}
        if entry.tier == PHOENIX and end - start == 1 and word_at(doc, start).pos_ not in allowed:
            return False
        return True

    @staticmethod
    def _ambiguous_misuse(doc: Doc, piece: Piece, covered: frozenset[int]) -> bool:
        """ "Jordan" in "Michael Jordan", "Georgia" in "the state of Georgia": not the country.
        ``covered``: the token indices of every kept piece, computed once per doc by the caller."""
        if not piece.entry.ambiguous:
            return False
        before = word_at(doc, piece.start - 1) if piece.start > 0 and not word_at(doc, piece.start).is_sent_start else None
        after = word_at(doc, piece.end) if piece.end < len(doc) and not word_at(doc, piece.end).is_sent_start else None
        if before is not None and before.is_sent_start and before.pos_ != "PROPN":
            before = None   # "If Israel strikes", "When Jordan agreed": a capital letter the sentence gives
        for tok in (before, after):
            if tok is not None and tok.i not in covered and tok.is_alpha and tok.text[0].isupper():
                return True
        if piece.start >= 2 and word_at(doc, piece.start - 2).lower_ == "state" and before is not None and before.lower_ == "of":
            return True
        return False

    def _add_partial_names(self, doc: Doc, pieces: list[Piece]) -> list[Piece]:
        """ "Kim" after "Kim Jong-un": a surname alone names the person named earlier in the doc."""
        firsts: dict[str, tuple[int, Person]] = {}
        for p in pieces:
            if p.entry.kind == "person" and p.entry.person is not None:
                for part in self._name_parts(p.entry.person):
                    if part not in firsts:
                        firsts[part] = (p.start, p.entry.person)
        if not firsts:
            return pieces
        # A one-word dictionary name right after a full name that shares it is that person
        # ("Johnson" after "Boris Johnson"), whatever else the dictionaries file under it.
        for n, p in enumerate(pieces):
            if p.entry.kind == "person" and p.end - p.start == 1:
                hit = firsts.get(fold_accents(word_at(doc, p.start).text))
                if hit is not None and hit[0] < p.start and hit[1] is not p.entry.person:  # same object: not a token
                    pieces[n] = Piece(p.start, p.end, Entry("person", HAND, name=hit[1].name, person=hit[1]))
        covered = {i for p in pieces for i in range(p.start, p.end)}
        extra = []
        for tok in tokens(doc):
            if tok.i in covered or not tok.is_alpha or not tok.text[0].isupper():
                continue
            hit = firsts.get(fold_accents(tok.text))
            if hit is None or hit[0] >= tok.i:
                continue
            person = hit[1]
            # The most recent person with this name part wins ("Kim" after two Kims).
            for p in pieces:
                if p.start < tok.i and p.entry.person is not None \
                        and fold_accents(tok.text) in self._name_parts(p.entry.person):
                    person = p.entry.person
            extra.append(Piece(tok.i, tok.i + 1, Entry("person", HAND, name=person.name, person=person)))
        return sorted(pieces + extra, key=lambda p: p.start)

    def _name_parts(self, person: Person) -> frozenset[str]:
        """First and last words of a person's names, usable alone after the full name."""
        cached = self._parts_cache.get(person.id)
        if cached is not None:
            return cached
        parts = set()
        for name in [person.name, *person.aliases]:
            words = [w for w in name.replace(",", " ").split() if w.isalpha()]
            if len(words) < 2:
                continue
            for w in (words[0], words[-1]):
                if len(w) > 1 and w[0].isupper() and w.lower() not in NAME_PARTICLES:
                    entry = self.dictionary.lookup(w)
                    if entry is None or entry.kind == "person":
                        parts.add(fold_accents(w))
        self._parts_cache[person.id] = frozenset(parts)
        return self._parts_cache[person.id]

    @staticmethod
    def _titles_with_unknown_names(doc: Doc, pieces: list[Piece]) -> list[Piece]:
        """ "President Dawda Jawara", "Defence Secretary Tom King", "King Hassan": a title followed by
        a proper name the dictionaries do not know is one agent mention covering the name (a
        one-word agent inside the name, "King" in "Tom King", is part of it)."""
        starts = {p.start: p for p in pieces}
        out: list[Piece] = []
        skip_until = -1
        for p in pieces:
            if p.start < skip_until:
                continue
            if p.entry.kind == "agent" and not p.entry.compose_only:
                end = p.end
                while end < len(doc) and not word_at(doc, end).is_sent_start and (
                        _is_name_token(word_at(doc, end)) or end > p.end and _name_hyphen(doc, end)):
                    inside = starts.get(end)
                    if inside is not None and not (inside.entry.kind == "agent" and inside.end - inside.start == 1):
                        break
                    end += 1
                if end > p.end and (end - p.end > 1 or starts.get(p.end) is None):
                    p = Piece(p.start, end, p.entry)
                    skip_until = end
            out.append(p)
        return out

    def _shared_agent_nouns(self, doc: Doc, chains: list[list[Piece]], iso: str | None) -> list[Mention]:
        """ "Hungarian and Romanian officials", "U.S. and Russian negotiators": a country joined by
        "and"/"or"/"," to a country + agent shares the agent noun (HUNGOV and ROUGOV)."""
        extra = []
        for left, right in zip(chains, chains[1:]):
            if len(left) != 1 or left[0].entry.kind != "country" or len(right) < 2:
                continue
            if right[0].entry.kind != "country" or right[1].entry.kind != "agent":
                continue
            between = doc_lowers(doc)[left[0].end:right[0].start]
            if between not in (["and"], ["or"], [","], ["and", "the"]):
                continue
            lone = doc[left[0].start:left[0].end].root
            agent_tokens = range(right[1].start, right[-1].end)
            if not (lone.head.i in agent_tokens or lone.pos_ == "ADJ" or lone.dep_ in MODIFIER_DEPS):
                continue  # "Japan and Russian troops": Japan is not a modifier of "troops"
            shared = self._compose(doc, [left[0], *right[1:]], iso)
            if shared is None:
                continue
            extra.append(replace(shared, start=left[0].start, end=left[0].end,
                                 text=doc[left[0].start:left[0].end].text, head=lone.i))
        return extra

    # -- composition -----------------------------------------------------------------------
    @staticmethod
    def _gap(doc: Doc, left: Piece, right: Piece) -> str | None:
        """What separates two pieces: "" (adjacent), "'s", "of"; None when anything else does."""
        if right.start - left.end > 4:
            return None   # more words than any gap below allows (a possessive and three modifiers)
        between = tokens(doc)[left.end:right.start]
        if len(between) == 0:
            return ""
        if len(between) == 1 and between[0].text in POSSESSIVE:
            return "'s"
        if len(between) == 1 and between[0].lower_ == "of":
            return "of"
        if len(between) == 2 and between[0].lower_ == "of" and between[1].lower_ == "the":
            return "of"
        if 1 <= len(between) <= 2 and between[0].lower_ in {"for", "from"} and between[0].dep_ == "prep" \
                and left.start <= between[0].head.i < left.end and (len(between) == 1 or between[1].lower_ == "the"):
            # "negotiators for the Sudanese government", "a delegation from Sudan": the preposition hangs on the
            # agent noun (not "calls by protesters for the government to resign", where "for" hangs on the
            # call); ``_joins`` checks what it governs
            return "for"
        words = [t.lower_ for t in between]
        if len(words) == 2 and words[0] == "-" and words[1] in lexicon.words("actor_cues", "owner_participles"):
            return "mod"  # "Vietnamese-led forces", "a British-flagged tanker": the forces, the ship are the country's
        if words and words[0] in POSSESSIVE:
            between = between[1:]
        # "Lebanon's new President", "French paper workers", "Irish nationalist guerrillas":
        # up to three modifiers of the right piece's noun, participles too ("the Taliban's acting
        # foreign minister", "Iran's newly appointed defence minister", "Mali's ruling junta").
        if 0 < len(between) <= 3 and all(
                t.dep_ in MODIFIER_DEPS and (t.pos_ in {"ADJ", "NOUN", "PROPN", "ADV", "NUM"}
                                             or (t.pos_ == "VERB" and t.dep_ == "amod"))
                and between[0].i <= t.head.i < right.end + 2 and t.head.i >= t.i for t in between):
            return "mod"
        return None

    def _chains(self, doc: Doc, pieces: list[Piece]) -> list[list[Piece]]:
        chains: list[list[Piece]] = []
        for p in pieces:
            if chains and self._joins(doc, chains[-1], p):
                chains[-1].append(p)
            else:
                chains.append([p])
        return chains

    def _joins(self, doc: Doc, chain: list[Piece], p: Piece) -> bool:
        last = chain[-1]
        gap = self._gap(doc, last, p)
        # in one sentence: no sentence starts between them (``Token.sent`` walks the whole sentence: asked for each
        # piece, a sentence of n names took n squared steps, bench/stress_inputs.py)
        if gap is None or any(word_at(doc, i).is_sent_start for i in range(last.start + 1, p.start + 1)):
            return False
        lk, pk = last.entry.kind, p.entry.kind
        modifier = {"country", "capital", "organization"}
        if lk == "country" and pk == "country" and len(chain) == 1 and gap == "" and _residents(doc, last, p):
            return True  # "Bosnian Serbs", "Iraqi Kurds": people of the first country
        if lk in modifier and len(chain) == 1 and gap in {"", "'s"}:
            return pk in {"agent", "person"}
        if lk in modifier and len(chain) == 1 and gap == "mod":
            return pk == "agent"
        if lk == "person" and gap == "'s" and pk == "agent":
            return True
        if lk == "person" and gap == "" and pk == "agent" and word_at(doc, last.end - 1).dep_ in {"compound", "nmod"} \
                and p.start <= word_at(doc, last.end - 1).head.i < p.end:
            return True   # "Bolsonaro supporters", "Haftar forces": the name modifies the group noun
        if lk == "agent" and gap == "" and pk in {"agent", "person"}:
            return True
        if lk == "agent" and gap == "of" and pk in {"country", "capital"} and len(chain) == 1:
            # not "representatives of the Sudanese government", "soldiers of the Congolese army": the adjective
            # belongs to the noun after it, which names the owner (``_of_organisations``); not "residents of
            # Tripoli (Lebanon)", another country's town (``_country_in_brackets``)
            return not _modifies_a_later_noun(doc, p) and not (
                pk == "capital" and _country_in_brackets(doc, p.start, p.end, p.entry.country) is not None)
        if lk == "agent" and gap == "for" and pk in {"country", "capital"} and len(chain) == 1:
            return self._state_object(doc, last, p) and not _modifies_a_later_noun(doc, p)
        return False

    def _state_object(self, doc: Doc, left: Piece, right: Piece) -> bool:
        """The "for"/"from" after ``left`` governs the country ``right`` names or an organ of its state: whose
        agents they are, as "of" says ("negotiators for Sudan", "a delegation from the Sudanese government");
        not a people of it ("a camp for Congolese refugees": the camp is not Congo's)."""
        prep, noun = word_at(doc, left.end), word_at(doc, left.end).head
        if prep.lower_ == "from" and (noun.dep_ in {"dobj", "pobj"} or any(c.dep_ == "poss" for c in noun.children)):
            return False  # "recalled its ambassador from Israel", "refugees from Gaza": where they come from
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            return False
        obj = objects[0]
        if right.start <= obj.i < right.end:
            return True
        entry = self.dictionary.lookup(obj.lemma_) if obj.i == right.end else None
        return entry is not None and entry.kind == "agent" and entry.sector in STATE_ORGANS

    def _compose(self, doc: Doc, chain: list[Piece], iso: str | None) -> Mention | None:
        d = self.dictionary
        start, end = chain[0].start, chain[-1].end
        if end - start > 1 and word_at(doc, start).lower_ == "the":
            start += 1  # "the Kremlin" -> "Kremlin": the article is not part of the name
        last = chain[-1]
        span = doc[start:end]
        root = span.root   # (read once: spaCy makes a new Token on each read)
        head, text = root.i, span_text(span)   # (the span's text cut from the doc's: spaCy joins a Token per word)
        if last.entry.kind == "person":
            person = last.entry.named_person
            code = person.code_on(iso)
            named = [p.entry.country for p in chain[:-1] if p.entry.kind in {"country", "capital"} and p.entry.country]
            if iso is not None and person.roles and not any(r.covers(iso) for r in person.roles) \
                    and not self._after_former(doc, start):
                # "Maldives President Ibrahim Solih", "President Ali Bongo" on a day no dated role covers (people
                # filed without dated roles keep their one code: "General Ratko Mladic" BIHREB):
                # the title the text writes before the name says what the person is now (the files may lag
                # behind, or the day is the last in office) - a formal title (capitalised) or one after the
                # country's name; not "former"/"ex-" titles nor a group's "leader" ("Tamil Tiger leader").
                agents = [p for p in chain[:-1] if p.entry.kind == "agent" and p.entry.sector]
                base = named[0] if named else person.country
                if agents and base and not any(p.entry.kind == "organization" for p in chain) and (
                        named or word_at(doc, agents[0].start).text[:1].isupper()):
                    code = compose_code(base, str(agents[0].entry.sector))
            if named and not code.startswith(named[0]):
                # "Dutch Foreign Minister Hans van den Broek": the text says whose official he is.
                roles = [r for r in person.roles if r.code.startswith(named[0])]
                titles = [p.entry.sector for p in chain[:-1] if p.entry.kind == "agent" and p.entry.sector]
                if roles:
                    code = max(roles, key=lambda r: r.start or "").code
                elif titles and not any(p.entry.kind == "organization" for p in chain):
                    code = named[0] + titles[0]  # the text's own words say whose official this is
            country, sector = d.split_code(code)
            return Mention(start, end, text, code, country, sector, person.name, "person", head)
        agents = [p for p in chain if p.entry.kind == "agent"]
        owners = [p for p in chain if p.entry.kind != "agent"]
        if agents:
            if not owners and all(a.entry.compose_only for a in agents) and not (
                    agents[0].entry.sector in ARMED_SECTORS and _side_link_follows(doc, end)):
                return None   # (but "tanks loyal to President Yeltsin": armed men tied to a side, ``_side_named_after``)
            sector = agents[0].entry.sector
            assert sector is not None, agents[0].entry  # an agent entry is its sector
            owner = owners[0].entry if owners else None
            if owner is None:
                if len(agents) == 1 and (root.dep_ in {"amod", "compound"} or root.pos_ == "ADJ") and not (
                        (root.dep_ == "compound" and root.pos_ == "NOUN" or root.lower_ in DOER_MODIFIER_ADJECTIVES)
                        and root.head.i > root.i
                        and root.head.lemma_.lower() in DOER_MODIFIED_ACTS):
                    return None  # "military assistance", "police reform": a modifier, not an actor (but "a police raid")
                if len(agents) == 1 and _modifies_a_participle(doc, end):
                    return None  # "rebel-held territory", "army-backed plan"
                return Mention(start, end, text, sector, None, sector, None, "agent", head)
            if owner.kind == "country" and chain[0].entry.kind == "country" and start > 0 \
                    and word_at(doc, start - 1).lower_ == "ethnic":
                # "ethnic Albanian protesters in Tetovo", "ethnic Armenian forces in Karabakh": "ethnic" makes the
                # adjective a people's, not a state's; the group is of the country where it lives (found as for
                # any agent word alone), and its armed men, having no state, are insurgents there
                sector = "REB" if sector in ARMED_SECTORS else sector
                return Mention(start - 1, end, span_text(doc[start - 1:end]), sector, None, sector, None, "agent", head)
            if owner.kind == "person":
                person = owner.named_person
                post = person.code_on(iso)   # the person's code on the day (a dated role, else the filed code)
                held, held_sector = d.split_code(post)
                country = person.country or held
                base = country or post
                if sector == "GOV" and iso is not None and held is None and any(r.covers(iso) for r in person.roles):
                    # (mine43) "Kofi Annan's spokesman" while Annan was the UN's envoy: who speaks for one who holds a
                    # post of a body of no state speaks for that body (IGOUNO), not for the person's country
                    return Mention(start, end, text, post, None, held_sector, person.name, "agent", head)
                if sector in ARMED_SECTORS:
                    # "Haftar's forces", "the troops of Riek Machar": the armed men fight on the person's side
                    side = armed_side(held or country, held_sector, post, sector)
                    if side is not None:
                        return Mention(start, end, text, side[0], side[1], side[2], person.name, "agent", head)
                return Mention(start, end, text, compose_code(base, sector), country, sector, person.name, "agent", head)
            owner_code = owner.code
            assert owner_code is not None, owner  # a country, capital or organisation has its code
            if owner.kind == "organization" and sector == "GOV" and (owner_code[3:6] not in {"", "GOV"}
                                                                     or owner.country is None):
                # "Hamas leaders", "NATO officials": the people who speak for a group are the group (also one of
                # no state whose code is short: "al-Qaeda leaders", ALQ)
                return Mention(start, end, text, owner_code, owner.country, owner.sector, owner.name, "agent",
                               head)
            if owner.kind == "organization":
                if sector in _segments(owner_code)[1:]:  # "Hamas fighters": the group's own code
                    return Mention(start, end, text, owner_code, owner.country, sector, owner.name, "agent", head)
                if owner.sector in MEMBER_GROUP_SECTORS and agents[-1].end == end \
                        and word_at(doc, end - 1).lemma_.lower() in MEMBER_WORDS:
                    # (mine43) "400 Hamas activists", "PKK operatives", "ANC activists": a movement's activists or
                    # operatives are the movement, not civilians or spies of its country
                    return Mention(start, end, text, owner_code, owner.country, owner.sector, owner.name, "agent", head)
                if sector in ARMED_SECTORS and owner.sector in ARMED_OWNERS:
                    # "Wagner fighters", "RSF troops", "cartel gunmen": an armed group's fighters are the group
                    return Mention(start, end, text, owner_code, owner.country, owner.sector, owner.name,
                                   "agent", head)
                if sector in ARMED_SECTORS and owner.sector == "GOV" and owner.country:
                    # "Taliban fighters" in 2023: the armed men of a movement that governs are its forces
                    return Mention(start, end, text, compose_code(owner.country, "MIL"), owner.country, "MIL",
                                   owner.name, "agent", head)
                if owner.country is None:
                    # (target56) the troops, police, investigators or jets of a body of no state are that body, as
                    # the gold README codes international bodies ("NATO troops" IGOWSTNAT, "UN investigators"
                    # IGOUNO), but the UN's armed men are its peacekeeping missions ("UN troops" IGOUNOPKO)
                    if owner_code == UN_CODE and sector in ARMED_SECTORS | {PEACEKEEPERS}:
                        return Mention(start, end, text, compose_code(owner_code, PEACEKEEPERS), None, PEACEKEEPERS,
                                       owner.name, "agent", head)
                    if sector in BODY_ORGANS:   # its court is an organ of its own ("the UN war crimes tribunal")
                        return Mention(start, end, text, compose_code(owner_code, sector), None, sector, owner.name,
                                       "agent", head)
                    return Mention(start, end, text, owner_code, None, sector, owner.name, "agent", head)
            country = owner.country
            assert country is not None, owner  # a country or capital (an organisation without one returned above)
            return Mention(start, end, text, compose_code(country, sector), country, sector, owner.name, "agent", head)
        e = chain[0].entry if all(p.entry.kind == "country" for p in chain) else last.entry
        if e.kind == "country" and e.compose_only:
            return None  # a region's adjective alone ("Western criticism") names no actor
        if e.kind == "country" and start > 0 and word_at(doc, start - 1).lower_ == "ethnic":
            # "ethnic Albanians in Serbia": a minority, coded as civilians of the country they live in.
            return Mention(start - 1, end, span_text(doc[start - 1:end]), "CVL", None, "CVL", None, "agent", head)
        if e.kind == "country" and e.people and e.country and len(chain) == 1 and counted_people(root):
            # "thousands of Egyptians protested", "killed nine Palestinians": people, coded as civilians
            return Mention(start, end, text, compose_code(e.country, "CVL"), e.country, "CVL", e.name, "agent", head)
        kind = {"capital": "capital", "organization": "organization"}.get(e.kind, "country")
        assert e.code is not None, e  # a country, capital or organisation has its code
        return Mention(start, end, text, e.code, e.country, e.sector, e.name, kind, head)


# ---------------------------------------------------------------------------- shortcuts
class _SentenceTowns:
    """The country of the town a word of one sentence names, for the place searches: the countries the sentence
    names (read once, at the first lookup) pick among same-named towns."""

    def __init__(self, sent: Span, counts: frozenset[str]) -> None:
        from . import places   # the gazetteer is built once per process, on first need

        self.gazetteer = places.Gazetteer.default()
        self.sent, self.counts = sent, counts
        self.named: set[str] | None = None

    def country_of(self, tok: Token) -> set[str]:
        """The country of the town ``tok`` names, as a set of none or one."""
        from . import places

        if self.named is None:
            self.named = self.gazetteer.countries_in(self.sent)
        loc = places.place_of_noun([tok], self.gazetteer, self.named, self.counts)
        return {loc.country} if loc is not None and loc.country else set()


def _acted_on(doc: Doc, agent: Mention, asides: bool = False) -> set[int]:
    """(target59) "Israel's chief of staff said the army would strike at Syria", "the army searched the Chinese consulate,
    accusing Peking of links with the coup": the words of what a force named without its country acts on (the objects,
    complements and asides of the verb it is the subject of) name its target, not whose force it is."""
    head = word_at(doc, agent.head)
    if head.dep_ != "nsubj" or head.head.i == head.i or head.head.pos_ not in {"VERB", "AUX"}:
        return set()
    # (not a clause with a doer of its own, "arrested ten people after the prime minister said ...", unless ``asides``:
    # then the force's own "if raids by Fatah saboteurs continued" is no clause that names whose force it is either)
    return {t.i for c in head.head.children if c.i > head.i and c.dep_ in ACTED_ON_DEPS
            and (asides or not (c.dep_ in {"advcl", "xcomp"} and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)))
            for t in c.subtree}


def _own_phrase(noun: Token) -> list[Token]:
    """A noun's words without the phrases of place, relative clauses and participles hung on it or on its words
    ("Paktia province", not "near the Pakistani border" after it); "of" phrases are its own ("the town of Kidal")."""
    out = []
    stack = [noun]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in {"prep", "relcl", "acl"} or c.lower_ == "of")
    return out


def names_a_border(tok: Token) -> bool:
    """(dyad46) "seizing border crossings with China", "near the Pakistani border": a country named as a border's
    other side or by its adjective (event_cues shared_border_nouns) says where things are, on either side of it; it is
    no state acting in the sentence (a possessor, "near Egypt's border with Gaza", says on whose side)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.i != head.i:
        head = head.head
    elif tok.dep_ not in {"amod", "compound", "nmod"}:
        return False
    # "border crossings", "the border posts": the noun the border word modifies
    return head.lemma_.lower() in _BORDER_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _BORDER_NOUNS for c in head.children)


_BORDER_NOUNS = lexicon.words("event_cues", "shared_border_nouns")


def _listed_country(found: set[str], codes: dict[str, str]) -> str | None:
    """The one country of ``found``, when the dictionaries list it as a country (not a region, a bloc or a body): the
    answer of the place searches that collect the countries a sentence names in some role."""
    if len(found) != 1:
        return None
    country = next(iter(found))
    return country if codes.get(country) == "country" else None


def compose_code(country: str | None, sector: str | None) -> str:
    """The actor code of a country (or an owner's code) and a sector: ("RUS", "MIL") -> "RUSMIL"."""
    return (country or "") + (sector or "")


def resolve(name: str, date: str | dt.date | None = None) -> schema.Actor | None:
    """Resolve one name with the packaged dictionaries: ``resolve("Joe Biden", "2023-05-01").code == "USAGOV"``."""
    return ActorDictionary.default().resolve(name, date)


# ---------------------------------------------------------------------------- states by date
@dataclass(frozen=True)
class DatedState:
    """A country's land as it stood before it was a state of its own (data/actors/dated_states.tsv):
    Armenia was the Soviet Union's (``SUN``) until 1991-12-26; Leipzig East Germany's until 1990-10-03."""

    country: str
    state: str
    until: str
    places: re.Pattern[str] | None   # only actors placed in these towns (East Germany's, not the West's)
    keeps: frozenset[str] = frozenset()   # (target58) sectors that keep the country's own code (BGD's REB in 1971)


@lru_cache(maxsize=1)
def _junta_rule() -> tuple[tuple[str, str, str], ...]:
    """(country, from, until) of each junta's rule (data/actors/juntas.tsv); until "" while it rules."""
    out = []
    for row in read_tsv("actors/juntas.tsv"):
        country, start, until = str(row["country"]), str(row["from"]), str(row.get("until") or "")
        check_date(start)
        if until:
            check_date(until)
        out.append((country, start, until))
    return tuple(out)


@lru_cache(maxsize=1)
def _dated_states() -> dict[str, DatedState]:
    out: dict[str, DatedState] = {}
    for row in read_tsv("actors/dated_states.tsv"):
        country, state, until = str(row["country"]), str(row["state"]), str(row["until"])
        check_date(until)
        names = _split(row.get("places"))
        places = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None
        keeps = frozenset(_split(row.get("keeps")))
        out[country] = DatedState(country, state, until, places, keeps)
    return out


def state_on(actor: schema.Actor | None, date: str | None, sentence: str) -> schema.Actor | None:
    """``actor`` as the state its country belonged to on ``date``: "Azerbaijanis", "the Lithuanian
    parliament", the people of Sumgait in 1988 are the Soviet Union's (``SUNCVL``, ``SUNLEG``); the
    crowds of Leipzig in 1989 East Germany's. An actor named by the country's own name ("Lithuania")
    keeps it; a country whose land was only partly the other state's (Germany) changes only for an
    actor placed in one of the listed towns (named in ``sentence``) and named by no word of its own
    country ("people", "police"; not "West German police")."""
    if actor is None or date is None or not actor.country:
        return actor
    row = _dated_states().get(actor.country)
    if row is None or date >= row.until or not actor.code.startswith(actor.country):
        return actor
    if actor.code[len(actor.country):][:3] in row.keeps:   # (target58) the Mukti Bahini in 1971: Bangladesh's rebels, not Pakistan's
        return actor
    text = LEADING_THE.sub("", actor.text.strip())
    if key_of(text) == key_of(ActorDictionary.default().country_names.get(actor.country) or ""):
        return actor
    if row.places is not None and not row.places.search(text) and (
            _names_own_country(text) or not row.places.search(sentence)):
        return actor
    return replace(actor, code=row.state + actor.code[len(actor.country):], country=row.state)


@lru_cache(maxsize=1)
def _colonies() -> dict[str, tuple[str, str]]:
    """colony -> (colonial power, the day of independence) (data/actors/colonies.tsv)."""
    out: dict[str, tuple[str, str]] = {}
    for row in read_tsv("actors/colonies.tsv"):
        until = str(row["until"])
        check_date(until)
        out[str(row["colony"])] = (str(row["power"]), until)
    return out


# (target55) The organs of a colony's state that were the colonial power's (data/actors/colonies.tsv).
COLONIAL_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


def colonial_on(actor: schema.Actor | None, date: str | None) -> schema.Actor | None:
    """(target55) ``actor`` as the colonial power's when it is an organ of a colony's state before its independence
    (data/actors/colonies.tsv): "the Governor of Kenya", "police in Nairobi", "the Malayan police" in 1952 are
    Britain's (GBRGOV, GBRCOP), as the gold codes colonial authorities. A person named (a leader of the colony's own
    people holds his own code), the colony named by its own name, and its people, parties and rebels keep theirs."""
    if actor is None or date is None or not actor.country:
        return actor
    row = _colonies().get(actor.country)
    if row is None or date >= row[1] or actor.sector not in COLONIAL_ORGANS \
            or not actor.code.startswith(actor.country):
        return actor
    if actor.name:
        entry = ActorDictionary.default().lookup(actor.name, date=date)
        if entry is not None and entry.kind == "person":
            return actor
    return replace(actor, code=row[0] + actor.code[len(actor.country):], country=row[0])


@dataclass(frozen=True)
class HeldLand:
    """Land of ``country`` held by ``holder`` from ``start`` until ``until`` ("" while held): data/actors/held_places.tsv."""
    country: str
    holder: str
    start: str
    until: str
    places: re.Pattern[str]


@lru_cache(maxsize=1)
def _held_lands() -> tuple[HeldLand, ...]:
    out = []
    for row in read_tsv("actors/held_places.tsv"):
        start, until = str(row["from"]), str(row.get("until") or "")
        check_date(start)
        if until:
            check_date(until)
        names = _split(row.get("places"))
        places = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
        out.append(HeldLand(str(row["country"]), str(row["holder"]), start, until, places))
    return tuple(out)


# (assault41) Acts of violence: a place they are aimed at in held land is the holder's (held_places.tsv).
HELD_PLACE_ROOTS = taxonomy.roots("place_target")


@lru_cache(maxsize=1)
def _territorial_codes() -> tuple[str, ...]:
    """Code prefixes of acts on territory (data/events/event_words.yaml territorial_codes: occupation, 192)."""
    from .event_words import event_words

    return tuple(sorted(event_words().territorial_codes))


def held_place(target: schema.Actor | None, date: str | None, code: str) -> schema.Actor | None:
    """(assault41) The target of an act of violence (CAMEO roots of the class place_target) named by a place in land
    another power holds on ``date`` ("an explosion damaged the Kerch bridge" in 2022) as the holder, the country that
    controls it (data/actors/held_places.tsv; the gold README: "Crimea -> RUS as the controlling state"). Only a bare
    place of that land (no sector): its people or officials named as such keep their own country. The people a
    bombing of such a place killed, read from the place ("a bomb went off at a bus stop in Sevastopol, wounding four
    people": the place's civilians), are the holder's too."""
    if target is None or date is None or code[:2] not in HELD_PLACE_ROOTS \
            or any(code.startswith(p) for p in _territorial_codes()):
        return target   # the taking of the land ("absorbing Crimea into Russia", 192) is aimed at the state it belongs to
    for land in _held_lands():
        if target.country == land.country and target.code == land.country + (target.sector or "") \
                and land.start <= date and (not land.until or date < land.until) \
                and (land.places.fullmatch(target.text) if target.sector else land.places.search(target.text)):
            return replace(target, code=land.holder + (target.sector or ""), country=land.holder)
    return target


def _names_own_country(text: str) -> bool:
    """Whether an actor's words name a place or country ("West German police", "German government"):
    a capitalised word after the first, or a first word the dictionaries know as a country or capital
    ("Some 70,000 people", "Police" do not)."""
    words = text.split()
    if any(w[:1].isupper() for w in words[1:]):
        return True
    entry = ActorDictionary.default().lookup(words[0]) if words else None
    return entry is not None and entry.kind in {"country", "capital"}


def _venue_for(agent: Mention, place: Token) -> bool:
    """(dyad30) ``place`` is the venue of a meeting (:func:`places.venue_of_meeting`) that places none of those who
    came to it ("the two presidents met in Geneva", "talks between the government and the opposition resumed in
    Mexico City"); the one met there, the meeting verb's object or its "with" partner, is of the place as before
    ("Norwegian envoys met rebel leaders in Kilinochchi")."""
    from . import places

    if not places.venue_of_meeting(place):
        return False
    verb = place.head.head
    tok = word_at(place.doc, agent.head)
    while tok.dep_ in {"conj", "appos", "compound", "amod"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.head.i == verb.i and tok.dep_ in {"dobj", "obj"}:
        return False
    return not (tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i == verb.i)


def _nearest_place(tokens: Iterable[Token], covered: set[int], gazetteer: Any, named: Any, article: frozenset[str],
                   agent: Mention) -> str | None:
    """The country of the place phrase ("in Pahalgam", "near Haifa") among ``tokens`` nearest the agent, whose
    object is no actor mention (``covered``); None when no such phrase names a place with a country.

    The phrases are tried nearest first and the first that names a place wins; at most
    ``MAX_PLACE_PHRASES`` are tried, so a run-on "sentence" of hundreds of "of" phrases (a scraped list) costs
    no more per agent than a long news sentence (each try reads the gazetteer)."""
    from . import places

    preps = sorted((prep for prep in tokens
                    if prep.dep_ == "prep" and prep.lower_ in LOCATING_PREPOSITIONS),
                   key=lambda prep: (abs(prep.i - agent.start), prep.i))
    tried: list[Token] = []
    for prep in preps[:MAX_PLACE_PHRASES]:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        # (target48) "in Paktia province near the Pakistani border": a name in a phrase of its own on the place says
        # where the place lies; it does not make the place an actor's
        if not objs or any(t.i in covered for o in objs for t in _own_phrase(o)):
            continue
        if any(_venue_for(agent, o) for o in objs):
            continue   # (dyad30) "the two presidents met in Geneva": the venue places none who came to meet
        loc = places._place_of(prep, gazetteer, named, article)
        if loc is not None and loc.country:
            return str(loc.country)
        tried.append(prep)
    # (bare32) then a town naming a site of a place phrase ("at Quetta railway station"), nearest first
    return next((town for prep in tried if prep.lower_ != "of" for o in prep.children if o.dep_ == "pobj"
                 for town in [_compound_town(o, gazetteer, named, article)] if town), None)


def _compound_town(noun: Token, gazetteer: Any, named: Any, article: frozenset[str]) -> str | None:
    """(bare32) "among soldiers ... at Quetta railway station", "rallied outside Istanbul city hall": the country of a
    town (not a country: those are actor mentions) whose name modifies a site noun of the place phrase (place_cues
    town_site_nouns), through lower-case compounds between ("railway", "city"); not an act named after its town ("in
    the Mumbai attacks") nor a feature ("near Boni forest", "the Pahalgam valley"), whose name is no town's."""
    from . import places

    if noun.text[:1].isupper() or noun.pos_ != "NOUN" or noun.lemma_.lower() not in TOWN_SITE_NOUNS:
        return None
    doc = noun.doc
    k = noun.i
    while k - 1 >= noun.left_edge.i and word_at(doc, k - 1).dep_ == "compound" and word_at(doc, k - 1).text.islower():
        k -= 1   # the lower-case compounds right before the noun ("city", "railway")
    end = k
    while k - 1 >= noun.left_edge.i and word_at(doc, k - 1).pos_ == "PROPN" and word_at(doc, k - 1).dep_ == "compound" \
            and word_at(doc, k - 1).text[:1].isupper():
        k -= 1
    if k == end or places.names_a_pact(word_at(doc, end - 1)) or places._in_feature_name(doc, k, end):
        return None
    place = gazetteer.place(doc[k:end].text, named, article)
    return str(place.country) if place is not None and place.country and place.kind != "country" else None


# (bare32) Sites a town's name modifies ("Quetta railway station", "Istanbul city hall"): place_cues town_site_nouns.
TOWN_SITE_NOUNS = lexicon.words("place_cues", "town_site_nouns")
FOREIGN_MODIFIERS = lexicon.words("actor_cues", "foreign_modifiers")
MEMBER_WORDS = lexicon.words("actor_cues", "member_words")
MEMBER_GROUP_SECTORS = frozenset(s.upper() for s in lexicon.words("actor_cues", "member_group_sectors"))

# The place phrases nearest an agent that _nearest_place reads (a news sentence has fewer than ten).
MAX_PLACE_PHRASES = 40


# (target54) The least population of a town that another spelling names for ``_one_town_country(own_name=True)``:
# "Derna" is Darnah (over 100,000 people), "Bassa" is no name of Passau's to trust.
OTHER_SPELLING_POPULATION = 100_000


def _town_alone(tok: Token) -> bool:
    """(target54) A proper noun that may name a town for ``_one_town_country``: one standing alone ("on Jos", "between
    Djibo and Arbinda"), or naming a place or a site ("Kasese town", "Kumasi market"); not one naming a thing after
    its town ("the Mumbai attacks", "near the Boni forest")."""
    from . import places   # the gazetteer is built once per process, on first need

    head = tok.head
    if tok.dep_ == "compound" and head.i != tok.i and head.pos_ == "NOUN":
        return head.lemma_.lower() in places.PLACE_NOUNS or head.lemma_.lower() in TOWN_SITE_NOUNS
    return True


def _one_town_country(doc: Doc, agent: Mention, mentions: list[Mention], article: frozenset[str],
                      fits: Callable[[Token], bool], compound_only: bool, own_name: bool = False) -> str | None:
    """The one country of the towns (not countries) the agent's sentence names in a place ``fits`` accepts
    (capitalised proper nouns outside actor mentions, the whole name: "Kryvyi Rih"); towns of two countries, none.
    With ``own_name`` a small town counts only named by its own name, not by another spelling of the gazetteer's."""
    from . import places   # the gazetteer is built once per process, on first need

    sent = word_at(doc, agent.head).sent
    covered = {i for m in mentions for i in range(m.start, m.end)}
    gazetteer = places.Gazetteer.default()
    named = gazetteer.countries_in(sent)
    found = set()
    for tok in tokens(sent):
        if tok.pos_ != "PROPN" or tok.i in covered or not tok.text[:1].isupper() or not fits(tok):
            continue
        if places.names_a_way(tok):
            continue   # (mine43) "on Gaza City's Rashid road": a road's name, no town
        start = tok.i
        while start > sent.start and word_at(doc, start - 1).pos_ == "PROPN" and word_at(doc, start - 1).i not in covered and (
                not compound_only or word_at(doc, start - 1).dep_ == "compound"):
            start -= 1
        if tok.i + 1 < sent.end and word_at(doc, tok.i + 1).text == "(":
            # (mine48) a bracket after the town says where it is: "shelled Palma (Cabo Delgado)" is Mozambique's
            # Palma, not Majorca's
            bracketed = places._bracketed_areas(doc[tok.i + 1:sent.end], gazetteer)
            if bracketed:
                found |= bracketed
                continue
        text = doc[start:tok.i + 1].text
        place = gazetteer.place(text, named, article)
        if place is not None and places.town_abroad_in_feature(doc, start, tok.i + 1, place):
            continue   # (target60) "along the San Miguel river", "in Victoria Park": a feature's or site's name, no town
        if own_name and place is not None and place.population < OTHER_SPELLING_POPULATION \
                and places.normalize(place.name) != places.normalize(text):
            continue
        if place is not None and place.country and place.kind != "country":
            found.add(place.country)
    return found.pop() if len(found) == 1 else None
