"""Actor phrases with the real model: countries, sectors, people, companies, IGOs, negatives.

Every sentence here is written for these tests (no text from ../shared).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors import ActorCoder, ActorOptions, actor_code
from eventscope.actors.phrases import Draft
from eventscope.models import ActorMention


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def found(coder: ActorCoder, nlp, text: str) -> list[tuple[str, str]]:
    """(text, code) of the actor mentions, leaving out those flagged as mere context."""
    mentions = coder.find(nlp(text))
    return [(m.actor.text, m.actor.code) for m in mentions if m.actor.resolution != "context"]


# (sentence, the whole mention text, its CAMEO code)
POSITIVE = [
    # countries: ISO names, short, alternative and historical names
    ("Azerbaijan and China signed a memorandum.", "Azerbaijan", "AZE"),
    ("Azerbaijan and China signed a memorandum.", "China", "CHN"),
    ("Britain protested the decision.", "Britain", "GBR"),
    ("The UK recalled its envoy to Minsk.", "UK", "GBR"),
    ("The U.S. imposed tariffs on steel.", "U.S.", "USA"),
    ("The United States welcomed the move.", "United States", "USA"),
    ("South Korea and North Korea exchanged fire.", "South Korea", "KOR"),
    ("South Korea and North Korea exchanged fire.", "North Korea", "PRK"),
    ("Ivory Coast hosted the regional summit.", "Ivory Coast", "CIV"),
    ("Burma freed several dissidents.", "Burma", "MMR"),
    ("The Soviet Union launched a satellite.", "Soviet Union", "SUN"),
    ("Russia and Ukraine resumed grain exports.", "Ukraine", "UKR"),
    ("Vietnam criticised the patrol.", "Vietnam", "VNM"),
    ("Iran rejected the proposal.", "Iran", "IRN"),
    ("Kosovo applied for membership.", "Kosovo", "XKX"),
    ("Turkey sent aid to Syria.", "Turkey", "TUR"),
    # possessives, straight and curly apostrophes
    ("China's ambassador handed over the letter.", "China's ambassador", "CHNGOV"),
    ("China\u2019s ambassador handed over the letter.", "China\u2019s ambassador", "CHNGOV"),
    ("Japan's navy tracked the vessel.", "Japan's navy", "JPNMIL"),
    ("India's army moved tanks north.", "India's army", "INDMIL"),
    # demonyms + agent words -> country + sector
    ("Armenian armed forces shelled the village.", "Armenian armed forces", "ARMMIL"),
    ("The Chinese government donated ventilators.", "The Chinese government", "CHNGOV"),
    ("Chinese troops crossed the line.", "Chinese troops", "CHNMIL"),
    ("The Kenyan police dispersed the crowd.", "The Kenyan police", "KENCOP"),
    ("Ukrainian lawmakers approved the budget.", "Ukrainian lawmakers", "UKRLEG"),
    ("Iranian students marched on Tuesday.", "Iranian students", "IRNEDU"),
    ("Israeli soldiers detained two men.", "Israeli soldiers", "ISRMIL"),
    ("A French court convicted the banker.", "French court", "FRAJUD"),
    ("Egyptian prosecutors charged the officials.", "Egyptian prosecutors", "EGYJUD"),
    ("The Polish parliament passed the law.", "The Polish parliament", "POLLEG"),
    ("Syrian rebels seized the town.", "Syrian rebels", "SYRREB"),
    ("Colombian insurgents freed the hostages.", "Colombian insurgents", "COLINS"),
    ("The Belarusian opposition called a strike.", "The Belarusian opposition", "BLROPP"),
    ("Italian doctors treated the wounded.", "Italian doctors", "ITAHLH"),
    ("German companies invested heavily.", "German companies", "DEUBUS"),
    ("Turkish journalists were detained.", "Turkish journalists", "TURMED"),
    ("Afghan civilians fled the fighting.", "Afghan civilians", "AFGCVL"),
    ("Nigerian officials confirmed the report.", "Nigerian officials", "NGAGOV"),
    (
        "The Russian Foreign Ministry summoned the diplomat.",
        "The Russian Foreign Ministry",
        "RUSGOV",
    ),
    ("The British embassy issued a warning.", "The British embassy", "GBRGOV"),
    ("Azerbaijani Foreign Minister spoke first.", "Azerbaijani Foreign Minister", "AZEGOV"),
    ("The Chinese side expressed concern.", "The Chinese side", "CHN"),
    ("The Chinese said no.", "The Chinese", "CHN"),
    ("Armenians rallied in the capital.", "Armenians", "ARMCVL"),
    ("Tens of thousands of Israelis rallied.", "Israelis", "ISRCVL"),
    ("Hundreds of Germans marched in Bonn.", "Germans", "DEUCVL"),  # not "Germen"
    ("Thousands of South Africans marched in Durban.", "South Africans", "ZAFCVL"),
    ("Armenian and Azerbaijani forces clashed.", "Azerbaijani forces", "AZEMIL"),
    ("Armenian and Azerbaijani forces clashed.", "Armenian", "ARMMIL"),
    ("The Turkish Cypriot leader left.", "The Turkish Cypriot leader", "CYPGOV"),
    # agent words alone or with "of"/"in" + country
    ("Police arrested the suspect.", "Police", "COP"),
    ("The government resigned.", "The government", "GOV"),
    ("The President of Azerbaijan opened the plant.", "The President of Azerbaijan", "AZEGOV"),
    ("The ministers of Georgia and Armenia met.", "The ministers of Georgia", "GEOGOV"),
    ("Officials in Baku denied the claim.", "Officials in Baku", "AZEGOV"),
    # chains of agent words: the specific sector wins over a generic GOV head
    ("The police spokesman said no.", "The police spokesman", "COP"),
    ("The rebel leader denied it.", "The rebel leader", "REB"),
    ("Business leaders met on Monday.", "Business leaders", "BUS"),
    ("The Israeli military spokesman declined.", "The Israeli military spokesman", "ISRMIL"),
    (
        "Chinese Foreign Ministry spokesperson Hua Lin spoke.",
        "Chinese Foreign Ministry spokesperson Hua Lin",
        "CHNGOV",
    ),
    # agent + preposition + country or demonym phrase
    ("Workers at French oil refineries struck.", "Workers at French oil refineries", "FRALAB"),
    ("Police in Kenyan cities fired tear gas.", "Police in Kenyan cities", "KENCOP"),
    ("The residents of Gaza fled.", "The residents of Gaza", "PSECVL"),
    # noun modifiers between a demonym and its agent word; weapons with a country
    ("Iran shot down an American surveillance drone.", "American surveillance drone", "USAMIL"),
    ("Russian missiles struck the port.", "Russian missiles", "RUSMIL"),
    ("Houthi rebels fired a missile.", "Houthi rebels", "YEMREBHTH"),  # the named group
    ("Boko Haram militants abducted pupils.", "Boko Haram militants", "IMGMOSBKH"),
    # capitals as metonyms
    ("Baku said the talks were useful.", "Baku", "AZEGOV"),
    ("Beijing and Moscow agreed to cooperate.", "Beijing", "CHNGOV"),
    ("Beijing and Moscow agreed to cooperate.", "Moscow", "RUSGOV"),
    ("Washington imposed new sanctions.", "Washington", "USAGOV"),
    # people by title or apposition
    (
        "Azerbaijani Foreign Minister Jeyhun Bayramov spoke.",
        "Azerbaijani Foreign Minister Jeyhun Bayramov",
        "AZEGOV",
    ),
    # an organisation's office named in the text holds whatever the dictionary's dates say
    (
        "Arab League Secretary General Chedli Klibi spoke.",
        "Arab League Secretary General Chedli Klibi",
        "IGOARBARL",
    ),
    # a leader or spokesman of a named group is of that group, not of its country's state
    ("Hezbollah leader Hassan Nasrallah spoke.", "Hezbollah leader Hassan Nasrallah", "LBNREBHZB"),
    ("Kremlin spokesman Dmitry Peskov spoke.", "Kremlin spokesman Dmitry Peskov", "RUSGOV"),
    ("China's Ambassador Guo Min attended.", "China's Ambassador Guo Min", "CHNGOV"),
    ("Guo Min, China's envoy, attended the forum.", "Guo Min, China's envoy", "CHNGOV"),
    ("French President Emmanuel Macron called.", "French President Emmanuel Macron", "FRAGOV"),
    ("The Chinese ambassador, Guo Min, said so.", "The Chinese ambassador, Guo Min", "CHNGOV"),
    ("Bayramov, the foreign minister, said so.", "Bayramov, the foreign minister", "GOV"),
    (
        "Russian Defense Minister Igor Petrov resigned.",
        "Russian Defense Minister Igor Petrov",
        "RUSGOV",
    ),
    ("Prime Minister Ali Asadov met the delegation.", "Prime Minister Ali Asadov", "GOV"),
    # IGOs and NGOs
    ("The United Nations condemned the attack.", "United Nations", "IGOUNO"),
    ("The UN Security Council met on Friday.", "UN Security Council", "IGOUNO"),
    ("NATO deployed more jets.", "NATO", "IGOWSTNAT"),
    ("The EU extended the sanctions.", "EU", "IGOEUREEC"),
    # the 1980s-90s name and its abbreviations (European Community, EC, EEC)
    ("EC foreign ministers met in Brussels.", "EC foreign ministers", "IGOEUREEC"),
    ("The EEC cut its butter exports.", "EEC", "IGOEUREEC"),
    # the opposition named by its groups and parties
    ("Opposition groups in Kenya boycotted the vote.", "Opposition groups in Kenya", "KENOPP"),
    ("Opposition parties in Kenya walked out.", "Opposition parties in Kenya", "KENOPP"),
    # state bodies known by their own names
    ("The State Department criticised the plan.", "State Department", "USAGOV"),
    ("The FBI arrested two suspects.", "FBI", "USACOP"),
    ("The IDF struck targets overnight.", "IDF", "ISRMIL"),
    # a non-governmental organisation named by kind takes the NGO sector
    (
        "A Swiss non-governmental organization sent food.",
        "Swiss non-governmental organization",
        "CHENGO",
    ),
    ("The OSCE sent observers.", "OSCE", "IGOEUROSC"),
    ("The WHO declared a pandemic.", "WHO", "IGOUNOWHO"),
    ("The IMF approved the loan.", "IMF", "IGOIMF"),
    ("The World Bank froze the payments.", "World Bank", "IGOWBK"),
    ("The Non-Aligned Movement held a summit.", "Non-Aligned Movement", "IGONAM"),
    ("The African Union suspended Mali.", "African Union", "IGOAFRAFU"),
    ("The Red Cross delivered food.", "Red Cross", "IGOIRC"),
    (
        "The Shanghai Cooperation Organization met.",
        "Shanghai Cooperation Organization",
        "IGOASISCO",
    ),
    ("The CIS leaders gathered in Minsk.", "The CIS leaders", "IGOCIS"),
    ("Amnesty International criticised the verdict.", "Amnesty International", "NGOAMN"),
    ("NATO troops withdrew.", "NATO troops", "IGOWSTNAT"),
    ("The UN envoy arrived.", "The UN envoy", "IGOUNO"),
    # companies and media
    ("Huawei opened a lab.", "Huawei", "CHNBUS"),
    ("Alibaba donated masks.", "Alibaba", "CHNBUS"),
    ("Gazprom cut supplies.", "Gazprom", "RUSBUS"),
    ("Samsung and Toyota announced a venture.", "Toyota", "JPNBUS"),
    ("Boeing delivered the jets.", "Boeing", "USABUS"),
    ("Airbus won the order.", "Airbus", "FRABUS"),
    ("Saudi Aramco raised prices.", "Saudi Aramco", "SAUBUS"),
    ("Chinese tech giant ZTE signed the deal.", "Chinese tech giant ZTE", "CHNBUS"),
    ("The Azerbaijani Airlines flight landed.", "Azerbaijani Airlines", "AZEBUS"),
    ("Xinhua reported the visit.", "Xinhua", "CHNMED"),
    ("China Daily published the letter.", "China Daily", "CHNMED"),
    ("Reuters reported the deal.", "Reuters", "GBRMED"),
    ("The Pakistani Taliban claimed the attack.", "Pakistani Taliban", "PAKINSTTP"),
    # sub-national actors
    ("Sichuan province sent medical supplies.", "Sichuan province", "CHNGOV"),
    ("The supplies were sent by Hubei province.", "Hubei province", "CHNGOV"),
    ("Sichuan sent doctors to the region.", "Sichuan", "CHNGOV"),
    ("Rebels in the Ivory Coast blocked the road.", "Rebels in the Ivory Coast", "CIVREB"),
    # ambiguous names
    ("Georgia's governor signed the bill.", "Georgia's governor", "USAGOV"),
    ("Georgia and Russia fought a war.", "Georgia", "GEO"),
    ("The governor of Georgia vetoed it.", "The governor of Georgia", "USAGOV"),
    # seats of government stand for the government
    ("The Kremlin rejected the offer on Monday.", "Kremlin", "RUSGOV"),
    ("The White House praised the agreement.", "White House", "USAGOV"),
    ("Downing Street declined to comment.", "Downing Street", "GBRGOV"),
    # a capitalised portfolio between the demonym and the title (a PROPN compound)
    (
        "Kenyan Health Minister Amina Otieno visited the clinic.",
        "Kenyan Health Minister Amina Otieno",
        "KENGOV",
    ),
    ("The Brazilian Energy Minister met investors.", "The Brazilian Energy Minister", "BRAGOV"),
    (
        "Norwegian Fisheries Minister Lars Berg signed the deal.",
        "Norwegian Fisheries Minister Lars Berg",
        "NORGOV",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "code"), POSITIVE)
def test_actor_phrase(coder, nlp, text, phrase, code):
    assert (phrase, code) in found(coder, nlp, text)


# (sentence, a word that must not be (part of) any actor mention)
NEGATIVE = [
    ("She drank Turkish coffee in a cafe.", "Turkish"),
    ("They ordered Chinese food.", "Chinese"),
    ("The Russian language is taught there.", "Russian"),
    ("The delegates met in Baku on Monday.", "Baku"),
    ("The forum was held in China last year.", "China"),
    ("Talks took place at the Armenia-Azerbaijan border.", "Armenia"),
    ("Talks took place at the Armenia-Azerbaijan border.", "Azerbaijan"),
    ("The Azerbaijan-Armenia border was quiet.", "Armenia"),
    ("The China Expo attracted visitors.", "China"),
    ("The artillery hit the Tovuz district.", "Tovuz"),
    ("Prices rose in Shanghai.", "Shanghai"),
    ("The goods were shipped to Guangzhou city.", "Guangzhou"),
    ("The official visit ended.", "official"),
    ("He sent military equipment.", "military"),
    ("Protesters gathered in Atlanta, Georgia.", "Georgia"),
    ("We asked us to wait.", "us"),
    ("Who will attend the meeting?", "Who"),
    ("The general public was not informed.", "general"),
    ("He said the turkey was cold.", "turkey"),
    ("Michael Jordan scored again.", "Jordan"),
    ("The side door was open.", "side"),
    ("The rebels fired a missile.", "missile"),
    ("King Williams Town was quiet.", "Town"),
]


# (sentence, mention, code): a post, base or convoy stands for the force that holds it (an attack
# on "a police station" is an attack on the police); a government holds them through its forces.
INSTALLATIONS = [
    ("Rioters burnt a police station in the town.", "police station", "COP"),
    ("The army base was shelled overnight.", "The army base", "MIL"),
    ("Gunmen ambushed a military convoy on the highway.", "military convoy", "MIL"),
    ("Insurgents overran government positions near the dam.", "government positions", "MIL"),
    ("Troops raided a rebel camp in the hills.", "rebel camp", "REB"),
    ("Militants attacked Kenyan army checkpoints at dawn.", "Kenyan army checkpoints", "KENMIL"),
]


@pytest.mark.parametrize(("text", "phrase", "code"), INSTALLATIONS)
def test_installation_stands_for_its_force(coder, nlp, text, phrase, code):
    assert (phrase, code) in found(coder, nlp, text)


@pytest.mark.parametrize(("text", "word"), NEGATIVE)
def test_not_an_actor(coder, nlp, text, word):
    mentions = [text for text, _ in found(coder, nlp, text)]
    assert not any(word in mention.split() or mention == word for mention in mentions), mentions


# (sentence, mention text, code): a country that is context, not an agent (a place or a modifier)
CONTEXT = [
    ("She drank Turkish coffee in a cafe.", "Turkish", "TUR"),
    ("Yemen rejected a U.S. request.", "U.S.", "USA"),
    ("Serbia rejected an Australian ultimatum.", "Australian", "AUS"),
    ("The forum was held in China last year.", "China", "CHN"),
    ("A curfew was imposed in Sudan.", "Sudan", "SDN"),
    ("The China Expo attracted visitors.", "China", "CHN"),
]


@pytest.mark.parametrize(("text", "phrase", "code"), CONTEXT)
def test_context_mentions_are_flagged(coder, nlp, text, phrase, code):
    mentions = [m.actor for m in coder.find(nlp(text)) if m.actor.text == phrase]
    assert [(a.code, a.resolution) for a in mentions] == [(code, "context")]


def test_context_mentions_do_not_feed_collectives(coder, nlp):
    text = "Japan met Peru in Chile. The two countries signed a pact."
    mentions = [m for m in coder.find(nlp(text)) if m.actor.text == "The two countries"]
    assert [m.actor.code for m in mentions] == ["JPN", "PER"]


# (text, mention text, resolution, name, code)
RESOLUTION = [
    ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived. Bayramov said the talks went well.",
     "Bayramov", "coreference", "Jeyhun Bayramov", "AZEGOV"),
    ("China's Ambassador Guo Min spoke. Later Guo Min visited a school.",
     "Guo Min", "coreference", "Guo Min", "CHNGOV"),
    ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived. The minister praised the deal.",
     "The minister", "coreference", "Jeyhun Bayramov", "AZEGOV"),
    ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived. The foreign minister praised it.",
     "The foreign minister", "coreference", "Jeyhun Bayramov", "AZEGOV"),
    ("China's Ambassador Guo Min arrived. The ambassador praised the deal.",
     "The ambassador", "coreference", "Guo Min", "CHNGOV"),
    ("China's Ambassador Guo Min met Bayramov. The Chinese envoy praised the deal.",
     "The Chinese envoy", "coreference", "Guo Min", "CHNGOV"),
    ("French President Emmanuel Macron arrived. He thanked the hosts.",
     "He", "coreference", "Emmanuel Macron", "FRAGOV"),
    ("German Chancellor Olaf Scholz arrived. The chancellor said she was pleased.",
     "The chancellor", "coreference", "Olaf Scholz", "DEUGOV"),
    ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived.",
     "Azerbaijani Foreign Minister Jeyhun Bayramov", "title", "Jeyhun Bayramov", "AZEGOV"),
    ("Huawei opened a lab.", "Huawei", "dictionary", "Huawei", "CHNBUS"),
    ("The minister resigned.", "The minister", "dictionary", None, "GOV"),
    ("The Chinese envoy resigned.", "The Chinese envoy", "dictionary", None, "CHNGOV"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "resolution", "name", "code"), RESOLUTION)
def test_resolution(coder, nlp, text, phrase, resolution, name, code):
    actors = [m.actor for m in coder.find(nlp(text)) if m.actor.text == phrase]
    assert [(a.resolution, a.name, a.code) for a in actors] == [(resolution, name, code)]


# (text, the collective phrase, the codes it stands for)
COLLECTIVE = [
    ("Azerbaijan and China met. The sides agreed to cooperate.", "The sides", ["AZE", "CHN"]),
    ("Azerbaijan and China met. Both sides agreed.", "Both sides", ["AZE", "CHN"]),
    ("Japan thanked Peru. The two countries signed a pact.", "The two countries", ["JPN", "PER"]),
    ("Azerbaijani Foreign Minister Jeyhun Bayramov met China's Ambassador Guo Min. "
     "The sides discussed trade.", "The sides", ["AZEGOV", "CHNGOV"]),
    ("French President Emmanuel Macron called German Chancellor Olaf Scholz. "
     "The two leaders discussed energy.", "The two leaders", ["FRAGOV", "DEUGOV"]),
    ("Ghana, Togo and Benin met. Both countries left.", "Both countries", ["TGO", "BEN"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "codes"), COLLECTIVE)
def test_collective(coder, nlp, text, phrase, codes):
    mentions = [m for m in coder.find(nlp(text)) if m.actor.text == phrase]
    assert [m.actor.code for m in mentions] == codes
    assert {m.actor.resolution for m in mentions} == {"collective"}
    assert len({(m.start, m.end) for m in mentions}) == 1


@pytest.mark.parametrize(
    "text",
    ["The sides agreed to meet again.", "Both sides kept silent.", "He resigned.", "She left."],
)
def test_anaphor_without_antecedent_is_dropped(coder, nlp, text):
    assert coder.find(nlp(text)) == []


def test_mentions_are_whole_phrases_in_doc_order(coder, nlp):
    doc = nlp("Azerbaijani Foreign Minister Jeyhun Bayramov met Chinese troops and Huawei staff.")
    mentions = coder.find(doc)
    starts = [(m.start, m.end) for m in mentions]
    assert starts == sorted(starts)
    assert [m.actor.text for m in mentions][0] == "Azerbaijani Foreign Minister Jeyhun Bayramov"
    for first, second in zip(mentions, mentions[1:], strict=False):
        assert first.end <= second.start  # no mention inside another
    bayramov = mentions[0]
    assert doc[bayramov.start : bayramov.end].root.text == "Bayramov"


def test_actor_offsets_and_sentence_index(coder, nlp):
    text = "Rain fell.\n\nChina's envoy left Baku."
    mentions = coder.find(nlp(text))
    envoy = next(m for m in mentions if m.actor.code == "CHNGOV")
    assert text[envoy.actor.start : envoy.actor.end] == envoy.actor.text == "China's envoy"
    assert envoy.sent_index == 1
    assert isinstance(envoy, ActorMention)


def test_ner_mistakes_are_overridden(coder, nlp):
    # The small model tags some of these as PERSON or GPE; the dictionary decides.
    doc = nlp("Azerbaijani troops left Tovuz. Alibaba paid for the flights.")
    codes = {m.actor.text: m.actor.code for m in coder.find(doc)}
    assert codes == {"Azerbaijani troops": "AZEMIL", "Alibaba": "CHNBUS"}


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (Draft(0, 1, country="AZE", sector="GOV"), "AZEGOV"),
        (Draft(0, 1, country="AZE"), "AZE"),
        (Draft(0, 1, sector="GOV"), "GOV"),
        (Draft(0, 1, country=None, sector="IGO", code="IGOUNO"), "IGOUNO"),
        (Draft(0, 1, country="CHN", sector="GOVMED"), "CHNGOVMED"),
    ],
)
def test_actor_code(draft, code):
    assert actor_code(draft) == code


def test_packaged_off_codes_nothing(nlp):
    coder = ActorCoder.load(options=ActorOptions(packaged=False))
    assert coder.find(nlp("China and Russia met."), on=date(2020, 1, 1)) == []
