"""Derive newsmodel's first-name table from the data nomquamgender ships (MIT licence).

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    python bench/name_table.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl

nomquamgender's ``name_data.json`` maps a lower-case, ASCII-folded given name to the
number of sources and of people it was counted in, and the share of them that were
women, p(gf). The table keeps the names counted at least ``MIN_COUNT`` times in at
least ``MIN_SOURCES`` sources, written as letters (hyphens and apostrophes inside),
with their share of women in per cent: ``name<TAB>percent``, one a line, sorted, and
gzip-compressed into ``newsmodel/people/data/first_names.tsv.gz``. The licence notice
of nomquamgender is copied beside it. newsmodel never imports nomquamgender: its
dependencies (numpy, pandas, unidecode) stay out of the install.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import zipfile
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsmodel" / "people" / "data" / "first_names.tsv.gz"
LICENCE = ROOT / "newsmodel" / "people" / "data" / "first_names.LICENSE"
MIN_COUNT = 50
MIN_SOURCES = 3
#: A given name: letters, with hyphens or apostrophes inside ("jean-luc", "d'arcy").
NAME_RE = regex.compile(r"[a-z]+(?:['-][a-z]+)*")
HEADER = (
    "Derived from nomquamgender 0.1.4 (Ian Van Buskirk, MIT licence; see first_names.LICENSE)"
    " by bench/name_table.py: given name (lower case, ASCII), per cent of women among the"
    " people counted with it.\n"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="the nomquamgender wheel")
    args = parser.parse_args(argv)
    with zipfile.ZipFile(args.wheel) as wheel:
        data = json.loads(wheel.read("nomquamgender/name_data.json"))
        licence = wheel.read(
            next(n for n in wheel.namelist() if n.endswith(".dist-info/LICENSE"))
        ).decode()
    rows = []
    for name, (sources, count, share, *_rest) in data.items():
        if count >= MIN_COUNT and sources >= MIN_SOURCES and NAME_RE.fullmatch(name):
            rows.append(f"{name}\t{round(100 * share)}")
    rows.sort()
    body = "# " + HEADER + "\n".join(rows) + "\n"
    OUT.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    LICENCE.write_text(
        "The first-name table first_names.tsv.gz is derived from the data of nomquamgender:\n\n"
        + licence,
        encoding="utf-8",
    )
    print(f"{len(rows)} names -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
