"""The word lists that shape place finding, from ``data/gazetteer/`` (demonyms.txt, hints.toml).

Example:
    >>> lexicon = PlaceLexicon.load()
    >>> lexicon.kind_of_word("district"), lexicon.is_regional("northern province")
    ('admin', True)
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..actors.lexicon import plural, read_tsv
from ..errors import DataFileError
from ..nlp.docmemo import entities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_AREA_WORDS = frozenset({"area", "areas"})  # "Western Area" (Sierra Leone) is a division


@dataclass(frozen=True, slots=True)
class PlaceLexicon:
    """Words that shape place finding, from ``data/gazetteer/`` (demonyms, hints.toml)."""

    demonyms: frozenset[str]
    admin_words: frozenset[str]
    city_words: frozenset[str]
    locative: frozenset[str]
    generic: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    regional: frozenset[str] = frozenset()
    place_verbs: frozenset[str] = frozenset()  # lemmas whose object may be a place
    movement_verbs: frozenset[str] = frozenset()  # lemmas moving troops "from"/"into" a place
    movement_preps: frozenset[str] = frozenset()
    attack_nouns: frozenset[str] = frozenset()  # lemmas of attacks "on" a place
    # nationality word (lower case, singular and "+s" plural) -> ISO alpha-3 ("lebanese": LBN)
    nationalities: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> PlaceLexicon:
        folder = resources.files("eventscope").joinpath("data", "gazetteer")
        try:
            hints = tomllib.loads(folder.joinpath("hints.toml").read_text(encoding="utf-8"))
            lines = folder.joinpath("demonyms.txt").read_text(encoding="utf-8").splitlines()
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise DataFileError(detail=f"cannot read the gazetteer word lists: {exc}") from exc
        demonyms = {line.strip().lower() for line in lines if line.strip()}
        return cls(
            demonyms=frozenset(d for d in demonyms if not d.startswith("#")),
            admin_words=frozenset(hints["admin"]),
            city_words=frozenset(hints["city"]),
            locative=frozenset(hints["locative"]),
            generic=frozenset(hints.get("generic", ())),
            place_nouns=frozenset(hints.get("place_nouns", ())),
            regional=frozenset(hints.get("regional", ())),
            place_verbs=frozenset(hints.get("place_verbs", ())),
            movement_verbs=frozenset(hints.get("movement_verbs", ())),
            movement_preps=frozenset(hints.get("movement_preps", ())),
            attack_nouns=frozenset(hints.get("attack_nouns", ())),
            nationalities=MappingProxyType(_nationalities()),
        )

    def nationality_countries(self, doc: Doc) -> frozenset[str]:
        """The countries the document's nationality words name ("Lebanese soldiers",
        "Israelis"): evidence for a namesake's country as an actor's country is, read from
        the NORP entities (a handful per document, not every word)."""
        found = (
            self.nationalities.get(ent[-1].lower_) for ent in entities(doc) if ent.label_ == "NORP"
        )
        return frozenset(code for code in found if code)

    def kind_word(self, token: Token | None) -> str | None:
        """ "admin" / "city" when ``token`` is a kind word ("district", "cities"), else None."""
        return self.kind_of_word(token.lower_ if token is not None else None)

    def is_regional(self, key: str) -> bool:
        """The normalised name is made of position words only, kind words aside ("central",
        "northern province", "centre nord"; see ``regional`` in hints.toml)."""
        words = [w for w in key.split() if w not in self.admin_words and w not in _AREA_WORDS]
        return bool(words) and all(word in self.regional for word in words)

    def kind_of_word(self, lower: str | None) -> str | None:
        """:meth:`kind_word` of a lower-case word (``None``: no word there)."""
        if lower in self.admin_words:
            return "admin"
        if lower in self.city_words:
            return "city"
        return None


def _nationalities() -> dict[str, str]:
    """``data/actors/demonyms.tsv`` read as nationality word -> country, with the plural the
    actors stage reads ("Israelis", "South Africans": :func:`~eventscope.actors.lexicon.plural`
    of the last word)."""
    words: dict[str, str] = {}
    for word, country in read_tsv("demonyms.tsv", columns=2):
        words[word.lower()] = country
        *head, last = word.split(" ")
        many = plural(last)
        if many is not None:
            words.setdefault(" ".join([*head, many]).lower(), country)
    return words
