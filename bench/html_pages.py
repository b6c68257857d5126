"""Evaluation of parse_html on the article-extraction benchmark, beside trafilatura alone.

Usage (from the repository root, with the html extra installed)::

    python bench/html_pages.py                # both halves, summary table
    python bench/html_pages.py --pages        # also one line per page (F1 of both systems)
    python bench/html_pages.py --split tune   # only the tuning half

Corpus: ../shared/corpora/extraction-benchmark (scrapinghub/article-extraction-benchmark):
``html/<id>.html.gz`` pages and ``ground-truth.json`` ({id: {articleBody, url}}).
The pages are split by their id into a tuning half (first hex digit of the id even)
and a check half (odd); rules were tuned on the first, the second is the held-out
figure.

Body score, as the benchmark's evaluate.py computes it:

- tokens are the matches of ``\\w+`` (Unicode word characters, no lower-casing);
- the shingles of a text are its 4-token n-grams, counted as a multiset (a text of
  fewer than 4 tokens is one shorter shingle);
- per page, TP = shared shingles (multiset intersection), FP = predicted only,
  FN = true only, each divided by TP + FP + FN so that every page weighs the same;
- precision, recall and F1 come from the sums of these normalised counts over the
  pages ("F1" in the table). The mean of the per-page F1 is printed beside it
  ("mean F1").

Our body text is what a reader calls the article body: the paragraphs of kinds
body, heading and blockquote (not the headline, captions, credits, bylines,
boilerplate), joined by blank lines, as the benchmark's articleBody is.
trafilatura alone is ``trafilatura.extract(page, include_comments=False)`` with its
other options as parse_html sets them; its text includes the headline when the page
repeats it as an ``<h1>``, as its users get it.

Snippets (an approximation of a must-contain / must-not-contain test made from
the ground truth, since the corpus has none): must-contain snippets are 8-word
runs from the middle of every ground-truth paragraph of 8 words or more;
must-not-contain snippets are the first 8 words (at least 4) of every text element
of the page inside the smallest element holding the whole article body (its
container: where boilerplate that extractors let through lives) whose words share
no 4-word shingle with the ground truth. A snippet is found when its words occur
in order in the body's words.

"kept_out" is measured on the body, "kept_out_text" on the article's whole text
(captions, credits and the standfirst included).

Headline coverage: the fraction of pages with a headline (Article.headline for
parse_html, trafilatura's title for trafilatura).

Refused: the pages parse_html refuses (InputError) although trafilatura alone
extracts more than 500 characters from them (issue 13: there should be none).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpora" / "extraction-benchmark"
TOKEN_RE = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4
SNIPPET = 8
BODY_KINDS = {"body", "heading", "blockquote"}


def tokens(text: str) -> list[str]:
    """The benchmark's tokens: runs of word characters, case kept."""
    return TOKEN_RE.findall(text)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of a text."""
    words = tokens(text)
    out: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(words) - SHINGLE + 1)):
        shingle = tuple(words[i : i + SHINGLE])
        if shingle:
            out[shingle] += 1
    return out


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised TP, FP, FN of a page (they sum to 1, or are all 0 for two empty texts)."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def summary(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Benchmark F1, precision, recall (sums of normalised counts) and the mean per-page F1."""
    tp = sum(c[0] for c in counts)
    fp = sum(c[1] for c in counts)
    fn = sum(c[2] for c in counts)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_page = [2 * a / (2 * a + b + c) if a else 0.0 for a, b, c in counts]
    return {
        "f1": f1,
        "precision": precision,
        "recall": recall,
        "mean_f1": sum(per_page) / len(per_page) if per_page else 0.0,
    }


def contains(haystack: list[str], needle: list[str]) -> bool:
    """Whether the words of ``needle`` occur in order, adjacent, in ``haystack``."""
    if not needle:
        return False
    joined = " " + " ".join(haystack) + " "
    return " " + " ".join(needle) + " " in joined


def must_contain(true: str) -> list[list[str]]:
    """8-word runs from the middle of each ground-truth paragraph of 8 words or more."""
    found = []
    for paragraph in true.split("\n\n"):
        words = tokens(paragraph)
        if len(words) >= SNIPPET:
            start = (len(words) - SNIPPET) // 2
            found.append(words[start : start + SNIPPET])
    return found


def must_not_contain(page: bytes, true: str) -> list[list[str]]:
    """Snippets of text elements near the article that are not part of its body."""
    import lxml.html

    tree = lxml.html.document_fromstring(page)
    for bad in tree.iter("script", "style", "noscript", "template"):
        bad.drop_tree()
    true_shingles = set(shingles(true))
    true_words = set(tokens(true))

    def is_body(text: str) -> bool:
        return bool(set(shingles(text)) & true_shingles)

    # The container: the smallest element whose text holds most of the body's shingles.
    best = tree
    total = len(true_shingles) or 1
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        text = element.text_content()
        if len(text) < 100:
            continue
        covered = len(set(shingles(text)) & true_shingles) / total
        if covered >= 0.9 and len(text) < len(best.text_content()):
            best = element
    snippets = []
    for element in best.iter():
        if not isinstance(element.tag, str) or element.tag in {"html", "body"}:
            continue
        if any(isinstance(c.tag, str) and c.tag not in INLINE for c in element):
            continue  # not a leaf block
        words = tokens(element.text_content())
        if len(words) < 4 or is_body(" ".join(words)):
            continue
        if set(words) <= true_words and len(words) < 6:
            continue  # too common to say anything
        snippets.append(words[:SNIPPET])
    return snippets


