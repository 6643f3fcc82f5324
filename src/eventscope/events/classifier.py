"""A trained sentence classifier beside the rules: is there an event, its PentaClass, its root.

Three linear heads (logistic regression, trained by ``tools/train_classifier.py``) over one
sparse binary feature vector of the sentence: lemma unigrams and bigrams, the root verb and
every verb with its particle/preposition and object, negation and modal auxiliaries; a model
trained with them also reads the kinds and roles of the sentence's actors (:mod:`.actorfeatures`,
for its event head alone when ``model.json`` lists them as ``event_only``). The weights ship
as plain arrays (``data/events/model/weights.npz``) with the feature vocabulary and label names
in ``model.json``; inference is a sum of weight rows, numpy only (no pickle, no scikit-learn
at run time).

* ``event``: probability that the sentence reports a political event (sigmoid);
* ``penta``: PentaClass 0-4 (statement, verbal/material cooperation, verbal/material
  conflict) with its probability (softmax);
* ``root``: the CAMEO root ("01".."20") with its probability, taken inside the predicted
  PentaClass (the root head has few examples per root; the PentaClass head is the stronger).

Example:
    >>> model = EventClassifier.load()
    >>> guess = model.predict_features(["w:attack", "v:attack", "r:attack"])
    >>> 0.0 <= guess.event <= 1.0 and guess.root in model.roots
    True
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import DataFileError
from ..nlp.docmemo import DocWords, children_of, doc_words, heads_of
from .actorfeatures import ACTOR_PREFIXES, actor_features

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..models import ActorMention

_MODEL = ("data", "events", "model")
MODEL_FORMAT = 1
# PentaClass of each CAMEO root (the ConfliBERT grouping: 16 "reduce relations" is verbal).
PENTA_OF_ROOT = {
    **dict.fromkeys(("01", "02"), 0),
    **dict.fromkeys(("03", "04", "05"), 1),
    **dict.fromkeys(("06", "07", "08"), 2),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), 3),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), 4),
}
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "nsubjpass"})
_PARTICLE_DEPS = frozenset({"prt", "prep", "agent", "dative"})
_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
MAX_TOKENS = 120
MAX_REMEMBERED_ROWS = 1 << 17  # lemmas and lemma pairs whose rows are kept (then forgotten)


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the classifier says about one sentence."""

    event: float
    penta: int
    penta_prob: float
    root: str
    root_prob: float
    # The roots of the predicted PentaClass, most probable first (``root`` is the first).
    ranked: tuple[str, ...] = ()


def sentence_features(sent: Span, mentions: Sequence[ActorMention] = ()) -> list[str]:
    """The feature strings of a parsed sentence (the same function at training and run time),
    with the kinds and roles of the actor ``mentions`` the actor coder found in it
    (:mod:`.actorfeatures`).

    Words are read from the document's string table (:func:`doc_words`); a token is made
    only for a verb, a negation or an auxiliary, whose neighbours are read too.

    Example:
        >>> import spacy
        >>> sentence_features(spacy.blank("en")("")[:])
        ['bias']
    """
    words = doc_words(sent.doc)
    kept, lemmas = _kept_words(sent, words)
    features = ["bias"]
    features += [f"w:{lemma}" for lemma in lemmas]
    features += [f"b:{a}_{b}" for a, b in zip(lemmas, lemmas[1:], strict=False)]
    features += _syntax_features(sent.doc, words, kept)
    features += actor_features(sent, mentions)
    return list(dict.fromkeys(features))


def _kept_words(sent: Span, words: DocWords) -> tuple[list[int], list[str]]:
    """The indices of the sentence's first :data:`MAX_TOKENS` non-space tokens, and the
    lemmas of the alphabetic ones among them (spaCy's ``is_alpha``)."""
    text = words.text
    kept = [i for i in range(sent.start, sent.end) if not text[i].isspace()][:MAX_TOKENS]
    return kept, [words.lemma[i] for i in kept if text[i].isalpha()]


def _syntax_features(doc: Doc, words: DocWords, kept: Sequence[int]) -> list[str]:
    """The verb, negation, modal and entity features of the tokens at ``kept``."""
    dep = words.dep
    kids, heads = children_of(doc), heads_of(doc)  # indices: no token per verb or child
    features: list[str] = []
    for i in kept:
        if words.pos[i] == "VERB" or dep[i] == "ROOT":
            features += _verb_features(words, i, kids[i])
        if dep[i] == "neg":
            features.append(f"neg:{words.lemma[heads[i]]}")
        elif dep[i] == "aux" and doc[i].tag_ == "MD":
            features.append(f"md:{words.lower[i]}")
        if words.entity[i] in _ENTITIES:
            features.append(f"e:{words.entity[i]}:{dep[i]}")
    return features


