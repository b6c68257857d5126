"""Score the people stage on the Gender Gap Tracker evaluation set (../shared/corpora/ggt).

    python bench/people.py [--split tune|check|all|both] [--verbose] [--ids ID ...]

The way the Gender Gap Tracker scores itself: for each article, the annotators list the
people named and the sources quoted, each under their reading of the person's gender.
Each article goes through :func:`newsmodel.parse_text` as users call it; our people are
:attr:`newsmodel.Article.people` with their :class:`newsmodel.Gender`, our sources those
of them quoted (``Person.quoted``). For each gender, a name of ours matches a name of
theirs when the full names have the same key (:func:`newsmodel.names.name_key`) or the
surnames are the same, each name matched once. Precision, recall and F1 are summed over
the articles of a part; ``share`` is the women's share of the sources with a gender,
ours against the annotators'.

One annotation gap is set aside: an article whose ``people`` list names people but whose
gendered people lists are all empty (one article of the 46) was not annotated by gender for
people mentioned, so it counts for sources only; the figures say how many such articles.

The split is bench/ggt.py's (``in_check``): tune on ``tune``, report both.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ggt  # noqa: E402

import newsmodel  # noqa: E402
from newsmodel import Article, Gender  # noqa: E402
from newsmodel.names import name_key  # noqa: E402

GROUPS = ("sources", "people")
GENDERS = (("female", Gender.FEMALE), ("male", Gender.MALE))
TARGETS = {
    ("sources", "female"): 0.85,
    ("sources", "male"): 0.88,
    ("people", "female"): 0.80,
    ("people", "male"): 0.85,
}


def _surname(key: str) -> str:
    return key.split(" ")[-1] if key else ""


def match(gold: list[str], ours: list[str]) -> int:
    """How many names of ``ours`` match one of ``gold`` each (full-name key, else surname)."""
    left = [name_key(g) for g in gold]
    hits = 0
    for name in ours:
        key = name_key(name)
        at = next((i for i, g in enumerate(left) if g == key), None)
        if at is None:
            at = next((i for i, g in enumerate(left) if _surname(g) == _surname(key)), None)
        if at is not None:
            left.pop(at)
            hits += 1
    return hits


@dataclass
class Counts:
    """True positives, our names and theirs, for one group and gender."""

    hits: int = 0
    ours: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.hits / self.ours if self.ours else 0.0
        r = self.hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Tally:
    articles: int = 0
    counts: dict[tuple[str, str], Counts] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    #: of our people whose name the annotators list with a gender: right, wrong, unknown
    gender: dict[str, int] = field(default_factory=lambda: {"right": 0, "wrong": 0, "unknown": 0})
    #: of our sources: those with a role, and all
    roles: list[int] = field(default_factory=lambda: [0, 0])
    #: articles whose people mentioned the annotators did not list by gender
    unlisted: int = 0

    def add(self, group: str, gender: str, gold: list[str], ours: list[str], where: str) -> None:
        c = self.counts.setdefault((group, gender), Counts())
        hits = match(gold, ours)
        c.hits += hits
        c.ours += len(ours)
        c.gold += len(gold)
        gold_keys = {name_key(g) for g in gold} | {_surname(name_key(g)) for g in gold}
        our_keys = {name_key(o) for o in ours} | {_surname(name_key(o)) for o in ours}
        for o in ours:
            if name_key(o) not in gold_keys and _surname(name_key(o)) not in gold_keys:
                self.misses.append(f"{where} {group} {gender}: extra {o!r}")
        for g in gold:
            if name_key(g) not in our_keys and _surname(name_key(g)) not in our_keys:
                self.misses.append(f"{where} {group} {gender}: missed {g!r}")

    def share(self, ours: bool) -> float:
        f = self.counts.get(("sources", "female"), Counts())
        m = self.counts.get(("sources", "male"), Counts())
        a, b = (f.ours, m.ours) if ours else (f.gold, m.gold)
        return a / (a + b) if a + b else 0.0


def people_by_gender(gold: ggt.GoldArticle) -> bool:
    """Whether the annotators listed the people mentioned by gender: an article whose
    ``people`` names someone but whose gendered lists are all empty was not."""
    gendered = any(gold.raw[f"people_{g}"] for g in ("female", "male", "unknown"))
    return gendered or not gold.raw.get("people")


def score(gold: ggt.GoldArticle, article: Article, tally: Tally) -> None:
    tally.articles += 1
    with_people = people_by_gender(gold)
    tally.unlisted += not with_people
    where = f"{gold.id} {gold.outlet}"
    for person in article.people:
        theirs = [
            label
            for label, _g in GENDERS
            if match(list(gold.raw[f"people_{label}"]), [person.name])
        ]
        if len(theirs) == 1:
            said = person.gender.value
            tally.gender[
                "unknown" if said == "unknown" else "right" if said == theirs[0] else "wrong"
            ] += 1
        if person.quoted:
            tally.roles[1] += 1
            tally.roles[0] += person.role is not newsmodel.Role.UNKNOWN
    for label, gender in GENDERS:
        people = [p.name for p in article.people if p.gender is gender]
        sources = [p.name for p in article.people if p.gender is gender and p.quoted]
        if with_people:
            tally.add("people", label, list(gold.raw[f"people_{label}"]), people, where)
        tally.add("sources", label, list(gold.raw[f"sources_{label}"]), sources, where)


def run(articles: list[ggt.GoldArticle]) -> Tally:
    tally = Tally()
    for gold in articles:
        score(gold, newsmodel.parse_text(gold.text), tally)
    return tally


def report(part: str, tally: Tally) -> list[str]:
    lines = []
    for group in GROUPS:
        for label, _g in GENDERS:
            p, r, f = tally.counts.get((group, label), Counts()).prf()
            target = TARGETS[(group, label)]
            lines.append(
                f"{part:<6} {tally.articles:>4} {group:<8} {label:<7} {p:6.3f} {r:6.3f} {f:6.3f}"
                f"   (target F1 >= {target:.2f})"
            )
    lines.append(
        f"{part:<6} {tally.articles:>4} people mentioned scored on "
        f"{tally.articles - tally.unlisted} articles ({tally.unlisted} not annotated by gender)"
    )
    g = tally.gender
    known = g["right"] + g["wrong"]
    lines.append(
        f"{part:<6} {tally.articles:>4} gender of the people we name that they list: "
        f"{g['right']} right, {g['wrong']} wrong, {g['unknown']} unknown "
        f"(accuracy {g['right'] / known if known else 0:.3f} where we say)"
    )
    lines.append(
        f"{part:<6} {tally.articles:>4} sources with a role: {tally.roles[0]} of {tally.roles[1]}"
    )
    ours, theirs = tally.share(True), tally.share(False)
    lines.append(
        f"{part:<6} {tally.articles:>4} women's share of sources: ours {ours:.3f}, "
        f"annotators' {theirs:.3f}, difference {abs(ours - theirs):.3f} (target <= 0.03)"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="both", choices=["tune", "check", "all", "both"])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument("--ids", nargs="*", help="score only these article ids")
    args = parser.parse_args(argv)
    if not ggt.GGT.exists():
        print(f"bench/people.py: {ggt.GGT} is missing", file=sys.stderr)
        return 2
    articles = ggt.load()
    if args.ids:
        articles = [a for a in articles if a.id in set(args.ids)]
    print(f"{'part':<6} {'docs':>4} {'group':<8} {'gender':<7} {'prec':>6} {'rec':>6} {'F1':>6}")
    for part in ggt.parts(args.split):
        tally = run(ggt.split(articles, part) if not args.ids else articles)
        print("\n".join(report(part, tally)), flush=True)
        if args.verbose:
            print("\n".join(f"  {m}" for m in tally.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
