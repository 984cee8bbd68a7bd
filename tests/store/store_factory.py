"""Hand-built coding results for the store tests (and the kill-test writer subprocess)."""

from __future__ import annotations

import datetime as dt
import hashlib

from foedus.schema import Actor, Article, CodingResult, Event, Location, Plover, Policy, Quote, Commitment
from foedus.store import ArticleRecord

ACTORS = {
    "KORGOV": Actor(text="Seoul", code="KORGOV", country="KOR", sector="GOV", name="South Korean government"),
    "KOR": Actor(text="South Korea", code="KOR", country="KOR", name="South Korea"),
    "KORMIL": Actor(text="the South Korean army", code="KORMIL", country="KOR", sector="MIL",
                    name="South Korean military"),
    "RUSGOV": Actor(text="the Kremlin", code="RUSGOV", country="RUS", sector="GOV", name="Russian government"),
    "RUS": Actor(text="Russia", code="RUS", country="RUS", name="Russia"),
    "UKR": Actor(text="Ukraine", code="UKR", country="UKR", name="Ukraine"),
    "PRKMIL": Actor(text="North Korean troops", code="PRKMIL", country="PRK", sector="MIL",
                    name="North Korean military"),
    "IGOUNO": Actor(text="the United Nations", code="IGOUNO", name="United Nations"),
    "DEUGOV": Actor(text="Berlin", code="DEUGOV", country="DEU", sector="GOV", name="German government"),
    "SRBGOV": Actor(text="Belgrade", code="SRBGOV", country="SRB", sector="GOV", name="Serbian government"),
}

# cameo -> (root, name, quad_class, goldstein, plover type, plover mode)
CODES = {
    "036": ("03", "Express intent to meet or negotiate", 1, 4.0, "CONSULT", None),
    "042": ("04", "Make a visit", 1, 1.9, "CONSULT", "visit"),
    "0332": ("03", "Express intent to provide military aid", 1, 5.2, "AID", "military"),
    "111": ("11", "Criticize or denounce", 3, -2.0, "ACCUSE", None),
    "112": ("11", "Accuse", 3, -2.0, "ACCUSE", None),
    "163": ("16", "Impose embargo, boycott, or sanctions", 4, -8.0, "SANCTION", None),
    "190": ("19", "Use conventional military force", 4, -10.0, "ASSAULT", None),
    "010": ("01", "Make statement", 1, 0.0, None, None),
}

SEOUL = Location(name="Seoul", country="KOR", lat=37.5665, lon=126.978)
MOSCOW = Location(name="Moscow", country="RUS", lat=55.7558, lon=37.6173)


def make_event(article_id: str, n: int, source: str | None, target: str | None, cameo: str, date: str | None,
               modality: str = "asserted", location: Location | None = None, sentence: int = 0) -> Event:
    root, name, quad, gold, ptype, pmode = CODES[cameo]
    return Event(
        id=f"{article_id}-e{n}", sentence=sentence, evidence=f"Sentence {sentence} of {article_id}.",
        span=[10 * n, 10 * n + 8], source=ACTORS[source] if source else None,
        target=ACTORS[target] if target else None, cameo=cameo, root=root, cameo_name=name, quad_class=quad,
        goldstein=gold, plover=Plover(type=ptype, mode=pmode), modality=modality, date=date,
        date_precision="day" if date else None, location=location, confidence=0.8,
        flags=[{"rule": "test rule", "reason": "made up for a test"}] if cameo == "0332" else [],
    )


