"""Derive newsmodel's table of given names from the data nomquamgender ships (MIT licence).

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    python bench/given_names.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl

nomquamgender's ``name_data.json`` maps a lower-case, ASCII-folded given name to the
number of sources it was counted in, the number of people counted with it, and the share
of them that were women, p(gf). The table keeps the names counted at least ``MIN_COUNT``
times in at least ``MIN_SOURCES`` sources, written as letters (hyphens and apostrophes
inside): ``name<TAB>people counted<TAB>per cent women``, one a line, sorted, gzipped into
``newsmodel/data/given_names.tsv.gz``, with nomquamgender's licence notice beside it.
newsmodel never imports nomquamgender: its dependencies (numpy, pandas, unidecode) stay
out of the install. :mod:`newsmodel.names` reads the table.
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
OUT = ROOT / "newsmodel" / "data" / "given_names.tsv.gz"
LICENCE = ROOT / "newsmodel" / "data" / "given_names.LICENSE"
MIN_COUNT = 50
MIN_SOURCES = 3
#: A given name: letters, with hyphens or apostrophes inside ("jean-luc", "d'arcy").
NAME_RE = regex.compile(r"[a-z]+(?:['-][a-z]+)*")
HEADER = (
    "# Derived from nomquamgender 0.1.4 (Ian Van Buskirk, MIT licence; see"
    " given_names.LICENSE) by bench/given_names.py: given name (lower case, ASCII),"
    " people counted with it, per cent of women among them.\n"
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
    for name, values in data.items():
        sources, count, share = values[0], values[1], values[2]
        if count >= MIN_COUNT and sources >= MIN_SOURCES and NAME_RE.fullmatch(name):
            rows.append(f"{name}\t{count}\t{round(100 * share)}\n")
    rows.sort()
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(HEADER)
        out.writelines(rows)
    LICENCE.write_text(
        "The table given_names.tsv.gz is derived from the name data of nomquamgender 0.1.4\n"
        "(https://github.com/ianvanbuskirk/nomquamgender), under this licence:\n\n" + licence,
        encoding="utf-8",
    )
    print(f"{len(rows)} names written to {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
