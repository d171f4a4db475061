"""The HTML view in a real, offline headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Every page is opened with the network off and every request that is not file:, data: or about: recorded
and aborted; console errors, page errors and dialogs (alert) fail the test.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib import namespace as rns
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from spacegraph import rdf, viz
from spacegraph.namespace import SG, SGR

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path(__file__).resolve().parents[1] / "out" / "screenshots" / "view.png"
EVIL_LABEL = "<img src=x onerror=alert(1)>"
EVIL_SENTENCE = "<script>alert(2)</script> Evil-1 carried <img src=x onerror=alert(1)> to orbit."

# JavaScript helpers (functions, not strings to evaluate: the page's CSP forbids eval)
NODE_XY = """(id) => {
  const net = window.sgNetwork;
  const p = net.canvasToDOM(net.getPositions([id])[id]);
  const r = document.getElementById("sg-network").getBoundingClientRect();
  return {x: p.x + r.left, y: p.y + r.top, at: net.getNodeAt(p) || null};
}"""
EDGE_SPOTS = """() => {
  // for every straight edge: the DOM point at its middle, and what vis-network says lies there
  const net = window.sgNetwork;
  const pos = net.getPositions();
  const r = document.getElementById("sg-network").getBoundingClientRect();
  return window.sgData.edges.filter((e) => !e.curve).map((e) => {
    const a = pos[e.from], b = pos[e.to];
    const mid = net.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
    const gap = Math.min(...Object.values(pos).map((p) => Math.hypot(p.x - (a.x + b.x) / 2, p.y - (a.y + b.y) / 2)));
    return {id: e.id, x: mid.x + r.left, y: mid.y + r.top, gap: gap,
            edge: net.getEdgeAt(mid) || null, node: net.getNodeAt(mid) || null};
  });
}"""
SET_RANGE = """(value) => {
  const el = document.getElementById("sg-conf");
  el.value = value;
  el.dispatchEvent(new Event("input", {bubbles: true}));
}"""
HIDDEN = "(kind) => window[kind].get({filter: (item) => item.hidden === true}).length"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium, or `make browser`)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed")
    pw = sync_playwright().start()
    try:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
    except Exception as exc:  # any launch failure means: cannot test here
        pw.stop()
        pytest.skip(f"playwright cannot launch {CHROMIUM}: {str(exc).splitlines()[0]}")
    yield chromium
    chromium.close()
    pw.stop()


@dataclass
class View:
    page: object
    external: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)

    def assert_clean(self):
        assert self.external == [], "requests left the file"
        assert self.failed == []
        assert self.console_errors == []
        assert self.page_errors == []
        assert self.dialogs == [], "a dialog opened: injected script ran"

    def search(self, text: str):
        self.page.fill("#sg-search", text)
        self.page.press("#sg-search", "Enter")

    def click_node(self, node_id: str):
        xy = self.page.evaluate(NODE_XY, node_id)
        assert xy["at"] == node_id, f"{node_id} is covered by {xy['at']}"
        self.page.mouse.click(xy["x"], xy["y"])

    def panel_title(self):
        return self.page.locator("#sg-panel h2")


@pytest.fixture
def open_view(browser):
    contexts = []

    def open_(path: Path, timeout: float = 20.0) -> View:
        context = browser.new_context(offline=True, viewport={"width": 1600, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        view = View(page)

        def route(r):
            if r.request.url.startswith(("file:", "data:", "about:")):
                r.continue_()
            else:
                view.external.append(r.request.url)
                r.abort()

        def dialog(d):
            view.dialogs.append(d.message)
            d.dismiss()

        context.route("**/*", route)
        page.on("console", lambda m: view.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: view.page_errors.append(str(e)))
        page.on("requestfailed", lambda r: view.failed.append(r.url))
        page.on("dialog", dialog)
        page.goto(path.as_uri())
        page.wait_for_function("() => window.sgReady === true", timeout=timeout * 1000)
        return view

    yield open_
    for context in contexts:
        context.close()


def _isolated_node(view: View, data: dict) -> str:
    """A node with relations, as far as possible from every other node: a click on it cannot miss."""
    positions = view.page.evaluate("() => window.sgNetwork.getPositions()")
    best, best_gap = None, -1.0
    for node in data["nodes"]:
        if not node["degree"]:
            continue
        x, y = positions[node["id"]]["x"], positions[node["id"]]["y"]
        gap = min(math.hypot(x - p["x"], y - p["y"]) for other, p in positions.items() if other != node["id"])
        if gap > best_gap:
            best, best_gap = node["id"], gap
    return best


def test_sample_view(open_view, sample_graph, tmp_path):
    from playwright.sync_api import expect

    data = viz.view_data(sample_graph)
    view = open_view(viz.write_html(sample_graph, tmp_path / "graph.html"))
    page = view.page
    assert page.evaluate("() => window.sgNetwork.body.data.nodes.length") == len(data["nodes"])
    assert page.evaluate("() => window.sgEdges.length") == len(data["edges"])
    assert page.evaluate("() => window.sgNetwork.physics.options.enabled") is False  # settled and stopped
    legend = page.locator("#sg-legend-classes .sg-class")
    expect(legend).to_have_count(len(data["classes"]))
    expect(legend.first).to_contain_text(f"{data['classes'][0]['name']}{data['classes'][0]['count']}")

    # click a node: its panel with names, facts and evidence sentences
    target = _isolated_node(view, data)
    node = next(n for n in data["nodes"] if n["id"] == target)
    view.click_node(target)
    expect(page.locator("#sg-panel")).to_have_attribute("data-id", target)
    expect(view.panel_title()).to_have_text(node["label"])
    sentences = {ev["sentence"] for e in data["edges"] if target in (e["from"], e["to"]) for ev in e["evidence"]}
    first = page.locator("#sg-panel .sg-sentence").first
    expect(first).to_be_visible()
    assert first.text_content() in sentences
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))

    # click an edge: its property, both ends and every evidence with article title, sentence, confidence
    spots = [x for x in page.evaluate(EDGE_SPOTS) if x["edge"] == x["id"] and x["node"] is None]
    spot = max(spots, key=lambda x: (x["gap"], x["id"]))
    edge = next(e for e in data["edges"] if e["id"] == spot["id"])
    page.mouse.click(spot["x"], spot["y"])
    expect(page.locator("#sg-panel")).to_have_attribute("data-id", edge["id"])
    expect(view.panel_title()).to_have_text(edge["property"])
    ends = {n["id"]: n["label"] for n in data["nodes"]}
    expect(page.locator("#sg-panel .sg-ends")).to_have_text(f"{ends[edge['from']]} → {ends[edge['to']]}")
    evidence = page.locator("#sg-panel .sg-evidence li")
    expect(evidence).to_have_count(len(edge["evidence"]))
    ev = edge["evidence"][0]
    expect(evidence.first.locator(".sg-sentence")).to_have_text(ev["sentence"])
    expect(evidence.first.locator(".sg-conf")).to_have_text(f"confidence {ev['confidence']:.2f}")
    title = next(a["title"] for a in data["articles"] if a["id"] == ev["article"])
    expect(evidence.first.locator(".sg-article")).to_have_text(title)

    # search by label, then by alias
    label = "Crew-7" if any(n["label"] == "Crew-7" for n in data["nodes"]) else data["nodes"][0]["label"]
    view.search(label)
    expect(view.panel_title()).to_have_text(label)
    owners = Counter(name.lower() for n in data["nodes"] for name in {n["label"], *n["alt"]})
    aliased, alias = next((n, a) for n in data["nodes"] for a in n["alt"] if owners[a.lower()] == 1 and n["label"] != label)
    view.search(alias.lower())
    expect(view.panel_title()).to_have_text(aliased["label"])
    expect(page.locator("#sg-panel .sg-aliases")).to_contain_text(alias)

    # confidence filter: an edge is shown when its best evidence reaches the threshold
    page.evaluate(SET_RANGE, "0.8")
    low = sum(1 for e in data["edges"] if e["conf"] is not None and e["conf"] < 0.8)
    assert page.evaluate(HIDDEN, "sgEdges") == low
    page.evaluate(SET_RANGE, "0")
    assert page.evaluate(HIDDEN, "sgEdges") == 0

    # class filter
    cls = data["classes"][0]
    page.locator(f'#sg-legend-classes input[data-class="{cls["name"]}"]').uncheck()
    assert page.evaluate(HIDDEN, "sgNodes") == cls["count"]
    page.locator(f'#sg-legend-classes input[data-class="{cls["name"]}"]').check()
    assert page.evaluate(HIDDEN, "sgNodes") == 0
    view.assert_clean()


def test_focus_and_initial_confidence(open_view, sample_graph, tmp_path):
    from playwright.sync_api import expect

    everything = viz.view_data(sample_graph)
    hub = max(everything["nodes"], key=lambda n: (n["degree"], n["id"]))
    data = viz.view_data(sample_graph, focus=hub["label"], depth=1)
    assert 1 < len(data["nodes"]) < len(everything["nodes"])
    view = open_view(viz.write_html(sample_graph, tmp_path / "focus.html", focus=hub["label"], min_confidence=0.8))
    page = view.page
    assert page.evaluate("() => window.sgNodes.length") == len(data["nodes"])
    expect(page.locator("#sg-panel")).to_have_attribute("data-id", hub["id"])  # the focus opens selected
    expect(view.panel_title()).to_have_text(hub["label"])
    assert page.input_value("#sg-conf") == "0.8"
    low = sum(1 for e in data["edges"] if e["conf"] is not None and e["conf"] < 0.8)
    assert page.evaluate(HIDDEN, "sgEdges") == low
    view.assert_clean()


def _evil_graph():
    g = rdf.new_graph()
    art, mission, person = SGR["article/evil"], SGR["mission/evil-1"], SGR["person/evil"]
    g.add((art, RDF.type, SG.Article))
    g.add((art, DCTERMS.title, Literal("<img src=x onerror=alert(4)> headline")))
    g.add((mission, RDF.type, SG.Mission))
    g.add((mission, RDFS.label, Literal("Evil-1")))
    g.add((person, RDF.type, SG.Astronaut))
    g.add((person, RDFS.label, Literal(EVIL_LABEL)))
    g.add((person, SKOS.altLabel, Literal("</script><script>alert(5)</script>")))
    for node in (mission, person):
        g.add((node, SG.mentionedIn, art))
    g.add((mission, SG.crewMember, person))
    ev = SGR["evidence/evil"]
    for p, o in ((RDF.type, RDF.Statement), (RDF.subject, mission), (RDF.predicate, SG.crewMember),
                 (RDF.object, person), (PROV.wasDerivedFrom, art), (SG.sentence, Literal(EVIL_SENTENCE)),
                 (SG.confidence, Literal(Decimal("0.9"), datatype=rns.XSD.decimal))):
        g.add((ev, p, o))
    return g


def test_injected_markup_stays_text(open_view, tmp_path):
    from playwright.sync_api import expect

    view = open_view(viz.write_html(_evil_graph(), tmp_path / "evil.html", title="<b>evil</b>"))
    page = view.page
    page.fill("#sg-search", "<img")
    expect(page.locator("#sg-results li").first).to_contain_text(EVIL_LABEL)
    page.press("#sg-search", "Enter")
    expect(view.panel_title()).to_have_text(EVIL_LABEL)
    expect(page.locator("#sg-panel .sg-aliases")).to_have_text("</script><script>alert(5)</script>")

    view.click_node("mission:evil-1")
    expect(view.panel_title()).to_have_text("Evil-1")
    expect(page.locator("#sg-panel .sg-sentence").first).to_have_text(EVIL_SENTENCE)
    expect(page.locator("#sg-panel .sg-article").first).to_have_text("<img src=x onerror=alert(4)> headline")
    expect(page.locator("#sg-panel .sg-link:not(.sg-prop)").first).to_have_text(EVIL_LABEL)

    view.click_node("person:evil")
    expect(view.panel_title()).to_have_text(EVIL_LABEL)
    page.mouse.move(5, 5)
    xy = page.evaluate(NODE_XY, "person:evil")
    page.mouse.move(xy["x"], xy["y"])  # the hover tooltip is plain text too
    expect(page.locator(".vis-tooltip")).to_contain_text(EVIL_LABEL)

    assert page.title() == "<b>evil</b>"
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert page.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3
    assert page.evaluate("() => document.querySelectorAll('#sg-panel script, #sg-panel b').length") == 0
    view.assert_clean()


def _big_graph(n: int = 2000):
    """A synthetic corpus graph of n entities: agencies, countries, missions with crews, evidence for every fact."""
    g = rdf.new_graph()
    art = SGR["article/big"]
    g.add((art, RDF.type, SG.Article))
    g.add((art, DCTERMS.title, Literal("A big synthetic article")))
    conf = Literal(Decimal("0.75"), datatype=rns.XSD.decimal)
    n_agencies, n_countries, n_missions = 25, 60, 480
    n_people = n - n_agencies - n_countries - n_missions

    def entity(group, cls, i, label):
        node = SGR[f"{group}/{i}"]
        g.add((node, RDF.type, SG[cls]))
        g.add((node, RDFS.label, Literal(label)))
        g.add((node, SG.mentionedIn, art))
        return node

    def fact(s, p, o, k):
        g.add((s, p, o))
        ev = SGR[f"evidence/{k}"]
        for pp, oo in ((RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o),
                       (PROV.wasDerivedFrom, art), (SG.sentence, Literal(f"Sentence number {k}.")), (SG.confidence, conf)):
            g.add((ev, pp, oo))

    agencies = [entity("agency", "Agency", i, f"Agency {i}") for i in range(n_agencies)]
    countries = [entity("country", "Country", i, f"Country {i}") for i in range(n_countries)]
    missions = [entity("mission", "Mission", i, f"Mission {i}") for i in range(n_missions)]
    people = [entity("person", "Astronaut", i, f"Astronaut {i}") for i in range(n_people)]
    k = 0
    for i, a in enumerate(agencies):
        fact(a, SG.country, countries[i % n_countries], k := k + 1)
    for i, m in enumerate(missions):
        fact(m, SG.operator, agencies[i % n_agencies], k := k + 1)
    for i, p in enumerate(people):
        fact(missions[i % n_missions], SG.crewMember, p, k := k + 1)
        if i % 3 == 0:
            fact(p, SG.nationality, countries[(i * 7) % n_countries], k := k + 1)
    return g


def test_large_graph_stays_responsive(open_view, tmp_path):
    from playwright.sync_api import expect

    graph = _big_graph(2000)
    path = viz.write_html(graph, tmp_path / "big.html")
    started = time.monotonic()
    view = open_view(path, timeout=20)
    assert time.monotonic() - started < 20
    page = view.page
    assert page.evaluate("() => window.sgNetwork.body.data.nodes.length") == 2000
    assert page.evaluate("() => window.sgNetwork.physics.options.enabled") is False
    started = time.monotonic()
    view.search("Astronaut 1234")
    expect(view.panel_title()).to_have_text("Astronaut 1234", timeout=5000)
    expect(page.locator("#sg-panel .sg-sentence").first).to_have_text(re.compile(r"Sentence number \d+\."))
    assert time.monotonic() - started < 5
    view.assert_clean()
