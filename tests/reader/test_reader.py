"""Reading user input: every bad file or line gives a numbered message and the rest goes on."""

import json

import pytest

from foedus import reader
from foedus.errors import InputError
from foedus.reader import ArticleInput, InputProblem
from foedus.ingest.readers import read_inputs

ENGLISH = ("Chile recalled its ambassador from Lima on Tuesday after the border incident, and the "
           "foreign minister said the government would review its trade agreements with Peru.")
FRENCH = ("Le gouvernement chilien a rappelé son ambassadeur à Lima mardi après l'incident à la frontière, "
          "et le ministre a dit que les accords commerciaux avec le Pérou seraient revus.")
GERMAN = ("Die chilenische Regierung hat am Dienstag ihren Botschafter aus Lima zurückgerufen, und der "
          "Minister sagte, dass die Handelsabkommen mit Peru überprüft werden.")
RUSSIAN = ("Правительство Чили во вторник отозвало своего посла из Лимы после инцидента на границе, "
           "а министр заявил, что торговые соглашения с Перу будут пересмотрены.")
CHINESE = "智利政府周二在边境事件后召回驻利马大使，外交部长表示将审查与秘鲁的贸易协定。"


def _write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _problem_code(item):
    assert isinstance(item, InputProblem), item
    return item.message[:6]


def test_plain_text(tmp_path):
    art = reader.read_text_file(_write(tmp_path, "a.txt", ENGLISH), date="2024-06-20")
    assert art.text == ENGLISH and art.date == "2024-06-20" and art.origin.endswith("a.txt")
    assert art.id == reader.content_id(ENGLISH) and art.warnings == []


def test_first_line_date(tmp_path):
    path = _write(tmp_path, "a.txt", "2024-06-18\n" + ENGLISH)
    art = reader.read_text_file(path)
    assert art.date == "2024-06-18" and art.text == ENGLISH
    assert reader.read_text_file(path, date="2024-06-20").date == "2024-06-20"  # --date wins


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"^\[E101\].*nope\.txt"):
        reader.read_text_file(tmp_path / "nope.txt")


def test_empty_file(tmp_path):
    with pytest.raises(InputError, match=r"^\[E102\]"):
        reader.read_text_file(_write(tmp_path, "e.txt", "  \n\n"))


def test_binary_file(tmp_path):
    data = bytes(range(256)) * 20
    with pytest.raises(InputError, match=r"^\[E103\].*NUL"):
        reader.read_text_file(_write(tmp_path, "b.txt", data))
    with pytest.raises(InputError, match=r"^\[E103\].*control"):
        reader.read_text_file(_write(tmp_path, "c.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 100))


def test_latin1_is_read_with_a_warning(tmp_path):
    text = ENGLISH.replace("Lima", "Lima (Perú)")
    art = reader.read_text_file(_write(tmp_path, "l.txt", text.encode("latin-1")))
    assert "Perú" in art.text
    offset = text.encode("latin-1").index(b"\xfa")
    assert len(art.warnings) == 1 and art.warnings[0].startswith("[W102]") and f"offset {offset}" in art.warnings[0]


def test_broken_utf8_keeps_valid_characters(tmp_path):
    raw = ("Perú " + ENGLISH).encode("utf-8") + b" \xff."
    art = reader.read_text_file(_write(tmp_path, "u.txt", raw))
    assert art.text.startswith("Perú ") and "\ufffd" in art.text
    assert f"offset {len(raw) - 2}" in art.warnings[0]


def test_utf16_with_bom(tmp_path):
    art = reader.read_text_file(_write(tmp_path, "w.txt", ENGLISH.encode("utf-16")))
    assert art.text == ENGLISH


@pytest.mark.parametrize("text", [FRENCH, GERMAN, RUSSIAN, CHINESE])
def test_not_english(tmp_path, text):
    with pytest.raises(InputError, match=r"^\[E108\]"):
        reader.read_text_file(_write(tmp_path, "x.txt", text))


@pytest.mark.parametrize("text", [ENGLISH, "Putin warned Seoul.", "Iraqi Kurds sought refuge in Germany last month."])
def test_english_passes(text):
    assert reader.not_english_reason(text) is None


def test_huge_article_is_cut(tmp_path):
    sentence = "The council discussed the budget of the city for the next year. "
    text = sentence * (5_000_000 // len(sentence) + 1)
    art = reader.read_text_file(_write(tmp_path, "big.txt", text))
    assert len(art.text) <= reader.MAX_CHARS and art.text.endswith("year.")
    assert art.warnings[0].startswith("[E111]")


def test_jsonl_bad_lines_among_good(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": ENGLISH, "date": "2024-06-20", "title": "Chile and Peru"}),
        "{not json",
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "a2", "date": "2024-06-20"}),
        json.dumps({"id": "a3", "text": ENGLISH, "date": "20/06"}),
        json.dumps({"id": "a4", "text": FRENCH}),
        json.dumps({"text": ENGLISH, "date": "June 19, 2024"}),
    ]
    path = _write(tmp_path, "in.jsonl", "\n".join(lines) + "\n")
    items = list(reader.read_jsonl(path))
    assert len(items) == 7
    first = items[0]
    assert isinstance(first, ArticleInput) and first.id == "a1" and first.title == "Chile and Peru"
    assert first.origin == f"{path}:1"
    assert _problem_code(items[1]) == "[E105]" and items[1].where == f"{path}:2"
    assert _problem_code(items[2]) == "[E105]" and "list" in items[2].message
    assert _problem_code(items[3]) == "[E106]" and items[3].where == f"{path}:5"
    assert "[E107]" in items[4].message and items[4].where == f"{path}:6"
    assert _problem_code(items[5]) == "[E108]"
    last = items[6]
    assert last.date == "2024-06-19" and last.id == reader.content_id(ENGLISH)


def test_jsonl_bad_bytes_on_one_line(tmp_path):
    good = json.dumps({"id": "g", "text": ENGLISH}).encode()
    bad = json.dumps({"id": "b", "text": ENGLISH + " Lima"}).encode().replace(b"Lima\"", b"Lim\xe1\"")
    path = _write(tmp_path, "enc.jsonl", good + b"\n" + bad + b"\n")
    items = list(reader.read_jsonl(path))
    assert [i.id for i in items] == ["g", "b"]
    assert items[1].text.endswith("Limá") and items[1].warnings[0].startswith("[W102]")
    offset = len(good) + 1 + bad.index(b"\xe1")
    assert f"offset {offset}" in items[1].warnings[0]


def test_read_inputs_dispatch_and_continue(tmp_path):
    txt = _write(tmp_path, "one.txt", ENGLISH)
    jsonl = _write(tmp_path, "two.jsonl", json.dumps({"id": "j", "text": ENGLISH}) + "\n")
    empty = _write(tmp_path, "three.jsonl", "")
    items = list(read_inputs([txt, tmp_path / "missing.txt", jsonl, empty], date="2024-06-20"))
    assert isinstance(items[0], ArticleInput) and items[0].date == "2024-06-20"
    assert _problem_code(items[1]) == "[E101]"
    assert items[2].id == "j" and items[2].date == "2024-06-20"  # --date is the fallback for records
    assert _problem_code(items[3]) == "[E102]"


def test_read_inputs_directory(tmp_path):
    _write(tmp_path, "b.txt", ENGLISH)
    _write(tmp_path, "a.jsonl", json.dumps({"id": "x", "text": ENGLISH}) + "\n")
    _write(tmp_path, "notes.csv", "a,b")
    items = list(read_inputs([tmp_path]))
    assert [i.id for i in items] == ["x", reader.content_id(ENGLISH)]
