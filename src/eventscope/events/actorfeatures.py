"""Actor features of a sentence for the event classifier: who acts, by kind, not by name.

Why: the classifier's word features read names; a party, a leader or a ministry it never saw
contributes nothing, and its entity features (``e:ORG:nsubj``) read like company news ("The
AKP criticised the CHP" read P(event) 0.02). The actor coder has already said what kind of
actor each name is, so the model is given that kind and its role in the sentence:

* ``a:KIND`` for each actor mention of the sentence;
* ``ad:KIND:DEP``: the kind with the dependency of the mention's head (``nsubj``, ``dobj``,
  ``pobj``, ``poss``, ``compound``...);
* ``av:KIND:ROLE_LEMMA``: a subject or object kind with the lemma of its governing word
  ("GOV:subj_sign", "BUS:subj_buy").

KIND is the actor's sector (``GOV``, ``MIL``, ``BUS``...; ``MNC`` reads as ``BUS``), ``STATE``
for a country named alone, ``NONE`` otherwise. The training tool and inference call the same
function with the mentions of the actor coder (:func:`actor_features`).

Example:
    >>> import spacy
    >>> from eventscope.models import Actor, ActorMention
    >>> doc = spacy.blank("en")("Rebels attacked")
    >>> rebels = Actor("Rebels", 0, 6, None, "REB", "REB")
    >>> actor_features(doc[:], [ActorMention(rebels, 0, 1, 0)])
    ['a:REB', 'ad:REB:']
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words, heads_of

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..models import ActorMention

ACTOR_PREFIXES = ("a:", "ad:", "av:")
_SAME_KIND = MappingProxyType({"MNC": "BUS"})
_ROLES = MappingProxyType({"nsubj": "subj", "nsubjpass": "obj", "dobj": "obj"})


def actor_kind(mention: ActorMention) -> str:
    """The actor's sector, ``STATE`` for a country alone, else ``NONE``.

    Example:
        >>> from types import SimpleNamespace
        >>> actor_kind(SimpleNamespace(actor=SimpleNamespace(sector=None, country="RUS")))
        'STATE'
    """
    actor = mention.actor
    if actor.sector:
        return _SAME_KIND.get(actor.sector, actor.sector)
    return "STATE" if actor.country else "NONE"


def actor_features(sent: Span, mentions: Sequence[ActorMention]) -> list[str]:
    """The actor features (module docstring) of the ``mentions`` inside ``sent``."""
    words = doc_words(sent.doc)
    heads = heads_of(sent.doc)
    features: list[str] = []
    for mention in mentions:
        if not (sent.start <= mention.start < sent.end):
            continue
        kind = actor_kind(mention)
        head = _head(heads, mention.start, min(mention.end, sent.end))
        dep = words.dep[head]
        features += [f"a:{kind}", f"ad:{kind}:{dep}"]
        role = _ROLES.get(dep)
        if role is not None and heads[head] != head:
            features.append(f"av:{kind}:{role}_{words.lemma[heads[head]]}")
    return list(dict.fromkeys(features))


def _head(heads: Sequence[int], start: int, end: int) -> int:
    """The first token of ``start:end`` whose head lies outside it (the span's root)."""
    for i in range(start, end):
        if not (start <= heads[i] < end) or heads[i] == i:
            return i
    return start
