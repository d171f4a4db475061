"""The knowledge base: names, acronyms, demonyms and mission families read from ``ontology/kb/*.ttl``.

Knowledge lives in RDF data so that teaching the extractor a new agency or mission series is an edit to a
data file. This module turns that data into lookup tables and spaCy patterns.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from .dates import count
from .namespace import SG, local_name
from .paths import ontology_dir

#: Name kinds, strongest first: when one text is several kinds of one entity, the first wins.
NAME_KINDS = ("name", "acronym", "demonym", "demonymNoun", "capital")
_KIND_PROPS = {
    "name": (RDFS.label, SKOS.altLabel),
    "acronym": (SG.acronym,),
    "demonym": (SG.demonym,),
    "demonymNoun": (SG.demonymNoun,),
    "capital": (SG.capital,),
}
#: Types an entity may carry, most specific first (the first one found is its class).
TYPE_ORDER = (
    "Astronaut", "Person", "Agency", "Mission", "Country", "Agreement", "SpaceStation", "Program",
    "Spacecraft", "Organization", "MissionFamily",
)
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass
class Entry:
    iri: str
    types: tuple[str, ...]
    label: str
    names: dict[str, str] = field(default_factory=dict)  # surface form -> kind
    weak: frozenset[str] = frozenset()
    country: str | None = None  # sg:knownCountry / sg:knownNationality
    stay: bool = False  # sg:stayName: an astronaut's stay, flown on a mission of its own
    affiliations: frozenset[str] = frozenset()  # sg:knownAffiliation, background only: settles ambiguous readings
    intergovernmental: bool = False  # sg:intergovernmental: of several states, so of no one country
    national: bool = False  # sg:nationalSpaceAgency: what 'the country's space agency' means among several

    @property
    def cls(self) -> str:
        return self.types[0]


@dataclass
class Family:
    """A numbered mission series; recognises members the KB has never listed."""

    iri: str
    label: str
    names: tuple[str, ...]
    template: str
    numerals: str = "arabic"
    width: int = 0
    stay: bool = False  # sg:stayName: members are long stays (Expedition 61), not launched flights
    lettered: bool = False  # sg:letterSuffix: numbers may carry a letter ('STS-51-G')

    def member_label(self, number: int, letter: str = "") -> str:
        if self.numerals == "roman":
            text = to_roman(number)
        else:
            text = str(number).zfill(self.width)
        if letter and self.lettered:
            text += f"-{letter}"
        return self.template.replace("{n}", text)


def to_roman(n: int) -> str:
    out = []
    for value, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def parse_number(text: str) -> int | None:
    """'17' -> 17, 'XIX' -> 19, 'Two' -> 2 ('Expedition Two'); anything else -> None."""
    if text.isdigit():
        return int(text)
    if text[:1].isupper() and text[1:].islower() and count(text.lower()):
        return count(text.lower())
    if re.fullmatch(r"[IVXLC]+", text):
        total = prev = 0
        for ch in reversed(text):
            v = ROMAN_VALUES[ch]
            total = total - v if v < prev else total + v
            prev = max(prev, v)
        return total if to_roman(total) == text else None
    return None


def apostrophe_variants(text: str) -> set[str]:
    return {text, text.replace("'", "\u2019"), text.replace("\u2019", "'")}


class KnowledgeBase:
    """Lookup tables over the KB graph."""

    def __init__(self, graph: Graph, source: Path | None = None):
        self.source = source
        self.entries: dict[str, Entry] = {}
        self.families: list[Family] = []
        self._load(graph)
        self.by_name: dict[str, list[str]] = {}  # exact surface form -> IRIs
        self.by_lower: dict[str, list[str]] = {}  # lower-cased form -> IRIs
        for entry in self.entries.values():
            for name in entry.names:
                for form in apostrophe_variants(name):
                    self.by_name.setdefault(form, []).append(entry.iri)
                    self.by_lower.setdefault(form.lower(), []).append(entry.iri)
        for table in (self.by_name, self.by_lower):
            for key, iris in table.items():
                table[key] = sorted(set(iris))

    def _load(self, g: Graph) -> None:
        known = set(TYPE_ORDER)
        for s in sorted(set(g.subjects(RDF.type, None))):
            if not isinstance(s, URIRef):
                continue
            types = {local_name(t) for t in g.objects(s, RDF.type) if str(t).startswith(str(SG))}
            types &= known
            if not types:
                continue
            ordered = tuple(t for t in TYPE_ORDER if t in types)
            label = g.value(s, RDFS.label)
            if label is None:
                continue
            if "MissionFamily" in types:
                self.families.append(
                    Family(
                        iri=str(s),
                        label=str(label),
                        names=tuple(sorted({str(o) for o in g.objects(s, SG.familyName)} or {str(label)})),
                        template=str(g.value(s, SG.labelTemplate) or f"{label}-{{n}}"),
                        numerals=str(g.value(s, SG.numerals) or "arabic"),
                        width=int(g.value(s, SG.numberWidth) or 0),
                        stay=bool(g.value(s, SG.stayName)),
                        lettered=bool(g.value(s, SG.letterSuffix)),
                    )
                )
                continue
            names: dict[str, str] = {}
            for kind in reversed(NAME_KINDS):  # strongest kind written last, so it wins
                for prop in _KIND_PROPS[kind]:
                    for o in g.objects(s, prop):
                        names[str(o).strip()] = kind
            country = g.value(s, SG.knownCountry) or g.value(s, SG.knownNationality)
            self.entries[str(s)] = Entry(
                iri=str(s),
                types=ordered,
                label=str(label).strip(),
                names=names,
                weak=frozenset(str(o) for o in g.objects(s, SG.weakName)),
                country=str(country) if country else None,
                affiliations=frozenset(str(o) for o in g.objects(s, SG.knownAffiliation)),
                stay=bool(g.value(s, SG.stayName)),
                intergovernmental=bool(g.value(s, SG.intergovernmental)),
                national=bool(g.value(s, SG.nationalSpaceAgency)),
            )

    # ------------------------------------------------------------------ lookups

    def get(self, iri: str) -> Entry | None:
        return self.entries.get(iri)

    def lookup(self, text: str) -> list[str]:
        """IRIs whose names include ``text``: exact first, then case-insensitively for multi-word names."""
        text = " ".join(text.split())
        hits = self.by_name.get(text)
        if hits:
            return hits
        if " " in text or "-" in text:
            return self.by_lower.get(text.lower(), [])
        return []

    def kind(self, iri: str, text: str) -> str:
        entry = self.entries.get(iri)
        if entry is None:
            return "name"
        for form in apostrophe_variants(" ".join(text.split())):
            if form in entry.names:
                return entry.names[form]
        lowered = text.lower()
        for name, kind in entry.names.items():
            if name.lower() == lowered:
                return kind
        return "name"

    def of_type(self, cls: str) -> list[Entry]:
        return [e for e in self.entries.values() if cls in e.types]

    def stations_of(self, country_iri: str) -> list[Entry]:
        return [e for e in self.of_type("SpaceStation") if e.country == country_iri]

    # ------------------------------------------------------------------ spaCy patterns

    def phrase_patterns(self) -> list[dict]:
        """EntityRuler-style phrase patterns, with ``attr`` ORTH or LOWER and the IRIs joined by ``|``."""
        found: dict[tuple[str, str], set[str]] = {}
        labels: dict[str, str] = {}
        for entry in self.entries.values():
            for name, kind in entry.names.items():
                forms = apostrophe_variants(name)
                if kind != "acronym":
                    forms |= {f.upper() for f in forms if len(f) > 3}
                if kind in ("demonym", "demonymNoun"):
                    forms |= {f + "s" for f in forms if kind == "demonymNoun" or re.search(r"(an|i|er)$", f)}
                multiword = kind not in ("acronym",) and len(name.split()) > 1
                for form in forms:
                    attr = "LOWER" if multiword else "ORTH"
                    key = (attr, form.lower() if attr == "LOWER" else form)
                    found.setdefault(key, set()).add(entry.iri)
                    labels[entry.iri] = entry.cls
        patterns = []
        for (attr, text), iris in sorted(found.items()):
            iris_sorted = sorted(iris)
            patterns.append(
                {"label": labels[iris_sorted[0]], "pattern": text, "attr": attr, "id": "|".join(iris_sorted)}
            )
        return patterns

    def family_patterns(self) -> list[dict]:
        """Token patterns for '<family name> <number>' in the tokenisations spaCy produces."""
        number = r"^(\d{1,3}|[IVXLC]{1,7})$"
        word = r"^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$"  # 'Expedition Two'
        patterns = []
        for fam in sorted(self.families, key=lambda f: f.iri):
            for name in fam.names:
                for form in sorted(apostrophe_variants(name) | {name.upper()}):
                    words = form.split()
                    head = [{"ORTH": w} for w in words]
                    last = re.escape(words[-1])
                    dash = "[-\u2010\u2011\u2012\u2013]"
                    plural = head[:-1] + [{"ORTH": words[-1] + "s"}]  # 'Expeditions 29 and 30'
                    variants = (
                        head + [{"TEXT": {"REGEX": number}}],
                        head + [{"TEXT": {"REGEX": word}}],
                        plural + [{"TEXT": {"REGEX": number}}],
                        head + [{"ORTH": {"IN": ["-", "\u2013", "\u2010"]}}, {"TEXT": {"REGEX": number}}],
                        head[:-1] + [{"TEXT": {"REGEX": f"^{last}{dash}(\\d{{1,3}}|[IVXLC]{{1,7}})$"}}],
                    )
                    if fam.lettered:  # 'STS-51-G', 'STS-51 - G', 'STS-51G' ('STS-51' 'G' when 'G' reads as a unit), as one token
                        letter = [{"ORTH": {"IN": ["-", "\u2013", "\u2010"]}}, {"TEXT": {"REGEX": "^[A-Z]$"}}]
                        variants += tuple(v + letter for v in variants) + tuple(v[:-1] + [{**v[-1], "SPACY": False}] + letter[1:] for v in variants) + (
                            head[:-1] + [{"TEXT": {"REGEX": f"^{last}{dash}\\d{{1,3}}{dash}?[A-Z]$"}}],)
                    for pattern in variants:
                        patterns.append({"label": "Mission", "pattern": pattern, "id": fam.iri})
        return patterns

    def family(self, iri: str) -> Family | None:
        for fam in self.families:
            if fam.iri == iri:
                return fam
        return None

    def mission_label(self, family_iri: str, text: str) -> str | None:
        """Canonical label of a family member from its surface form ('Shenzhou XIII' -> 'Shenzhou-13')."""
        fam = self.family(family_iri)
        if fam is None:
            return None
        lettered = re.search(r"(\d{1,3})\s*[-\u2010\u2011\u2012\u2013]?\s*([A-Z])\s*$", text) if fam.lettered else None
        if lettered:
            return fam.member_label(int(lettered.group(1)), lettered.group(2))
        m = re.search(r"(\d{1,3}|[IVXLC]{1,7}|[A-Z][a-z]+)\s*$", text)
        if m is None:
            return None
        n = parse_number(m.group(1))
        return fam.member_label(n) if n else None

    def is_stay(self, key: str) -> bool:
        """An astronaut's stay (ESA's named stays, ISS expeditions) rather than a launched flight."""
        entry = self.entries.get(key)
        if entry is not None:
            return entry.stay
        if not key.startswith("Mission:"):
            return False
        label = key.split(":", 1)[1]
        for fam in self.families:
            if fam.stay:
                pattern = re.escape(fam.template).replace(re.escape("{n}"), r"[\dIVXLC]+(?:-[A-Z])?")
                if re.fullmatch(pattern, label):
                    return True
        return False


def load_graph(directory: Path) -> Graph:
    g = Graph()
    files = sorted((directory / "kb").glob("*.ttl"))
    for path in files:
        g.parse(path, format="turtle")
    return g


@functools.lru_cache(maxsize=4)
def load(directory: str | None = None) -> KnowledgeBase:
    """The knowledge base under ``directory`` (default: the project's ontology), parsed once per process."""
    path = Path(directory) if directory else ontology_dir()
    return KnowledgeBase(load_graph(path), source=path)
