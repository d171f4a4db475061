"""``python -m spacegraph`` is the ``spacegraph`` command."""

from .cli import main

main()
