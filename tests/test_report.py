"""Tests of newsmodel.report: the figures of a corpus, its tables, page and charts."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

import newsmodel
from newsmodel.report import COLUMNS, TABLES, Tally, corpus_report, facts, month_of, outlet_of

#: An invented corpus: three articles, two outlets, two months.
CORPUS = [
    (
        '"The bridge will open in May," said Mayor Ana Reis. She added that it was on budget.'
        "\n\nPaul Kim, an engineer, agreed.\n",
        "https://www.harbour-news.example/a",
        dt.datetime(2024, 3, 2, tzinfo=dt.timezone.utc),
    ),
    (
        '"Traffic will fall," Ana Reis said. Mr. Lund, a shopkeeper, said he was worried.\n',
        "https://harbour-news.example/b",
        dt.datetime(2024, 4, 9, tzinfo=dt.timezone.utc),
    ),
    (
        '"We expect delays," said Professor Lina Moreau of the city university. '
        '"Nobody likes them," she said.\n',
        "https://valley-post.example/c",
        dt.datetime(2024, 4, 20, tzinfo=dt.timezone.utc),
    ),
]


def articles() -> list[newsmodel.Article]:
    return [newsmodel.parse_text(t, url=u, published=p) for t, u, p in CORPUS]


@pytest.fixture(scope="module")
def report() -> newsmodel.report.Report:
    return corpus_report(articles())


def test_outlet_and_month_helpers() -> None:
    """The outlet is the URL's host without www., the month that of a date or ISO string."""
    assert outlet_of(newsmodel.parse_text("x", url="https://www.cbc.ca/news/1")) == "cbc.ca"
    assert outlet_of(newsmodel.parse_text("x")) is None
    assert month_of("2019-01-04T10:00:00Z") == "2019-01"
    assert month_of(dt.datetime(2020, 12, 1)) == "2020-12"
    assert month_of("yesterday") is None
    assert month_of("2019-13-01") is None


def test_by_gender_counts_sources_and_people(report: newsmodel.report.Report) -> None:
    """Each person counts once per article: Ana Reis is a source twice, Lund and Kim are
    people mentioned, Lund a source of indirect speech."""
    rows = {r["gender"]: r for r in report.table("by_gender")}
    assert rows["female"]["sources"] == 3
    assert rows["female"]["people"] == 3
    assert rows["male"]["people"] == 2
    assert rows["female"]["words"] > rows["male"]["words"] > 0
    overview = {r["figure"]: r["value"] for r in report.table("overview")}
    assert overview["articles"] == 3
    assert overview["distinct people"] == 4


def test_top_speakers_keep_variants(report: newsmodel.report.Report) -> None:
    """The most quoted person comes first with every way their name was written."""
    top = report.table("top_speakers")
    assert top[0]["key"] in {"ana reis", "lina moreau"}
    reis = next(r for r in top if r["key"] == "ana reis")
    assert reis["articles"] == 2
    assert reis["gender"] == "female"
    assert reis["role"] == "politician"
    assert "Ana Reis" in reis["variants"]


def test_per_outlet_and_month(report: newsmodel.report.Report) -> None:
    """Outlets come from the URLs' hosts and months from the published dates."""
    outlets = {r["outlet"]: r for r in report.table("by_outlet")}
    assert set(outlets) == {"harbour-news.example", "valley-post.example"}
    assert outlets["harbour-news.example"]["articles"] == 2
    assert outlets["valley-post.example"]["sources_women_share"] == 1.0
    months = [r["month"] for r in report.table("by_month")]
    assert months == ["2024-03", "2024-04"]


def test_by_role_and_kind(report: newsmodel.report.Report) -> None:
    """Roles come from titles and descriptions; quotations are counted by kinds."""
    roles = {r["role"]: r for r in report.table("by_role")}
    assert roles["expert"]["sources_female"] == 1
    assert roles["business"]["people_male"] == 1
    kinds = {
        (r["speaker_kind"], r["quotation_kind"]): r["quotations"] for r in report.table("by_kind")
    }
    assert kinds[("person", "direct")] >= 3


def test_unknown_table_is_a_value_error(report: newsmodel.report.Report) -> None:
    """Asking for a table that does not exist says which exist."""
    with pytest.raises(ValueError, match="by_gender"):
        report.table("by_colour")


def test_tally_streams_facts() -> None:
    """Adding facts article by article gives the report of the whole corpus."""
    tally = Tally()
    for article in articles():
        tally.add(facts(article))
    assert tally.tables() == corpus_report(articles()).tables


def test_write_puts_json_csv_and_html(tmp_path: Path, report: newsmodel.report.Report) -> None:
    """report.json holds every table, each table has a CSV file with its columns (an
    empty one too), and report.html holds the tables and three inline SVG charts."""
    pytest.importorskip("matplotlib", reason='charts need the charts extra: "newsmodel[charts]"')
    report.write(tmp_path)
    doc = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert list(doc) == list(TABLES)
    for name in TABLES:
        with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream))
        assert tuple(rows[0]) == COLUMNS[name]
        assert len(rows) == len(doc[name]) + 1
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 3
    for fetch in ('src="http', 'href="http', "url(http", "<link", "@import"):
        assert fetch not in page
    assert "<script" not in page
    assert "Ana Reis" in page


def test_html_without_charts_says_why(report: newsmodel.report.Report) -> None:
    """Without charts the page says which extra draws them."""
    page = report.html(with_charts=False)
    assert "<svg" not in page
    assert "newsmodel[charts]" in page


def test_empty_corpus_writes_a_page(tmp_path: Path) -> None:
    """A corpus without articles still gives every table and a page."""
    pytest.importorskip("matplotlib", reason='charts need the charts extra: "newsmodel[charts]"')
    report = corpus_report([])
    report.write(tmp_path)
    assert (tmp_path / "report.html").read_text(encoding="utf-8").count("<svg") == 3
    assert report.table("top_speakers") == []


def test_report_page_opens_in_a_browser_without_errors(
    tmp_path: Path, report: newsmodel.report.Report
) -> None:
    """Chromium opens report.html with no console error, and shows its three charts."""
    pytest.importorskip("matplotlib", reason='charts need the charts extra: "newsmodel[charts]"')
    from tests.browser import open_page

    report.write(tmp_path)
    errors, seen = open_page(tmp_path / "report.html", screenshot=tmp_path / "report.png")
    assert errors == []
    assert seen["title"] == "Who gets quoted"
    assert seen["charts"] == 3
    assert seen["tables"] == len(TABLES)
    assert seen["width"] > 100
