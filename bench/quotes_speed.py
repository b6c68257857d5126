"""Speed of the quotation engine against NLTK Punkt sentence splitting.

``python bench/quotes_speed.py`` parses every PolNeAR dev article with
:func:`newsmodel.parse_text` and splits the same texts with an untrained NLTK
``PunktSentenceTokenizer``, each several times (best run counts, runs interleaved so that
load on the machine hits both alike), and prints the ratio; the target is at most 3.
It also times the quotation engine alone, and hostile inputs (100,000 quote marks,
100,000 cue words, a megabyte without punctuation) at two sizes to show the time grows
linearly.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from nltk.tokenize.punkt import PunktSentenceTokenizer
from polnear import read_split

import newsmodel
from newsmodel.quotes import find_quotations


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    """The best of ``repeat`` timings of ``fn``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def hostile(size: int) -> dict[str, str]:
    """Inputs built to make a careless engine slow."""
    return {
        "quote marks": '"' * size,
        "alternating marks": "“a” ‘b’ " * (size // 4),
        "cue words": "said " * size,
        "said with quotes": "“x,” he said. " * (size // 3),
        "no punctuation": "the minister of state " * (size // 4),
        "one long paragraph of names": "Maria Lopez said that Jane Doe told " * (size // 7),
        "a role's words in one paragraph": (
            "Critics say the plan will fail, the minister said on Monday. " * (size // 12)
        ),
        "month surnames and honorifics": (
            "Theresa May spoke. “We won,” Ms. May said. In May, she left. " * (size // 12)
        ),
        "speakers by surname and time": (
            "Hale said two days later that the plan failed. Dale said 30 minutes into "
            "the debate. " * (size // 16)
        ),
        "documents and teams": (
            "A study by the Fraser Institute found costs rose. “Costs are up,” the report "
            "said. The Toronto Raptors won. “We won,” the team said. " * (size // 25)
        ),
    }


def main() -> int:
    texts = [doc.text for doc in read_split("dev")]
    articles = [newsmodel.parse_text(t, quotations=False) for t in texts]
    punkt = PunktSentenceTokenizer()
    size = sum(len(t) for t in texts)

    def run_punkt() -> None:
        for t in texts:
            punkt.tokenize(t)

    def run_parse() -> None:
        for t in texts:
            newsmodel.parse_text(t)

    def run_engine() -> None:
        for t, a in zip(texts, articles, strict=True):
            find_quotations(t, a.paragraphs)

    p_times, q_times, e_times = [], [], []
    for _ in range(5):
        p_times.append(best(run_punkt, 1))
        q_times.append(best(run_parse, 1))
        e_times.append(best(run_engine, 1))
    p, q, e = min(p_times), min(q_times), min(e_times)
    print(f"PolNeAR dev: {len(texts)} articles, {size / 1e6:.2f} MB")
    print(f"  Punkt sentence splitting   {p:.3f} s")
    print(f"  parse_text with quotations {q:.3f} s  ratio {q / p:.2f} (target <= 3)")
    print(f"  quotation engine alone     {e:.3f} s  ratio {e / p:.2f}")
    print("hostile input (seconds at 100k and 200k units; linear when the second is ~2x)")
    small, large = hostile(100_000), hostile(200_000)
    for name in small:
        a = best(lambda name=name: newsmodel.parse_text(small[name]), 1)
        b = best(lambda name=name: newsmodel.parse_text(large[name]), 1)
        print(f"  {name:<30} {a:7.3f} {b:7.3f}  x{b / a:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
