"""Hostile input through the whole pipeline (the texts of bench/stress_inputs.py, at small sizes): each
article is coded or gets its numbered error record, and nothing else is lost; invisible format characters
no longer hide a verb or a name (W123); a text made mostly of names is not refused as foreign (E108); the
memos that took the per-event sentence scans out of coding give what the scans gave. No timing here: the
growth figures are the bench script's (bench/stress_inputs.py)."""

from __future__ import annotations

import dataclasses

import gc
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from foedus.cli import main
from foedus.coder import learned, pipeline, places
from foedus.ingest import records

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import stress_inputs as stress  # noqa: E402

DATE = "2025-03-06"
FIRST = "Kenya accused Somalia of shelling border villages on Monday."
LAST = "Egypt and Sudan signed an agreement on the sharing of river water in Cairo."
# (id, text, None) for a record that must be coded; (id, raw line, error code) for one that must be refused
CORPUS = [
    ("first", FIRST, None),
    (None, '{"id": "broken", "text": "Chile praised Peru', "E105"),             # cut-off JSON
    (None, '["Chile", "praised", "Peru"]', "E105"),                              # not an object
    ("empty", "", "E106"),
    ("blank", " \n\t\u3000 ", "E106"),
    ("escapes", None, None),   # written raw below: NUL, a lone surrogate and joiners as JSON escapes
    ("joiners", "Kenya\u200f accused\u200d Somalia \U0001F525 of shelling border\u00ad villages.", None),
    ("caps", "POLICE IN NAIROBI ARRESTED DOZENS OF STUDENTS WHO MARCHED ON PARLIAMENT.", None),
    ("markdown", stress.markdown_table(6), None),
    ("coordination", stress.coordination(60), None),
    ("relatives", stress.nested_relatives(40), None),
    ("nostops", stress.no_full_stops(150), None),
    ("quotes", stress.many_quotes(10), None),
    ("names", stress.repeated_name(150), None),
    ("nospaces", stress.no_spaces(250), None),
    ("attacks", stress.repeated_word(200), "E108"),          # no language at all
    ("html", stress.html_table(30), None),                   # a page in a JSON text field: read as HTML (W124)
    ("last", LAST, None),
]
ESCAPES = ('{"id": "escapes", "date": "%s", "text": "Kenya\\u0000 accused\\u200d Somalia \\ud800of '
           'shelling\\u202e border villages."}' % DATE)


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for ident, text, error in CORPUS:
        if ident == "escapes":
            lines.append(ESCAPES)
        elif ident is None:
            lines.append(text)
        else:
            lines.append(json.dumps({"id": ident, "date": DATE, "text": text}))
    path = folder / "hostile.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def coded(events: list[dict], code: str, source: str, target: str) -> bool:
    return any(e["cameo"] == code and (e["source"] or {}).get("country") == source
               and (e["target"] or {}).get("country") == target for e in events)


@pytest.fixture(scope="module")
def code_run(tmp_path_factory, nlp):
    path = write_corpus(tmp_path_factory.mktemp("hostile"))
    res = CliRunner().invoke(main, ["code", str(path), "-j", "1", "--time-limit", "0"])
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    return path, res, rows


def test_every_record_is_coded_or_has_its_numbered_error_in_order(code_run):
    path, res, rows = code_run
    assert res.exit_code == 0, res.output
    expected = [(ident, error) for ident, _, error in CORPUS]
    assert len(rows) == len(expected)
    for n, (row, (ident, error)) in enumerate(zip(rows, expected), start=1):
        if error is None:
            assert row["article"]["id"] == ident
        else:
            assert row["error"].startswith(f"[{error}]") and row["where"] == f"{path}:{n}"
            assert f"line {n}" in row["error"] or f":{n}:" in row["error"]
    assert "Traceback" not in res.output


