"""Tests of newsmodel.cli: the commands, their output, and one-line errors."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import cli
from newsmodel.io import registry
from newsmodel.sample import sample_article, sample_text
from tests.conftest import corpus

STORY = (
    "Bridge reopens after repairs\n\n"
    "The old river bridge reopened to traffic on Monday after eight months of repairs.\n\n"
    "“It feels like the town is whole again,” said Teresa Lindqvist, who runs a bakery nearby.\n"
)
OTHER = "Market moves indoors\n\nThe Saturday market will move into the old tram depot for the winter.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_errors(err: str) -> None:
    """Every line on stderr is a single newsmodel message, never a traceback."""
    assert "Traceback" not in err
    for line in err.splitlines():
        assert line.startswith(("newsmodel: error: ", "newsmodel: warning: ")), line


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# demo, formats, --version, --help


def test_demo_outlines_the_sample_article(capsys: pytest.CaptureFixture[str]) -> None:
    """demo prints the sample's fields, every paragraph with its kind, and every quotation."""
    code, out, err = run(capsys, "demo")
    assert code == 0
    assert err == ""
    article = sample_article()
    for label in ("Headline", "Dateline", "Byline", "Authors", "Contributors", "Published"):
        assert f"\n{label} " in out or out.startswith(label) or f"{label} " in out
    assert f"Paragraphs ({len(article.paragraphs)}" in out
    body = out[out.index("Paragraphs (") : out.index("Quotations (")]
    assert len(body.strip().splitlines()) == len(article.paragraphs) + 1
    for i, p in enumerate(article.paragraphs):
        assert f"{i:>5}  {p.kind.value}" in body
    assert f"Quotations ({len(article.quotations)})" in out
    quotes = out[out.index("Quotations (") : out.index("Speakers (")]
    assert len(quotes.strip().splitlines()) == len(article.quotations) + 1
    assert f"Speakers ({len(article.speakers)})" in out
    assert article.url is not None
    assert article.url in out


def test_demo_in_json_is_the_sample_article(capsys: pytest.CaptureFixture[str]) -> None:
    """demo --to json writes the sample article losslessly."""
    code, out, _ = run(capsys, "demo", "--to", "json", "--indent", "2")
    assert code == 0
    assert out.startswith('{\n  "format": "newsmodel"')
    assert newsmodel.loads(out) == sample_article()


def test_demo_as_text_keeps_every_paragraph(capsys: pytest.CaptureFixture[str]) -> None:
    """demo --to text writes every paragraph of the sample."""
    code, out, _ = run(capsys, "demo", "--to", "text")
    assert code == 0
    for p in sample_article().paragraphs:
        assert p.text in out


def test_outline_shows_quotations_and_speakers() -> None:
    """The outline lists each quotation with kind, paragraph, speaker, cue, and each speaker."""
    from tests.strategies import example_article

    text = cli.outline(example_article())
    assert "Headline      Ferry strike ends after talks" in text
    assert "place: Porto Sereno; source: Meridian Wire" in text
    assert "Authors       Ana Ruiz; Li Wei" in text
    assert "Quotations (4)" in text
    assert "direct    ¶2    Joana Reis (person)" in text
    assert "said" in text
    assert "scare     ¶-    (nobody)" in text
    assert "Joana Reis (person): 1 quotation; a union steward" in text
    assert "Paragraphs (5: 1 headline, 1 byline, 2 body, 1 credit)" in text


def test_formats_lists_registry_with_abilities(capsys: pytest.CaptureFixture[str]) -> None:
    """formats lists every registered format with read/write, plus the CLI-only outputs."""
    code, out, _ = run(capsys, "formats")
    assert code == 0
    rows = {line.split()[0]: line.split()[1:4] for line in out.splitlines()[1:]}
    for name, info in newsmodel.formats.items():
        assert rows[name][0] == ("yes" if info.can_read else "-")
        assert rows[name][1] == ("yes" if info.can_write else "-")
    assert rows["json"] == ["yes", "yes", "yes"]
    assert rows["outline"][:2] == ["-", "yes"]


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the version; --help shows the commands and examples."""
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"newsmodel {newsmodel.__version__}")
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for word in ("parse", "convert", "demo", "formats", "examples:"):
        assert word in out
    code, out, _ = run(capsys, "parse", "--help")
    assert code == 0
    assert "--to FORMAT" in out
    assert "jsonl" in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown command or format is a usage error with exit status 2."""
    assert run(capsys, "summarise")[0] == 2
    code, _, err = run(capsys, "parse", "x.txt", "--to", "docx")
    assert code == 2
    assert "invalid choice: 'docx'" in err
    assert run(capsys)[0] == 2


