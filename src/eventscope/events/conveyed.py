"""The people a struck vehicle carried: "struck a car **carrying three militants**".

A vehicle, boat or convoy acted on names no one itself; the participle that says what it
carried names who was acted on. CAMEO codes the target as the actor acted on ("an Israeli
drone struck a car carrying Hamas militants": the militants are the target, not civilians
guessed for the car), so the object of "carrying" (or "transporting", "ferrying") under such
a noun stands in for the noun.

Example:
    >>> from eventscope.events.conveyed import CONVEYANCES
    >>> "convoy" in CONVEYANCES
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of things that carry people (lemmas).
CONVEYANCES = frozenset(
    {
        "car", "vehicle", "bus", "minibus", "van", "truck", "lorry", "convoy", "boat", "ship",
        "vessel", "ferry", "plane", "aircraft", "helicopter", "train", "motorcycle", "motorbike",
        "jeep", "pickup", "taxi", "ambulance", "tanker", "dinghy", "raft", "barge",
    }
)  # fmt: skip
# Participles that say what the vehicle carried.
CARRYING_VERBS = frozenset({"carry", "transport", "ferry", "bring"})


def carried(noun: Token | None) -> Token | None:
    """The object of the carrying participle on a vehicle noun, or None.

    "a bus carrying pilgrims" -> "pilgrims"; "a bus in the city" -> None; "a car bomb" -> None.
    """
    if noun is None or noun.lemma_.lower() not in CONVEYANCES:
        return None
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in CARRYING_VERBS:
            continue
        return next((c for c in participle.children if c.dep_ == "dobj"), None)
    return None
