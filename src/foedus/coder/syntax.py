"""Named sets of spaCy dependency labels shared by the coding stages (grammar, so code constants:
each set is written once here and imported where it is needed)."""
from __future__ import annotations

#: the subject of a clause, active or passive ("Russia attacked", "Kyiv was attacked")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: the one an act is done to: the object of an active verb or the subject of a passive one
PATIENTS = frozenset({"dobj", "nsubjpass"})
#: finite clauses hung under another clause (a report, a background, a relative clause)
FINITE_CLAUSES = frozenset({"advcl", "ccomp", "relcl"})