def make_article(article_id: str, date: str | None, events: list[tuple], text: str | None = None,
                 story_id: str | None = None, source: str = "Test Wire", quotes: int = 1,
                 url: str | None = None) -> tuple[ArticleRecord, CodingResult]:
    """``events``: tuples (source, target, cameo[, modality[, location[, event date]]])."""
    text = text or f"Article {article_id} dated {date}: " + " ".join(str(e) for e in events)
    built = []
    for n, spec in enumerate(events):
        src, tgt, cameo, *rest = spec
        modality = rest[0] if len(rest) > 0 else "asserted"
        location = rest[1] if len(rest) > 1 else None
        ev_date = rest[2] if len(rest) > 2 else date
        built.append(make_event(article_id, n, src, tgt, cameo, ev_date, modality, location, sentence=n))
    result = CodingResult(
        article=Article(id=article_id, title=f"Title of {article_id}", date=date, source=source,
                        sentences=[f"Sentence {i}." for i in range(max(1, len(events)))]),
        events=built,
        quotes=[Quote(text=f"We said something number {i}", speaker=ACTORS["KORGOV"], sentence=0, span=[0, 5])
                for i in range(quotes)],
        actors=[ACTORS[c] for c in {c for e in events for c in e[:2] if c}],
        commitments=[],
        policies=[],
    )
    record = ArticleRecord(
        id=article_id, content_hash=hashlib.sha256(text.encode()).hexdigest(), story_id=story_id,
        title=f"Title of {article_id}", date=date, source=source, url=url or f"https://news.example/{article_id}",
        origin=f"/corpus/{article_id}.txt", text=text,
        ingested_at=dt.datetime(2024, 7, 1, 12, 30, 0),
    )
    return record, result


def with_commitment_and_policy(item: tuple[ArticleRecord, CodingResult]) -> tuple[ArticleRecord, CodingResult]:
    _, result = item
    result.commitments.append(Commitment(
        parties=[ACTORS["RUS"], ACTORS["PRKMIL"]], kind="mutual_defense", trigger="armed attack",
        obligation="provide military assistance", strength=3, conditions=["if attacked"], source=ACTORS["RUSGOV"],
        treaty="RUS-PRK-2024", agrees_with_registry=True, sentences=[0], evidence="They pledged assistance."))
    result.policies.append(Policy(actor=ACTORS["KORGOV"], policy="arms_to_ukraine", shift=True,
                                  signals=["considering"], date="2024-06-20", sentences=[0]))
    return item


def numbered_article(i: int) -> tuple[ArticleRecord, CodingResult]:
    """Deterministic article ``i`` with 1 + i % 5 events, for the kill test and loops."""
    day = (dt.date(2024, 1, 1) + dt.timedelta(days=i % 180)).isoformat()
    pairs = [("KORGOV", "RUSGOV", "111"), ("RUSGOV", "UKR", "190"), ("KOR", "UKR", "0332"),
             ("IGOUNO", "PRKMIL", "163"), ("KORMIL", "PRKMIL", "042")]
    events = [pairs[(i + k) % len(pairs)] for k in range(1 + i % 5)]
    return make_article(f"art{i:06d}", day, events, text=f"Numbered article {i} " + "x" * (i % 7))


def small_corpus() -> list:
    """Six articles over June 2024 whose counts the query tests assert on."""
    return [
        with_commitment_and_policy(make_article("seoul-1", "2024-06-03", [
            ("KORGOV", "RUSGOV", "111", "asserted", SEOUL),
            ("KORGOV", "UKR", "0332", "considered", SEOUL),
        ], story_id="story-arms", source="Yonhap")),
        make_article("seoul-1-copy", "2024-06-03", [("KORGOV", "RUSGOV", "111")], story_id="story-arms",
                     source="Korea Herald", text="A wire copy of the Seoul story, published by another outlet."),
        make_article("moscow-1", "2024-06-05", [
            ("RUSGOV", "KORGOV", "112", "asserted", MOSCOW),
            ("RUS", "UKR", "190", "asserted", None),
        ], source="TASS"),
        make_article("un-1", "2024-06-12", [("IGOUNO", "PRKMIL", "163")], source="UN News"),
        make_article("seoul-2", "2024-06-19", [
            ("KORMIL", "RUSGOV", "190", "negated", None),
            ("KOR", "RUS", "036", "intended", None),
            (None, "UKR", "010", "asserted", None),
        ], source="Yonhap"),
        make_article("undated-1", None, [("KORGOV", "RUS", "042")], source="Blog"),
    ]
