"""The coder: one wing for every stage that turns a parsed article into events.

``nlp`` (the spaCy parse), ``actors`` (names -> CAMEO actor codes), ``coref`` (pronouns),
``verbs`` (verb patterns -> CAMEO codes), ``sentence`` (who did what to whom, per sentence: ``triggers``,
``arguments``, ``implicit``, ``rules``, ``candidates``, ``clauses``, ``event_words``),
``modality`` (did it happen), ``finish`` (a candidate becomes an ``Event``), ``dates`` and
``places`` (when and where), ``quotes``; ``pipeline`` wires them (``Coder``, ``code_text``).
The CAMEO/PLOVER code table (``foedus.taxonomy``) stays outside: evaluation and the scripts read it too.

Kept light: importing ``foedus.coder`` loads no stage (spaCy loads with ``foedus.coder.pipeline``).
"""
