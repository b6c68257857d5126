"""The newsmodel command line (placeholder until the CLI lands)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    print("newsmodel: the command line is not built yet", file=sys.stderr)
    return 2
