"""The done-when figures of tables, the HTML view and spaCy, on the shared corpora.

Usage (from the repository root, with the tables and spacy extras, Playwright and Debian's
chromium installed)::

    python bench/tables.py                     # everything
    python bench/tables.py --records 100 --html 40 --spacy 100 --skip-bbc

Held-out articles: PolNeAR's dev split (US political news, 2016, 84 articles), which no
rule was tuned on, in name order, then the check part of the Gender Gap Tracker set that
bench/ggt.py keeps aside (Canadian news); the HTML view opens the first 40, all PolNeAR. Each check prints one line and the script exits 1 when one fails:

- records: ``to_records`` on N articles gives as many quotation rows as the articles have
  quotations (and paragraph, sentence, speaker and people rows as they have);
- round trips: ``to_arrow(...)[t].to_pylist()`` is the records, and every DataFrame cell of
  ``to_pandas`` equals its record's value (``pd.NA`` for ``None``);
- bbc: ``newsmodel parse ../shared/corpora/bbc --to parquet --output-dir DIR`` writes tables
  that pyarrow reads back, with one article row for each of the 2,225 files (and as many
  quotation and people rows as the article rows count);
- html: the view of each of N articles opened in headless Chromium: no console error, as
  many distinct ``data-quotation`` indexes as ``article.quotations`` has, every quotation
  visible and highlighted, nothing overflowing;
- spacy: ``nlp.pipe`` over N articles with ``spacy.blank("en")`` and the newsmodel component:
  every quotation of ``parse_text`` on the same text has its span in ``doc.spans``, before
  and after a ``DocBin`` round trip;
- stances: the same N (``--records``) articles parsed with every stance
  (``parse_text(text, stances=set(Stance))``): as many quotation rows as quotations, each
  row's ``stance`` the attribution's; as many distinct ``data-quotation`` indexes in each
  page as quotations; and the component with ``config={"stances": [...]}`` puts every
  quotation in ``doc.spans`` with its ``span._.stance``, before and after ``DocBin``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import newsmodel  # noqa: E402
from newsmodel.tables import TABLES, to_records  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def held_out(n: int) -> list[newsmodel.Article]:
    """``n`` held-out articles, parsed: PolNeAR's dev split (84 articles) in name order, then
    the check part of the Gender Gap Tracker set (Canadian news) that bench/ggt.py keeps
    aside from tuning; fewer when these run out."""
    from ggt import in_check

    paths = sorted((CORPORA / "polnear" / "dev").glob("*.txt"))[:n]
    found = [newsmodel.parse_text(p.read_text(encoding="utf-8")) for p in paths]
    ggt = json.loads((CORPORA / "ggt" / "articles.json").read_text(encoding="utf-8"))
    for item in ggt:
        if len(found) < n and in_check(str(item["id"])):
            found.append(newsmodel.parse_text(item["text"], url=item.get("url") or None))
    return found


def check_records(articles: list[newsmodel.Article]) -> bool:
    records = to_records(articles)
    own = {
        "articles": len(articles),
        "paragraphs": sum(len(a.paragraphs) for a in articles),
        "sentences": sum(len(list(a.sentences)) for a in articles),
        "quotations": sum(len(a.quotations) for a in articles),
        "speakers": sum(len(a.speakers) for a in articles),
        "people": sum(len(a.people) for a in articles),
    }
    rows = {name: len(found) for name, found in records.items()}
    ok = rows == own
    print(
        f"records   {len(articles)} articles: {rows['quotations']} quotation rows for "
        f"{own['quotations']} quotations; rows {rows} {'== ' if ok else '!= '}counts {own}"
    )
    return ok


def check_round_trips(articles: list[newsmodel.Article]) -> bool:
    import pandas as pd

    records = to_records(articles)
    arrow = newsmodel.to_arrow(articles)
    frames = newsmodel.to_pandas(articles)
    arrow_ok = all(arrow[name].to_pylist() == rows for name, rows in records.items())
    cells = differ = 0
    for table in TABLES:
        rows = records[table.name]
        for column in table.names:
            for value, want in zip(
                frames[table.name][column].tolist(), (r[column] for r in rows), strict=True
            ):
                cells += 1
                same = (
                    value is pd.NA
                    if want is None
                    else (value == want and type(value) is type(want))
                )
                differ += not same
    print(
        f"round     Arrow keeps every value: {arrow_ok}; pandas: {cells - differ}/{cells} "
        f"cells equal their record's value"
    )
    return arrow_ok and differ == 0


def check_bbc() -> bool:
    import pyarrow.parquet as pq

    from newsmodel.cli import main

    bbc = CORPORA / "bbc"
    files = sum(1 for _ in bbc.rglob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        code = main(["parse", str(bbc), "--to", "parquet", "--output-dir", folder, "--no-summary"])
        seconds = time.perf_counter() - started
        tables = {t.name: pq.read_table(Path(folder) / f"{t.name}.parquet") for t in TABLES}
    articles = tables["articles"].num_rows
    ids = len(set(tables["articles"].column("article_id").to_pylist()))
    quotations = tables["quotations"].num_rows
    stated = sum(tables["articles"].column("quotation_count").to_pylist())
    people = tables["people"].num_rows
    named = sum(tables["articles"].column("people_count").to_pylist())
    ok = code == 0 and articles == files == ids and quotations == stated and people == named
    print(
        f"bbc       --to parquet: exit {code}, {articles} article rows ({ids} distinct ids) for "
        f"{files} files, {quotations} quotation rows for {stated} quotations, {people} people "
        f"rows for {named} people, {seconds:.1f} s"
    )
    return ok


def check_html(articles: list[newsmodel.Article]) -> bool:
    from tests import browser

    reason = browser.missing()
    if reason is not None:
        print(f"html      not run: {reason}")
        return False
    failed: list[str] = []
    errors = quotations = shown = 0
    with tempfile.TemporaryDirectory() as folder, browser.chromium() as chromium:
        for i, article in enumerate(articles):
            path = Path(folder) / f"{i}.html"
            path.write_text(newsmodel.dumps(article, format="html"), encoding="utf-8")
            seen = chromium.open(path)
            errors += len(seen.console_errors)
            quotations += len(article.quotations)
            shown += len(seen.indexes)
            if (
                seen.console_errors
                or seen.indexes != set(range(len(article.quotations)))
                or seen.hidden
                or seen.overflows
                or seen.requests
            ):
                failed.append(
                    f"{i}: {seen.console_errors[:1]} {seen.hidden[:3]} {seen.overflowing[:2]}"
                )
    print(
        f"html      {len(articles)} pages in headless Chromium: {errors} console errors, "
        f"{shown} distinct data-quotation indexes for {quotations} quotations, "
        f"{len(articles) - len(failed)}/{len(articles)} pages with every quotation visible "
        "and highlighted and nothing overflowing"
    )
    for line in failed:
        print(f"          failed {line}")
    return not failed


def check_spacy(articles: list[newsmodel.Article]) -> bool:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    nlp.add_pipe("newsmodel")
    texts = [a.text for a in articles]
    started = time.perf_counter()
    docs = list(nlp.pipe(texts))
    seconds = time.perf_counter() - started
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
    quotations = kept = kept_back = 0
    for article, doc, again in zip(articles, docs, back, strict=True):
        quotations += len(article.quotations)
        kept += _kept(doc, article)
        kept_back += _kept(again, article)
    ok = kept == kept_back == quotations
    print(
        f"spacy     nlp.pipe over {len(articles)} articles ({seconds:.1f} s): {kept}/{quotations} "
        f"quotations in doc.spans, {kept_back}/{quotations} after DocBin "
        f"({len(stored) / 1e6:.1f} MB)"
    )
    return ok


def check_stances(articles: list[newsmodel.Article]) -> bool:
    import re

    import spacy
    from spacy.tokens import DocBin

    every = set(newsmodel.Stance)
    parsed = [newsmodel.parse_text(a.text, url=a.url, stances=every) for a in articles]
    quotations = sum(len(a.quotations) for a in parsed)
    by_stance = {
        s.value: sum(
            q.attribution is not None and q.attribution.stance is s
            for a in parsed
            for q in a.quotations
        )
        for s in newsmodel.Stance
    }
    rows = to_records(parsed)["quotations"]
    stances = [
        q.attribution.stance.value if q.attribution else None for a in parsed for q in a.quotations
    ]
    records_ok = len(rows) == quotations and [r["stance"] for r in rows] == stances
    pages_ok = sum(
        {int(i) for i in re.findall(r'data-quotation="(\d+)"', newsmodel.dumps(a, format="html"))}
        == set(range(len(a.quotations)))
        for a in parsed
    )
    nlp = spacy.blank("en")
    nlp.add_pipe("newsmodel", config={"stances": [s.value for s in newsmodel.Stance]})
    docs = list(nlp.pipe([a.text for a in parsed]))
    back = list(
        DocBin().from_bytes(DocBin(store_user_data=True, docs=docs).to_bytes()).get_docs(nlp.vocab)
    )
    kept = kept_back = 0
    for article, doc, again in zip(parsed, docs, back, strict=True):
        kept += _kept(doc, article, stances=True)
        kept_back += _kept(again, article, stances=True)
    ok = records_ok and pages_ok == len(parsed) and kept == kept_back == quotations
    print(
        f"stances   {len(parsed)} articles with every stance: {quotations} quotations {by_stance}; "
        f"{len(rows)} quotation rows, stance column {'==' if records_ok else '!='} attributions'; "
        f"{pages_ok}/{len(parsed)} pages with every data-quotation index; spacy "
        f"{kept}/{quotations} in doc.spans with their stance, {kept_back}/{quotations} after DocBin"
    )
    return ok


def _kept(doc: Any, article: newsmodel.Article, *, stances: bool = False) -> int:
    """The quotations of ``article`` whose span in the group covers their words."""
    kept = 0
    spans = list(doc.spans["quotations"])
    for i, q in enumerate(article.quotations):
        if i >= len(spans):
            break
        span = spans[i]
        words = q.text.strip()
        start = q.span.start + q.text.index(words) if words else q.span.start
        end = start + len(words)
        stance = q.attribution.stance.value if q.attribution else None
        kept += (
            span._.quotation == q
            and span.start_char <= start
            and end <= span.end_char
            and (not stances or span._.stance == stance)
        )
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100, metavar="N")
    parser.add_argument("--html", type=int, default=40, metavar="N")
    parser.add_argument("--spacy", type=int, default=100, metavar="N")
    parser.add_argument("--skip-bbc", action="store_true")
    args = parser.parse_args(argv)
    if not (CORPORA / "polnear").exists():
        print(f"needs the shared corpora at {CORPORA}", file=sys.stderr)
        return 2
    articles = held_out(max(args.records, args.html, args.spacy))
    results = [
        check_records(articles[: args.records]),
        check_round_trips(articles[: args.records]),
        check_html(articles[: args.html]),
        check_spacy(articles[: args.spacy]),
        check_stances(articles[: args.records]),
    ]
    if not args.skip_bbc:
        results.append(check_bbc())
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
