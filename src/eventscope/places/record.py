"""The ``eventscope places`` output: its resolver and the record of one place mention."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models import PlaceMention

if TYPE_CHECKING:
    from . import PlaceResolver


def output_resolver(cache_dir: str | None = None) -> PlaceResolver:
    """The resolver the places output uses (the ``places`` command, ``evaluate``, the tools):
    nationality words are toponyms of their country there ("Georgian"), as both gold sets
    count them; the events pipeline never takes one for a place."""
    from . import PlaceOptions, PlaceResolver

    return PlaceResolver.load(cache_dir=cache_dir, options=PlaceOptions(demonyms=True, echoes=True))


def place_record(article_id: str, mention: PlaceMention) -> dict[str, Any]:
    """The ``eventscope places`` output record for one mention."""
    place = mention.place
    return {
        "article_id": article_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "name": place.name if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geonameid": place.geonameid if place else None,
        "feature_code": place.feature_code if place else None,
    }
