/* spacegraph interactive view. Every piece of graph text is put into the page with textContent. */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var large = data.layout === "precomputed";

  function $(id) { return document.getElementById(id); }
  function h(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined && text !== null) el.textContent = String(text);
    return el;
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
  function fmtConf(c) { return c === null || c === undefined ? "n/a" : Number(c).toFixed(2); }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function setStatus(text) { $("sg-status").textContent = text; }

  // ------------------------------------------------------------------ indexes
  var nodeById = new Map();
  var edgeById = new Map();
  var edgesOf = new Map();
  var classByName = new Map();
  var articleById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); });
  data.classes.forEach(function (c) { classByName.set(c.name, c); });
  data.articles.forEach(function (a) { articleById.set(a.id, a); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
  });

  var state = { minConf: Number(data.minConfidence) || 0, classOn: new Map(), nodeHidden: new Map(), edgeHidden: new Map() };
  data.classes.forEach(function (c) { state.classOn.set(c.name, true); });

  function nodeVisible(n) { return state.classOn.get(n.cls) !== false; }
  function confOk(e) { return e.conf === null || e.conf >= state.minConf - 1e-9; }
  function edgeVisible(e) { return confOk(e) && nodeVisible(nodeById.get(e.from)) && nodeVisible(nodeById.get(e.to)); }

  // ------------------------------------------------------------------ network
  var groups = {};
  data.classes.forEach(function (c) {
    groups[c.name] = {
      shape: c.shape,
      color: { background: c.color, border: c.border, highlight: { background: c.color, border: "#111111" }, hover: { background: c.color, border: "#111111" } }
    };
  });

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var hidden = !nodeVisible(n);
    state.nodeHidden.set(n.id, hidden);
    var item = { id: n.id, label: n.label, group: n.cls, size: n.size, hidden: hidden, title: n.label + " (" + n.types.join(", ") + ")" };
    if (large) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var hidden = !edgeVisible(e);
    state.edgeHidden.set(e.id, hidden);
    var from = nodeById.get(e.from), to = nodeById.get(e.to);
    var item = {
      id: e.id, from: e.from, to: e.to, label: e.label, hidden: hidden,
      width: 1 + 2 * (e.conf === null ? 1 : e.conf),
      dashes: e.conf !== null && e.conf < 0.5,
      title: from.label + " " + e.property + " " + to.label + " (confidence " + fmtConf(e.conf) + ")"
    };
    if (e.curve) item.smooth = { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.curve) };
    return item;
  }));

  var physics = large ? { enabled: false } : {
    enabled: true,
    solver: "forceAtlas2Based",
    forceAtlas2Based: { gravitationalConstant: -90, centralGravity: 0.012, springLength: 100, springConstant: 0.07, damping: 0.5, avoidOverlap: 0.4 },
    maxVelocity: 60,
    minVelocity: 1,
    timestep: 0.5,
    stabilization: { enabled: true, iterations: data.stabilizationIterations || 300, updateInterval: 20, fit: true }
  };
  var options = {
    autoResize: true,
    groups: groups,
    nodes: {
      shape: "dot",
      borderWidth: 1.5,
      font: { size: 18, face: "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif", color: "#1f2328", strokeWidth: 4, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: large ? 8 : 5 } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      color: { color: "#a3acb9", highlight: "#d9480f", hover: "#3b5bdb", inherit: false, opacity: 0.9 },
      font: { size: 12, face: "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif", color: "#57606a", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
      smooth: false,
      selectionWidth: 1.5,
      scaling: { label: { drawThreshold: large ? 11 : 5 } }
    },
    layout: { randomSeed: 7, improvedLayout: !large && data.nodes.length <= 150 },
    interaction: { hover: !large, tooltipDelay: 250, hideEdgesOnDrag: large, hideEdgesOnZoom: large, keyboard: false, multiselect: false },
    physics: physics
  };

  var container = $("sg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  window.sgData = data;
  window.sgNodes = nodes;
  window.sgEdges = edges;
  window.sgNetwork = network;
  window.sgReady = false;

  function ready() {
    if (window.sgReady) return;
    window.sgReady = true;
    document.body.setAttribute("data-ready", "1");
    setStatus("");
    if (data.focus && nodeById.has(data.focus)) pick(data.focus, false);
  }
  if (data.nodes.length === 0) {
    var empty = h("div", null, "The graph has no entities.");
    empty.id = "sg-empty";
    container.appendChild(empty);
    ready();
  } else if (large) {
    network.once("afterDrawing", ready);
  } else {
    network.on("stabilizationProgress", function (p) {
      setStatus("Laying out… " + Math.round(100 * p.iterations / p.total) + "%");
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      ready();
    });
  }

  // ------------------------------------------------------------------ filters
  function applyFilters() {
    var nodeUpdates = [], edgeUpdates = [];
    data.nodes.forEach(function (n) {
      var hidden = !nodeVisible(n);
      if (state.nodeHidden.get(n.id) !== hidden) { state.nodeHidden.set(n.id, hidden); nodeUpdates.push({ id: n.id, hidden: hidden }); }
    });
    data.edges.forEach(function (e) {
      var hidden = !edgeVisible(e);
      if (state.edgeHidden.get(e.id) !== hidden) { state.edgeHidden.set(e.id, hidden); edgeUpdates.push({ id: e.id, hidden: hidden }); }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    updateCounts();
  }
  function updateCounts() {
    var shownNodes = 0, shownEdges = 0;
    state.nodeHidden.forEach(function (hidden) { if (!hidden) shownNodes += 1; });
    state.edgeHidden.forEach(function (hidden) { if (!hidden) shownEdges += 1; });
    $("sg-counts").textContent = shownNodes + " of " + data.nodes.length + " entities · " + shownEdges + " of " + data.edges.length + " relations";
  }

  var conf = $("sg-conf");
  conf.value = String(state.minConf);
  $("sg-conf-value").textContent = fmtConf(state.minConf);
  conf.addEventListener("input", function () {
    state.minConf = Number(conf.value);
    $("sg-conf-value").textContent = fmtConf(state.minConf);
    applyFilters();
  });
  $("sg-fit").addEventListener("click", function () { network.fit({ animation: false }); });

  // ------------------------------------------------------------------ legend
  function shapeIcon(c) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "-8 -8 16 16");
    svg.setAttribute("aria-hidden", "true");
    var el, pts = null, r = 6.5, i;
    if (c.shape === "dot") {
      el = document.createElementNS(SVG_NS, "circle");
      el.setAttribute("r", "6");
    } else if (c.shape === "square") {
      el = document.createElementNS(SVG_NS, "rect");
      el.setAttribute("x", "-5.5"); el.setAttribute("y", "-5.5"); el.setAttribute("width", "11"); el.setAttribute("height", "11");
    } else {
      if (c.shape === "diamond") pts = [[0, -r], [r, 0], [0, r], [-r, 0]];
      else if (c.shape === "triangle") pts = [[0, -r], [r, r * 0.8], [-r, r * 0.8]];
      else if (c.shape === "triangleDown") pts = [[0, r], [r, -r * 0.8], [-r, -r * 0.8]];
      else if (c.shape === "hexagon") { pts = []; for (i = 0; i < 6; i++) pts.push([r * Math.cos(Math.PI / 3 * i), r * Math.sin(Math.PI / 3 * i)]); }
      else if (c.shape === "star") { pts = []; for (i = 0; i < 10; i++) { var rr = i % 2 ? r * 0.45 : r + 0.5; pts.push([rr * Math.sin(Math.PI / 5 * i), -rr * Math.cos(Math.PI / 5 * i)]); } }
      else pts = [[0, -r], [r, 0], [0, r], [-r, 0]];
      el = document.createElementNS(SVG_NS, "polygon");
      el.setAttribute("points", pts.map(function (p) { return p[0].toFixed(2) + "," + p[1].toFixed(2); }).join(" "));
    }
    el.setAttribute("fill", c.color);
    el.setAttribute("stroke", c.border);
    el.setAttribute("stroke-width", "1.2");
    svg.appendChild(el);
    return svg;
  }
  var legend = $("sg-legend-classes");
  var classBoxes = new Map();
  data.classes.forEach(function (c) {
    var row = h("label", "sg-class");
    var box = h("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-class", c.name);
    box.addEventListener("change", function () { state.classOn.set(c.name, box.checked); applyFilters(); });
    classBoxes.set(c.name, box);
    row.appendChild(box);
    row.appendChild(shapeIcon(c));
    row.appendChild(h("span", "sg-class-name", c.name));
    row.appendChild(h("span", "sg-count", c.count));
    legend.appendChild(row);
  });
  var props = $("sg-legend-props");
  data.properties.forEach(function (p) {
    var li = h("li");
    li.appendChild(h("span", null, p.name));
    li.appendChild(h("span", "sg-count", p.count));
    props.appendChild(li);
  });

  // ------------------------------------------------------------------ panel
  var panel = $("sg-panel");
  function section(title) {
    var s = h("section");
    s.appendChild(h("h3", null, title));
    panel.appendChild(s);
    return s;
  }
  function nodeLink(id) {
    var n = nodeById.get(id);
    var b = h("button", "sg-link", n ? n.label : id);
    b.type = "button";
    b.addEventListener("click", function (ev) { ev.preventDefault(); pick(id, true); });
    return b;
  }
  function edgeLink(e) {
    var b = h("button", "sg-link sg-prop", e.property);
    b.type = "button";
    b.addEventListener("click", function (ev) { ev.preventDefault(); selectEdge(e.id); });
    return b;
  }
  function articleTitle(id) {
    var a = id ? articleById.get(id) : null;
    return a ? a.title : (id || "unknown article");
  }
  function evidenceList(evs) {
    var ul = h("ul", "sg-evidence");
    evs.forEach(function (ev) {
      var li = h("li");
      li.appendChild(h("blockquote", "sg-sentence", ev.sentence));
      var meta = h("div", "sg-meta");
      meta.appendChild(h("span", "sg-article", articleTitle(ev.article)));
      var a = ev.article ? articleById.get(ev.article) : null;
      if (a && a.issued) meta.appendChild(h("span", null, a.issued));
      if (ev.section) meta.appendChild(h("span", null, ev.section));
      meta.appendChild(h("span", "sg-conf", "confidence " + fmtConf(ev.confidence)));
      if (ev.rule) meta.appendChild(h("span", null, "rule " + ev.rule));
      li.appendChild(meta);
      ul.appendChild(li);
    });
    if (!evs.length) ul.appendChild(h("li", "sg-note", "No evidence recorded."));
    return ul;
  }
  function chips(types) {
    var div = h("div");
    types.forEach(function (t) {
      var c = classByName.get(t);
      var chip = h("span", "sg-chip", t);
      chip.style.backgroundColor = c ? c.color : "#8b949e";
      div.appendChild(chip);
    });
    return div;
  }

  function showHelp() {
    clear(panel);
    panel.appendChild(h("h2", null, "Details"));
    panel.appendChild(h("p", null, "Click a node or an edge to see its names, facts and the sentences they come from. Search by name or alias above; filter by class on the left and by confidence with the slider."));
    panel.appendChild(h("p", "sg-note", plural(data.nodes.length, "entity", "entities") + ", " + plural(data.edges.length, "relation", "relations") +
      " from " + plural(data.articles.length, "article", "articles") + "."));
    if (large) panel.appendChild(h("p", "sg-note", "Large graph: positions were computed in advance; zoom in to read the labels."));
  }

  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return;
    clear(panel);
    panel.setAttribute("data-kind", "node");
    panel.setAttribute("data-id", id);
    panel.appendChild(h("h2", "sg-label", n.label));
    panel.appendChild(h("div", "sg-id", n.id));
    panel.appendChild(chips(n.types));

    if (n.alt.length) {
      var aka = section("Also known as");
      var ul = h("ul", "sg-list sg-aliases");
      n.alt.forEach(function (a) { ul.appendChild(h("li", null, a)); });
      aka.appendChild(ul);
    }
    if (n.values.length) {
      var vals = section("Dates and values");
      n.values.forEach(function (v) {
        var d = h("details", "sg-fact sg-value");
        d.open = true;
        var sum = h("summary");
        sum.appendChild(h("span", "sg-prop", v.property + ": "));
        sum.appendChild(h("span", "sg-date", v.value));
        sum.appendChild(h("span", "sg-muted", " · " + fmtConf(v.conf)));
        d.appendChild(sum);
        d.appendChild(evidenceList(v.evidence));
        vals.appendChild(d);
      });
    }
    var facts = edgesOf.get(id).slice().sort(function (a, b) {
      var oa = a.from === id ? a.to : a.from, ob = b.from === id ? b.to : b.from;
      return (a.from === id ? 0 : 1) - (b.from === id ? 0 : 1) || (a.property < b.property ? -1 : a.property > b.property ? 1 : 0) ||
        nodeById.get(oa).label.localeCompare(nodeById.get(ob).label);
    });
    var fs = section("Relations (" + facts.length + ")");
    if (!facts.length) fs.appendChild(h("p", "sg-note", "No relations."));
    facts.forEach(function (e) {
      var d = h("details", "sg-fact" + (state.edgeHidden.get(e.id) ? " sg-filtered" : ""));
      d.open = facts.length <= 12;
      var sum = h("summary");
      if (e.from === id) {
        sum.appendChild(edgeLink(e));
        sum.appendChild(document.createTextNode(" → "));
        sum.appendChild(nodeLink(e.to));
      } else {
        sum.appendChild(nodeLink(e.from));
        sum.appendChild(document.createTextNode(" "));
        sum.appendChild(edgeLink(e));
        sum.appendChild(document.createTextNode(" → "));
        sum.appendChild(h("strong", null, n.label));
      }
      sum.appendChild(h("span", "sg-muted", " · " + fmtConf(e.conf) + (state.edgeHidden.get(e.id) ? " (hidden)" : "")));
      d.appendChild(sum);
      d.appendChild(evidenceList(e.evidence));
      fs.appendChild(d);
    });
    var ms = section("Mentioned in (" + n.articles.length + ")");
    var list = h("ul", "sg-list sg-articles");
    n.articles.forEach(function (aid) {
      var a = articleById.get(aid);
      var li = h("li");
      li.appendChild(h("span", "sg-article", a ? a.title : aid));
      if (a && a.issued) li.appendChild(h("span", "sg-muted", " · " + a.issued));
      if (a && a.source) li.appendChild(h("div", "sg-muted", a.source));
      list.appendChild(li);
    });
    ms.appendChild(list);
    panel.scrollTop = 0;
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    clear(panel);
    panel.setAttribute("data-kind", "edge");
    panel.setAttribute("data-id", id);
    panel.appendChild(h("h2", "sg-label", e.property));
    var ends = h("p", "sg-ends");
    ends.appendChild(nodeLink(e.from));
    ends.appendChild(document.createTextNode(" → "));
    ends.appendChild(nodeLink(e.to));
    panel.appendChild(ends);
    panel.appendChild(h("p", "sg-note", "Best confidence " + fmtConf(e.conf) + (state.edgeHidden.get(id) ? " (hidden by the filters)" : "")));
    section("Evidence (" + e.evidence.length + ")").appendChild(evidenceList(e.evidence));
    panel.scrollTop = 0;
  }

  function pick(id, zoom) {
    var n = nodeById.get(id);
    if (!n) return;
    if (state.classOn.get(n.cls) === false) {
      state.classOn.set(n.cls, true);
      classBoxes.get(n.cls).checked = true;
      applyFilters();
    }
    network.selectNodes([id]);
    if (zoom) network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }
  function selectEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    if (!state.edgeHidden.get(id)) network.selectEdges([id]);
    showEdge(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showHelp();
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) network.focus(params.nodes[0], { scale: Math.max(network.getScale(), 1.3), animation: { duration: 300 } });
  });

  // ------------------------------------------------------------------ search
  var searchIndex = data.nodes.map(function (n) {
    return { node: n, label: n.label.toLowerCase(), alts: n.alt.map(function (a) { return a.toLowerCase(); }) };
  });
  function search(query) {
    var q = query.trim().replace(/\s+/g, " ").toLowerCase();
    if (!q) return [];
    var found = [];
    searchIndex.forEach(function (item) {
      var rank = 9, via = null;
      if (item.label === q) rank = 0;
      else if (item.label.indexOf(q) === 0) rank = 2;
      else if (item.label.indexOf(q) > 0) rank = 4;
      item.alts.forEach(function (a, i) {
        var r = a === q ? 1 : a.indexOf(q) === 0 ? 3 : a.indexOf(q) > 0 ? 5 : 9;
        if (r < rank) { rank = r; via = item.node.alt[i]; }
      });
      if (rank < 9) found.push({ node: item.node, rank: rank, via: via });
    });
    found.sort(function (a, b) {
      return a.rank - b.rank || b.node.degree - a.node.degree || a.node.label.localeCompare(b.node.label) || (a.node.id < b.node.id ? -1 : 1);
    });
    return found;
  }
  var input = $("sg-search");
  var results = $("sg-results");
  var current = [];
  var active = 0;
  function renderResults() {
    clear(results);
    if (!input.value.trim()) { results.hidden = true; return; }
    if (!current.length) {
      results.appendChild(h("li", "sg-none", "No entity with that name"));
    }
    current.slice(0, 12).forEach(function (m, i) {
      var li = h("li", i === active ? "sg-active" : null);
      li.setAttribute("role", "option");
      var b = h("button");
      b.type = "button";
      b.appendChild(h("span", null, m.node.label));
      b.appendChild(h("span", "sg-muted", " " + m.node.cls + (m.via ? " · " + m.via : "")));
      b.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(m.node.id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (current.length > 12) results.appendChild(h("li", "sg-none", (current.length - 12) + " more…"));
    results.hidden = false;
  }
  function choose(id) {
    var n = nodeById.get(id);
    input.value = n.label;
    results.hidden = true;
    pick(id, true);
  }
  input.addEventListener("input", function () { current = search(input.value); active = 0; renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      ev.preventDefault();
      current = search(input.value);
      if (current.length) choose(current[Math.min(active, current.length - 1)].node.id);
      else renderResults();
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!current.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : -1) + Math.min(current.length, 12)) % Math.min(current.length, 12);
      renderResults();
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  input.addEventListener("blur", function () { results.hidden = true; });
  input.addEventListener("focus", function () { if (input.value.trim()) { current = search(input.value); renderResults(); } });

  window.sg = { pick: pick, showNode: showNode, showEdge: showEdge, search: search, applyFilters: applyFilters, state: state };
  showHelp();
  updateCounts();
}());
