"""Tests of newsmodel.tables: the records, their ids, Arrow, pandas, Polars and the files."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel.sample import sample_article
from newsmodel.tables import (
    TABLES,
    ColumnType,
    TableWriter,
    arrow_schema,
    article_id,
    get_table,
    pandas_dtype,
    records_to_arrow,
    to_records,
    write_tables,
)
from tests.strategies import articles as article_strategy

ROOT = Path(__file__).resolve().parents[1]
STORIES = sorted((ROOT / "tests" / "articles").glob("*.txt"))
ARROW = 'needs the tables extra: pip install "newsmodel[tables]"'
PANDAS = ARROW


@pytest.fixture(scope="module")
def corpus_articles() -> list[newsmodel.Article]:
    return [sample_article()] + [
        newsmodel.parse_text(p.read_text(encoding="utf-8")) for p in STORIES
    ]


def own_counts(found: list[newsmodel.Article]) -> dict[str, int]:
    """How many rows each table should have: the articles' own counts."""
    return {
        "articles": len(found),
        "paragraphs": sum(len(a.paragraphs) for a in found),
        "sentences": sum(len(list(a.sentences)) for a in found),
        "quotations": sum(len(a.quotations) for a in found),
        "speakers": sum(len(a.speakers) for a in found),
        "people": sum(len(a.people) for a in found),
    }


def test_row_counts_equal_the_articles_own(corpus_articles: list[newsmodel.Article]) -> None:
    """Each table has one row per article, paragraph, sentence, quotation, speaker and person."""
    records = to_records(corpus_articles)
    assert {name: len(rows) for name, rows in records.items()} == own_counts(corpus_articles)
    assert own_counts(corpus_articles)["quotations"] > 50
    assert own_counts(corpus_articles)["people"] > 20


def test_rows_hold_every_column_in_order(corpus_articles: list[newsmodel.Article]) -> None:
    """Every row has its table's columns, article_id first, with values of the column's type."""
    python_types = {
        ColumnType.STRING: str,
        ColumnType.INT: int,
        ColumnType.FLOAT: float,
        ColumnType.BOOL: bool,
    }
    records = to_records(corpus_articles)
    for table in TABLES:
        assert table.names[0] == "article_id"
        for row in records[table.name]:
            assert tuple(row) == table.names
            for column in table.columns:
                value = row[column.name]
                if value is None:
                    assert column.nullable, (table.name, column.name)
                else:
                    assert type(value) is python_types[column.type], (table.name, column.name)


def test_quotation_rows_locate_their_quotation(corpus_articles: list[newsmodel.Article]) -> None:
    """A quotation row's offsets, text, speaker, mention and cue are the quotation's own."""
    for article in corpus_articles:
        rows = to_records(article)["quotations"]
        for row, q in zip(rows, article.quotations, strict=True):
            assert article.text[row["start"] : row["end"]] == row["text"] == q.text
            assert row["kind"] == q.kind.value
            a = q.attribution
            if a is None:
                assert row["speaker"] is row["rule"] is row["confidence"] is None
                continue
            assert row["speaker"] == a.speaker.name
            speaker = article.speakers[row["speaker_index"]]
            assert (speaker.name, speaker.kind.value) == (a.speaker.name, row["speaker_kind"])
            assert row["speaker_key"] == speaker.key
            assert row["rule"] == a.rule
            assert row["confidence"] == a.confidence
            if a.cue is not None:
                assert article.text[row["cue_start"] : row["cue_end"]] == row["cue"]
            if a.speaker.mention is not None:
                assert article.text[row["mention_start"] : row["mention_end"]] == row["mention"]


