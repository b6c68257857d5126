"""Tests of ``newsmodel report``: the command line's source report over a corpus."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from tests.test_cli_batch import run
from tests.test_report import CORPUS


def make_folder(root: Path) -> Path:
    folder = root / "corpus"
    for i, (text, _url, _date) in enumerate(CORPUS):
        outlet = "harbour" if i < 2 else "valley"
        path = folder / outlet / f"{i}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def make_items(root: Path) -> Path:
    path = root / "items.jsonl"
    lines = [
        json.dumps(
            {
                "id": i,
                "text": t,
                "source": u.split("/")[2].removeprefix("www."),
                "date": d.isoformat(),
            }
        )
        for i, (t, u, d) in enumerate(CORPUS)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_summary_on_stdout(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Without --output-dir the report's overview, genders and top speakers are printed."""
    code, out, err = run(capsys, "report", str(make_folder(tmp_path)))
    assert code == 0, err
    assert "Who gets quoted" in out
    assert "Ana Reis (female, politician)" in out
    assert "articles" in out


def test_folder_to_output_dir_with_outlets(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--outlet-from-folder takes each file's first folder as its outlet; the tables,
    JSON and page are written."""
    out_dir = tmp_path / "out"
    code, _out, err = run(
        capsys,
        "report",
        str(make_folder(tmp_path)),
        "--outlet-from-folder",
        "--output-dir",
        str(out_dir),
    )
    assert code == 0, err
    outlets = {r["outlet"]: r for r in rows(out_dir, "by_outlet")}
    assert set(outlets) == {"harbour", "valley"}
    assert outlets["harbour"]["articles"] == "2"
    assert (out_dir / "report.json").exists()
    assert (out_dir / "report.html").exists()


def test_jsonl_fields_name_outlet_and_month(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--outlet-field and --date-field read the outlet and month from each line, and the
    fields named are not warned about."""
    out_dir = tmp_path / "out"
    code, _out, err = run(
        capsys,
        "report",
        str(make_items(tmp_path)),
        "--outlet-field",
        "source",
        "--date-field",
        "date",
        "--output-dir",
        str(out_dir),
        "--no-charts",
    )
    assert code == 0, err
    assert "ignored" not in err
    assert [r["month"] for r in rows(out_dir, "by_month")] == ["2024-03", "2024-04"]
    assert {r["outlet"] for r in rows(out_dir, "by_outlet")} == {
        "harbour-news.example",
        "valley-post.example",
    }


def test_parsed_articles_in_jsonl(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """JSON Lines of parsed articles are counted as they are; a line written without people
    has its people found again; both give the same figures as parsing the texts."""
    articles = [newsmodel.parse_text(t, url=u, published=d) for t, u, d in CORPUS]
    with_people = tmp_path / "parsed.jsonl"
    newsmodel.write_jsonl(articles, with_people)
    lines = [json.loads(line) for line in with_people.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        del line["people"]
    without = tmp_path / "old.jsonl"
    without.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    outputs = []
    for path in (with_people, without):
        out_dir = tmp_path / path.stem
        code, _out, err = run(
            capsys, "report", str(path), "--output-dir", str(out_dir), "--no-charts"
        )
        assert code == 0, err
        outputs.append(json.loads((out_dir / "report.json").read_text(encoding="utf-8")))
    assert outputs[0] == outputs[1]
    expected = newsmodel.report.corpus_report(articles).tables
    assert outputs[0] == json.loads(json.dumps(expected))


def test_workers_give_the_same_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Two worker processes give the figures one process gives."""
    folder = make_folder(tmp_path)
    reports = []
    for workers in ("1", "2"):
        out_dir = tmp_path / f"w{workers}"
        code, _out, err = run(
            capsys,
            "report",
            str(folder),
            "--workers",
            workers,
            "--output-dir",
            str(out_dir),
            "--no-charts",
        )
        assert code == 0, err
        reports.append((out_dir / "report.json").read_text(encoding="utf-8"))
    assert reports[0] == reports[1]


def test_gender_table_overrides(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--genders FILE gives the genders it names, over what the articles say."""
    table = tmp_path / "genders.csv"
    table.write_text("name,gender\nAna Reis,male\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    code, _out, err = run(
        capsys,
        "report",
        str(make_folder(tmp_path)),
        "--genders",
        str(table),
        "--output-dir",
        str(out_dir),
        "--no-charts",
    )
    assert code == 0, err
    top = {r["key"]: r for r in rows(out_dir, "top_speakers")}
    assert top["ana reis"]["gender"] == "male"


def test_bad_gender_table_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A gender table with a wrong gender is one error line naming the file and line."""
    table = tmp_path / "genders.csv"
    table.write_text("Ana Reis,woman\n", encoding="utf-8")
    code, _out, err = run(capsys, "report", str(make_folder(tmp_path)), "--genders", str(table))
    assert code == 1
    assert err.count("\n") == 1
    assert "genders.csv: line 1" in err


def test_a_bad_line_is_reported_and_the_rest_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A malformed line is one error; the other articles are still counted."""
    path = make_items(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    code, out, err = run(capsys, "report", str(path))
    assert code == 1
    assert "line 4" in err
    assert "articles" in out


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_gender_tables_of_any_content(tmp_path: Path, content: bytes) -> None:
    """Any file given as a gender table is read, or refused with one command error."""
    from newsmodel.cli import _report
    from newsmodel.cli._common import _CommandError

    path = tmp_path / "genders.csv"
    path.write_bytes(content)
    try:
        table = _report._read_genders(str(path))
    except _CommandError as exc:
        message = str(exc)
        table = ()
    else:
        message = str(path)
    assert str(path) in message
    assert all(g in {"female", "male", "unknown"} for _n, g in table)


def test_stances_choose_the_quotations_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """report counts speech by default; --stances all counts beliefs too."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "belief.txt").write_text(
        "Mayor Helen Park said the ferry would run all winter. Park believes the harbour "
        "plan is sound.",
        encoding="utf-8",
    )
    counted = {}
    for option in ((), ("--stances", "all")):
        out_dir = tmp_path / f"out{len(option)}"
        code, _out, err = run(
            capsys, "report", str(folder), *option, "--output-dir", str(out_dir), "--no-charts"
        )
        assert code == 0, err
        overview = {r["figure"]: r["value"] for r in rows(out_dir, "overview")}
        counted[option] = overview["quotations attributed"]
    assert counted == {(): "1", ("--stances", "all"): "2"}
