"""Where the ontology and knowledge base live: installed with the package, or in the source tree."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SPACEGRAPH_ONTOLOGY"


def ontology_dir() -> Path:
    """``$SPACEGRAPH_ONTOLOGY``, else the copy shipped in the wheel, else ``ontology/`` of the checkout."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parents[1] / "ontology"):
        if (candidate / "spacegraph.ttl").is_file():
            return candidate
    raise FileNotFoundError(
        f"spacegraph cannot find its ontology directory; set {ENV_VAR} to the folder holding spacegraph.ttl"
    )
