"""List the misses and false positives of the quotation engine on PolNeAR, to iterate on.

``python bench/quotes_errors.py --split train --what missed --limit 40 --seed 1``

What to list:

* ``missed``     gold quoted Contents no predicted direct/partial quotation overlaps;
* ``false``      predicted direct/partial quotations that overlap no gold Content;
* ``source``     matched quotations whose speaker mention misses the gold Source;
* ``cue``        matched quotations whose cue misses the gold Cue;
* ``imissed``    gold Contents without marks no INDIRECT quotation overlaps;
* ``ifalse``     INDIRECT quotations overlapping no Content without marks.

Each entry prints the paragraph with the quotation in [[...]], the gold Source {S:...},
Cue {C:...} where known, and what we predicted. These print corpus text to the terminal
only; nothing is written to the project.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import GoldAttribution, read_split

import newsmodel
from newsmodel import QuoteKind

QUOTED = (QuoteKind.DIRECT, QuoteKind.PARTIAL)


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, len(text) if b < 0 else b


def _show(text: str, start: int, end: int, gold: GoldAttribution | None, note: str) -> str:
    a, b = _paragraph(text, start, end)
    marks = [(start, "[["), (end, "]]")]
    if gold is not None:
        if gold.source is not None:
            marks += [(gold.source.start, "{S:"), (gold.source.end, "}")]
        if gold.cue is not None:
            marks += [(gold.cue.start, "{C:"), (gold.cue.end, "}")]
    marks = [(p, m) for p, m in marks if a <= p <= b]
    marks.sort(key=lambda x: x[0])
    out = []
    pos = a
    for p, m in marks:
        out.append(text[pos:p])
        out.append(m)
        pos = p
    out.append(text[pos:b])
    return "".join(out).strip() + f"\n    -> {note}"


def _describe(q: newsmodel.Quotation) -> str:
    a = q.attribution
    if a is None:
        return f"{q.kind.value} (no attribution)"
    m = a.speaker.mention.text if a.speaker.mention else None
    c = a.cue.text if a.cue else None
    return (
        f"{q.kind.value} speaker={a.speaker.name!r} ({a.speaker.kind.value}) "
        f"mention={m!r} cue={c!r} rule={a.rule}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="train")
    parser.add_argument("--what", default="missed")
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    entries: list[str] = []
    for doc in read_split(args.split):
        text = doc.text
        article = newsmodel.parse_text(text)
        quotes = [q for q in article.quotations if q.kind in QUOTED and q.attribution]
        indirect = [q for q in article.quotations if q.kind is QuoteKind.INDIRECT]
        golds = doc.attributions
        quoted = [g for g in golds if g.quoted(text)]
        unquoted = [g for g in golds if not g.quoted(text)]
        if args.what == "missed":
            for g in quoted:
                parts = g.quoted_parts(text)
                if not any(q.span.start < e and s < q.span.end for q in quotes for s, e in parts):
                    s, e = parts[0]
                    near = [q for q in article.quotations if q.span.start < e and s < q.span.end]
                    note = _describe(near[0]) if near else "no quotation found"
                    entries.append(_show(text, s, e, g, note))
        elif args.what == "false":
            for q in quotes:
                if not any(g.content.overlaps(q.span.start, q.span.end) for g in golds):
                    entries.append(_show(text, q.span.start, q.span.end, None, _describe(q)))
        elif args.what in ("source", "cue"):
            for q in quotes:
                over = [g for g in quoted if g.content.overlaps(q.span.start, q.span.end)]
                if not over:
                    continue
                a = q.attribution
                assert a is not None
                if args.what == "source":
                    with_source = [g for g in over if g.source is not None]
                    m = a.speaker.mention
                    if with_source and not (
                        m is not None
                        and any(
                            g.source is not None and g.source.overlaps(m.span.start, m.span.end)
                            for g in with_source
                        )
                    ):
                        entries.append(
                            _show(text, q.span.start, q.span.end, with_source[0], _describe(q))
                        )
                else:
                    with_cue = [g for g in over if g.cue is not None]
                    c = a.cue
                    if with_cue and not (
                        c is not None
                        and any(
                            g.cue is not None and g.cue.overlaps(c.span.start, c.span.end)
                            for g in with_cue
                        )
                    ):
                        entries.append(
                            _show(text, q.span.start, q.span.end, with_cue[0], _describe(q))
                        )
        elif args.what == "imissed":
            for g in unquoted:
                if not any(g.content.overlaps(q.span.start, q.span.end) for q in indirect):
                    entries.append(_show(text, g.content.start, g.content.end, g, "missed"))
        elif args.what == "ifalse":
            for q in indirect:
                if not any(g.content.overlaps(q.span.start, q.span.end) for g in unquoted):
                    entries.append(_show(text, q.span.start, q.span.end, None, _describe(q)))
    print(f"{len(entries)} entries")
    random.Random(args.seed).shuffle(entries)
    for e in entries[: args.limit]:
        print(e)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
