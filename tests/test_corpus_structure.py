"""Structure of real articles from the shared corpora (skipped without ../shared).

The thresholds sit a little below what bench/structure.py measures, so a regression
fails while noise does not; the issue's targets are lower still.
"""

from __future__ import annotations

import json
import re

import newsmodel
from newsmodel import ParagraphKind
from tests.conftest import corpus

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
GOLD_DATE_RE = re.compile(rf",?\s*(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})\s*-", re.I)


def parse(text: str) -> newsmodel.Article:
    return newsmodel.parse_text(text, quotations=False)


def test_summit_paragraph_kinds_dateline_and_contributors() -> None:
    """The scraped summit article: kinds right for >= 95% of paragraphs, dateline and credits exact."""
    folder = corpus("scraped")
    text = (folder / "summit.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / "summit.gold.json").read_text(encoding="utf-8"))
    article = parse(text)
    assert len(article.paragraphs) == gold["paragraph_count"]
    kinds = {i: kind for kind, idx in gold["kinds"].items() for i in idx}
    right = sum(p.kind.value == kinds.get(i, "body") for i, p in enumerate(article.paragraphs))
    assert right / gold["paragraph_count"] >= 0.95
    assert article.dateline is not None
    assert article.dateline.location == gold["dateline"]["location"]
    assert article.dateline.source == gold["dateline"]["source"]
    assert list(article.contributors) == gold["contributors"]


def _reuters_rows() -> list[dict[str, str]]:
    path = corpus("reuters", "reuters-000.jsonl")
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def _gold_place(dateline: str) -> str:
    m = GOLD_DATE_RE.search(dateline)
    place = dateline[: m.start()] if m else dateline.rstrip(" -")
    return " ".join(place.split()).rstrip(",")


def _compose(row: dict[str, str], layout: str) -> str:
    head = [row["title"]] + ([row["author"]] if row["author"] else [])
    if layout == "wire":
        return "\n".join([head[0]] + [f"    {line}" for line in head[1:]]) + (
            f"\n    {row['dateline']} {row['body']}"
        )
    paragraphs = [
        " ".join(p.split()) for p in re.split(r"\n(?=[ \t])", f"{row['dateline']} {row['body']}")
    ]
    separator = "\n\n" if layout == "blank" else "\n"
    return separator.join(head + [p for p in paragraphs if p])


def test_reuters_headline_dateline_and_byline() -> None:
    """Reuters stories laid out three ways: headline, dateline place and byline names."""
    rows = _reuters_rows()
    with_author = [r for r in rows if r["author"]]
    for layout in ("wire", "blank", "lines"):
        headline = place = names = 0
        for row in rows:
            article = parse(_compose(row, layout))
            headline += article.headline == row["title"]
            got = article.dateline.location if article.dateline else None
            place += got is not None and " ".join(got.split()) == _gold_place(row["dateline"])
            if row["author"]:
                expected = re.sub(r"(?i)^by\s+", "", row["author"]).split(",")[0].strip()
                names += [a.casefold() for a in article.authors] == [expected.casefold()]
        assert headline / len(rows) >= 0.99, layout
        assert place / len(rows) >= 0.97, layout
        assert names / len(with_author) >= 0.95, layout


def test_reuters_wire_paragraphs_start_at_indents() -> None:
    """In the wire layout the dateline paragraph joins its wrapped lines and stops at an indent."""
    for row in _reuters_rows()[:50]:
        text = _compose(row, "wire")
        article = parse(text)
        dated = next(p for p in article.paragraphs if p.kind is ParagraphKind.BODY)
        first_indent = re.search(r"\n[ \t]", row["body"])
        first = row["body"][: first_indent.start()] if first_indent else row["body"]
        assert " ".join(dated.text.split()).endswith(" ".join(first.split()))


def test_bbc_headlines() -> None:
    """BBC articles (line 1 is the headline): the headline is found; without it, none is claimed."""
    files = sorted(corpus("bbc").glob("*/*.txt"))[::3]
    right = false = 0
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        right += parse(text).headline == text.split("\n", 1)[0].strip()
        false += parse(text.split("\n", 1)[1]).headline is not None
    assert right / len(files) >= 0.99
    assert false / len(files) <= 0.05


def test_extraction_benchmark_datelines_and_credit() -> None:
    """Article bodies of the extraction benchmark: wire datelines found, none invented."""
    truth = json.loads(
        corpus("extraction-benchmark", "ground-truth.json").read_text(encoding="utf-8")
    )
    found = credits = credited = 0
    for item in truth.values():
        body = item["articleBody"]
        article = parse(body)
        if article.dateline is not None:
            found += 1
            d = article.dateline
            # Every dateline found opens the body and names a place in capitals or an agency.
            assert body.lstrip().startswith(d.text)
            assert d.source is not None or (d.location or "").isupper()
        if re.search(r"^\(Reporting by .*; Editing by ", body, re.M):
            credits += 1
            credited += len(article.contributors) >= 2
    assert found >= 14
    assert credits >= 1
    assert credited == credits


def test_polnear_headlines_and_agency_datelines() -> None:
    """PolNeAR texts (line 1 is the headline): headlines found, '(AP) —' datelines found."""
    files = sorted(corpus("polnear", "train").glob("*.txt"))
    head = agency = found = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        article = parse(text)
        head += article.headline == text.split("\n", 1)[0].strip()
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        if len(paragraphs) > 1 and re.match(
            r"[A-Z][A-Za-z.,' ]{1,40}\((?:AP|Reuters)\)", paragraphs[1]
        ):
            agency += 1
            found += article.dateline is not None and article.dateline.source in {"AP", "Reuters"}
    assert head / len(files) >= 0.92
    assert agency > 0
    assert found / agency >= 0.95


def test_shared_texts_keep_the_invariants() -> None:
    """Every span of every parsed PolNeAR dev text equals the text at its span."""
    for path in sorted(corpus("polnear", "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = newsmodel.parse_text(text)
        for p in article.paragraphs:
            assert text[p.span.start : p.span.end] == p.text
            for sentence in p.sentences:
                assert p.span.contains(sentence.span)
