"""``POST /api/articles``: code one article with the pipeline and store its events.

Needs ``Authorization: Bearer <api_token>`` (setting ``api_token`` /
``EVENTSCOPE_API_TOKEN``, compared in constant time). With no token configured every
write is refused (403) with a message saying how to set one.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi.responses import JSONResponse

from ..models import Article
from .errors import ForbiddenError
from .inputs import check_size
from .routes_read import State, article_view
from .schemas import ArticleIn, Coded
from .security import check_token

router = APIRouter(prefix="/api", tags=["articles"])


def default_id(text: str) -> str:
    """A stable id for a posted article without one: ``api-`` + 16 hex digits of its hash."""
    return "api-" + hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


@router.post("/articles", response_model=Coded, status_code=201)
def post_article(
    body: ArticleIn,
    state: State,
    authorization: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """Code and store a new article (201); 200 when it was already stored unchanged."""
    check_token(authorization, state.settings.api_token)
    if state.store.options.read_only:
        raise ForbiddenError(
            detail="the store is open read-only; restart `eventscope serve` without --read-only"
        )
    check_size(body.text, max_bytes=state.settings.max_article_bytes)  # before any parsing
    article = Article(
        id=body.id or default_id(body.text),
        text=body.text,
        published=body.published,
        title=body.title,
        url=body.url,
        source=body.source,
    )
    events = state.code(article)  # ArticleError -> 422 (see errors.py)
    with state.store_write() as store:
        result = store.save(article, events, replace=body.replace)
        view = article_view(store, result.article_id)
    payload: dict[str, Any] = {
        "article_id": result.article_id,
        "status": result.status,
        "article": view,
    }
    status = 201 if result.status in ("inserted", "replaced") else 200
    return JSONResponse(Coded.model_validate(payload).model_dump(mode="json"), status_code=status)