def _word_feature(lemma: str) -> str:
    return f"w:{lemma}"


def _pair_feature(pair: tuple[str, str]) -> str:
    return f"b:{pair[0]}_{pair[1]}"


class _Rows(dict[Any, int]):
    """A feature's parts (a lemma, a pair of lemmas) to its row in the model (-1: not in the
    vocabulary), filled on first ask: the parts are strings of the document's shared table,
    whose hashes are kept, while a feature string would be built and hashed per sentence."""

    __slots__ = ("_index", "_name")

    def __init__(self, index: dict[str, int], name: Callable[[Any], str]) -> None:
        super().__init__()
        self._index = index
        self._name = name

    def __missing__(self, parts: Any) -> int:
        if len(self) >= MAX_REMEMBERED_ROWS:
            self.clear()
        row = self[parts] = self._index.get(self._name(parts), -1)
        return row


def _verb_features(words: DocWords, verb: int, children: Sequence[int]) -> list[str]:
    """The features of the verb at index ``verb`` with its ``children`` (indices)."""
    lemma = words.lemma[verb]
    found = [f"v:{lemma}"]
    if words.dep[verb] == "ROOT":
        found.append(f"r:{lemma}")
    for item in children:
        label = words.dep[item]
        if label in _PARTICLE_DEPS:
            found.append(f"vp:{lemma}_{words.lower[item]}")
        elif label in _OBJECT_DEPS:
            found.append(f"vo:{lemma}_{words.lemma[item]}")
        elif label in ("xcomp", "ccomp"):
            found.append(f"vx:{lemma}_{words.lemma[item]}")
    return found


