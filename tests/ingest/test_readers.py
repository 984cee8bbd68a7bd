"""Readers: plain text with dates from sidecars and first lines, HTML, RSS/Atom, JSONL, folders, bad files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import ARTICLES, atom_feed, html_page, rss_feed, write  # noqa: E402

from foedus.ingest.readers import html_to_text, iter_inputs, kind_of, line_date  # noqa: E402
from foedus.reader import ArticleInput, InputProblem  # noqa: E402


def _split(items):
    good = [i for i in items if isinstance(i, ArticleInput)]
    bad = [i for i in items if isinstance(i, InputProblem)]
    return good, bad


def test_plain_text_dates_from_option_sidecar_and_first_line(tmp_path):
    write(tmp_path / "a.txt", ARTICLES["seoul"])
    write(tmp_path / "a.txt.date", "2024-06-18\n")
    write(tmp_path / "b.txt", ARTICLES["manila"])
    write(tmp_path / "b.txt.json", json.dumps({"date": "17 June 2024", "source": "Example Post", "title": "Boat rammed"}))
    write(tmp_path / "c.txt", "June 21, 2024\n" + ARTICLES["berlin"])
    write(tmp_path / "d.txt", ARTICLES["tokyo"])
    good, bad = _split(list(iter_inputs([tmp_path])))
    assert bad == []
    by_name = {Path(i.origin).name: i for i in good}
    assert sorted(by_name) == ["a.txt", "b.txt", "c.txt", "d.txt"]   # sidecars are not articles
    assert by_name["a.txt"].date == "2024-06-18"
    assert by_name["b.txt"].date == "2024-06-17"
    assert by_name["b.txt"].source == "Example Post" and by_name["b.txt"].title == "Boat rammed"
    assert by_name["c.txt"].date == "2024-06-21"
    assert by_name["c.txt"].text.startswith("Germany pledged")
    assert by_name["d.txt"].date is None
    # --date wins over the sidecar and the first line
    good, _ = _split(list(iter_inputs([tmp_path / "a.txt", tmp_path / "c.txt"], date="2024-01-02")))
    assert [i.date for i in good] == ["2024-01-02", "2024-01-02"]
    assert good[1].text.startswith("Germany pledged")


def test_line_date_accepts_only_a_bare_date():
    assert line_date("2024-06-20") == "2024-06-20"
    assert line_date("Thursday, June 20, 2024") == "2024-06-20"
    assert line_date("20 June 2024") == "2024-06-20"
    assert line_date("South Korea condemned Russia on June 20, 2024.") is None
    assert line_date("Seoul weighs arms for Kyiv") is None


def test_html_page_main_text_title_date_and_site(tmp_path):
    page = write(tmp_path / "news" / "seoul.html", html_page("Seoul protests Moscow pact", ARTICLES["seoul"]))
    good, bad = _split(list(iter_inputs([page])))
    assert bad == []
    [item] = good
    assert item.title == "Seoul protests Moscow pact"
    assert item.date == "2024-06-18"
    assert item.source == "The Daily Example"
    assert item.text.startswith("South Korea condemned Russia")
    assert "Home" not in item.text and "Copyright" not in item.text


def test_rss_and_atom_items_with_dates(tmp_path):
    rss = write(tmp_path / "world.xml", rss_feed([
        ("Seoul protests", "Tue, 18 Jun 2024 08:00:00 GMT", ARTICLES["seoul"]),
        ("Manila protests", "Mon, 17 Jun 2024 09:30:00 GMT", ARTICLES["manila"]),
        ("Headline only", "Mon, 17 Jun 2024 10:00:00 GMT", ""),
    ]))
    atom = write(tmp_path / "desk.atom", atom_feed([("Berlin pledges", "2024-06-21T10:00:00Z", ARTICLES["berlin"])]))
    good, bad = _split(list(iter_inputs([rss, atom])))
    assert [(i.title, i.date) for i in good] == [("Seoul protests", "2024-06-18"), ("Manila protests", "2024-06-17"),
                                                 ("Berlin pledges", "2024-06-21")]
    assert good[0].source == "Example World News" and good[0].url == "https://news.example.org/0"
    assert good[2].text.startswith("Germany pledged") and "<p>" not in good[2].text
    assert len(bad) == 1 and "item 3" in bad[0].where and "E451" in bad[0].message


def test_bad_files_are_problems_and_the_rest_is_read(tmp_path):
    write(tmp_path / "good.txt", ARTICLES["seoul"])
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "menu.html", "<html><body><nav>Home | World</nav><p>Subscribe now.</p></body></html>")
    write(tmp_path / "config.xml", "<?xml version='1.0'?><settings><colour>blue</colour></settings>")
    write(tmp_path / "broken.rss", "<rss><channel><title>x</title><item><title>unterminated")
    write(tmp_path / "records.jsonl", json.dumps({"id": "m1", "text": ARTICLES["manila"], "date": "2024-06-17"})
          + "\n{not json\n")
    write(tmp_path / ".hidden.txt", ARTICLES["tokyo"])
    good, bad = _split(list(iter_inputs([tmp_path, tmp_path / "missing.txt"])))
    assert sorted(i.id if i.id == "m1" else Path(i.origin).name for i in good) == ["good.txt", "m1"]
    where = {Path(p.where.split(":")[0].split(",")[0]).name for p in bad}
    # image.png is not an article file, so the folder leaves it out; named on its own it is read, and refused
    assert where == {"empty.txt", "menu.html", "config.xml", "broken.rss", "records.jsonl", "missing.txt"}
    assert all(p.message.startswith("[E") for p in bad)
    [png] = list(iter_inputs([tmp_path / "image.png"]))
    assert isinstance(png, InputProblem) and "[E103]" in png.message


def test_kind_sniffing_and_snippet_text(tmp_path):
    assert kind_of(write(tmp_path / "feed", rss_feed([("t", "Tue, 18 Jun 2024 08:00:00 GMT", "x")]))) == "feed"
    assert kind_of(write(tmp_path / "page", "<!DOCTYPE html><html><body>x</body></html>")) == "html"
    assert kind_of(write(tmp_path / "note", "Plain words here.")) == "text"
    assert html_to_text("<p>One &amp; two.</p><p>Three<br/>four</p>") == "One & two.\nThree\nfour"


def test_html_date_option_fills_in_only_when_the_page_has_none(tmp_path):
    dated = write(tmp_path / "dated.html", html_page("Seoul protests", ARTICLES["seoul"], date="2024-06-18"))
    undated = write(tmp_path / "undated.html", "<html><head><title>Talks</title></head><body><div><p>"
                    + ARTICLES["manila"] + "</p></div></body></html>")
    good, bad = _split(list(iter_inputs([dated, undated], date="2024-05-05")))
    assert bad == [] and [i.date for i in good] == ["2024-06-18", "2024-05-05"]
    good, _ = _split(list(iter_inputs([undated])))
    assert good[0].date is None


def test_plain_text_headline_becomes_the_title_and_is_not_coded(tmp_path):
    lead = ("ASUNCION, May 2 - Paraguay's army chief ordered troops back to their barracks on Tuesday after "
            "a night of shooting near the presidential palace, officials said.")
    write(tmp_path / "a.txt", "Paraguay army chief orders troops to barracks\n\n" + lead)
    write(tmp_path / "b.txt", "1989-05-02\nParaguay army chief orders troops to barracks\n\n" + lead)
    write(tmp_path / "c.txt", lead + "\n\nThe shooting stopped before dawn, and no one was reported hurt.")
    write(tmp_path / "d.txt", "By Ana Rojas\n\n" + lead)   # a byline is no title
    write(tmp_path / "e.txt", "Troops return to barracks\n" + lead)   # no blank line: one block, kept
    write(tmp_path / "f.txt", "Paraguay army chief orders troops to barracks\n\n" + lead)
    write(tmp_path / "f.txt.json", json.dumps({"title": "Army ends revolt"}))   # a sidecar title wins; text kept
    good, bad = _split(list(iter_inputs([tmp_path])))
    assert bad == []
    by_name = {Path(i.origin).name: i for i in good}
    for name in ("a.txt", "b.txt"):
        assert by_name[name].title == "Paraguay army chief orders troops to barracks"
        assert by_name[name].text.startswith("ASUNCION, May 2 -")
    assert by_name["b.txt"].date == "1989-05-02"
    assert by_name["c.txt"].title is None and by_name["c.txt"].text.startswith("ASUNCION")
    assert by_name["d.txt"].title is None and by_name["d.txt"].text.startswith("By Ana Rojas")
    assert by_name["e.txt"].title is None and by_name["e.txt"].text.startswith("Troops return")
    assert by_name["f.txt"].title == "Army ends revolt" and by_name["f.txt"].text.startswith("Paraguay army chief")


def test_is_headline_needs_a_short_unpunctuated_line_alone():
    from foedus.ingest.readers import is_headline
    body = "\n" + "The talks in Geneva ended without agreement on the withdrawal of foreign troops, envoys said. " * 2
    assert is_headline("Geneva talks end without deal", body)
    assert is_headline('Putin: "We will answer"', body)
    assert not is_headline("Geneva talks ended without a deal.", body)        # a sentence
    assert not is_headline("GENEVA, April 14 -", body)                       # a dateline
    assert not is_headline("Geneva talks end", "\nToo short to be an article.")
    assert not is_headline("Geneva talks end without deal", body.lstrip("\n"))  # no blank line after it


def test_a_headline_in_a_json_records_text_is_its_title_and_the_id_stays(tmp_path):
    story = ("HARARE, March 3 - Zimbabwe's government ordered foreign aid groups to suspend their field work in "
             "three provinces on Tuesday, accusing them of campaigning for the opposition.")
    head = "Zimbabwe halts aid groups' work"
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"text": head + "\n\n" + story},                         # no title: the headline becomes it
        {"text": head + "\n\n" + story, "title": "Aid curbs"},   # another title: the line stays text
        {"text": head + "\n" + story},                           # no blank line: no headline
        {"text": "Zimbabwe halted the work of aid groups.\n\n" + story},   # a sentence, not a headline
    ]) + "\n", encoding="utf-8")
    good, bad = _split(list(iter_inputs([path])))
    assert not bad and len(good) == 4
    assert good[0].title == head and good[0].text == story
    assert good[1].title == "Aid curbs" and good[1].text.startswith(head)
    assert good[2].title is None and good[2].text.startswith(head)
    assert good[3].title is None and good[3].text.startswith("Zimbabwe halted")
    # the id is the one of the whole text, as before headlines were read: a record read again is not stored twice
    from foedus.ingest.records import content_id
    assert good[0].id == content_id(head + "\n\n" + story) != content_id(story)
