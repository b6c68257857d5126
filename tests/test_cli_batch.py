"""Tests of the batch side of newsmodel.cli: --workers, JSON Lines input, progress, summary."""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import cli
from newsmodel.batch import WORKER_DIED
from newsmodel.cli import _batch
from tests.conftest import corpus

STORIES = {
    "a.txt": "Ferry timetable changes\n\n"
    "The island ferry will sail twice a day from June, the harbour office said.\n\n"
    "“Summer needs more boats,” said Rui Almeida, who runs the ticket booth.\n",
    "b.txt": "Orchard harvest starts\n\n"
    "Pickers began the apple harvest on Monday, two weeks early.\n\n"
    "“The heat did it,” said the farmer, Inês Cota. “We had no choice.”\n",
    "c/d.txt": "School roof repaired\n\n"
    "The roof of the village school was repaired over the holidays.\n",
    "e.txt": "Choir wins prize\n\nThe town choir won first prize at the regional festival.\n",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def make_folder(root: Path) -> Path:
    folder = root / "corpus"
    for name, text in STORIES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def in_order() -> list[str]:
    """The stories in the CLI's order: sorted by path parts."""
    return [STORIES[k] for k in sorted(STORIES, key=lambda k: Path(k).parts)]


def texts(out: str) -> list[str]:
    return [a.text for a in newsmodel.read_jsonl(io.StringIO(out))]


class Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


# ---------------------------------------------------------------------------
# --workers


@pytest.mark.parametrize("read_in_workers", [True, False])
def test_workers_write_the_same_lines_in_input_order(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    read_in_workers: bool,
) -> None:
    """--workers 2 writes exactly what one process writes, in sorted path order."""
    monkeypatch.setattr(_batch, "_READ_IN_WORKERS", read_in_workers)
    folder = make_folder(tmp_path)
    code, serial, _ = run(capsys, "parse", str(folder), "--to", "jsonl")
    assert code == 0
    code, parallel, _ = run(
        capsys, "parse", str(folder), "--to", "jsonl", "--workers", "2", "--batch-size", "1"
    )
    assert code == 0
    assert parallel == serial
    assert texts(parallel) == in_order()


def test_workers_name_and_count_unreadable_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With workers, each unreadable file is one error line, counted; the rest are written."""
    folder = make_folder(tmp_path)
    (folder / "b0-junk.txt").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "b1-pound.txt").write_bytes("Bread now costs £2.\n".encode("latin-1"))
    code, out, err = run(
        capsys, "parse", str(folder), str(tmp_path / "gone.txt"), "--to", "jsonl", "-w", "2"
    )
    assert code == 1
    assert texts(out) == [
        STORIES["a.txt"],
        STORIES["b.txt"],
        "Bread now costs £2.\n",
        STORIES["c/d.txt"],
        STORIES["e.txt"],
    ]
    lines = err.splitlines()
    assert lines[:-1] == [
        f"newsmodel: error: {folder / 'b0-junk.txt'}: binary data, not text",
        f"newsmodel: warning: {folder / 'b1-pound.txt'}: not UTF-8 (byte 0xa3 at 16); read as cp1252",
        f"newsmodel: error: {tmp_path / 'gone.txt'}: no such file or folder",
    ]
    assert lines[-1].startswith("newsmodel: 5 articles, ")
    assert ", 2 files skipped, 1 warning, " in lines[-1]


def test_summary_counts_articles_and_quotations(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--summary closes with the number of articles and quotations written."""
    folder = make_folder(tmp_path)
    quotations = sum(len(newsmodel.parse_text(t).quotations) for t in STORIES.values())
    code, _, err = run(capsys, "parse", str(folder), "--to", "jsonl", "--summary")
    assert code == 0
    (line,) = err.splitlines()
    assert line.startswith(
        f"newsmodel: 4 articles, {quotations} quotation{'' if quotations == 1 else 's'}, "
        "0 files skipped, 0 warnings, "
    )
    assert line.split(", ")[-1].split()[1] == "s"


def test_summary_can_be_turned_off(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--no-summary keeps stderr empty even with --workers."""
    folder = make_folder(tmp_path)
    code, out, err = run(capsys, "parse", str(folder), "--to", "jsonl", "-w", "2", "--no-summary")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 4


def test_progress_bar_and_summary_on_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal, stderr shows a progress bar out of the total, cleared before the summary."""
    folder = make_folder(tmp_path)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code = cli.main(["parse", str(folder), "--to", "jsonl"])
    out = capsys.readouterr().out
    assert code == 0
    assert len(out.splitlines()) == 4
    err = terminal.getvalue()
    assert "0/4 [" in err  # the bar knows the total
    assert "\r" in err
    assert err.rstrip("\n").splitlines()[-1].lstrip("\r").startswith("newsmodel: 4 articles")


def test_no_progress_bar_off_a_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """When stderr is a file or pipe there is no bar, only the summary that --workers asks for."""
    folder = make_folder(tmp_path)
    code, _, err = run(capsys, "parse", str(folder), "--to", "jsonl", "--workers", "1")
    assert code == 0
    assert "\r" not in err
    assert err.count("\n") == 1


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the patched parser reaches workers by fork",
)
def test_a_dead_worker_fails_its_file_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose worker process dies is one error line; every other file is written."""
    real = newsmodel.parse_text

    def fragile(text: str, **options: Any) -> newsmodel.Article:
        if "Orchard" in text:
            os._exit(9)  # as if the system killed the worker for memory
        return real(text, **options)

    monkeypatch.setattr(newsmodel, "parse_text", fragile)
    folder = make_folder(tmp_path)
    code, out, err = run(capsys, "parse", str(folder), "--to", "jsonl", "-w", "2", "--no-summary")
    assert code == 1
    assert texts(out) == [t for t in in_order() if "Orchard" not in t]
    assert err == f"newsmodel: error: {folder / 'b.txt'}: {WORKER_DIED}\n"


def test_bad_worker_count_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """--workers 0 is refused as a usage error."""
    code, _, err = run(capsys, "parse", "x.txt", "--workers", "0")
    assert code == 2
    assert "must be at least 1" in err


# ---------------------------------------------------------------------------
# JSON Lines of raw articles


def write_items(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
        encoding="utf-8",
    )
    return path


def test_jsonl_items_carry_their_metadata(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Each line's text is parsed with its headline, url, published date and language."""
    items = write_items(
        tmp_path / "items.jsonl",
        [
            {
                "id": "ferry-1",
                "text": STORIES["a.txt"],
                "headline": "Ferries twice a day",
                "url": "https://example.org/ferry",
                "published": "2024-06-01T08:30:00Z",
            },
            "",
            {"text": STORIES["e.txt"], "language": "en"},
        ],
    )
    code, out, err = run(capsys, "parse", str(items), "--to", "jsonl", "-w", "2")
    assert code == 0
    first, second = newsmodel.read_jsonl(io.StringIO(out))
    assert first == newsmodel.parse_text(
        STORIES["a.txt"],
        headline="Ferries twice a day",
        url="https://example.org/ferry",
        published=first.published,
    )
    assert first.published is not None
    assert (first.published.isoformat()) == "2024-06-01T08:30:00+00:00"
    assert second == newsmodel.parse_text(STORIES["e.txt"])
    assert err.startswith("newsmodel: 2 articles, ")


def test_jsonl_fields_can_be_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--text-key, --headline-key and --id-key read other people's JSON Lines as they are."""
    items = write_items(
        tmp_path / "items.jsonl",
        [{"body": STORIES["a.txt"], "title": "Ferries twice a day", "key": "f-1", "text": 7}],
    )
    out_dir = tmp_path / "out"
    code, _, err = run(
        capsys,
        "parse",
        str(items),
        "--text-key",
        "body",
        "--headline-key",
        "title",
        "--id-key",
        "key",
        "--output-dir",
        str(out_dir),
        "--no-summary",
    )
    assert code == 0
    assert err == (
        f'newsmodel: warning: {items}: ignored "text" (first at line 1 (id f-1)); '
        "a line is read for body, title, url, published, language, key\n"
    )
    (written,) = out_dir.rglob("*.json")
    assert written.name == "f-1.json"
    article = newsmodel.loads(written.read_text(encoding="utf-8"))
    assert article == newsmodel.parse_text(STORIES["a.txt"], headline="Ferries twice a day")


def test_a_named_text_key_that_is_missing_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A line without the text key it was told to read says which key it looked for."""
    items = write_items(tmp_path / "items.jsonl", [{"text": STORIES["a.txt"]}])
    code, _, err = run(capsys, "parse", str(items), "--text-key", "body", "--to", "jsonl")
    assert code == 1
    assert f'{items} line 1: "body" is missing' in err


def test_bad_jsonl_lines_are_named_and_the_rest_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bad line is one error naming the file, its line and id; the good lines are written."""
    items = write_items(
        tmp_path / "items.jsonl",
        [
            {"text": STORIES["a.txt"]},
            '{"text": "unfinished',
            {"id": 7, "body": "no text here"},
            {"id": "x", "text": STORIES["b.txt"], "published": "last Tuesday"},
            ["a", "list"],
            {"text": 5},
            {"text": STORIES["e.txt"]},
        ],
    )
    code, out, err = run(capsys, "parse", str(items), "--to", "jsonl")
    assert code == 1
    assert texts(out) == [STORIES["a.txt"], STORIES["e.txt"]]
    assert err.splitlines() == [
        f"newsmodel: error: {items} line 2: malformed JSON at column 10: Unterminated string starting at",
        f'newsmodel: error: {items} line 3 (id 7): "text" is missing',
        f"newsmodel: error: {items} line 4 (id x): \"published\" is not an ISO 8601 date: 'last Tuesday'",
        f'newsmodel: error: {items} line 5: expected a JSON object with a "text", got list',
        f'newsmodel: error: {items} line 6: "text" is a number, not a string',
    ]


def test_a_number_too_long_for_python_is_one_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A line holding a 5,000-digit number is an error naming it, not an internal error."""
    items = tmp_path / "items.jsonl"
    items.write_text(
        json.dumps({"text": STORIES["a.txt"]}) + "\n" + '{"id": ' + "9" * 5000 + "}\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "parse", str(items), "--to", "jsonl")
    assert code == 1
    assert texts(out) == [STORIES["a.txt"]]
    assert err.splitlines() == [
        f"newsmodel: error: {items} line 2: a number of more than 4300 digits, "
        "longer than Python converts"
    ]


def test_unknown_keys_warn_once_per_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Keys newsmodel does not read are named in one warning per file, not per line."""
    items = write_items(
        tmp_path / "items.jsonl",
        [{"text": t, "title": "x", "author": "y"} for t in STORIES.values()],
    )
    code, out, err = run(capsys, "parse", str(items), "--to", "jsonl")
    assert code == 0
    assert len(out.splitlines()) == 4
    assert err.splitlines() == [
        f'newsmodel: warning: {items}: ignored "author", "title" (first at line 1); '
        "a line is read for text, headline, url, published, language, id"
    ]


def test_jsonl_from_stdin_and_gzip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--jsonl reads raw articles from stdin; .jsonl.gz is read compressed; a BOM is dropped."""
    lines = "".join(json.dumps({"text": t}) + "\n" for t in STORIES.values())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8"))))
    code, out, _ = run(capsys, "parse", "-", "--jsonl", "--to", "jsonl")
    assert code == 0
    assert texts(out) == list(STORIES.values())
    packed = tmp_path / "items.jsonl.gz"
    packed.write_bytes(gzip.compress(lines.encode("utf-8")))
    code, out, _ = run(capsys, "parse", str(packed), "--to", "jsonl")
    assert code == 0
    assert texts(out) == list(STORIES.values())
    marked = tmp_path / "bom.jsonl"
    marked.write_text(lines, encoding="utf-8-sig")
    code, out, _ = run(capsys, "parse", str(marked), "--to", "jsonl")
    assert code == 0
    assert texts(out) == list(STORIES.values())


def test_jsonl_to_output_dir_names_files_by_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--output-dir names each item's file after its id, or its line without one."""
    items = write_items(
        tmp_path / "feed.jsonl",
        [
            {"id": "ferry/1", "text": STORIES["a.txt"]},
            {"text": STORIES["b.txt"]},
            {"id": "2024.06.01", "text": STORIES["e.txt"]},
        ],
    )
    out_dir = tmp_path / "out"
    code, _, _ = run(capsys, "parse", str(items), "--to", "json", "--output-dir", str(out_dir))
    assert code == 0
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*.json"))
    assert written == ["feed/2024_06_01.json", "feed/ferry_1.json", "feed/line-2.json"]
    article = newsmodel.loads((out_dir / "feed" / "line-2.json").read_text(encoding="utf-8"))
    assert article.text == STORIES["b.txt"]


def test_jsonl_to_a_one_article_format_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A JSON Lines input holds many articles: --to json is refused before any work."""
    items = write_items(tmp_path / "items.jsonl", [{"text": STORIES["a.txt"]}])
    code, out, err = run(capsys, "parse", str(items), "--to", "json")
    assert (code, out) == (1, "")
    assert err.startswith("newsmodel: error: --to json writes one article, but the input holds")
    assert "--to jsonl" in err


def test_parsed_articles_are_pointed_to_convert(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A line that is newsmodel's own JSON already is refused with a pointer to convert."""
    items = tmp_path / "parsed.jsonl"
    newsmodel.write_jsonl([newsmodel.parse_text(STORIES["a.txt"])], items)
    code, _, err = run(capsys, "parse", str(items), "--to", "jsonl")
    assert code == 1
    assert "newsmodel convert --from jsonl" in err


# ---------------------------------------------------------------------------
# The BBC corpus


def test_bbc_corpus_in_full(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Every BBC article is written, in order; the one latin-1 file is read with a warning."""
    bbc = corpus("bbc")
    target = tmp_path / "bbc.jsonl"
    code = cli.main(["parse", str(bbc), "--to", "jsonl", "-w", "2", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2225
    warnings = [line for line in err.splitlines() if line.startswith("newsmodel: warning: ")]
    assert len(warnings) == 1
    assert str(Path("sport", "199.txt")) in warnings[0]
    assert "not UTF-8" in warnings[0]
    assert "newsmodel: 2225 articles, " in err
    first = newsmodel.loads(lines[0], format="jsonl")
    assert first.text == (bbc / "business" / "001.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# --stances

BELIEF = (
    "Mayor Helen Park said the ferry would run all winter. Park believes the harbour plan is sound."
)


@pytest.mark.parametrize(
    ("option", "stances"),
    [
        ((), {"speech"}),
        (("--stances", "speech,thought"), {"speech", "thought"}),
        (("--stances", "thought"), {"thought"}),
        (("--stances", "all"), {"speech", "thought"}),
    ],
)
def test_stances_choose_the_quotations_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, option: tuple[str, ...], stances: set[str]
) -> None:
    """parse writes speech by default, and what --stances asks for, as parse_text does."""
    (tmp_path / "belief.txt").write_text(BELIEF, encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(tmp_path / "belief.txt"), "--to", "json", *option)
    assert code == 0
    article = newsmodel.loads(out, format="json")
    wanted = stances if option else {"speech"}
    assert article == newsmodel.parse_text(BELIEF, stances=wanted)
    assert {q.attribution.stance.value for q in article.quotations if q.attribution} == stances


def test_a_bad_stance_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """--stances belief names the stances there are, and nothing is parsed."""
    code, _, err = run(capsys, "parse", "x.txt", "--stances", "speech,belief")
    assert code == 2
    assert (
        "'speech,belief' is not a list of stances (some of speech, thought, other, or all)" in err
    )
