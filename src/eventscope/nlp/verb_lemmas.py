"""Verb forms the model's rule lemmatizer gets wrong, set right by the attribute ruler.

CONTRACT:

    fix_verb_lemmas(nlp)  # "hopes" / "hoped" / "hoping" tagged as a verb -> lemma "hope"

The English rule lemmatizer strips a suffix and keeps the first result its verb index knows:
"hopes", "hoped", "hoping" come out "hop", "raped" "rap", "raged" "rag", "staged" "stag",
"waged" "wag", all real verbs. A frame that reads the lemma then misses its word: "Georgia
hopes to join NATO" was no intent (``frames.toml`` ``hope = "intent"``), so the classifier
filled the sentence with a guessed yield (080); "soldiers raped two women" matched no
``rape`` row; "fighting raged" was no occurrence. The lemmatizer leaves a lemma that is
already set (``overwrite`` false), so patterns on the attribute ruler, which runs before it,
give these forms their lemma when the tagger reads them as verbs (a noun "hopes" or
"stages" keeps the noun lemmatizer's). The ruler's matcher already reads every token: three
more patterns cost no extra pass. The word lists keep "stag" and "wag" beside "stage" and
"wage" for pipelines loaded without :func:`~eventscope.nlp.load_nlp`.

Example:
    >>> VERB_LEMMAS["hope"]
    ('hopes', 'hoped', 'hoping')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

RULER = "attribute_ruler"
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
# lemma -> the inflected forms the rule lemmatizer cuts to a shorter verb ("hop", "rap")
VERB_LEMMAS = MappingProxyType(
    {
        "hope": ("hopes", "hoped", "hoping"),
        "rape": ("rapes", "raped", "raping"),
        "rage": ("rages", "raged", "raging"),
        "stage": ("stages", "staged", "staging"),
        "wage": ("wages", "waged", "waging"),
    }
)


def fix_verb_lemmas(nlp: Language) -> None:
    """Add one attribute-ruler pattern per lemma of :data:`VERB_LEMMAS` (nothing when the
    pipeline has no attribute ruler, as a blank one)."""
    if RULER not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(RULER)
    for lemma, forms in VERB_LEMMAS.items():
        pattern = [{"LOWER": {"IN": list(forms)}, "TAG": {"IN": list(VERB_TAGS)}}]
        ruler.add([pattern], {"LEMMA": lemma})  # type: ignore[attr-defined]
