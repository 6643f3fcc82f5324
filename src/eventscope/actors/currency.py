"""A country name next to money: a currency ("the US dollar", "US $50 million") or the one paid.

CONTRACT:

    currency_after(doc, hit)   # True: a currency sign follows and the name is part of the sum

A name right before a currency sign is most often the currency's own ("US $50 million",
"Canadian $2 billion"): no agent. But a name the parser makes a verb's dative is the recipient
of the sum ("Japan gave Vietnam $40 million", "the IMF lent Pakistan $3 billion"), unless its
country issues a dollar of its own, where the two readings meet ("the bank paid US $50
million": a fine in US dollars, as news writes it). CAMEO codes the recipient: the aid's target.

Example:
    >>> "USA" in DOLLAR_COUNTRIES, "PAK" in DOLLAR_COUNTRIES
    (True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .lexicon import Hit

# Countries whose currency news writes as a name before "$" ("US $", "HK $", "NZ $").
DOLLAR_COUNTRIES = frozenset({"USA", "CAN", "AUS", "NZL", "HKG", "SGP", "TWN"})
RECIPIENT_DEP = "dative"


def currency_after(doc: Doc, hit: Hit) -> bool:
    """A currency sign follows the name and the name is not the sum's recipient."""
    if hit.end >= len(doc) or not doc[hit.end].is_currency:
        return False
    return not paid_recipient(doc, hit)


def paid_recipient(doc: Doc, hit: Hit) -> bool:
    """The name is a verb's dative from a country with no dollar of its own."""
    token = doc[hit.end - 1]
    return token.dep_ == RECIPIENT_DEP and hit.entry.country not in DOLLAR_COUNTRIES


def head_lower(doc: Doc, hit: Hit, no_state_heads: frozenset[str]) -> str:
    """The noun the name modifies, or the next word ("the US dollar exchange rate")."""
    following = doc[hit.end].lower_ if hit.end < len(doc) else ""
    if following in no_state_heads:
        return str(following)
    return str(doc[hit.end - 1].head.lower_)