class EventClassifier:
    """The shipped linear model; immutable after :meth:`load`. Thread-safe (read-only arrays)."""

    def __init__(
        self,
        *,
        vocabulary: Sequence[str],
        weights: np.ndarray,
        bias: np.ndarray,
        pentas: Sequence[int],
        roots: Sequence[str],
        event_only: Sequence[str] = (),
    ) -> None:
        if weights.shape != (len(vocabulary), 1 + len(pentas) + len(roots)):
            raise DataFileError(detail="event classifier weights do not match its vocabulary")
        # Features of the event head alone (prefixes, the first rows of the vocabulary): the
        # other heads never saw them, so their rows are not counted in those heads' scaling.
        self._event_rows = sum(1 for f in vocabulary if f.startswith(tuple(event_only)))
        if any(f.startswith(tuple(event_only)) for f in vocabulary[self._event_rows :]):
            raise DataFileError(detail="event classifier's event-only features are not first")
        self.event_only = tuple(event_only)
        # a model trained without actor features spends no time building them per sentence
        self._reads_actors = any(f.startswith(ACTOR_PREFIXES) for f in vocabulary)
        self.index = {feature: i for i, feature in enumerate(vocabulary)}
        self._word_rows = _Rows(self.index, _word_feature)
        self._pair_rows = _Rows(self.index, _pair_feature)
        self.weights = weights
        self.bias = bias
        self.pentas = tuple(pentas)
        self.roots = tuple(roots)
        root_penta = [PENTA_OF_ROOT.get(r, -1) for r in self.roots]
        # The positions of each PentaClass's roots, in order (the root head is read inside one).
        self._penta_roots = {p: [i for i, q in enumerate(root_penta) if q == p] for p in pentas}

    @classmethod
    def load(cls) -> EventClassifier:
        """The model shipped in ``data/events/model`` (cached per process)."""
        return _load_shipped()

    @classmethod
    def from_files(cls, config_text: str, arrays: dict[str, np.ndarray]) -> EventClassifier:
        """Build from the JSON config text and the ``.npz`` arrays (``weights``, ``bias``)."""
        try:
            config = json.loads(config_text)
            if config.get("format") != MODEL_FORMAT:
                raise DataFileError(detail=f"event model format {config.get('format')!r}")
            return cls(
                vocabulary=config["vocabulary"],
                weights=np.asarray(arrays["weights"], dtype=np.float32),
                bias=np.asarray(arrays["bias"], dtype=np.float32),
                pentas=config["pentas"],
                roots=config["roots"],
                event_only=config.get("event_only", ()),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise DataFileError(detail=f"event classifier model is malformed: {exc}") from exc

    def predict(self, sent: Span, mentions: Sequence[ActorMention] = ()) -> Prediction:
        """The classifier's reading of a parsed sentence with its actor ``mentions``:
        ``predict_features`` of its :func:`sentence_features`, read through the rows of its
        words."""
        return self._predict_rows(self.sentence_rows(sent, mentions))

    def sentence_rows(self, sent: Span, mentions: Sequence[ActorMention] = ()) -> list[int]:
        """The model's rows of ``sentence_features(sent, mentions)``, sorted; the word and
        word-pair features (most of them) are looked up by their lemmas, without their
        strings."""
        words = doc_words(sent.doc)
        kept, lemmas = _kept_words(sent, words)
        rows = set(map(self._word_rows.__getitem__, lemmas))
        rows.update(map(self._pair_rows.__getitem__, zip(lemmas, lemmas[1:], strict=False)))
        get = self.index.get
        rows.update(get(f, -1) for f in ["bias", *_syntax_features(sent.doc, words, kept)])
        if self._reads_actors:
            rows.update(get(f, -1) for f in actor_features(sent, mentions))
        rows.discard(-1)
        return sorted(rows)

    def scores(self, features: Iterable[str]) -> np.ndarray:
        """Raw linear scores of all heads: [event, penta..., root...]."""
        get = self.index.get
        return self._scores_rows(sorted({row for f in features if (row := get(f)) is not None}))

    def _scores_rows(self, rows: list[int]) -> np.ndarray:
        return np.array(self._sum_rows(rows), dtype=np.float64)  # a copy, never the bias

    def _sum_rows(self, rows: list[int]) -> np.ndarray:
        """The heads' raw scores in the weights' own float32 (exact as Python floats)."""
        if not rows:
            return self.bias
        # ``add.reduce`` is what ``ndarray.sum`` calls, without its Python wrapper.
        total = np.add.reduce(self.weights.take(rows, axis=0), axis=0)
        shared = len(rows) - bisect_left(rows, self._event_rows)
        if shared in (0, len(rows)):
            return self.bias + total * (1.0 / math.sqrt(len(rows)))
        # each head scaled by the number of its own features, as it was trained
        scale = np.full(total.shape, 1.0 / math.sqrt(shared), dtype=np.float32)
        scale[0] = 1.0 / math.sqrt(len(rows))
        return self.bias + total * scale

    def predict_features(self, features: Iterable[str]) -> Prediction:
        """The reading of a sentence given as its feature strings."""
        get = self.index.get
        return self._predict_rows(sorted({row for f in features if (row := get(f)) is not None}))

    def _predict_rows(self, rows: list[int]) -> Prediction:
        # Python floats after the one matrix sum: numpy's per-call overhead dwarfs the work
        # on some twenty numbers (this ran 50 microseconds a sentence as numpy calls).
        raw = self._sum_rows(rows).tolist()
        npenta = len(self.pentas)
        penta_p = _softmax(raw[1 : 1 + npenta])
        best = penta_p.index(max(penta_p))  # numpy's argmax: the first of equal maxima
        wanted = self.pentas[best]
        root_raw = raw[1 + npenta :]
        # The roots of the PentaClass (all roots if it has none), as positions in ``roots``;
        # the others have probability 0 and are never the root nor ranked.
        inside = self._penta_roots[wanted] or range(len(root_raw))
        root_p = dict(zip(inside, _softmax([root_raw[i] for i in inside]), strict=True))
        root = max(root_p, key=root_p.__getitem__)  # the first of equal maxima, as argmax
        # Most probable first, equal ones in order (``reverse`` keeps a sort stable).
        order = sorted(root_p, key=root_p.__getitem__, reverse=True)
        return Prediction(
            event=1.0 / (1.0 + math.exp(-raw[0])),
            penta=wanted,
            penta_prob=penta_p[best],
            root=self.roots[root],
            root_prob=root_p[root],
            ranked=tuple(self.roots[i] for i in order if root_p[i] > 0.0),
        )


def _softmax(values: list[float]) -> list[float]:
    top = max(values)
    shifted = [math.exp(value - top) for value in values]
    total = sum(shifted)
    return [value / total for value in shifted]


@lru_cache(maxsize=1)
def _load_shipped() -> EventClassifier:
    folder = resources.files("eventscope").joinpath(*_MODEL)
    try:
        config_text = folder.joinpath("model.json").read_text(encoding="utf-8")
        with folder.joinpath("weights.npz").open("rb") as stream, np.load(stream) as arrays:
            data = {name: arrays[name] for name in ("weights", "bias")}
    except (OSError, ValueError, KeyError) as exc:
        raise DataFileError(
            detail=f"event classifier model missing or unreadable ({exc}); run `make train`"
        ) from exc
    return EventClassifier.from_files(config_text, data)
