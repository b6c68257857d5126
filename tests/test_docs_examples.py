"""The README's code examples and every script in examples/ run (docs/*.md run via docs/conftest.py)."""

from __future__ import annotations

import doctest
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser

import newsmodel

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
PRIVATE_IMPORT_RE = re.compile(r"^\s*(?:from|import)\s+newsmodel\.(?!sample\b)", re.MULTILINE)


def test_readme_python_examples_run() -> None:
    """Every ```python block of README.md runs, in order, in one namespace."""
    sybil = Sybil(
        parsers=[
            PythonCodeBlockParser(
                doctest_optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
            ),
            SkipParser(),
        ],
        path=str(ROOT),
        patterns=["README.md"],
    )
    document = sybil.parse(ROOT / "README.md")
    examples = list(document)
    assert examples, "README.md has python examples"
    for example in examples:
        try:
            example.evaluate()
        except Exception as exc:  # name the example that failed
            raise AssertionError(f"README.md line {example.line}: {exc!r}") from exc


def test_readme_has_exactly_two_setup_commands() -> None:
    """The Set up section holds two commands: install + demo, and the CI test command."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = text[text.index("## Set up") :]
    setup = setup[: setup.index("\n## ", 1)]
    blocks = re.findall(r"^```sh\n(.*?)^```$", setup, re.MULTILINE | re.DOTALL)
    assert next(b.strip() for b in blocks) == "pip install . && newsmodel demo"
    assert len(blocks) == 2
    test_command = blocks[1].strip()
    assert "<!-- test-command -->" in setup
    for tool in ("pytest", "mypy --strict newsmodel", "ruff check", "ruff format --check"):
        assert tool in test_command


def test_ci_reads_the_readme_test_command() -> None:
    """.ci/run's extraction of the test command finds the README's command."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    extract = next(line for line in script.splitlines() if line.startswith("cmd="))
    result = subprocess.run(
        ["bash", "-c", extract.replace("cmd=", "echo ", 1)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "pytest" in result.stdout
    assert "ruff format --check" in result.stdout


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{path.stem}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(path: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def test_there_are_examples() -> None:
    """examples/ holds the scripts the docs promise."""
    names = {p.name for p in EXAMPLES}
    assert {"print_quotations.py", "folder_to_jsonl.py", "who_is_quoted.py"} <= names


#: Examples that need an optional extra: the module it installs, and the extra's name.
NEEDS_EXTRA = {"dask_corpus.py": ("dask", "dask")}


def _needs_extra(name: str) -> None:
    need = NEEDS_EXTRA.get(name)
    if need is not None and importlib.util.find_spec(need[0]) is None:
        pytest.skip(f'needs the {need[1]} extra: pip install "newsmodel[{need[1]}]"')


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs_and_uses_public_api(path: Path) -> None:
    """Each example exits 0, prints something, and imports only the public API."""
    _needs_extra(path.name)
    source = path.read_text(encoding="utf-8")
    assert not PRIVATE_IMPORT_RE.search(source), "examples use only the public API"
    assert _run(path).strip()


def test_print_quotations_output() -> None:
    """print_quotations prints each paragraph and quotation of its story."""
    module = _load(ROOT / "examples" / "print_quotations.py")
    article = newsmodel.parse_text(module.STORY)
    out = _run(ROOT / "examples" / "print_quotations.py")
    assert f"paragraphs: {len(article.paragraphs)}\n" in out
    assert f"quotations: {len(article.quotations)}\n" in out
    assert out.count("\n  [") == len(article.paragraphs) + len(article.quotations)


def test_folder_to_jsonl_output() -> None:
    """folder_to_jsonl converts its three stories and reads them back."""
    out = _run(ROOT / "examples" / "folder_to_jsonl.py")
    assert out.startswith("wrote 3 articles to articles.jsonl\n")
    assert out.count(" paragraphs, ") == 3


def test_who_is_quoted_output() -> None:
    """who_is_quoted counts the quotations of its stories and lists each speaker."""
    module = _load(ROOT / "examples" / "who_is_quoted.py")
    found = [newsmodel.parse_text(t) for t in module.STORIES]
    quotations = sum(len(a.quotations) for a in found)
    speakers = {(s.name, s.kind) for a in found for s in a.speakers}
    out = _run(ROOT / "examples" / "who_is_quoted.py")
    assert out.startswith(f"articles: 3, quotations: {quotations}, speakers: {len(speakers)}\n")
    assert len(out.splitlines()) == 1 + len(speakers)


def test_dask_corpus_output() -> None:
    """dask_corpus parses its three stories on a local cluster and counts their paragraphs."""
    _needs_extra("dask_corpus.py")
    module = _load(ROOT / "examples" / "dask_corpus.py")
    paragraphs = sum(len(newsmodel.parse_text(t).paragraphs) for t in module.STORIES)
    out = _run(ROOT / "examples" / "dask_corpus.py")
    assert out.startswith(f"3 articles, {paragraphs} paragraphs\n")


DOCS = ROOT / "docs"
#: A link to a page of docs/ in Markdown: "(quickstart.md)".
PAGE_LINK_RE = re.compile(r"\]\(([\w-]+\.md)(?:#[\w-]*)?\)")


@pytest.mark.parametrize("page", sorted(p.name for p in DOCS.glob("*.md") if p.name != "index.md"))
def test_every_page_of_the_docs_is_linked_from_the_index(page: str) -> None:
    """docs/index.md's contents link every page of docs/."""
    linked = set(PAGE_LINK_RE.findall((DOCS / "index.md").read_text(encoding="utf-8")))
    assert page in linked


def _dependencies() -> list[str]:
    """The names of the run-time dependencies in pyproject.toml (read without tomllib,
    which Python 3.10 lacks)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = text[text.index("\ndependencies = [") :]
    block = block[: block.index("]")]
    return [name.lower() for name in re.findall(r'^\s*"([A-Za-z0-9_.-]+)', block, re.MULTILINE)]


@pytest.mark.parametrize("page", ["README.md", "docs/index.md"])
def test_the_runtime_dependencies_named_are_those_installed(page: str) -> None:
    """Where a page says what newsmodel needs at run time, it names every dependency of
    pyproject.toml (tqdm too)."""
    text = (ROOT / page).read_text(encoding="utf-8")
    sentence = re.search(r"needs [^\n]*?only ((?:[\w-]+,\s+)+[\w-]+,?\s+and\s+[\w-]+)", text)
    assert sentence is not None, "the page says what newsmodel needs"
    named = sentence.group(1).lower()
    assert all(dependency in named for dependency in _dependencies()), named


def test_the_readme_points_to_the_examples() -> None:
    """The README says where the runnable examples are, and names each."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "examples/" in text
    assert all(path.name in text for path in EXAMPLES)


def test_tables_and_page_output(tmp_path: Path) -> None:
    """tables_and_page writes six CSV tables and a page per story, and counts by name key."""
    module = _load(ROOT / "examples" / "tables_and_page.py")
    found = [newsmodel.parse_text(t) for t in module.STORIES.values()]
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "tables_and_page.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=True,
    )
    quotations = sum(len(a.quotations) for a in found)
    assert f"quotations: {quotations} rows in quotations.csv\n" in result.stdout
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == [
        "articles.csv",
        "paragraphs.csv",
        "people.csv",
        "quotations.csv",
        "sentences.csv",
        "speakers.csv",
    ]
    assert sorted(p.name for p in tmp_path.glob("*.html")) == sorted(
        f"{name}.html" for name in module.STORIES
    )


def test_source_audit_output(tmp_path: Path) -> None:
    """source_audit lists each article's people with their evidence, then the corpus's
    figures, and writes the report's files when given a folder."""
    module = _load(ROOT / "examples" / "source_audit.py")
    found = [newsmodel.parse_text(text) for _url, _day, text in module.STORIES]
    out = _run(ROOT / "examples" / "source_audit.py", str(tmp_path))
    for article in found:
        for person in article.people:
            assert f"  {person.name} (" in out
    assert "top speakers\n  Helena Duarte: 3 quotations in 2 articles\n" in out
    assert (tmp_path / "report.html").exists()
    assert (tmp_path / "by_outlet.csv").exists()
