"""The contract's vocabulary as Python names, so a typo in a property is an AttributeError, not a silent new IRI."""

from __future__ import annotations

import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace


class SG(DefinedNamespace):
    """https://w3id.org/spacegraph/ontology# (defined in ontology/spacegraph.ttl)."""

    _NS = Namespace("https://w3id.org/spacegraph/ontology#")
    _fail = True

    # classes
    Agency: URIRef
    Astronaut: URIRef
    Mission: URIRef
    Country: URIRef
    Agreement: URIRef
    SpaceStation: URIRef
    Program: URIRef
    Organization: URIRef
    Person: URIRef
    Article: URIRef
    MissionFamily: URIRef
    Spacecraft: URIRef
    # relations
    crewMember: URIRef
    commander: URIRef
    operator: URIRef
    destination: URIRef
    nationality: URIRef
    affiliation: URIRef
    country: URIRef
    party: URIRef
    about: URIRef
    partner: URIRef
    mentionedIn: URIRef
    # values
    launchDate: URIRef
    signedOn: URIRef
    # provenance
    sentence: URIRef
    confidence: URIRef
    rule: URIRef
    section: URIRef
    charStart: URIRef
    charEnd: URIRef
    # knowledge-base annotations
    acronym: URIRef
    demonym: URIRef
    demonymNoun: URIRef
    capital: URIRef
    isoCode: URIRef
    weakName: URIRef
    stayName: URIRef
    intergovernmental: URIRef
    nationalSpaceAgency: URIRef
    familyName: URIRef
    labelTemplate: URIRef
    numerals: URIRef
    numberWidth: URIRef
    letterSuffix: URIRef
    knownCountry: URIRef
    knownAffiliation: URIRef
    knownNationality: URIRef


SGR = Namespace("https://w3id.org/spacegraph/id/")

#: One prefix per IRI group under sgr:, so that 'mission:crew-7' is both readable and valid SPARQL/Turtle
#: ('sgr:mission/crew-7' is not: a '/' may not stand unescaped in a prefixed name).
#: Prefix -> path segment; 'organization:' rather than 'org:', which is the W3C Organization Ontology's.
GROUPS = {"agency": "agency", "organization": "org", "person": "person", "mission": "mission",
          "country": "country", "agreement": "agreement", "station": "station", "program": "program",
          "vehicle": "vehicle", "family": "family", "article": "article", "evidence": "evidence"}

#: Prefixes bound in every graph we write and pre-bound in every query we run.
PREFIXES: dict[str, Namespace] = {
    "sg": Namespace(str(SG)),
    "sgr": SGR,
    **{prefix: Namespace(f"{SGR}{path}/") for prefix, path in GROUPS.items()},
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "skos": Namespace(str(SKOS)),
    "xsd": Namespace(str(XSD)),
    "owl": Namespace(str(OWL)),
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
}

#: Contract classes in the order the contract lists them; the first of these an entity has is its type.
ENTITY_CLASSES = (
    "Agency", "Astronaut", "Mission", "Country", "Agreement",
    "SpaceStation", "Program", "Organization", "Person",
)

#: IRI path segment per class: people share one segment so an official who later flies keeps their IRI.
CLASS_GROUP = {
    "Agency": "agency", "Organization": "org", "Astronaut": "person", "Person": "person",
    "Mission": "mission", "Country": "country", "Agreement": "agreement",
    "SpaceStation": "station", "Program": "program", "Spacecraft": "vehicle", "MissionFamily": "family",
}

RELATIONS = (
    "crewMember", "commander", "operator", "destination", "nationality", "affiliation",
    "country", "party", "about", "partner",
)
VALUES = ("launchDate", "signedOn")


def slug(text: str) -> str:
    """ASCII, lower-case, hyphenated: the last segment of every minted IRI."""
    text = unicodedata.normalize("NFKD", text).replace("ł", "l").replace("Ł", "L")
    text = text.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("đ", "d").replace("ı", "i")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def entity_iri(cls: str, name: str) -> URIRef:
    return SGR[f"{CLASS_GROUP[cls]}/{slug(name)}"]


def local_name(iri: str) -> str:
    """The part after '#' or the last '/'."""
    return re.split(r"[#/]", str(iri))[-1]