def test_the_good_articles_around_the_hostile_ones_are_coded_in_full(code_run):
    _, _, rows = code_run
    by_id = {r["article"]["id"]: r for r in rows if "article" in r}
    assert coded(by_id["first"]["events"], "112", "KEN", "SOM")
    assert coded(by_id["last"]["events"], "057", "EGY", "SDN")
    # the event inside the control characters, the surrogate and the joiners is still found
    assert coded(by_id["escapes"]["events"], "112", "KEN", "SOM")
    assert {w[:6] for w in by_id["escapes"]["warnings"]} >= {"[W120]", "[W123]"}
    assert coded(by_id["joiners"]["events"], "112", "KEN", "SOM")
    # the markdown table's sentences before and after it, and its rows, are read
    assert coded(by_id["markdown"]["events"], "112", "KEN", "SOM")
    # the verb at the end of the coordination of 60 countries is found, with the invaded country
    assert any(e["cameo"].startswith("11") and (e["target"] or {}).get("country") in {"UKR", "RUS"}
               for e in by_id["coordination"]["events"])
    # the sentence of 150 words without a full stop: its clauses' acts, by their own actors
    nostops = by_id["nostops"]["events"]
    assert coded(nostops, "112", "ALB", "ARG") and len(nostops) >= 10
    assert by_id["nospaces"]["warnings"][0].startswith("[W122]")
    # the page in a text field: its paragraphs and the rows of its table, without the tags
    html = by_id["html"]
    assert html["warnings"][0].startswith("[W124]") and coded(html["events"], "112", "KEN", "SOM")
    assert not any("<" in s for s in html["article"]["sentences"])


def test_ingest_stores_every_good_article_and_lists_the_others(tmp_path, nlp):
    from foedus.ingest import ingest
    from foedus.store import Store

    path = write_corpus(tmp_path / "in")
    summary = ingest([path], tmp_path / "h.duckdb", workers=1, progress=False, coder=pipeline.Coder(nlp, time_limit=0))
    good = [ident for ident, _, error in CORPUS if error is None]
    refused = [error for _, _, error in CORPUS if error is not None]
    assert summary.new == len(good)
    assert sorted(reason[1:5] for _, reason in summary.bad) == sorted(refused)
    with Store(tmp_path / "h.duckdb", read_only=True) as store:
        for ident in good:
            assert store.article(ident) is not None, ident
        assert "\u200d" not in store.article("joiners")["text"]


@pytest.mark.parametrize("text", [
    "Kenya accused\u200d Somalia of shelling border villages.",        # zero-width joiner after the verb
    "Kenya\u200e accused Somalia\u200f of shelling border villages.",  # direction marks after the names
    "Ken\u00adya accused Soma\u00adlia of shelling border villages.",   # soft hyphens inside the names
    "Kenya ac\u2060cused Somalia of shel\ufeffling border villages.",  # word joiner, byte-order mark
    "\u202bKenya accused Somalia of shelling border villages.\u202c",  # a right-to-left embedding around it
])
def test_invisible_characters_hide_no_verb_and_no_name(nlp, text):
    result = pipeline.Coder(nlp).code_text(text, date=DATE)
    assert [(e.cameo, e.source.country, e.target.country) for e in result.events
            if e.source and e.target] == [("112", "KEN", "SOM")]
    assert any(w.startswith("[W123]") for w in result.warnings)
    assert result.article.sentences == ["Kenya accused Somalia of shelling border villages."]


def test_a_zero_width_space_is_a_word_break_and_clean_text_is_unchanged():
    text, notes = records.clean_text("Kenya\u200baccused Somalia.", "t")
    assert text == "Kenya accused Somalia." and notes[0].startswith("[W123]") and "U+200B" in notes[0]
    assert records.clean_text(FIRST, "t") == (FIRST, [])
    # accents, emoji and right-to-left letters are text, not format characters: kept
    kept = "Bogot\u00e1 \U0001F525 \u05e9\u05dc\u05d5\u05dd"
    assert records.clean_text(kept, "t") == (kept, [])


def test_names_do_not_make_an_english_text_foreign_and_foreign_text_is_still_refused():
    assert records.not_english_reason(stress.coordination(300)) is None
    assert records.not_english_reason(FIRST.upper() + " " + LAST.upper()) is None
    german = ("Die Regierung in Berlin hat am Montag die Entscheidung der Kommission in Brüssel kritisiert, "
              "weil sie nicht mit den Ländern abgestimmt wurde und die Bauern in Bayern und Sachsen "
              "schwer belastet, sagte der Minister für Landwirtschaft vor dem Bundestag.")
    french = ("Le gouvernement a annoncé lundi que les négociations avec les syndicats seraient reprises "
              "dans les prochains jours, mais les dirigeants de la grève ont dit qu'ils ne reculeraient pas.")
    assert "other languages" in records.not_english_reason(german)
    assert "other languages" in records.not_english_reason(french)
    assert "common English words" in records.not_english_reason(stress.repeated_word(100))


