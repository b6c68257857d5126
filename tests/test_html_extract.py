"""Tests of newsmodel.html._extract: the optional libraries and the extractor call."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

import newsmodel
from newsmodel import MissingDependencyError
from newsmodel.html import _extract


def test_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without trafilatura, parse_html raises MissingDependencyError naming the extra."""
    real = importlib.import_module

    def refuse(name: str, package: str | None = None) -> ModuleType:
        if name.startswith(("trafilatura", "lxml")):
            raise ImportError(f"No module named {name!r}")
        return real(name, package)

    monkeypatch.setattr(_extract, "_loaded", [])
    monkeypatch.setattr(importlib, "import_module", refuse)
    with pytest.raises(MissingDependencyError, match=r'pip install "newsmodel\[html\]"') as info:
        newsmodel.parse_html("<p>Any page at all.</p>")
    assert isinstance(info.value, ImportError)
    assert info.value.extra == "html"


def test_extract_body_gives_the_main_text_tree() -> None:
    """trafilatura's tree of the main text holds the paragraphs, not the menu."""
    pytest.importorskip("trafilatura", reason="needs the html extra")
    tree = _extract.load_tree(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<p>The county library will open on Sundays from next month, its board decided on "
        "Tuesday evening after a petition gathered two thousand names.</p>"
        "<p>Staff will work the new hours on a voluntary rota, the head librarian said.</p>"
        "</article></body></html>"
    )
    assert tree is not None
    body = _extract.extract_body(tree, url=None, settings=_extract.ExtractorSettings())
    assert body is not None
    text = " ".join(body.itertext())
    assert "Sundays from next month" in text
    assert "voluntary rota" in text
    assert "Home" not in text
