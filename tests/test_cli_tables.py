"""Tests of ``newsmodel parse --to csv|parquet --output-dir DIR``: one file per table."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import cli
from newsmodel.tables import TABLES, to_records
from tests.conftest import corpus
from tests.test_cli_batch import STORIES, make_folder, run


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def expected(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """The records of the stories under ``folder``, with their paths as ids."""
    names = sorted(STORIES, key=lambda k: Path(k).parts)
    found = [newsmodel.parse_text((folder / n).read_text(encoding="utf-8")) for n in names]
    return to_records(found, ids=names)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_csv_tables_of_a_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, workers: str
) -> None:
    """Each table is one CSV file whose rows are the records, ids being the files' paths."""
    folder = make_folder(tmp_path)
    out_dir = tmp_path / "tables"
    code, out, err = run(
        capsys, "parse", str(folder), "--to", "csv", "--output-dir", str(out_dir), "-w", workers
    )
    assert code == 0, err
    assert out == ""
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(f"{t.name}.csv" for t in TABLES)
    want = expected(folder)
    for table in TABLES:
        rows = read_csv(out_dir / f"{table.name}.csv")
        assert rows == [
            {k: "" if v is None else str(v) for k, v in row.items()} for row in want[table.name]
        ]
    ids = [r["article_id"] for r in read_csv(out_dir / "articles.csv")]
    assert ids == ["a.txt", "b.txt", "c/d.txt", "e.txt"]


def test_parquet_tables_of_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Parquet tables read back with pyarrow as the records."""
    pq = pytest.importorskip(
        "pyarrow.parquet", reason='needs the tables extra: "newsmodel[tables]"'
    )
    folder = make_folder(tmp_path)
    code, _, err = run(
        capsys, "parse", str(folder), "--to", "parquet", "--output-dir", str(tmp_path / "t")
    )
    assert code == 0, err
    want = expected(folder)
    for table in TABLES:
        assert (
            pq.read_table(tmp_path / "t" / f"{table.name}.parquet").to_pylist() == want[table.name]
        )


def test_tables_need_an_output_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--to csv without --output-dir is one line on stderr and exit status 1."""
    story = tmp_path / "a.txt"
    story.write_text(STORIES["a.txt"], encoding="utf-8")
    code, out, err = run(capsys, "parse", str(story), "--to", "csv")
    assert code == 1
    assert out == ""
    assert err == "newsmodel: error: --to csv writes one file per table: give --output-dir DIR\n"


def test_jsonl_items_are_named_by_their_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A JSON Lines item's id names its rows; without one, its URL or its text's hash does."""
    items = tmp_path / "items.jsonl"
    lines = [
        {"id": "n-1", "text": STORIES["a.txt"]},
        {"id": 7, "text": STORIES["b.txt"]},
        {"url": "https://example.com/e", "text": STORIES["e.txt"]},
        {"text": STORIES["c/d.txt"]},
        {"id": "broken"},
    ]
    items.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    code, _, err = run(
        capsys, "parse", str(items), "--to", "csv", "--output-dir", str(tmp_path / "t")
    )
    assert code == 1  # the broken line is reported and the others are written
    assert err.count("newsmodel: error: ") == 1
    ids = [r["article_id"] for r in read_csv(tmp_path / "t" / "articles.csv")]
    hashed = newsmodel.tables.article_id(newsmodel.parse_text(STORIES["c/d.txt"]))
    assert ids == ["n-1", "7", "https://example.com/e", hashed]
    quotations = read_csv(tmp_path / "t" / "quotations.csv")
    assert {r["article_id"] for r in quotations} <= set(ids)


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_jsonl_with_a_lone_surrogate_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, format: str
) -> None:
    """A JSON escape that decodes to a lone surrogate (which UTF-8 cannot carry) is written
    as U+FFFD: every article gets its rows, and no traceback."""
    if format == "parquet":
        pytest.importorskip("pyarrow", reason='needs the tables extra: "newsmodel[tables]"')
    items = tmp_path / "items.jsonl"
    items.write_text(
        '{"id": "odd", "text": "\\"We are \\ud800 sorry,\\" said Ana Ruiz."}\n'
        + json.dumps({"id": "plain", "text": STORIES["a.txt"]})
        + "\n",
        encoding="utf-8",
    )
    out_dir = tmp_path / "t"
    code, _, err = run(capsys, "parse", str(items), "--to", format, "--output-dir", str(out_dir))
    assert code == 0, err
    assert "Traceback" not in err
    if format == "csv":
        articles = read_csv(out_dir / "articles.csv")
        quotations = read_csv(out_dir / "quotations.csv")
    else:
        import pyarrow.parquet as pq

        articles = pq.read_table(out_dir / "articles.parquet").to_pylist()
        quotations = pq.read_table(out_dir / "quotations.parquet").to_pylist()
    assert [r["article_id"] for r in articles] == ["odd", "plain"]
    assert articles[0]["text"] == '"We are \ufffd sorry," said Ana Ruiz.'
    assert quotations[0]["text"] == "We are \ufffd sorry,"


def test_formats_lists_the_table_outputs(capsys: pytest.CaptureFixture[str]) -> None:
    """newsmodel formats names csv and parquet as command-line outputs."""
    _, out, _ = run(capsys, "formats")
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "one csv file each" in lines["csv"]
    assert "one parquet file each" in lines["parquet"]


def test_bbc_to_parquet_has_an_article_row_per_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The BBC folder as Parquet: 2,225 article rows, and every quotation row."""
    pq = pytest.importorskip(
        "pyarrow.parquet", reason='needs the tables extra: "newsmodel[tables]"'
    )
    bbc = corpus("bbc")
    code = cli.main(
        ["parse", str(bbc), "--to", "parquet", "--output-dir", str(tmp_path), "-w", "2"]
    )
    capsys.readouterr()
    assert code == 0
    articles = pq.read_table(tmp_path / "articles.parquet")
    assert articles.num_rows == 2225 == len(set(articles.column("article_id").to_pylist()))
    quotations = pq.read_table(tmp_path / "quotations.parquet").num_rows
    assert quotations == sum(articles.column("quotation_count").to_pylist())


def test_parquet_without_pyarrow_names_the_extra(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pyarrow, --to parquet stops before parsing, in one line naming the extra."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    story = tmp_path / "a.txt"
    story.write_text(STORIES["a.txt"], encoding="utf-8")
    code, out, err = run(
        capsys, "parse", str(story), "--to", "parquet", "--output-dir", str(tmp_path / "t")
    )
    assert code == 1
    assert out == ""
    assert len(err.splitlines()) == 1
    assert 'pip install "newsmodel[tables]"' in err