def test_new_registry_format_appears_in_choices(
    capsys: pytest.CaptureFixture[str], story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A format registered later is offered by --to without touching the CLI."""
    info = registry.FormatInfo(
        "shout", "upper-case text", "text/plain", ".txt", writer=lambda a: a.text.upper()
    )
    monkeypatch.setitem(registry._FORMATS, "shout", info)
    code, out, _ = run(capsys, "parse", str(story), "--to", "shout")
    assert code == 0
    assert out == STORY.upper()
    assert "shout" in run(capsys, "formats")[1]


# ---------------------------------------------------------------------------
# parse


def test_parse_file_to_json(capsys: pytest.CaptureFixture[str], story: Path) -> None:
    """parse FILE writes the article as newsmodel JSON, the same as parse_text."""
    code, out, err = run(capsys, "parse", str(story))
    assert (code, err) == (0, "")
    assert newsmodel.loads(out) == newsmodel.parse_text(STORY)


def test_parse_to_outline_and_output_file(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    """-o writes to a file in UTF-8; --to outline is for people."""
    target = tmp_path / "out.txt"
    code, out, _ = run(capsys, "parse", str(story), "--to", "outline", "-o", str(target))
    assert (code, out) == (0, "")
    written = target.read_text(encoding="utf-8")
    assert written == cli.outline(newsmodel.parse_text(STORY))
    assert "It feels like the town" in written


def test_parse_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """- reads standard input as UTF-8."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    code, out, _ = run(capsys, "parse", "-", "--to", "jsonl")
    assert code == 0
    assert newsmodel.loads(out, format="jsonl") == newsmodel.parse_text(STORY)


def test_parse_without_input_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No input while stdin is a terminal is an error, not a hang."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    code, _, err = run(capsys, "parse")
    assert code == 1
    assert err.startswith("newsmodel: error: no input")


def _corpus_folder(root: Path) -> Path:
    folder = root / "corpus"
    (folder / "b-sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b-sub" / "c.txt").write_text(STORY + "\nMore text.\n", encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    (folder / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    return folder


def test_parse_folder_to_jsonl_in_sorted_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A folder stands for its .txt files, recursively and sorted, hidden ones skipped."""
    folder = _corpus_folder(tmp_path)
    code, out, err = run(capsys, "parse", str(folder), "--to", "jsonl")
    assert (code, err) == (0, "")
    texts = [a.text for a in newsmodel.read_jsonl(io.StringIO(out))]
    assert texts == [STORY, STORY + "\nMore text.\n", OTHER]  # a.txt, b-sub/c.txt, b.txt


def test_parse_several_inputs_as_json_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--to json with several inputs is an error pointing to jsonl, before anything is written."""
    folder = _corpus_folder(tmp_path)
    code, out, err = run(capsys, "parse", str(folder), "--to", "json")
    assert code == 1
    assert out == ""
    assert err.startswith(
        "newsmodel: error: --to json writes one article, but the input holds 3 files"
    )
    assert "--to jsonl" in err
    assert err.count("\n") == 1


def test_parse_to_output_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--output-dir writes one file per article, mirroring the input folder."""
    folder = _corpus_folder(tmp_path)
    out_dir = tmp_path / "out"
    code, out, _ = run(capsys, "parse", str(folder), "--to", "json", "--output-dir", str(out_dir))
    assert (code, out) == (0, "")
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*.json"))
    assert written == ["a.json", "b-sub/c.json", "b.json"]
    assert newsmodel.loads((out_dir / "b.json").read_text(encoding="utf-8")).text == OTHER


def test_latin1_file_read_with_warning(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A latin-1 file is read, with one warning naming it."""
    path = tmp_path / "pound.txt"
    path.write_bytes("Prices rose to £5 in Évora.\n".encode("latin-1"))
    code, out, err = run(capsys, "parse", str(path))
    assert code == 0
    assert newsmodel.loads(out).text == "Prices rose to £5 in Évora.\n"
    assert err.count("\n") == 1
    assert err.startswith(f"newsmodel: warning: {path}: not UTF-8")


def test_cp1252_quotes_decoded(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A cp1252 file's curly quotes and dashes come out as the right characters."""
    path = tmp_path / "quotes.txt"
    path.write_bytes("“We won” – she said.\n".encode("cp1252"))
    code, out, err = run(capsys, "parse", str(path))
    assert code == 0
    assert newsmodel.loads(out).text == "“We won” – she said.\n"
    assert "read as cp1252" in err


def test_utf8_bom_and_utf16_read_silently(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A byte order mark names the encoding (UTF-8, -16, -32) and is dropped; ASCII in
    UTF-16 or -32 without one is told by its zero bytes; none warns."""
    for encoding in ("utf-8-sig", "utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(STORY.encode(encoding))
        code, out, err = run(capsys, "parse", str(path))
        assert (code, err) == (0, ""), encoding
        assert newsmodel.loads(out).text == STORY, encoding


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(lambda p: None, "no such file or folder", id="missing"),
        pytest.param(
            lambda p: p.write_bytes(bytes(range(256)) * 8), "binary data, not text", id="binary"
        ),
        pytest.param(
            lambda p: p.write_bytes(b"PK\x03\x04" + b"\x01\x02\x13\x14" * 50),
            "binary data, not text",
            id="zip-like",
        ),
        pytest.param(lambda p: p.write_bytes(b"\x00" * 64), "binary data, not text", id="zeros"),
    ],
)
def test_unreadable_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: Any, reason: str
) -> None:
    """A missing or binary file gets `newsmodel: error: <file>: <reason>` and exit 1."""
    path = tmp_path / "bad.txt"
    make(path)
    code, out, err = run(capsys, "parse", str(path))
    assert (code, out) == (1, "")
    assert err == f"newsmodel: error: {path}: {reason}\n"


def test_permission_denied_is_one_line(
    capsys: pytest.CaptureFixture[str], story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that cannot be read for lack of permission is reported in one line."""

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, _, err = run(capsys, "parse", str(story))
    assert code == 1
    assert err == f"newsmodel: error: {story}: permission denied\n"


def test_one_bad_file_does_not_stop_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With several inputs the good ones are written, each bad one reported; exit 1."""
    folder = _corpus_folder(tmp_path)
    (folder / "aa-junk.txt").write_bytes(b"\x00\x01\x02" * 100)
    code, out, err = run(capsys, "parse", str(folder), str(tmp_path / "gone.txt"), "--to", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 3
    assert_one_line_errors(err)
    assert "aa-junk.txt: binary data" in err
    assert "gone.txt: no such file" in err


def test_html_files_go_to_parse_html(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files ending .html/.htm are parsed by parse_html from their bytes, with url=None."""
    calls: list[tuple[object, object]] = []

    def fake_parse_html(html: str | bytes, **options: Any) -> newsmodel.Article:
        calls.append((html, options.get("url", "unset")))
        return newsmodel.parse_text("From a page.")

    monkeypatch.setattr(newsmodel, "parse_html", fake_parse_html)
    page = tmp_path / "page.HTM"
    page.write_bytes(b"<html><body><p>From a page.</p></body></html>")
    code, out, _ = run(capsys, "parse", str(page))
    assert code == 0
    assert calls == [(page.read_bytes(), None)]
    assert newsmodel.loads(out).text == "From a page."


PAGE = (
    "<html><head><title>Bridge reopens after repairs</title></head><body><article>"
    "<h1>Bridge reopens after repairs</h1>"
    "<p>The old river bridge reopened to traffic on Monday after eight months of repairs.</p>"
    "<p>Traffic on the ring road eased within the hour, the town's engineers said.</p>"
    "</article></body></html>"
)


def test_gzipped_page_is_read_as_a_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """page.html.gz, or any gzip file holding a page, is parsed as parse_html parses it."""
    pytest.importorskip("trafilatura", reason="needs the html extra")
    for name in ("page.html.gz", "page.gz"):
        page = tmp_path / name
        page.write_bytes(gzip.compress(PAGE.encode("utf-8")))
        code, out, err = run(capsys, "parse", str(page))
        assert (code, err) == (0, ""), name
        assert newsmodel.loads(out) == newsmodel.parse_html(PAGE, url=None)


def test_gzipped_text_is_read_as_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """story.txt.gz is plain text, gzip-compressed."""
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode("utf-8")))
    code, out, err = run(capsys, "parse", str(path))
    assert (code, err) == (0, "")
    assert newsmodel.loads(out) == newsmodel.parse_text(STORY)


def test_folder_of_gzipped_pages_gives_one_record_a_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A folder of .html.gz pages (as the extraction benchmark ships them) is read page by page."""
    pytest.importorskip("trafilatura", reason="needs the html extra")
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(3):
        (folder / f"p{i}.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    code, out, err = run(capsys, "parse", str(folder), "--to", "jsonl")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 3


def test_empty_standard_input_is_an_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing on standard input is said on stderr, with a non-zero exit, not an empty article."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    code, out, err = run(capsys, "parse", "-")
    assert (code, out) == (1, "")
    assert err == "newsmodel: error: <stdin>: empty: there is no text to parse\n"


def test_empty_file_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An empty file is one error line, and the other inputs are still parsed."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    other = tmp_path / "story.txt"
    other.write_text(STORY, encoding="utf-8")
    code, out, err = run(capsys, "parse", str(empty), str(other), "--to", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 1
    assert err == f"newsmodel: error: {empty}: empty: there is no text to parse\n"


def test_ctrl_c_while_the_arguments_are_read_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C before the command runs (while the parser is built) is one line, exit 130."""

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli._main, "build_parser", interrupted)
    code, out, err = run(capsys, "parse", "-")
    assert (code, out, err) == (130, "", "newsmodel: interrupted\n")


def test_missing_html_extra_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MissingDependencyError from parse_html is reported in one line naming the file."""

    def missing(html: str | bytes, **options: Any) -> newsmodel.Article:
        raise newsmodel.MissingDependencyError("parse_html", "html")

    monkeypatch.setattr(newsmodel, "parse_html", missing)
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    code, _, err = run(capsys, "parse", str(page))
    assert code == 1
    assert (
        err
        == f'newsmodel: error: {page}: parse_html needs the optional dependencies of newsmodel[html]: pip install "newsmodel[html]"\n'
    )


def test_internal_error_is_one_line(
    capsys: pytest.CaptureFixture[str], story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even an unexpected exception from the parser is one line, not a traceback."""

    def broken(text: str, **options: Any) -> newsmodel.Article:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(newsmodel, "parse_text", broken)
    code, _, err = run(capsys, "parse", str(story))
    assert code == 1
    assert err.count("\n") == 1
    assert "internal error" in err
    assert "boom" in err


# ---------------------------------------------------------------------------
# convert


def test_convert_json_to_outline_and_jsonl(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """convert reads one format and writes another through the registry."""
    source = tmp_path / "a.json"
    article = newsmodel.parse_text(STORY)
    source.write_text(newsmodel.dumps(article), encoding="utf-8")
    code, out, _ = run(capsys, "convert", str(source), "--from", "json", "--to", "outline")
    assert (code, out) == (0, cli.outline(article))
    code, out, _ = run(capsys, "convert", str(source), "--from", "json", "--to", "jsonl")
    assert (code, out) == (0, newsmodel.dumps(article, format="jsonl"))


def test_convert_jsonl_streams_many(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A JSON Lines file converts to JSON Lines article by article; to json it is refused."""
    source = tmp_path / "many.jsonl"
    items = [newsmodel.parse_text(t) for t in (STORY, OTHER, STORY)]
    newsmodel.write_jsonl(items, source)
    code, out, _ = run(capsys, "convert", str(source), "--from", "jsonl", "--to", "jsonl")
    assert code == 0
    assert list(newsmodel.read_jsonl(io.StringIO(out))) == items
    code, out, err = run(capsys, "convert", str(source), "--from", "jsonl", "--to", "json")
    assert (code, out) == (1, "")
    assert "holds more than one article" in err
    assert err.count("\n") == 1


def test_convert_malformed_document_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A document that breaks the format is reported in one line naming the file and field."""
    doc = json.loads(newsmodel.dumps(newsmodel.parse_text(STORY)))
    doc["paragraphs"][1]["end"] = 10_000
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "convert", str(source), "--from", "json", "--to", "json")
    assert (code, out) == (1, "")
    assert err.startswith(f"newsmodel: error: {source}: json at paragraphs[1].end: 10000 lies past")
    assert err.count("\n") == 1


def test_convert_folder_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A folder where a file is expected is reported, not a traceback."""
    code, _, err = run(capsys, "convert", str(tmp_path), "--from", "json", "--to", "json")
    assert code == 1
    assert err == f"newsmodel: error: {tmp_path}: is a folder, not a file\n"


# ---------------------------------------------------------------------------
# As a program


def _program(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsmodel", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        **kwargs,
    )


def test_runs_as_a_program() -> None:
    """python -m newsmodel demo runs and exits 0."""
    result = _program("demo")
    assert result.returncode == 0, result.stderr
    assert "Paragraphs (" in result.stdout


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """A reader that stops early (`| head -1`) ends newsmodel quietly, with exit status 1."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        (folder / f"{i:03}.txt").write_text(sample_text(), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsmodel", "parse", str(folder), "--to", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode("utf-8")
    process.wait(timeout=120)
    assert json.loads(first)["format"] == "newsmodel"
    assert err == ""
    assert process.returncode == 1


def test_bbc_latin1_file_warns(capsys: pytest.CaptureFixture[str]) -> None:
    """The one latin-1 file of the BBC corpus is parsed with a warning naming it."""
    path = corpus("bbc", "sport", "199.txt")
    code, out, err = run(capsys, "parse", str(path), "--to", "jsonl")
    assert code == 0
    assert err.startswith(f"newsmodel: warning: {path}: not UTF-8")
    assert err.count("\n") == 1
    assert "£" in newsmodel.loads(out, format="jsonl").text
