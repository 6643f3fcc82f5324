"""A bare word for serving soldiers refers back to the one state's force the story named.

"Israeli forces fired rubber bullets at fishermen off Gaza. **Soldiers** also shot at a
shepherd": the soldiers are the Israeli forces, not Palestinian ones the article's or the
place's country would give them. :mod:`.definites` reads "the army" after "the Sudanese army"
(one head word); a report goes on with another word for the same troops ("forces ...
soldiers", "troops ... the servicemen"), often with no article at all.

A draft whose head is a word for serving soldiers (:data:`SOLDIER_WORDS`), with no country,
code, name, person or modifier of its own (only an article or a number: "regime forces",
"government soldiers" say whose they are), takes the country of the state forces named with
their country in the story's earlier sentences (military drafts with a country; in its own
sentence a bare word is as often their foe), when they are of one country only: "Ukrainian
forces repelled Russian troops. Soldiers ..." names two, and the soldiers keep no country.
Soldiers who answer an attack ("Soldiers returned fire", "repelled", "fought back") are the
other side, the attacked one, and keep theirs too.
Institutions ("the army said it repelled an attack" after "Russian forces shelled the town")
are no such word: :mod:`.definites` reads them by their own head word only.

Example:
    >>> with_force_antecedents(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words for the serving members of a force (lemmas), not the institution ("army", "military").
SOLDIER_WORDS = frozenset(
    {"soldier", "troop", "troops", "force", "forces", "serviceman", "servicemen", "paratrooper",
     "commando", "marine", "infantryman", "conscript", "reservist"}
)  # fmt: skip
MILITARY = "MIL"
PLAIN_POS = frozenset({"DET", "NUM"})  # "the soldiers", "two soldiers"
# Verbs (lemmas) of answering an attack: who answers is the attacked side.
ANSWER_VERBS = frozenset(
    {"return", "repel", "repulse", "retaliate", "respond", "counter", "defend", "resist",
     "fend", "thwart", "foil", "fight"}
)  # fmt: skip


def with_force_antecedents(doc: Doc | None, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts``, each bare soldiers' word given the one earlier state force's country.

    >>> [d.country for d in with_force_antecedents(None, [Draft(0, 1, sector="MIL")])]
    [None]
    """
    if doc is None:
        return list(drafts)
    out: list[Draft] = []
    for draft in drafts:
        country = _antecedent_country(doc, draft, out) if _bare(doc, draft) else None
        out.append(draft if country is None else replace(draft, country=country))
    return out


def _bare(doc: Doc, draft: Draft) -> bool:
    """A soldiers' word of no country or name of its own, that answers no attack."""
    if draft.country or draft.code or draft.person or draft.name or not _military(draft):
        return False
    head = doc[draft.end - 1]
    # "regime forces", "government soldiers", "rebel troops" say whose they are
    plain = all(doc[i].pos_ in PLAIN_POS for i in range(draft.start, draft.end - 1))
    return plain and head.lemma_.lower() in SOLDIER_WORDS and not _answers(head)


def _military(draft: Draft) -> bool:
    return (draft.sector or "")[:3] == MILITARY


def _answers(head: Token) -> bool:
    """``head`` is the subject of a verb of answering an attack ("Soldiers returned fire")."""
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in ANSWER_VERBS


def _antecedent_country(doc: Doc, draft: Draft, history: Sequence[Draft]) -> str | None:
    """The country of the state forces named before ``draft``'s sentence, if of one country."""
    # In its own sentence a bare word is as often the named force's foe ("Russian forces
    # clashed with troops near the border").
    first = doc[draft.start].sent.start
    countries = {
        earlier.country
        for earlier in history
        if earlier.end <= first and earlier.country and _military(earlier)
    }
    return next(iter(countries)) if len(countries) == 1 else None
