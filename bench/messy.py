"""Score parse_text on the messy scraped wire articles that have gold annotations.

    python bench/messy.py [--verbose] [--corpora PATH] [NAME ...]

Reads every tests/articles/NAME.txt with its NAME.gold.json (invented articles written
for this project) and, when ../shared is there, scraped/summit.txt with its gold. For
each article it prints:

- paras: paragraphs found / in the gold;
- kinds: paragraph kinds right (heading, caption, credit, body and the others the gold
  names), as a share of the gold paragraphs;
- dateline: the dateline's location and source equal the gold (or both absent);
- contrib: Article.contributors equal the gold list, in order;
- q: gold quotations with a speaker (scare quotes left out);
- spk.R: of those, the share overlapped by one of our quotations whose speaker name
  matches the gold speaker (case-insensitive containment either way);
- P: of our attributed direct and partial quotations, the share overlapping a gold
  quotation whose speaker matches (an attributed scare quote counts against it);
- scare: gold scare quotes we leave without a speaker;
- ind: gold indirect speech; ind.R: the share overlapped by one of our indirect
  quotations; ind.spk: ... with the right speaker too; ind.P: our indirect quotations
  overlapping a gold one.

The issue's targets for a held-out article of this kind: kinds >= 0.95, dateline and
contributors right; spk.R >= 0.90, P >= 0.95, ind.R >= 0.5. ``--verbose`` lists every
miss. Gold paragraphs are the non-empty lines of the text, counted from 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsmodel  # noqa: E402
from newsmodel import QuoteKind  # noqa: E402

ARTICLES = ROOT / "tests" / "articles"
DEFAULT_CORPORA = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared")) / "corpora"
TARGETS = {"kinds": 0.95, "spk.R": 0.90, "P": 0.95, "ind.R": 0.5}


@dataclass
class Score:
    """The figures of one article, with a line for each miss."""

    name: str
    paragraphs: tuple[int, int] = (0, 0)
    kinds: tuple[int, int] = (0, 0)
    dateline: bool = False
    contributors: bool = False
    speaker: tuple[int, int] = (0, 0)
    precision: tuple[int, int] = (0, 0)
    scare: tuple[int, int] = (0, 0)
    indirect: tuple[int, int] = (0, 0)
    indirect_speaker: tuple[int, int] = (0, 0)
    indirect_precision: tuple[int, int] = (0, 0)
    misses: list[str] = field(default_factory=list)


def gold_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, stripped: the gold's paragraphs.

    Every gold file here has one paragraph a line except hard-wrapped wire copy, where
    the paragraphs found are compared by position instead (see score()).
    """
    spans = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped)
            spans.append((offset, offset + len(stripped)))
        start += len(line) + 1
    return spans


def same_speaker(gold: str, ours: str | None) -> bool:
    """Names match case-insensitively when either contains the other."""
    if not ours:
        return False
    g, o = gold.casefold().strip(), ours.casefold().strip()
    return g in o or o in g


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def locate(text: str, paragraphs: list[tuple[int, int]], p: int, words: str) -> tuple[int, int]:
    start, end = paragraphs[p]
    at = text.find(words, start, end)
    if at < 0:
        raise ValueError(f"gold text not in paragraph {p}: {words!r}")
    return at, at + len(words)


