"""Places: find place names in a parsed document, geocode them, tie one to each event.

CONTRACT (stub; the places work replaces the body, keeps the interface):

    resolver = PlaceResolver.load(cache_dir=settings.cache_dir)   # gazetteer loaded once
    places: list[PlaceMention] = resolver.find(doc, countries={"AZE", "CHN"})
    place, reason = place_for_event(doc, event_mention, places)   # (PlaceMention | None, str | None)

``countries`` are the article's actor countries, used to rank candidates. When no place
is tied to the event, ``place_for_event`` returns ``(None, reason)``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .models import EventMention, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


class PlaceResolver:
    @classmethod
    def load(cls, *, cache_dir: str | None = None) -> PlaceResolver:
        return cls()

    def find(self, doc: Doc, *, countries: Collection[str] = ()) -> list[PlaceMention]:
        raise NotImplementedError("place finding is not implemented yet")


def place_for_event(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> tuple[PlaceMention | None, str | None]:
    raise NotImplementedError("event geocoding is not implemented yet")