INLINE = {"a", "b", "i", "em", "strong", "span", "small", "sup", "sub", "abbr", "time", "br", "u"}


def ours(page: bytes, url: str) -> tuple[str, str | None, str]:
    """parse_html's body text, headline and whole text (captions, credits ... included)."""
    import newsmodel

    try:
        article = newsmodel.parse_html(page, url=url, quotations=False)
    except newsmodel.InputError:
        return "", None, ""
    body = "\n\n".join(p.text for p in article.paragraphs if p.kind.value in BODY_KINDS)
    return body, article.headline, article.text


def trafilatura_alone(page: bytes, url: str) -> tuple[str, str | None, str]:
    """trafilatura's text and title with the options parse_html gives it."""
    import trafilatura

    from newsmodel.html._parse import SETTINGS

    document = trafilatura.bare_extraction(
        page,
        url=url,
        include_comments=False,
        include_tables=SETTINGS.include_tables,
        favor_precision=SETTINGS.favor_precision,
        favor_recall=SETTINGS.favor_recall,
        fast=SETTINGS.fast,
        with_metadata=True,
    )
    if document is None:
        return "", None, ""
    return document.text or "", document.title or None, document.text or ""


def run(
    ids: Iterable[str],
    truth: dict[str, dict[str, str]],
    systems: dict[str, Callable[[bytes, str], tuple[str, str | None, str]]],
    show_pages: bool,
) -> dict[str, dict[str, dict[str, float]]]:
    """Per page and system: normalised counts, headline, snippets found, seconds."""
    records: dict[str, dict[str, dict[str, float]]] = {}
    for key in ids:
        page = gzip.decompress((CORPUS / "html" / f"{key}.html.gz").read_bytes())
        true = truth[key]["articleBody"]
        url = truth[key].get("url", "")
        positives = must_contain(true)
        negatives = must_not_contain(page, true)
        records[key] = {}
        line = [key[:10]]
        wholes: dict[str, str] = {}
        for name, system in systems.items():
            start = time.perf_counter()
            body, headline, whole = system(page, url)
            elapsed = time.perf_counter() - start
            wholes[name] = whole
            tp, fp, fn = page_counts(true, body)
            words = tokens(body)
            records[key][name] = {
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "headline": float(bool(headline)),
                "contain": float(sum(contains(words, s) for s in positives)),
                "contain_total": float(len(positives)),
                "kept_out": float(sum(not contains(words, s) for s in negatives)),
                "kept_out_total": float(len(negatives)),
                "kept_out_text": float(sum(not contains(tokens(whole), s) for s in negatives)),
                "seconds": elapsed,
            }
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            line.append(f"{name}={f1:.3f}")
        # A page parse_html refuses though trafilatura extracts over 500 characters from it.
        for name in systems:
            refused = not wholes[name] and len(wholes.get("trafilatura", "")) > 500
            records[key][name]["refused"] = float(refused)
        if show_pages:
            print("  ".join(line), flush=True)
    return records


def figures(records: list[dict[str, float]]) -> dict[str, float]:
    """The figures of one system over a set of pages."""
    out = summary([(r["tp"], r["fp"], r["fn"]) for r in records])
    pages = len(records) or 1
    out["pages"] = len(records)
    out["headline"] = sum(r["headline"] for r in records) / pages
    out["must_contain"] = sum(r["contain"] for r in records) / max(
        1.0, sum(r["contain_total"] for r in records)
    )
    out["kept_out"] = sum(r["kept_out"] for r in records) / max(
        1.0, sum(r["kept_out_total"] for r in records)
    )
    out["kept_out_text"] = sum(r["kept_out_text"] for r in records) / max(
        1.0, sum(r["kept_out_total"] for r in records)
    )
    out["refused"] = sum(r["refused"] for r in records)
    out["seconds_per_page"] = sum(r["seconds"] for r in records) / pages
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["tune", "check", "all"], default=None)
    parser.add_argument("--pages", action="store_true", help="print one line per page")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"needs the corpus at {CORPUS}", file=sys.stderr)
        return 2
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    splits = {
        "tune": sorted(k for k in truth if int(k[0], 16) % 2 == 0),
        "check": sorted(k for k in truth if int(k[0], 16) % 2 == 1),
        "all": sorted(truth),
    }
    chosen = [args.split] if args.split else ["tune", "check"]
    systems = {"parse_html": ours, "trafilatura": trafilatura_alone}
    records = run([k for split in chosen for k in splits[split]], truth, systems, args.pages)
    if not args.split:
        chosen.append("all")
    report = {
        split: {
            name: figures([records[k][name] for k in splits[split] if k in records])
            for name in systems
        }
        for split in chosen
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    columns = [
        "pages",
        "f1",
        "precision",
        "recall",
        "mean_f1",
        "headline",
        "must_contain",
        "kept_out",
        "kept_out_text",
        "refused",
        "seconds_per_page",
    ]
    print(f"{'split':6} {'system':12} " + " ".join(f"{c:>12}" for c in columns))
    for split, results in report.items():
        for name, scores in results.items():
            cells = [
                f"{int(scores[c]):12d}" if c in ("pages", "refused") else f"{scores[c]:12.3f}"
                for c in columns
            ]
            print(f"{split:6} {name:12} " + " ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
