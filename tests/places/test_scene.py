"""Where the story's scene puts an event (places/scene.py): fronted frames carried over later
sentences, clauses of the same scene, and containers after a name (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from test_places import _actor, cache_dir, resolver

from eventscope.models import EventMention, Place, PlaceMention
from eventscope.places import place_for_event
from eventscope.places.scene import containers
from eventscope.places.tie import CONTAINER, FRAME, PREVIOUS, SCENE

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _event_place(resolver, nlp, text: str, trigger: str) -> tuple[tuple | None, str | None]:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    event = EventMention(None, None, "190", token.i, token.i + 1, index, 1.0)
    place, why = place_for_event(doc, event, resolver.find(doc))
    found = (place.text, place.place.country) if place and place.place else None
    return found, why


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2021, in Gyumri, Shirak, workers blocked a road. A scuffle broke out. "
        "Police detained two men.",
        "In Gyumri, workers blocked a road on Monday. A scuffle broke out. "
        "Police detained two men.",
    ],
)
def test_a_fronted_frame_sets_the_scene_of_the_paragraph(resolver, nlp, text) -> None:
    assert _event_place(resolver, nlp, text, "detained") == (("Gyumri", "ARM"), SCENE)


@pytest.mark.parametrize(
    "text",
    [
        # A paragraph break ends the scene.
        "In Gyumri, workers blocked a road.\n\nA scuffle broke out. Police detained two men.",
        # A place named since ends it too: the last sentence is not in Gyumri.
        "In Gyumri, workers blocked a road. Their union met in Vanadzor. It was a long "
        "meeting. Police detained two men.",
    ],
)
def test_the_scene_ends_at_a_break_or_another_place(resolver, nlp, text) -> None:
    found, why = _event_place(resolver, nlp, text, "detained")
    assert why != SCENE and found != ("Gyumri", "ARM")


def test_the_previous_sentence_still_comes_first(resolver, nlp) -> None:
    text = "In Gyumri, workers blocked a road. Police came from Vanadzor. Two men were detained."
    assert _event_place(resolver, nlp, text, "detained") == (("Vanadzor", "ARM"), PREVIOUS)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A relative clause on a relative pronoun continues the event's scene.
        (
            "Reported on 12 March 2021, rebels clashed with soldiers, which led to the death "
            "of two fighters, in Tovuz city.",
            "clashed",
            "Tovuz",
        ),
        # So does a participle clause, unlike a clause with a subject of its own.
        (
            "On 2 March 2021, teachers staged a protest in front of the ministry building, "
            "demanding unpaid wages, in Gyumri city.",
            "staged",
            "Gyumri",
        ),
        # A name closed by a comma modifies no noun after it ("Veracruz, armed men").
        (
            "On 2 May 2021, in Cosoleacaque, Veracruz, armed men riding a motorcycle carried "
            "out a shooting against a driver.",
            "shooting",
            "Cosoleacaque",
        ),
    ],
)
def test_a_clause_without_its_own_subject_is_the_same_scene(
    resolver, nlp, text, trigger, expected
) -> None:
    found, _ = _event_place(resolver, nlp, text, trigger)
    assert found is not None and found[0] == expected


def test_the_named_place_beats_its_container(resolver, nlp) -> None:
    text = "On 2 May 2021, in Ciudad Juarez, Chihuahua, taxi drivers protested over fuel prices."
    found, _ = _event_place(resolver, nlp, text, "protested")
    assert found == ("Ciudad Juarez", "MEX")


def _mention(text: str, start: int, country: str, code: str) -> PlaceMention:
    place = Place(name=text, country=country, feature_code=code)
    return PlaceMention(text, start, start + len(text), place, 0)


def test_a_country_is_no_town_s_container() -> None:
    text = "in Leon, Guanajuato and in western Yemen (Hajjah)"
    leon = _mention("Leon", text.index("Leon"), "MEX", "PPL")
    state = _mention("Guanajuato", text.index("Guanajuato"), "MEX", "ADM1")
    yemen = _mention("Yemen", text.index("Yemen"), "YEM", "PCLI")
    hajjah = _mention("Hajjah", text.index("Hajjah"), "YEM", "ADM1")
    assert containers([leon, state, yemen, hajjah], text) == frozenset({state.start})


def test_a_particle_joins_the_words_of_a_name(resolver, nlp) -> None:
    doc = nlp("On 3 May 2021, in Juiz de Fora, Minas Gerais, nurses protested over pay.")
    found = {m.text: m.place.country for m in resolver.find(doc) if m.place}
    assert found.get("Juiz de Fora") == "BRA"


def test_an_actor_named_after_a_preposition_of_place_is_where(resolver, nlp) -> None:
    # The actor coder took "Tripoli" as the target; the parse hangs it off "Sabaa", but
    # "in" opens its list: the shells fell there.
    doc = nlp("Shells fired by rebels fell in As Sabaa (Tripoli) overnight.")
    tripoli = next(t.i for t in doc if t.text == "Tripoli")
    fell = next(t.i for t in doc if t.text == "fell")
    event = EventMention(None, _actor(tripoli, tripoli + 1, "LBY"), "190", fell, fell + 1, 0, 1.0)
    place, _ = place_for_event(doc, event, resolver.find(doc))
    assert place is not None and place.text == "Tripoli"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "On 4 May 2021, in Sinop, Mato Grosso, a trader was stabbed by two men in Sao "
            "Cristovao neighbourhood.",
            "stabbed",
            "Sinop",
        ),
        (
            "On 4 May 2021, in Manaus, Amazonas, a vendor was beaten by police in Cidade Nova.",
            "beaten",
            "Manaus",
        ),
    ],
)
def test_a_quarter_of_the_fronted_town_is_no_far_namesake(
    resolver, nlp, text, trigger, expected
) -> None:
    found, why = _event_place(resolver, nlp, text, trigger)
    assert found is not None and found[0] == expected and why == FRAME


def test_a_town_near_the_fronted_town_stands(resolver, nlp) -> None:
    text = "On 4 May 2021, in Rio de Janeiro, Brazil, police killed two men in Niteroi."
    found, why = _event_place(resolver, nlp, text, "killed")
    assert found == ("Niteroi", "BRA") and why != FRAME


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "On 6 May 2021, rioters burned a bus in Baglar neighbourhood of Bagcilar, Istanbul.",
            "burned",
            ("Bagcilar", "TUR"),
        ),
        # the container's kind word, joined to its mention, still names the town itself
        (
            "On 4 June 2021, villagers clashed with police in Rampur area of Jalesar town.",
            "clashed",
            ("Jalesar town", "IND"),
        ),
    ],
)
def test_a_quarter_of_a_named_town_is_no_far_namesake(
    resolver, nlp, text, trigger, expected
) -> None:
    found, why = _event_place(resolver, nlp, text, trigger)
    assert found == expected and why == CONTAINER


def test_a_state_read_as_its_capital_is_no_container(resolver, nlp) -> None:
    # "Bahia" may read as Salvador; it is still the state Santaluz lies in.
    text = "On 6 May 2021, in Santaluz, Bahia, two men were killed by police."
    found, why = _event_place(resolver, nlp, text, "killed")
    assert found == ("Santaluz", "BRA") and why != CONTAINER


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The small model tags both as an organisation or a person: "of" after a place noun
        # says they are places.
        (
            "On 3 May 2021, truck drivers held a rally in the centre of Skopje against fuel taxes.",
            "Skopje",
            "MKD",
        ),
        ("Residents of Kasoa demonstrated against a new landfill.", "Kasoa", "GHA"),
    ],
)
def test_a_name_after_a_place_noun_and_of_is_a_place(resolver, nlp, text, name, country) -> None:
    found = {m.text: m.place.country for m in resolver.find(nlp(text)) if m.place}
    assert found.get(name) == country


def test_the_front_of_a_building_is_no_place_noun(resolver, nlp) -> None:
    found = {m.text for m in resolver.find(nlp("Rioters damaged the front of Audi Bank in Sidon."))}
    assert found == {"Sidon"}


def test_at_before_a_name_is_the_preposition_not_a_particle(resolver, nlp) -> None:
    # "at" also joins Arabic names ("Tall at Tamr"); with no name word before it, it is the
    # preposition that makes the comma after the unknown village open its container.
    text = "Troops fired on the positions of the army located at Dzhilki, Tovuz."
    found = {m.text: m.place.country for m in resolver.find(nlp(text)) if m.place}
    assert found.get("Tovuz") == "AZE"


def test_a_name_the_ner_cut_at_its_hyphen_is_whole(resolver, nlp) -> None:
    doc = nlp("On 6 May 2021, people protested in Ivano-Frankivsk against a court ruling.")
    found = {m.text: m.place.country for m in resolver.find(doc) if m.place}
    assert found == {"Ivano-Frankivsk": "UKR"}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A clause at the same time ("while", "when") is the event's scene, unlike "after".
        (
            "On 7 May 2021, a trader was shot dead while a bystander was wounded in an attack "
            "by gunmen in Panglao, Bohol.",
            "shot",
            ("Panglao", "PHL"),
        ),
        (
            "On 7 May 2021, two farmers were wounded when soldiers fired mortars in Gardez "
            "city, Paktia.",
            "wounded",
            ("Gardez", "AFG"),
        ),
        # The residents of a town demonstrate there when no other place is named.
        (
            "Residents of Kasoa demonstrated against a new landfill.",
            "demonstrated",
            ("Kasoa", "GHA"),
        ),
    ],
)
def test_the_same_scene_at_the_same_time(resolver, nlp, text, trigger, expected) -> None:
    assert _event_place(resolver, nlp, text, trigger)[0] == expected


def test_the_main_country_weighs_sure_readings_and_smaller_places() -> None:
    from eventscope.places.tie import main_country

    def mention(country: str, score: float, code: str = "PPL") -> PlaceMention:
        place = Place(name="x", country=country, feature_code=code, score=score)
        return PlaceMention("x", 0, 1, place, 0)

    # One sure Somali town outweighs two doubtful readings of a name as a Chinese town.
    assert main_country([mention("SOM", 1.0), mention("CHN", 0.26), mention("CHN", 0.13)]) == "SOM"
    # A country beside a town ("deported from Turkey to Idlib") does not outvote the town.
    assert main_country([mention("TUR", 1.0, "PCLI"), mention("SYR", 0.75)]) == "SYR"
    assert main_country([mention("TUR", 1.0, "PCLI")]) == "TUR"
