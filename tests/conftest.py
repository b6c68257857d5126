"""Shared fixtures: where the shared corpora are, and a skip when they are missing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsmodel.model

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"

# The parsers' Articles are checked as every other is, in the tests: a parser's bug that
# cuts an object's text wrong fails here (newsmodel.model.CHECK_PARSED).
newsmodel.model.CHECK_PARSED = True


def corpus(*parts: str) -> Path:
    """The path of a shared corpus file or folder; skips the test when it is missing."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared corpora at {path} (../shared beside the project)")
    return path
