"""The ``eventscope places`` output record of one place mention."""

from __future__ import annotations

from typing import Any

from ..models import PlaceMention


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