def test_quotations_join_their_speaker_rows(corpus_articles: list[newsmodel.Article]) -> None:
    """speaker_index joins a quotation to its speaker's row; counts add up per speaker."""
    records = to_records(corpus_articles, ids=[str(i) for i in range(len(corpus_articles))])
    speakers = {(r["article_id"], r["speaker_index"]): r for r in records["speakers"]}
    seen: dict[tuple[str, int], int] = {}
    for row in records["quotations"]:
        if row["speaker"] is None:
            assert row["speaker_index"] is None
            continue
        key = (row["article_id"], row["speaker_index"])
        assert speakers[key]["name"] == row["speaker"]
        assert speakers[key]["key"] == row["speaker_key"]
        seen[key] = seen.get(key, 0) + 1
        first = speakers[key]["first_quotation"]
        assert first <= row["quotation_index"]
    assert {k: r["quotation_count"] for k, r in speakers.items()} == seen
    for r in speakers.values():
        kinds = sum(r[f"{kind.value}_count"] for kind in newsmodel.QuoteKind)
        assert kinds == r["quotation_count"]


def test_people_rows_are_the_articles_people(corpus_articles: list[newsmodel.Article]) -> None:
    """A people row holds its Person's name, key, gender and role with their evidence, and
    joins the speakers table both ways: a quoted person to their speaker row, and back."""
    quoted = unquoted = 0
    for article in corpus_articles:
        records = to_records(article)
        speakers = records["speakers"]
        for row, person in zip(records["people"], article.people, strict=True):
            assert (row["name"], row["key"], row["variants"]) == (
                person.name,
                person.key,
                "; ".join(person.variants),
            )
            assert (row["gender"], row["role"]) == (person.gender.value, person.role.value)
            for part in ("gender", "role"):
                evidence = getattr(person, f"{part}_evidence")
                if evidence is None:
                    assert row[f"{part}_evidence"] is row[f"{part}_detail"] is None
                else:
                    assert row[f"{part}_evidence"] == evidence.kind.value
                    assert row[f"{part}_detail"] == evidence.detail
            assert row["mention_count"] == len(person.mentions)
            first = person.mentions[0]
            assert article.text[row["first_mention_start"] : row["first_mention_end"]] == first.text
            assert row["quoted"] is person.quoted
            assert row["quotation_count"] == len(person.quotations)
            if row["speaker_index"] is None:
                assert all(s["person_index"] != row["person_index"] for s in speakers)
                unquoted += 1
                continue
            speaker = speakers[row["speaker_index"]]
            assert speaker["person_index"] == row["person_index"]
            assert (speaker["key"], speaker["gender"]) == (row["key"], row["gender"])
            assert row["first_quotation"] in person.quotations
            quoted += 1
        for row, speaker in zip(speakers, article.speakers, strict=True):
            if speaker.person is None:
                assert row["person_index"] is None
                assert row["gender"] == "unknown"
            else:
                assert article.people[row["person_index"]] is speaker.person
    assert quoted > 10
    assert unquoted > 2  # both joins are exercised


def test_lone_surrogates_become_replacement_characters(pa: Any, pd: Any, tmp_path: Path) -> None:
    """A lone surrogate, which UTF-8 cannot carry, is U+FFFD in every table, one character for
    one, so offsets still index the text; Arrow, pandas, CSV and Parquet take the rows."""
    import pyarrow.parquet as pq

    article = newsmodel.parse_text(
        '"We are \ud800 sorry," said Ana Ruiz.\n\nThe ferry \udfff stopped.',
        headline="Ferry \udc80 stops",
    )
    records = to_records(article)
    (head,) = records["articles"]
    assert head["headline"] == "Ferry \ufffd stops"
    assert head["text"] == article.text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert len(head["text"]) == len(article.text)
    for row in records["quotations"] + records["sentences"] + records["paragraphs"]:
        assert head["text"][row["start"] : row["end"]] == row["text"]
    assert any("\ufffd" in r["text"] for r in records["quotations"])
    for name, table in newsmodel.to_arrow(article).items():
        assert table.to_pylist() == records[name]
    assert newsmodel.to_pandas(article)["articles"]["text"][0] == head["text"]
    for format in ("csv", "parquet"):
        paths = write_tables([article], tmp_path / format, format=format)
        assert all(path.stat().st_size > 0 for path in paths.values())
    assert (
        pq.read_table(tmp_path / "parquet" / "articles.parquet").to_pylist() == records["articles"]
    )
    with open(tmp_path / "csv" / "quotations.csv", encoding="utf-8", newline="") as f:
        assert [r["text"] for r in csv.DictReader(f)] == [r["text"] for r in records["quotations"]]


