"""spacegraph: a knowledge graph of international space cooperation, extracted from news articles."""

from .namespace import SG, SGR
from .pipeline import Pipeline, build_graph

__version__ = "0.1.0"
__all__ = ["SG", "SGR", "Pipeline", "build_graph", "__version__"]
