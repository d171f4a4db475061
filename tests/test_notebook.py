"""notebooks/quickstart.ipynb runs from top to bottom and shows what it promises.

The notebook runs in a kernel of this very interpreter (the venv's ipykernel), through a kernelspec
written to a temporary folder: nothing is installed, and a "python3" kernel found elsewhere on the
machine cannot be picked up by mistake.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"
KERNEL = "spacegraph-test-python"


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, cell.id


@pytest.fixture
def kernel_env(tmp_path, monkeypatch):
    """A kernelspec for sys.executable in a private JUPYTER_PATH; files the notebook writes go to tmp_path."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "spacegraph test kernel", "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("SPACEGRAPH_NOTEBOOK_OUT", str(tmp_path / "out"))
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    return tmp_path / "out"


def _text(cell) -> str:
    """Everything a cell showed: stream text, plain-text and HTML results."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        for mime in ("text/plain", "text/html"):
            data = out.get("data", {}).get(mime)
            if data:
                parts.append(data if isinstance(data, str) else "".join(data))
    return "\n".join(parts)


@pytest.mark.slow
def test_notebook_runs_and_shows_results(kernel_env):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name=KERNEL,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first cell that fails

    errors = [out for cell in nb.cells for out in cell.get("outputs", []) if out.get("output_type") == "error"]
    assert not errors
    shown = {cell.id.split("-", 1)[1]: _text(cell) for cell in nb.cells if cell.cell_type == "code"}

    assert str(ROOT) in shown["setup"]
    assert "12 articles" in shown["build"]
    assert "crew-of-mission" in shown["queries"] and "facts-with-sources" in shown["queries"]
    assert "<table>" in shown["crew"] and "Jasmin Moghbeli" in shown["crew"] and "Andreas Mogensen" in shown["crew"]
    assert "Marina Vasilevskaya" in shown["crew-edited"] and "Ye Guangfu" in shown["crew-edited"]
    assert "Artemis Accords" in shown["agreements"] and "International Lunar Research Station" in shown["agreements"]
    assert "Crew-7 lifts off" in shown["facts"]
    assert "Soyuz MS-25" in shown["inline"]
    assert "Entities per class" in shown["stats"] and "Mission" in shown["stats"]
    assert "Most connected entities" in shown["most-connected"] and "MultiDiGraph" in shown["most-connected"]
    assert "Cooperation between countries" in shown["cooperation"] and "Russia" in shown["cooperation"]
    assert "most connected countries:" in shown["cooperation"]

    assert (kernel_env / "graph.ttl").is_file()
    for kind in ("entities", "countries"):
        assert (kernel_env / f"{kind}.graphml").is_file(), kind
    try:
        from spacegraph import viz
    except ImportError:
        viz = None
    if viz is not None and hasattr(viz, "write_html"):
        assert "<iframe srcdoc=" in shown["view"]
        assert (kernel_env / "graph.html").is_file()
    else:
        assert "not available" in shown["view"]
