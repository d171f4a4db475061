"""The command line, as users call it: outputs, help, and one clear line for every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacegraph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "sample"


@pytest.fixture
def runner():
    return CliRunner()


def test_help_lists_every_command(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "query", "viz", "export", "eval", "validate"):
        assert command in result.output
    for command in ("build", "query", "viz", "export", "eval", "validate"):
        sub = runner.invoke(cli, [command, "--help"])
        assert sub.exit_code == 0 and "Usage:" in sub.output


def test_build_writes_turtle_and_html(runner, tmp_path, pipeline):
    out = tmp_path / "out"
    article = SAMPLE / "articles" / "crew7-launch.html"
    result = runner.invoke(cli, ["build", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").stat().st_size > 1000
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html and "Crew-7" in html
    assert "1 article" in result.stderr and "graph.ttl" in result.stderr


def test_build_other_format_and_published(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Crew launch\n\nRoscosmos launched Soyuz MS-26 yesterday to the International Space Station.",
                       encoding="utf-8")
    result = runner.invoke(cli, ["build", str(article), "-o", str(tmp_path / "o"), "--format", "nt", "--no-html",
                                 "--published", "2024-09-12"])
    assert result.exit_code == 0, result.output
    nt = (tmp_path / "o" / "graph.nt").read_text(encoding="utf-8")
    assert '"2024-09-11"^^<http://www.w3.org/2001/XMLSchema#date>' in nt
    assert not (tmp_path / "o" / "graph.html").exists()


@pytest.mark.parametrize("args, message", [
    (["build", "no/such/folder"], "no/such/folder: no such file or folder"),
    (["build", "{csv}"], "unsupported file type .csv"),
    (["build", "{empty}"], "no articles found"),
    (["build", "{txt}", "--published", "yesterday"], "is not a date like 2025-04-30"),
    (["build", "{txt}", "--model", "no_such_model"], "cannot load spaCy pipeline 'no_such_model'"),
    (["query", "missing.ttl", "ASK {}"], "missing.ttl: no such file"),
    (["query", "{bad_ttl}", "ASK {}"], "not valid turtle"),
    (["eval", "{ttl}", "no/gold"], "not a folder of gold files"),
])
def test_bad_inputs_give_one_line_and_non_zero_exit(runner, tmp_path, args, message):
    (tmp_path / "data.csv").write_text("a,b", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.txt").write_text("T\n\nNASA flew.", encoding="utf-8")
    (tmp_path / "bad.ttl").write_text("<a> <b> .", encoding="utf-8")
    (tmp_path / "ok.ttl").write_text("", encoding="utf-8")
    names = {"csv": tmp_path / "data.csv", "empty": tmp_path / "empty", "txt": tmp_path / "a.txt",
             "bad_ttl": tmp_path / "bad.ttl", "ttl": tmp_path / "ok.ttl"}
    for k, v in names.items():
        args = [a.replace("{" + k + "}", str(v)) for a in args]
    result = runner.invoke(cli, args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert len(result.stderr.strip().splitlines()) <= 4  # click's usage errors add a usage and a hint line


def test_unreadable_file(runner, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("T\n\nNASA flew.", encoding="utf-8")
    path.chmod(0)
    try:
        if path.stat().st_mode and _can_read(path):
            pytest.skip("running as a user who can read any file")
        result = runner.invoke(cli, ["build", str(path)])
        assert result.exit_code != 0 and "cannot read" in result.stderr
    finally:
        path.chmod(0o644)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
        return True
    except OSError:
        return False


def test_query_with_prefixes_prebound(runner, sample_graph_file):
    result = runner.invoke(cli, ["query", str(sample_graph_file), "SELECT ?m ?a WHERE { ?m sg:crewMember ?a }"])
    assert result.exit_code == 0, result.stderr
    assert "mission:crew-7" in result.output and "rows)" in result.output
    again = runner.invoke(cli, ["query", str(sample_graph_file), "ASK { mission:crew-7 sg:crewMember ?a }"])
    assert again.output.strip() == "true"  # what a table shows can be pasted into the next query


@pytest.mark.parametrize("fmt, check", [
    ("json", lambda out: json.loads(out)["head"]["vars"] == ["m", "a"]),
    ("csv", lambda out: out.splitlines()[0].strip() == "m,a"),
    ("tsv", lambda out: out.splitlines()[0].strip() == "?m\t?a"),
])
def test_query_result_formats(runner, sample_graph_file, fmt, check):
    result = runner.invoke(cli, ["query", str(sample_graph_file), "--format", fmt,
                                 "SELECT ?m ?a WHERE { ?m sg:crewMember ?a }"])
    assert result.exit_code == 0 and check(result.output)


def test_query_syntax_error_has_a_position(runner, sample_graph_file):
    result = runner.invoke(cli, ["query", str(sample_graph_file), "SELECT ?m WHERE { ?m sg:crewMember }"])
    assert result.exit_code != 0
    assert "SPARQL syntax error at line 1, column" in result.stderr
    assert "Traceback" not in result.stderr


def test_query_file_given_as_the_query_points_to_the_file_option(runner, sample_graph_file, tmp_path):
    path = tmp_path / "crew.rq"
    path.write_text("SELECT ?m WHERE { ?m sg:crewMember ?a }", encoding="utf-8")
    result = runner.invoke(cli, ["query", str(sample_graph_file), str(path)])
    assert result.exit_code == 2
    assert "-f/--file" in result.stderr


def test_query_refuses_updates_unless_asked(runner, sample_graph_file, tmp_path):
    update = "DELETE WHERE { ?s sg:crewMember ?o }"
    refused = runner.invoke(cli, ["query", str(sample_graph_file), update])
    assert refused.exit_code != 0 and "--update" in refused.stderr
    out = tmp_path / "changed.ttl"
    applied = runner.invoke(cli, ["query", str(sample_graph_file), "--update", "-o", str(out), update])
    assert applied.exit_code == 0, applied.stderr
    check = runner.invoke(cli, ["query", str(out), "ASK { ?s sg:crewMember ?o }"])
    assert check.output.strip() == "false"


def test_export_formats(runner, sample_graph_file, tmp_path):
    for fmt, suffix in (("nt", "nt"), ("jsonld", "jsonld"), ("trig", "trig")):
        out = tmp_path / f"g.{suffix}"
        result = runner.invoke(cli, ["export", str(sample_graph_file), "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0 and out.stat().st_size > 1000
        back = runner.invoke(cli, ["query", str(out), "ASK { ?m sg:crewMember ?a }"])
        assert back.output.strip() == "true", fmt


def test_validate(runner, sample_graph_file, tmp_path):
    ok = runner.invoke(cli, ["validate", str(sample_graph_file)])
    assert ok.exit_code == 0 and ok.output.startswith("conforms")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix sg: <https://w3id.org/spacegraph/ontology#> .\n"
                   "<http://x/m> a sg:Mission ; sg:launchDate \"soon\" .\n", encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1 and "CONTRACT.md" in result.output


def test_eval_reports_per_type_and_explains(runner, sample_graph_file):
    result = runner.invoke(cli, ["eval", str(sample_graph_file), str(SAMPLE / "gold"), "--explain",
                                 "--thresholds", "0.3,0.6"])
    assert result.exit_code == 0, result.stderr
    out = result.output
    assert "entity:Mission" in out and "rel:crewMember" in out and "RELATION" in out
    assert "article entity F1" in out and "min confidence" in out
    assert " FN " in out or " FP " in out


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "spacegraph", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "spacegraph" in result.stdout