def test_sentence_and_paragraph_rows(corpus_articles: list[newsmodel.Article]) -> None:
    """Sentences are numbered across the article and name their paragraph."""
    article = corpus_articles[0]
    records = to_records(article)
    for row, paragraph in zip(records["paragraphs"], article.paragraphs, strict=True):
        assert row["kind"] == paragraph.kind.value
        assert row["sentence_count"] == len(paragraph.sentences)
    for i, row in enumerate(records["sentences"]):
        assert row["sentence_index"] == i
        paragraph = article.paragraphs[row["paragraph_index"]]
        assert paragraph.span.start <= row["start"] <= row["end"] <= paragraph.span.end
    (head,) = records["articles"]
    assert head["published"] == "2025-03-04T18:05:00+00:00"
    assert head["authors"] == "; ".join(article.authors)
    assert article.dateline is not None
    assert head["dateline"] == article.dateline.text


def test_ids_given_by_url_by_hash_or_explicitly() -> None:
    """An article's id is the id given, else its URL, else a hash of its text."""
    with_url = newsmodel.parse_text("A story.", url="https://example.com/a")
    plain = newsmodel.parse_text("A story.")
    assert article_id(with_url) == "https://example.com/a"
    assert article_id(plain) == article_id(newsmodel.parse_text("A story."))
    assert article_id(plain).startswith("urn:newsmodel:sha256:")
    assert article_id(plain) != article_id(newsmodel.parse_text("Another story."))
    rows = to_records([with_url, plain], ids=["first", None])["articles"]
    assert [r["article_id"] for r in rows] == ["first", article_id(plain)]


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (["one"], "1 ids for more"),
        (["one", "two", "three"], "more ids than"),
        ([1, 2], "not a str"),
    ],
)
def test_ids_must_match_the_articles(ids: list[Any], message: str) -> None:
    """ids of the wrong number or type are refused with a newsmodel error."""
    found = [newsmodel.parse_text("One."), newsmodel.parse_text("Two.")]
    with pytest.raises(newsmodel.InputError, match=message):
        to_records(found, ids=ids)


def test_to_records_refuses_what_is_no_article() -> None:
    """A text where an Article belongs is a TypeError naming what was given."""
    with pytest.raises(TypeError, match="not str"):
        to_records(["just text"])  # type: ignore[list-item]


@pytest.fixture(scope="module")
def pa() -> Any:
    return pytest.importorskip("pyarrow", reason=ARROW)


@pytest.fixture(scope="module")
def pd() -> Any:
    return pytest.importorskip("pandas", reason=PANDAS)


@settings(max_examples=60, deadline=None)
@given(article=article_strategy())
def test_any_article_gives_rows_arrow_accepts(pa: Any, article: newsmodel.Article) -> None:
    """Any valid Article gives its own counts, and Arrow tables that hold every value."""
    records = to_records(article)
    assert {n: len(r) for n, r in records.items()} == own_counts([article])
    for name, table in records_to_arrow(records).items():
        assert table.to_pylist() == records[name]


# --- Arrow and Polars ----------------------------------------------------------------------


def test_arrow_round_trip_keeps_every_value(
    pa: Any, corpus_articles: list[newsmodel.Article]
) -> None:
    """Arrow tables read back as the very records they were built from."""
    records = to_records(corpus_articles)
    tables = newsmodel.to_arrow(corpus_articles)
    for name, rows in records.items():
        assert tables[name].schema == arrow_schema(name)
        assert tables[name].to_pylist() == rows


