"""Hand-made articles and events for the API and browser tests (no tests here).

The sentences are written for these tests. Offsets are computed from the text, so every
evidence span points at the right characters.
"""

from __future__ import annotations

import datetime as dt

from eventscope.models import Actor, Article, Event, Place
from eventscope.store import Store

BAKU = Place("Baku", "AZE", "Baku", 40.38, 49.89, 587084, "PPLC")
BEIJING = Place("Beijing", "CHN", "Beijing", 39.91, 116.40, 1816670, "PPLC")
TBILISI = Place("Tbilisi", "GEO", "Tbilisi", 41.69, 44.83, 611717, "PPLC")

# (article id, published, text, [(sentence, source, trigger, target, cameo, name, quad,
#   goldstein, date, date_text, place)])
ARTICLES = (
    (
        "art-1",
        dt.date(2021, 3, 12),
        "Azerbaijan hosted talks in Baku on 10 March. "
        "The Azerbaijani minister met China's envoy in Baku on 10 March.",
        [
            (
                1,
                ("Azerbaijani minister", "AZE", "GOV"),
                "met",
                ("China", "CHN", "GOV"),
                "040",
                "Consult, not specified",
                1,
                1.0,
                dt.date(2021, 3, 10),
                "10 March",
                BAKU,
            ),
        ],
    ),
    (
        "art-2",
        dt.date(2021, 4, 2),
        "China sent medical aid to Azerbaijan on 1 April. "
        "Azerbaijan criticized China over a trade dispute in Beijing.",
        [
            (
                0,
                ("China", "CHN", None),
                "sent",
                ("Azerbaijan", "AZE", None),
                "073",
                "Provide humanitarian aid",
                2,
                7.4,
                dt.date(2021, 4, 1),
                "1 April",
                None,
            ),
            (
                1,
                ("Azerbaijan", "AZE", None),
                "criticized",
                ("China", "CHN", None),
                "111",
                "Criticize or denounce",
                3,
                -2.0,
                dt.date(2021, 4, 2),
                None,
                BEIJING,
            ),
        ],
    ),
    (
        "art-3",
        dt.date(2021, 4, 20),
        "Georgia and Azerbaijan signed a railway agreement in Tbilisi on 19 April.",
        [
            (
                0,
                ("Georgia", "GEO", None),
                "signed",
                ("Azerbaijan", "AZE", None),
                "057",
                "Sign formal agreement",
                1,
                8.0,
                dt.date(2021, 4, 19),
                "19 April",
                TBILISI,
            ),
        ],
    ),
)


def _sentences(text: str) -> list[tuple[int, str]]:
    """(start, sentence) pairs, split after '. ' (the test texts are simple)."""
    spans, start = [], 0
    for piece in text.split(". "):
        sentence = piece if piece.endswith(".") else piece + "."
        spans.append((start, sentence))
        start += len(piece) + 2
    return spans


def _actor(sentence: str, offset: int, spec: tuple[str, str, str | None]) -> Actor:
    words, country, sector = spec
    start = offset + sentence.index(words)
    code = country + (sector or "")
    return Actor(words, start, start + len(words), country, sector, code, words)


def build_events(article_id: str, published: dt.date, text: str, specs: list) -> list[Event]:
    sentences = _sentences(text)
    events = []
    for index, source, trigger, target, cameo, name, quad, goldstein, day, day_text, place in specs:
        start, sentence = sentences[index]
        events.append(
            Event(
                article_id=article_id,
                date=day,
                date_precision="day",
                date_source="text" if day_text else "published",
                date_text=day_text,
                source=_actor(sentence, start, source),
                target=_actor(sentence, start, target),
                cameo=cameo,
                cameo_name=name,
                root=cameo[:2],
                quad_class=quad,
                goldstein=goldstein,
                plover=None,
                location=place,
                sentence=sentence,
                sentence_index=index,
                sentence_start=start,
                confidence=0.9,
                trigger=trigger,
            )
        )
    return events


def seed(store: Store) -> None:
    """Save the three test articles and their five events."""
    for article_id, published, text, specs in ARTICLES:
        article = Article(id=article_id, text=text, published=published, title=f"Test {article_id}")
        store.save(article, build_events(article_id, published, text, specs))


class FakePipeline:
    """Codes any text into one AZE->CHN consultation on its first sentence (no NLP)."""

    def __init__(self) -> None:
        self.calls = 0

    def code(self, article: Article) -> list[Event]:
        self.calls += 1
        if not article.text.strip():
            from eventscope.errors import EmptyInputError

            raise EmptyInputError(article.id)
        sentence = article.text.split(". ")[0]
        specs = []
        if "Azerbaijan" in sentence and "China" in sentence:
            specs.append(
                (
                    0,
                    ("Azerbaijan", "AZE", None),
                    sentence.split()[1],
                    ("China", "CHN", None),
                    "040",
                    "Consult, not specified",
                    1,
                    1.0,
                    article.published,
                    None,
                    None,
                )
            )
        published = article.published or dt.date(2021, 1, 1)
        return build_events(article.id, published, article.text, specs)
