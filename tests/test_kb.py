"""The knowledge base: well-formed data, and the patterns and canonical names generated from it."""

from __future__ import annotations

from collections import Counter

import pytest
from rdflib import RDF, RDFS, Graph
from rdflib.namespace import SKOS

from spacegraph import kb as kb_module
from spacegraph.kb import parse_number, to_roman
from spacegraph.namespace import SG, SGR
from spacegraph.paths import ontology_dir


@pytest.fixture(scope="module")
def kb():
    return kb_module.load()


def test_every_resource_has_one_label_and_a_minted_iri():
    g = kb_module.load_graph(ontology_dir())
    subjects = {s for s in g.subjects(RDF.type, None)}
    for s in subjects:
        labels = list(g.objects(s, RDFS.label))
        assert len(labels) == 1, f"{s} has {len(labels)} labels"
        assert str(s).startswith(str(SGR)), s


def test_un_members_with_demonyms(kb):
    countries = kb.of_type("Country")
    assert len(countries) >= 195
    china = kb.get(str(SGR["country/china"]))
    assert china.names["Chinese"] == "demonym" and "People's Republic of China" in china.names
    assert kb.lookup("Pakistani") == [str(SGR["country/pakistan"])]
    assert kb.lookup("US") == [str(SGR["country/united-states"])]
    assert kb.lookup("us") == []  # acronyms are case-sensitive


def test_agencies_and_acronyms(kb):
    assert kb.lookup("China National Space Administration") == kb.lookup("CNSA")
    assert kb.lookup("china national space administration") == kb.lookup("CNSA")  # multi-word names ignore case
    assert kb.get(kb.lookup("SUPARCO")[0]).country == str(SGR["country/pakistan"])


@pytest.mark.parametrize("family, text, label", [
    ("shenzhou", "Shenzhou XIX", "Shenzhou-19"),
    ("shenzhou", "Shenzhou 17", "Shenzhou-17"),
    ("shenzhou", "Shenzhou-20", "Shenzhou-20"),
    ("soyuz-ms", "Soyuz MS-5", "Soyuz MS-05"),
    ("artemis", "Artemis 2", "Artemis II"),
    ("axiom", "Axiom Mission 4", "Ax-4"),
    ("sts", "STS-51-G", "STS-51-G"),
    ("sts", "STS-51 - G", "STS-51-G"),
    ("sts", "STS-135", "STS-135"),
])
def test_mission_family_labels(kb, family, text, label):
    fam = next(f for f in kb.families if f.iri.endswith("/" + family) or family in f.iri)
    assert kb.mission_label(fam.iri, text) == label


def test_roman_numerals():
    assert [to_roman(n) for n in (4, 9, 19, 40)] == ["IV", "IX", "XIX", "XL"]
    assert parse_number("XIX") == 19 and parse_number("17") == 17
    assert parse_number("IIII") is None and parse_number("MS") is None


def test_patterns_are_data_not_code(kb):
    phrases = kb.phrase_patterns()
    assert all(set(p) == {"label", "pattern", "attr", "id"} for p in phrases)
    labels = Counter(p["label"] for p in phrases)
    assert {"Country", "Agency", "Mission", "SpaceStation", "Program", "Astronaut"} <= set(labels)
    assert all(p["label"] == "Mission" for p in kb.family_patterns())


def test_ontology_declares_every_term_the_code_uses():
    g = Graph().parse(ontology_dir() / "spacegraph.ttl")
    declared = {s for s in g.subjects(RDF.type, None) if str(s).startswith(str(SG))}
    for name in SG.__annotations__:
        assert SG[name] in declared, f"sg:{name} is not declared in ontology/spacegraph.ttl"
    assert (SG.commander, RDFS.subPropertyOf, SG.crewMember) in g
    assert (SG.Astronaut, RDFS.subClassOf, SG.Person) in g
    assert (SG.Agency, RDFS.subClassOf, SG.Organization) in g


def test_alt_labels_are_literals():
    g = kb_module.load_graph(ontology_dir())
    assert all(o.__class__.__name__ == "Literal" for o in g.objects(None, SKOS.altLabel))


def test_stays_are_not_flights(kb):
    assert kb.is_stay("Mission:Expedition 61")
    assert not kb.is_stay("Mission:Soyuz MS-13")
    assert not kb.is_stay("Mission:Shenzhou-17")
