"""A source audit: who a small corpus quotes, women or men, in which roles, per outlet.

    python examples/source_audit.py [OUTPUT_DIR]

Counts three invented stories from two invented outlets and prints the people of each
article with the evidence of their gender and role, then the corpus's figures. With
OUTPUT_DIR it also writes report.html (charts need ``pip install "newsmodel[charts]"``),
report.json and one CSV file per table there.
"""

from __future__ import annotations

import datetime as dt
import sys

import newsmodel

STORIES = [
    (
        "https://island-times.example/ferry-fares",
        dt.datetime(2024, 2, 12),
        "Ferry fares to rise in spring\n\n"
        "Fares on the island ferry will rise in April, Transport Minister Helena Duarte said.\n\n"
        '"Fuel has doubled in two years," she said.\n\n'
        "Marco Silva, a fisherman, said he would drive round the bay instead.\n",
    ),
    (
        "https://island-times.example/market",
        dt.datetime(2024, 3, 1),
        "Market hall reopens\n\n"
        '"It is the heart of the town," said Mayor Rui Tavares at the opening.\n\n'
        "Mrs. Okafor, who sells cheese at the market, said trade had doubled.\n",
    ),
    (
        "https://bay-courier.example/harbour-wall",
        dt.datetime(2024, 3, 5),
        "Harbour wall to be rebuilt\n\n"
        "The harbour wall will be rebuilt before winter, said Helena Duarte, the transport "
        "minister.\n\n"
        "Joana Reis, a professor at the polytechnic, said the stones would be reused.\n",
    ),
]


def main(argv: list[str]) -> int:
    articles = [newsmodel.parse_text(text, url=url, published=day) for url, day, text in STORIES]
    for article in articles:
        print(article.headline)
        for person in article.people:
            gender = person.gender_evidence.detail if person.gender_evidence else "no evidence"
            role = person.role_evidence.detail if person.role_evidence else "no title"
            source = "source" if person.quoted else "mentioned"
            print(
                f"  {person.name} ({source}): {person.gender.value} [{gender}], "
                f"{person.role.value} [{role}]"
            )
    report = newsmodel.corpus_report(articles)
    print("\nby outlet (sources: women, men, unknown)")
    for row in report.table("by_outlet"):
        print(
            f"  {row['outlet']}: {row['sources_female']}, {row['sources_male']}, "
            f"{row['sources_unknown']}"
        )
    print("top speakers")
    for row in report.table("top_speakers"):
        print(f"  {row['name']}: {row['quotations']} quotations in {row['articles']} articles")
    if argv:
        try:
            written = report.write(argv[0])
        except newsmodel.MissingDependencyError as exc:
            print(f"{exc}; writing the page without charts")
            written = report.write(argv[0], with_charts=False)
        print(f"wrote {len(written)} files to {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