def test_arrow_types_are_fixed_for_empty_columns(pa: Any) -> None:
    """An article with no quotation still gives a typed quotations table."""
    tables = newsmodel.to_arrow(newsmodel.parse_text("Quiet day.", url="https://example.com/q"))
    quotations = tables["quotations"]
    assert quotations.num_rows == 0
    expected = {
        ColumnType.STRING: pa.string(),
        ColumnType.INT: pa.int64(),
        ColumnType.FLOAT: pa.float64(),
        ColumnType.BOOL: pa.bool_(),
    }
    for table in TABLES:
        for column in table.columns:
            field = tables[table.name].schema.field(column.name)
            assert field.type == expected[column.type]
            assert field.nullable == column.nullable
            assert field.metadata[b"doc"] == column.doc.encode()
    assert quotations.schema.field("confidence").type == pa.float64()


def test_polars_reads_the_arrow_tables(pa: Any, corpus_articles: list[newsmodel.Article]) -> None:
    """Polars takes the Arrow tables as they are, with their types."""
    pl = pytest.importorskip("polars", reason="needs polars (in the test extra)")
    tables = newsmodel.to_arrow(corpus_articles)
    frame = pl.from_arrow(tables["quotations"])
    assert frame.height == sum(len(a.quotations) for a in corpus_articles)
    assert frame.schema["start"] == pl.Int64
    assert frame.schema["speaker"] == pl.String
    assert frame.schema["confidence"] == pl.Float64
    assert frame["start"].to_list() == tables["quotations"].column("start").to_pylist()


# --- pandas ---------------------------------------------------------------------------------


def test_pandas_dtypes_are_the_documented_ones(
    pd: Any, corpus_articles: list[newsmodel.Article]
) -> None:
    """Each DataFrame column has the dtype pandas_dtype names."""
    frames = newsmodel.to_pandas(corpus_articles)
    for table in TABLES:
        frame = frames[table.name]
        assert list(frame.columns) == list(table.names)
        for column in table.columns:
            assert str(frame[column.name].dtype) == pandas_dtype(column), column.name
    assert frames["quotations"]["confidence"].dtype == pd.Float64Dtype()
    assert frames["quotations"]["start"].dtype == "int64"
    assert frames["quotations"]["speaker"].dtype == pd.StringDtype()


def test_pandas_round_trip_keeps_every_value(
    pd: Any, corpus_articles: list[newsmodel.Article]
) -> None:
    """Every cell of every DataFrame equals the record's value; missing values are pd.NA."""
    records = to_records(corpus_articles)
    frames = newsmodel.to_pandas(corpus_articles)
    for name, rows in records.items():
        frame = frames[name]
        assert len(frame) == len(rows)
        for column in get_table(name).names:
            for value, expected in zip(
                frame[column].tolist(), [r[column] for r in rows], strict=True
            ):
                if expected is None:
                    assert value is pd.NA, (name, column)
                else:
                    assert value == expected, (name, column)
                    assert type(value) is type(expected), (name, column)


def test_pandas_keeps_types_of_empty_tables(pd: Any) -> None:
    """An empty quotations table still has its typed columns."""
    frames = newsmodel.to_pandas(newsmodel.parse_text("Quiet day."))
    quotations = frames["quotations"]
    assert len(quotations) == 0
    assert str(quotations["start"].dtype) == "int64"
    assert str(quotations["confidence"].dtype) == "Float64"


# --- files ----------------------------------------------------------------------------------


