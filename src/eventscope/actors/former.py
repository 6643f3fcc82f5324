"""Former office holders are CAMEO's elites (ELI), not the state they once served.

CONTRACT:

    drafts = with_former_elites(doc, drafts)   # same list, "a former minister" recoded ELI

The CAMEO agent codebook defines ELI ("elites") as former government officials, celebrities and
spokespersons; PETRARCH's agent dictionary codes FORMER_DEFENCE_MINISTER as ELI, and its unit
records code "former security officials" and "former prosecutors" ELI. An office holder's title
(a person of a state sector: GOV, LEG, JUD, MIL, COP, SPY; or a plural of GOV, LEG or JUD:
"officials", "senators", "judges") qualified by "former" or "ex-"
("a former minister", "Nigeria's former defence minister", "ex-president", "Former Socialist
prime minister Andreas Papandreou") no longer acts for the state: the draft keeps its country
and takes sector ELI. Groups that are not office holders keep their sector ("former rebels",
"former workers"), as do "retired" people (veterans, not former officials) and fixed codes of
named organisations.

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("the minister")
    >>> with_former_elites(doc, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from ..nlp.syntax import MODIFIER_DEPS
from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ELITES = "ELI"
FORMER = "former"
EX = "ex"
# Sectors whose person titles are offices of the state (CAMEO's government and its arms).
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
# Sectors whose plural nouns name office holders ("former officials", "former senators",
# "former judges"); "former soldiers" and "former police officers" are veterans, not elites.
CIVIL_OFFICES = frozenset({"GOV", "LEG", "JUD"})
PLURAL_NOUN = "NNS"
# At most this many words between "former" and the title ("former Socialist prime minister").
PREFIX_WINDOW = 4


def with_former_elites(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with the office holders the text calls former recoded ELI."""
    lowers = doc_words(doc).lowers
    if FORMER not in lowers and EX not in lowers:  # cheap: most texts name no former holder
        return list(drafts)
    return [_elite(d) if _office(doc, d) and _is_former(doc, d) else d for d in drafts]


def _office(doc: Doc, draft: Draft) -> bool:
    """A person title of a state sector, or a plural of civil office holders ("officials"; not
    "the former government", a body)."""
    # A title's code is its country and sector (or none yet); any other code is a fixed one.
    own = (draft.country or "") + (draft.sector or "")
    if draft.code not in (None, own):
        return False
    if draft.person:
        return draft.sector in OFFICE_SECTORS
    return draft.sector in CIVIL_OFFICES and doc[draft.end - 1].tag_ == PLURAL_NOUN


def _elite(draft: Draft) -> Draft:
    code = (draft.country or "") + ELITES if draft.code else None
    return replace(draft, sector=ELITES, code=code, also=())


def _is_former(doc: Doc, draft: Draft) -> bool:
    """ "ex-" on the title, or "former" inside the phrase or among the modifiers before it."""
    if any(_ex_prefix(doc, i) for i in range(max(0, draft.start - 2), draft.end)):
        return True
    first = max(0, draft.start - PREFIX_WINDOW)
    for i in range(draft.start - 1, first - 1, -1):
        token = doc[i]
        if token.dep_ not in MODIFIER_DEPS or not i < token.head.i < draft.end:
            break  # the words before are no modifiers of this title
        if _former(token):
            return True
    return any(_former(doc[i]) for i in range(draft.start, draft.end))


def _former(token: Token) -> bool:
    """ "former" modifying a noun ("the former minister", not "the former's office")."""
    return token.lower_ == FORMER and (token.dep_ in ("amod", "compound") or token.pos_ == "ADJ")


def _ex_prefix(doc: Doc, i: int) -> bool:
    """ "ex" written with a hyphen on the next word ("ex-president"), which the parser splits
    into three tokens and often mislabels."""
    if doc[i].lower_ != EX or i + 2 >= len(doc):
        return False
    dash, word = doc[i + 1], doc[i + 2]
    joined = dash.idx == doc[i].idx + len(doc[i].text) and word.idx == dash.idx + 1
    return dash.text == "-" and joined