def test_the_target_options_are_the_nearest_ones_whatever_the_number_of_actors(nlp, monkeypatch):
    """The options of a candidate are built from the nearest actors first and stop at MAX_OPTIONS of
    them: the same options as building them all and keeping the MAX_OPTIONS nearest."""
    calls = []
    real = learned.options

    def spy(finder, sent, cand, co_agents=()):
        out = real(finder, sent, cand, co_agents)
        calls.append((finder, sent, cand, list(co_agents), out))
        return out

    monkeypatch.setattr(learned, "options", spy)
    # every event scored, as with replacing on (the shipped model scores only events with no target)
    shipped = learned.default_model()
    monkeypatch.setattr(learned, "default_model", lambda: dataclasses.replace(shipped, replace=learned.OFF - 1))
    text = stress.no_full_stops(200) + ". " + stress.coordination(30)
    pipeline.Coder(nlp, time_limit=0).code_text(text, date=DATE)
    monkeypatch.setattr(learned, "options", real)
    crowded = [c for c in calls if sum(o.kind == "actor" for o in c[4]) == learned.MAX_OPTIONS]
    assert len(calls) >= 20 and crowded   # some candidates have more actors around than options kept
    for finder, sent, cand, co, got in calls:
        monkeypatch.setattr(learned, "MAX_OPTIONS", 10**9)
        every = real(finder, sent, cand, co)
        monkeypatch.setattr(learned, "MAX_OPTIONS", 24)
        if every[-1].kind == "rule":
            every = every[:-1]
        if len(every) - 1 > 24:
            t = cand.trigger.i
            near = sorted(range(1, len(every)), key=lambda n: (abs((every[n].word or t) - t), n))[:24]
            every = [every[0]] + [every[n] for n in sorted(near)]
        rule = cand.target
        if rule is not None and not any(o.named is not None and o.named.same(rule) and o.word == rule.word
                                        for o in every):
            every.append(learned.Option(rule, "rule", rule.word))
        assert [(o.kind, o.word) for o in got] == [(o.kind, o.word) for o in every]


def test_the_per_sentence_memos_give_copies_and_go_with_their_text(nlp):
    doc = nlp("Troops from Chad and Niger crossed into Mali, and Nigeria condemned the raid.")
    gazetteer = places.Gazetteer.default()
    sent = next(iter(doc.sents))
    first = gazetteer.countries_in(sent)
    assert first == {"TCD", "NER", "MLI", "NGA"}
    first.add("FRA")   # a caller's change does not reach the memo
    assert gazetteer.countries_in(sent) == {"TCD", "NER", "MLI", "NGA"}
    assert gazetteer.countries_in(doc[0:5]) == {"TCD", "NER"}
    assert len(places._COUNTRIES_MEMO) >= 1
    pipeline.Coder(nlp).code_doc(doc, None)
    del doc, sent
    gc.collect()
    assert len(places._COUNTRIES_MEMO) == 0 and len(places._PREPS_MEMO) == 0 and len(learned._PARTS) == 0


def test_a_long_run_of_one_name_is_coded(nlp):
    """ "Iran Iran ... Iran condemned Israel": the name chain is walked a bounded number of steps."""
    result = pipeline.Coder(nlp, time_limit=0).code_text(stress.repeated_name(200), date=DATE)
    assert any(e.cameo.startswith("11") and e.target is not None and e.target.country == "ISR" for e in result.events)


@pytest.mark.parametrize("text, plain", [
    ("<p>Kenya accused Somalia.</p><p>Chad &amp; Niger met.</p>", "Kenya accused Somalia.\nChad & Niger met."),
    ("<div>Peru <b>expelled</b> two diplomats</div><script>var ad = 1;</script><!-- ad -->",
     "Peru expelled two diplomats"),
    ("<table><tr><td>Chile</td><td>protested</td></tr><tr><td>Bolivia</td><td>agreed</td></tr></table>",
     "Chile protested\nBolivia agreed"),
    ("Oman said a <i>truce</i> was near.<br>Yemen denied it.", "Oman said a truce was near.\nYemen denied it."),
])
def test_markup_in_a_text_field_is_read_as_html(text, plain):
    got, notes = records.markup_to_text(text, "t")
    assert got == plain and notes[0].startswith("[W124]")


@pytest.mark.parametrize("text", ["Iran said x < y and 3 > 2 on Monday.", "Kenya accused Somalia <3 times.",
                                  "Only one <b>tag here."])
def test_plain_text_with_a_stray_angle_bracket_is_left_alone(text):
    assert records.markup_to_text(text, "t") == (text, [])