def test_parquet_files_read_back_with_every_row(
    pa: Any,
    corpus_articles: list[newsmodel.Article],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Parquet written in small batches reads back, in order, as the records."""
    import pyarrow.parquet as pq

    from newsmodel.tables import _write

    monkeypatch.setattr(_write, "BATCH_ROWS", 7)
    paths = write_tables(iter(corpus_articles), tmp_path / "out", format="parquet")
    records = to_records(corpus_articles)
    for name, path in paths.items():
        table = pq.read_table(path)
        assert table.schema.equals(arrow_schema(name), check_metadata=False)
        assert table.to_pylist() == records[name]
    assert pq.ParquetFile(paths["sentences"]).num_row_groups > 1


def test_csv_files_hold_a_header_and_every_row(
    corpus_articles: list[newsmodel.Article], tmp_path: Path
) -> None:
    """CSV has a header of the columns; missing values are empty fields."""
    with TableWriter(tmp_path, "csv") as writer:
        for i, article in enumerate(corpus_articles):
            writer.write(article, f"story-{i}")
    assert writer.rows == own_counts(corpus_articles)
    records = to_records(corpus_articles, ids=[f"story-{i}" for i in range(len(corpus_articles))])
    for table in TABLES:
        with open(writer.paths[table.name], encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == len(records[table.name])
        for got, want in zip(rows, records[table.name], strict=True):
            assert tuple(got) == table.names
            assert got == {k: "" if v is None else str(v) for k, v in want.items()}


def test_empty_tables_still_get_their_files(pa: Any, tmp_path: Path) -> None:
    """With no article at all, every table's file is written with its columns."""
    import pyarrow.parquet as pq

    paths = write_tables([], tmp_path, format="parquet")
    assert sorted(paths) == sorted(t.name for t in TABLES)
    assert pq.read_table(paths["quotations"]).num_rows == 0
    csv_paths = write_tables([], tmp_path / "csv", format="csv")
    header = csv_paths["speakers"].read_text(encoding="utf-8").strip()
    assert header == ",".join(get_table("speakers").names)


def test_unknown_table_format_is_refused(tmp_path: Path) -> None:
    """A table format other than csv and parquet is a FormatError naming both."""
    with pytest.raises(newsmodel.FormatError, match="csv, parquet"):
        TableWriter(tmp_path, "xlsx")


def test_unknown_table_name_is_a_key_error() -> None:
    """get_table names the tables there are."""
    with pytest.raises(KeyError, match="articles, paragraphs"):
        get_table("people-ish")


@pytest.mark.parametrize(
    ("module", "call"),
    [("pyarrow", newsmodel.to_arrow), ("pandas", newsmodel.to_pandas)],
)
def test_missing_extra_is_named(module: str, call: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyarrow or pandas, the error names the extra to install."""
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(newsmodel.MissingDependencyError, match=r"newsmodel\[tables\]"):
        call(newsmodel.parse_text("A story."))


def test_published_dates_are_iso_strings() -> None:
    """Dates are written as ISO 8601 strings with their offset, so no zone is lost."""
    zone = dt.timezone(dt.timedelta(hours=-5))
    article = newsmodel.parse_text("A story.", published=dt.datetime(2024, 1, 2, 3, 4, tzinfo=zone))
    (row,) = to_records(article)["articles"]
    assert row["published"] == "2024-01-02T03:04:00-05:00"
    assert row["modified"] is None


def test_docs_list_every_column_with_its_type() -> None:
    """docs/tables.md lists each table's columns, in order, with their types and docs."""
    page = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    arrow = {"string": "string", "int": "int64", "float": "float64", "bool": "bool"}
    for table in TABLES:
        section = page.split(f"### `{table.name}`: one row per {table.row}\n", 1)[1]
        section = section.strip().split("\n\n", 1)[0]
        rows = [line.strip("|").split("|") for line in section.splitlines()[2:]]
        listed = [tuple(cell.strip() for cell in row) for row in rows]
        declared = [
            (
                f"`{c.name}`",
                arrow[c.type.value],
                "yes" if c.nullable else "",
                pandas_dtype(c),
                c.doc,
            )
            for c in table.columns
        ]
        assert listed == declared, table.name