def short(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def score(name: str, text: str, gold: dict[str, Any]) -> Score:
    """Parse one article and compare it with its gold."""
    result = Score(name)
    article = newsmodel.parse_text(text)
    paras = gold_paragraphs(text)
    count = gold["paragraph_count"]
    result.paragraphs = (len(article.paragraphs), count)
    if len(paras) != count:
        # Hard-wrapped wire copy: a paragraph is several lines. Compare by position.
        if len(article.paragraphs) == count:
            paras = [(p.span.start, p.span.end) for p in article.paragraphs]
        else:
            result.misses.append(
                f"gold says {count} paragraphs, the text has {len(paras)} lines "
                f"and the parser found {len(article.paragraphs)}"
            )

    # Paragraph kinds: each gold paragraph against the parsed paragraph at its start.
    kinds = {i: kind for kind, idx in gold["kinds"].items() for i in idx}
    by_start = {p.span.start: p for p in article.paragraphs}
    right = 0
    for i, (start, _) in enumerate(paras[:count]):
        expected = kinds.get(i, "body")
        at = by_start.get(start)
        got = at.kind.value if at else "(no paragraph starts here)"
        if got == expected:
            right += 1
        else:
            result.misses.append(
                f"kind p{i}: expected {expected}, got {got}: {short(text[paras[i][0] : paras[i][1]])!r}"
            )
    result.kinds = (right, count)

    d = article.dateline
    want = gold.get("dateline")
    if want is None:
        result.dateline = d is None
    else:
        result.dateline = (
            d is not None and d.location == want["location"] and d.source == want["source"]
        )
    if not result.dateline:
        got_d = (d.location, d.source, d.text) if d else None
        want_d = (want["location"], want["source"]) if want else None
        result.misses.append(f"dateline: expected {want_d}, got {got_d}")

    result.contributors = list(article.contributors) == gold["contributors"]
    if not result.contributors:
        result.misses.append(
            f"contributors: expected {gold['contributors']}, got {list(article.contributors)}"
        )

    if "quotes" not in gold:  # structure-only gold: no quotation figures
        return result
    ours = [
        (q, (q.span.start, q.span.end), q.speaker.name if q.speaker else None)
        for q in article.quotations
    ]
    quoted = [o for o in ours if o[0].kind is not QuoteKind.INDIRECT]
    indirect = [o for o in ours if o[0].kind is QuoteKind.INDIRECT]

    golds = [(g, locate(text, paras, g["p"], g["text"])) for g in gold.get("quotes", [])]
    attributed = [(g, span) for g, span in golds if g.get("speaker")]
    hits = 0
    for g, span in attributed:
        near = [o for o in quoted if overlaps(o[1], span)]
        if any(same_speaker(g["speaker"], o[2]) for o in near):
            hits += 1
        else:
            got_s = [f"{o[0].kind.value}:{o[2]}" for o in near] or ["no quotation"]
            result.misses.append(
                f"quote p{g['p']} {short(g['text'], 50)!r}: speaker {g['speaker']!r}, got {', '.join(got_s)}"
            )
    result.speaker = (hits, len(attributed))

    scares = [(g, span) for g, span in golds if not g.get("speaker")]
    scare_ok = 0
    for g, span in scares:
        wrong = [o for o in quoted if overlaps(o[1], span) and o[2]]
        if wrong:
            result.misses.append(
                f"scare p{g['p']} {g['text']!r} given a speaker: {', '.join(str(o[2]) for o in wrong)}"
            )
        else:
            scare_ok += 1
    result.scare = (scare_ok, len(scares))

    mine = [o for o in quoted if o[2]]
    good = 0
    for q, span, who in mine:
        if any(overlaps(span, s) and same_speaker(g["speaker"], who) for g, s in attributed):
            good += 1
        else:
            result.misses.append(
                f"false {q.kind.value} p{q.paragraph}: {short(q.text, 50)!r} given to {who!r}"
            )
    result.precision = (good, len(mine))

    gind = [(g, locate(text, paras, g["p"], g["text"])) for g in gold.get("indirect", [])]
    found = with_speaker = 0
    for g, span in gind:
        near = [o for o in indirect if overlaps(o[1], span)]
        if near:
            found += 1
            if any(same_speaker(g["speaker"], o[2]) for o in near):
                with_speaker += 1
            else:
                result.misses.append(
                    f"indirect p{g['p']} {short(g['text'], 50)!r}: speaker {g['speaker']!r}, got {[o[2] for o in near]}"
                )
        else:
            result.misses.append(
                f"indirect p{g['p']} not found: {short(g['text'], 60)!r} ({g['speaker']})"
            )
    result.indirect = (found, len(gind))
    result.indirect_speaker = (with_speaker, len(gind))
    real = 0
    for q, span, who in indirect:
        if any(overlaps(span, s) for _, s in gind):
            real += 1
        else:
            result.misses.append(f"extra indirect p{q.paragraph}: {short(q.text, 50)!r} ({who})")
    result.indirect_precision = (real, len(indirect))
    return result


def ratio(pair: tuple[int, int]) -> str:
    hits, total = pair
    return f"{hits / total:.2f}" if total else "  - "


def cases(corpora: Path, names: list[str]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path in sorted(ARTICLES.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        found.append((path.stem, path.read_text(encoding="utf-8"), gold))
    summit = corpora / "scraped" / "summit.txt"
    if summit.exists():
        gold = json.loads(summit.with_suffix(".gold.json").read_text(encoding="utf-8"))
        found.append(("summit", summit.read_text(encoding="utf-8"), gold))
    else:
        print(f"(summit skipped: no shared corpora at {corpora})")
    return [c for c in found if not names or c[0] in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="articles to score (default: all)")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = parser.parse_args(argv)

    scores = [score(name, text, gold) for name, text, gold in cases(args.corpora, args.names)]
    head = (
        f"{'article':<11} {'paras':>7} {'kinds':>5} {'dateline':>8} {'contrib':>7} "
        f"{'q':>3} {'spk.R':>5} {'P':>5} {'scare':>5} {'ind':>3} {'ind.R':>5} {'ind.spk':>7} {'ind.P':>5}"
    )
    print(head)
    print("-" * len(head))
    totals: dict[str, list[int]] = {}
    for s in scores:
        print(
            f"{s.name:<11} {s.paragraphs[0]:>3}/{s.paragraphs[1]:<3} {ratio(s.kinds):>5} "
            f"{'ok' if s.dateline else 'WRONG':>8} {'ok' if s.contributors else 'WRONG':>7} "
            f"{s.speaker[1]:>3} {ratio(s.speaker):>5} {ratio(s.precision):>5} {ratio(s.scare):>5} "
            f"{s.indirect[1]:>3} {ratio(s.indirect):>5} {ratio(s.indirect_speaker):>7} "
            f"{ratio(s.indirect_precision):>5}"
        )
        for key in ("kinds", "speaker", "precision", "scare", "indirect", "indirect_speaker",
                    "indirect_precision"):  # fmt: skip
            pair = getattr(s, key)
            total = totals.setdefault(key, [0, 0])
            total[0] += pair[0]
            total[1] += pair[1]
        totals.setdefault("dateline", [0, 0])[0] += s.dateline
        totals["dateline"][1] += 1
        totals.setdefault("contributors", [0, 0])[0] += s.contributors
        totals["contributors"][1] += 1
    print("-" * len(head))
    t = {k: (v[0], v[1]) for k, v in totals.items()}
    if scores:
        print(
            f"{'all':<11} {'':>7} {ratio(t['kinds']):>5} "
            f"{t['dateline'][0]:>5}/{t['dateline'][1]:<2} {t['contributors'][0]:>4}/{t['contributors'][1]:<2} "
            f"{t['speaker'][1]:>3} {ratio(t['speaker']):>5} {ratio(t['precision']):>5} "
            f"{ratio(t['scare']):>5} {t['indirect'][1]:>3} {ratio(t['indirect']):>5} "
            f"{ratio(t['indirect_speaker']):>7} {ratio(t['indirect_precision']):>5}"
        )
    passing = [
        s.name
        for s in scores
        if s.kinds[1]
        and s.kinds[0] / s.kinds[1] >= TARGETS["kinds"]
        and s.dateline
        and s.contributors
        and (not s.speaker[1] or s.speaker[0] / s.speaker[1] >= TARGETS["spk.R"])
        and (not s.precision[1] or s.precision[0] / s.precision[1] >= TARGETS["P"])
        and (not s.indirect[1] or s.indirect[0] / s.indirect[1] >= TARGETS["ind.R"])
    ]
    print(
        f"\nmeeting every target (kinds >= 0.95, dateline, contributors, spk.R >= 0.90, "
        f"P >= 0.95, ind.R >= 0.5): {len(passing)}/{len(scores)}"
    )
    if args.verbose:
        for s in scores:
            if s.misses:
                print(f"\n{s.name}:")
                for miss in s.misses:
                    print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
