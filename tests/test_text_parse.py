"""Tests of newsmodel.text.parse: parse_text and parse_blocks on whole articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, ParagraphKind, Span
from newsmodel.text.parse import explain_blocks, parse_blocks
from tests.gold import DATELINE_MISSES, params

ARTICLES = Path(__file__).parent / "articles"
NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt"))


def load(name: str) -> tuple[str, dict[str, object]]:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((ARTICLES / f"{name}.gold.json").read_text(encoding="utf-8"))
    return text, gold


def check_invariants(text: str, article: Article) -> None:
    """Spans lie in the text and equal their stored text; paragraphs are in order."""
    assert article.text == text
    end = 0
    for p in article.paragraphs:
        assert 0 <= p.span.start < p.span.end <= len(text)
        assert text[p.span.start : p.span.end] == p.text
        assert p.text == p.text.strip()
        assert p.span.start >= end
        end = p.span.end
        for s in p.sentences:
            assert p.span.contains(s.span)
            assert text[s.span.start : s.span.end] == s.text
    for located in (article.dateline, article.byline):
        if located is not None:
            assert text[located.span.start : located.span.end] == located.text


@pytest.mark.parametrize("name", params(NAMES))
def test_messy_articles(name: str) -> None:
    """Our own messy articles: every paragraph kind, the dateline, authors and contributors."""
    text, gold = load(name)
    article = newsmodel.parse_text(text)
    check_invariants(text, article)
    assert len(article.paragraphs) == gold["paragraph_count"]
    kinds = {i: kind for kind, idx in gold["kinds"].items() for i in idx}  # type: ignore[attr-defined]
    got = [p.kind.value for p in article.paragraphs]
    assert got == [kinds.get(i, "body") for i in range(len(got))]
    assert article.headline == gold["headline"]
    expected = gold["dateline"]
    if expected is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert {
            "location": article.dateline.location,
            "source": article.dateline.source,
            "date": article.dateline.date,
            "text": article.dateline.text,
        } == expected
    assert list(article.authors) == gold["authors"]
    assert list(article.contributors) == gold["contributors"]


@pytest.mark.parametrize("name", params(NAMES, DATELINE_MISSES))
def test_first_sentence_starts_after_the_dateline(name: str) -> None:
    """The dateline paragraph's first sentence starts after the dateline (at a tangled word)."""
    text, gold = load(name)
    article = newsmodel.parse_text(text)
    first = next(p for p in article.paragraphs if p.kind is ParagraphKind.BODY)
    assert first.sentences
    assert first.sentences[0].text.startswith(str(gold["first_sentence_starts"]))


def test_headline_is_stored_verbatim_and_not_body() -> None:
    """A title line is the headline, kept as written, with the paragraph kind HEADLINE."""
    text = "  Harbour fees to rise  \n\nThe harbour board voted on Monday to raise fees by 8%.\n"
    article = newsmodel.parse_text(text)
    assert article.headline == "Harbour fees to rise"
    assert article.paragraphs[0].kind is ParagraphKind.HEADLINE
    assert [p.text for p in article.body] == [
        "The harbour board voted on Monday to raise fees by 8%."
    ]


def test_a_first_sentence_is_no_headline() -> None:
    """A first line that is a real sentence stays body, and the article has no headline."""
    text = "The harbour board has voted to raise fees by 8% from April.\n\nShipping firms objected."
    article = newsmodel.parse_text(text)
    assert article.headline is None
    assert [p.kind for p in article.paragraphs] == [ParagraphKind.BODY, ParagraphKind.BODY]


def test_headline_argument_overrides() -> None:
    """headline= is the article's headline; a first line with its words is the headline paragraph."""
    text = "HARBOUR FEES TO RISE\n\nThe board voted on Monday to raise fees."
    article = newsmodel.parse_text(text, headline="Harbour fees to rise")
    assert article.headline == "Harbour fees to rise"
    assert article.paragraphs[0].kind is ParagraphKind.HEADLINE
    plain = newsmodel.parse_text("The board voted on Monday to raise fees.", headline="Fees rise")
    assert plain.headline == "Fees rise"
    assert plain.paragraphs[0].kind is ParagraphKind.BODY


def test_byline_on_its_own_line() -> None:
    """A byline line is a BYLINE paragraph; its names are the authors, its agency apart."""
    text = (
        "Harbour fees to rise\nBY ANN POE and JO LEE, Reuters\nHALIFAX (Reuters) - The board voted."
    )
    article = newsmodel.parse_text(text)
    assert [p.kind for p in article.paragraphs] == [
        ParagraphKind.HEADLINE,
        ParagraphKind.BYLINE,
        ParagraphKind.BODY,
    ]
    assert article.authors == ("Ann Poe", "Jo Lee")
    assert article.byline is not None
    assert article.byline.organisation == "Reuters"
    assert article.byline.text == "BY ANN POE and JO LEE, Reuters"


def test_dateline_on_its_own_line_is_a_dateline_paragraph() -> None:
    """A line holding only a dateline is a DATELINE paragraph without sentences."""
    text = "ZUG, SWITZERLAND\n\nThe firm said orders rose in the first quarter."
    article = newsmodel.parse_text(text)
    assert article.paragraphs[0].kind is ParagraphKind.DATELINE
    assert article.paragraphs[0].sentences == ()
    assert article.dateline is not None
    assert article.dateline.location == "ZUG, SWITZERLAND"


def test_editors_note_and_boilerplate() -> None:
    """Editor's notes and furniture get their kinds wherever they are."""
    text = (
        "Editor’s note: This story has been updated.\n"
        "The harbour board voted on Monday to raise fees by 8 percent.\n"
        "Read more: Ferry routes cut\n"
        "Shipping firms said they would appeal the decision in court.\n"
        "Sign up for our newsletter\n"
    )
    kinds = [p.kind for p in newsmodel.parse_text(text).paragraphs]
    assert kinds == [
        ParagraphKind.EDITORS_NOTE,
        ParagraphKind.BODY,
        ParagraphKind.BOILERPLATE,
        ParagraphKind.BODY,
        ParagraphKind.BOILERPLATE,
    ]


def test_short_body_lines_are_not_headings() -> None:
    """A short line is a subheading only before prose; short sentences stay body."""
    text = (
        "The board met on Monday to discuss the fee rise for the harbour.\n"
        "It agreed.\n"
        "next steps\n"
        "Shipping firms have until June to respond to the proposal.\n"
        "Ferry times\n"
        "Wheat   3.10   2.95\n"
    )
    kinds = [p.kind for p in newsmodel.parse_text(text).paragraphs]
    assert kinds == [
        ParagraphKind.BODY,
        ParagraphKind.BODY,
        ParagraphKind.HEADING,
        ParagraphKind.BODY,
        ParagraphKind.BODY,
        ParagraphKind.BODY,
    ]


def test_a_line_before_a_broken_sentence_is_no_heading() -> None:
    """A short line followed by a paragraph opening in lower case is a broken sentence."""
    text = (
        "The harbour board met on Monday to discuss the fee rise.\n"
        "Harbour pilot\n"
        "said the fees would drive ferries to other ports this year.\n"
        "Background\n"
        "The board last raised its fees in 2019, by 5% over two years.\n"
    )
    kinds = [p.kind.value for p in newsmodel.parse_text(text).paragraphs]
    assert kinds == ["body", "body", "body", "heading", "body"]


#: Three short messy articles, invented for these tests, with what the parser must
#: find in them: (text, paragraph kinds, dateline location and source, contributors,
#: start of the first body sentence).
INVENTED_ARTICLES = [
    (
        "Flood barrier fails as river crests\n"
        "\n"
        "SALEM, Ore. Volunteers (AP) — and National Guard troops stacked sandbags through "
        "the night on Tuesday as the river rose past flood stage.\n"
        "The river crested at 31 feet early Wednesday, the weather service said.\n"
        "Volunteers Maya Ortiz (L) and Ben Kessler fill sandbags outside the city library in "
        "Salem, Ore., on Tuesday, April 8, 2025. (Photo by Lena Cruz / AFP)\n"
        "Mayor Tom Reyes said the city had opened three shelters for about 400 people.\n"
        "Background\n"
        "The last major flood in Salem was in 1996, when the river crested at 37 feet.\n"
        "A pickup truck stranded by floodwaters is seen on a rural road near Salem on "
        "April 8, 2025.\n"
        "City engineers said the levee had held in most places.\n"
        "Tom Reyes waves to residents as he tours a shelter in Salem. (AP)\n"
        "Officials expect the water to recede by the weekend.\n"
        "AP writer Sara Lind reported from Portland. Jon Pike contributed reporting from "
        "Seattle.\n",
        "headline body body caption body heading body caption body caption body credit",
        ("SALEM, Ore.", "AP"),
        ("Sara Lind", "Jon Pike"),
        "Volunteers (AP) — and National Guard troops",
    ),
    (
        "Valparaíso, Chile Chilean (Meridian Wire) — dockworkers blocked the country's "
        "second-largest port on Monday, demanding higher wages and safer cranes.\n"
        "Port director Elena Varga said the blockade had halted loading at four terminals.\n"
        "Port director Elena Varga (C) and union leader Hugo Paz discuss the dispute at the "
        "port in Valparaíso on March 12, 2025.\n"
        "Union leader Hugo Paz said the workers would stay until the company made a new "
        "offer.\n"
        "Reaction\n"
        "The transport ministry called for talks and said it would not send in the police.\n"
        "Members of the dockworkers' union outside the port authority in Valparaíso on "
        "March 12, 2025.\n"
        "Exporters warned that cherries and copper were piling up at the docks.\n"
        "Meridian Wire's Ana Duarte and Rui Lopes contributed reporting.\n",
        "body body caption body heading body caption body credit",
        ("Valparaíso, Chile", "Meridian Wire"),
        ("Ana Duarte", "Rui Lopes"),
        "Chilean (Meridian Wire) — dockworkers",
    ),
    (
        "COPENHAGEN (Reuters) - Denmark's central bank raised its main interest rate by a "
        "quarter point on Thursday, following the European Central Bank.\n"
        "The bank said inflation remained too high and that it would act again if needed.\n"
        "FILE - Central bank governor Lars Holm speaks during a news conference in "
        "Copenhagen, Denmark, May 2, 2024.\n"
        "Economists polled by Reuters had expected the move.\n"
        "A sign is displayed outside the central bank headquarters in Copenhagen on "
        "March 6, 2025.\n"
        "Traders watch screens on the floor of the stock exchange in Copenhagen. "
        "Photograph: Ida Berg/Reuters\n"
        "Housing market\n"
        "Home prices fell 2% in the first quarter, official data showed on Wednesday.\n"
        "This story has been corrected to show the rise was a quarter point, not half.\n"
        "Reporting by Ann Lund; Compiled by Peter Dahl for the Nordic desk\n",
        "body body caption body caption caption heading body editors_note credit",
        ("COPENHAGEN", "Reuters"),
        ("Ann Lund", "Peter Dahl"),
        "Denmark's central bank raised",
    ),
]


@pytest.mark.parametrize(("text", "kinds", "dateline", "contributors", "first"), INVENTED_ARTICLES)
def test_invented_messy_articles(
    text: str, kinds: str, dateline: tuple[str, str], contributors: tuple[str, ...], first: str
) -> None:
    """Captions, headings, credits, a tangled dateline and contributors of messy copy."""
    article = newsmodel.parse_text(text)
    check_invariants(text, article)
    assert " ".join(p.kind.value for p in article.paragraphs) == kinds
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.source) == dateline
    assert article.contributors == contributors
    body = next(p for p in article.paragraphs if p.kind is ParagraphKind.BODY)
    assert body.sentences[0].text.startswith(first)


def test_parse_blocks_keeps_given_kinds_and_classifies_the_rest() -> None:
    """Blocks with a kind keep it; the others are classified; bylines and datelines are read."""
    text = (
        "Harbour fees to rise|By Ann Poe, CNN|HALIFAX, Nova Scotia (CNN) — The board voted on Monday."
        "|Mayor Ana Ruiz greets Governor Tom Hale at City Hall in Halifax on May 3, 2024."
        "|Jo Lee contributed to this report."
    )
    blocks: list[tuple[Span, ParagraphKind | None]] = []
    start = 0
    for part in text.split("|"):
        blocks.append((Span(start, start + len(part)), None))
        start += len(part) + 1
    blocks[0] = (blocks[0][0], ParagraphKind.HEADLINE)
    article = parse_blocks(
        text,
        blocks,
        headline=None,
        url="https://example.org/fees",
        published=None,
        modified=None,
        authors=(),
        language="en",
        quotations=True,
    )
    assert [p.kind.value for p in article.paragraphs] == [
        "headline",
        "byline",
        "body",
        "caption",
        "credit",
    ]
    assert article.headline == "Harbour fees to rise"
    assert article.authors == ("Ann Poe",)
    assert article.dateline is not None
    assert article.dateline.location == "HALIFAX, Nova Scotia"
    assert article.contributors == ("Jo Lee",)
    assert article.url == "https://example.org/fees"


def test_parse_blocks_reads_credits_and_bylines_in_body_blocks() -> None:
    """Blocks given as body are still read for a byline at the top and for credit lines."""
    text = "By Ann Poe, CNN\nThe board voted on Monday.\nJo Lee contributed to this report."
    lines = text.split("\n")
    blocks: list[tuple[Span, ParagraphKind | None]] = []
    start = 0
    for line in lines:
        blocks.append((Span(start, start + len(line)), ParagraphKind.BODY))
        start += len(line) + 1
    article = parse_blocks(text, blocks)
    assert [p.kind.value for p in article.paragraphs] == ["byline", "body", "credit"]
    assert article.authors == ("Ann Poe",)
    assert article.contributors == ("Jo Lee",)


def test_parse_blocks_authors_argument_wins() -> None:
    """authors= (from page metadata, say) are the article's authors over the byline's."""
    text = "By Ann Poe\n\nThe board voted."
    blocks = [(Span(0, 10), None), (Span(12, len(text)), None)]
    article = parse_blocks(text, blocks, authors=["Ann Poe", "Jo Lee"])
    assert article.authors == ("Ann Poe", "Jo Lee")
    assert article.byline is not None
    assert article.byline.authors == ("Ann Poe",)


def test_explain_blocks_names_the_rules() -> None:
    """Every decision names the rule that made it."""
    text = "Harbour fees to rise\n\nThe board voted on Monday to raise fees.\n\nRead more: Ferries"
    blocks = [(Span(0, 20), None), (Span(22, 62), None), (Span(64, len(text)), None)]
    structure = explain_blocks(text, blocks)
    assert [d.rule for d in structure.decisions] == ["headline_unpunctuated", "body", "boilerplate"]


def test_quotations_can_be_switched_off() -> None:
    """quotations=False skips the quotation engine."""
    article = newsmodel.parse_text("“We will appeal,” the firm said.", quotations=False)
    assert article.quotations == ()


TEXTS = st.lists(
    st.sampled_from(
        [
            "a",
            "B",
            " ",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "    ",
            ".",
            ",",
            "?",
            "—",
            "--",
            " - ",
            "(CNN)",
            "(Reuters)",
            "WASHINGTON",
            "Nairobi",
            "Kenyan",
            ", Feb 26",
            "By ",
            "Jane Doe",
            "contributed to this report.",
            "Reporting by ",
            "; Editing by ",
            "Photo:",
            "“",
            "”",
            "\u00a0",
            "\u2028",
            "Editor’s note:",
            "Read more:",
            "greets",
            "on May 3, 2024",
        ]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXTS, st.text(max_size=400)))
def test_parse_text_never_raises_and_keeps_the_invariants(text: str) -> None:
    """parse_text never raises on a str; spans are in range, equal their text, in order."""
    check_invariants(text, newsmodel.parse_text(text))


def test_dateline_paragraph_is_not_taken_for_a_caption() -> None:
    """A dated lead whose words would score as a caption stays the dateline's body paragraph."""
    text = (
        "Harbour fees to rise\n\n"
        "HALIFAX, Nova Scotia, May 6 (Reuters) - The harbour board voted on Monday to raise fees.\n\n"
        "Shipping lines objected."
    )
    article = newsmodel.parse_text(text)
    assert article.paragraphs[1].kind is ParagraphKind.BODY
    assert article.dateline is not None
    assert article.dateline.text == "HALIFAX, Nova Scotia, May 6 (Reuters) -"


def test_hostile_punctuation_runs_parse() -> None:
    """Long runs of brackets or stops before a letter parse (they once took quadratic time)."""
    for text in (")" * 5000 + "x", "." * 5000 + "x", "(" * 5000):
        check_invariants(text, newsmodel.parse_text(text))


ARCHIVE_EXPORT = """City council closes harbour bridge

ABSTRACT.

The council voted to close the old harbour bridge for a year of repairs, a decision that
shop owners on the waterfront fear will cost them the summer trade, and engineers say the
piers need work that cannot wait any longer than the end of the ferry season this autumn.

FULL TEXT.

HALIFAX, Nova Scotia (AP) — The council voted on Tuesday to close the old harbour bridge for repairs that could last a year.

Engineers found cracks in two of its piers during an inspection in March, the mayor said.
"""


def test_archive_labels_are_furniture_and_the_dateline_after_them_is_found() -> None:
    """An archive export's "ABSTRACT." and "FULL TEXT." lines are furniture, and the
    story's dateline after them is its dateline, however long the abstract."""
    article = newsmodel.parse_text(ARCHIVE_EXPORT)
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["ABSTRACT."] is ParagraphKind.BOILERPLATE
    assert kinds["FULL TEXT."] is ParagraphKind.BOILERPLATE
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.source) == ("HALIFAX, Nova Scotia", "AP")


@pytest.mark.parametrize("section", ["Local News", "Politics", "World & Europe"])
def test_a_section_before_the_headline_is_left_out_of_it(section: str) -> None:
    """ "Local News | Headline": the headline is the words after the section's name (the
    paragraph keeps its text)."""
    text = (
        f"{section} | Harbour bridge to close for a year\n\n"
        "The council voted on Tuesday to close the old harbour bridge for repairs.\n"
    )
    article = newsmodel.parse_text(text)
    assert article.headline == "Harbour bridge to close for a year"
    assert article.paragraphs[0].kind is ParagraphKind.HEADLINE
    assert article.paragraphs[0].text.startswith(section)


def test_a_byline_after_the_first_paragraphs_is_no_subheading() -> None:
    """ "By Jane Doe, BBC News, New York" below a standfirst and a caption, as pages put it,
    is the byline."""
    text = (
        "Harbour bridge to close for a year\n\n"
        "The bridge will shut in June, the council said.\n\n"
        "The council voted on Tuesday to close the old harbour bridge for repairs that could "
        "last a year, with ferries carrying cars across the bay while the work goes on.\n\n"
        "By Jane Doe, BBC News, New York\n\n"
        "Engineers found cracks in two of its piers during an inspection in March, the mayor said.\n"
    )
    article = newsmodel.parse_text(text)
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["By Jane Doe, BBC News, New York"] is ParagraphKind.BYLINE
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "line",
    [
        "A SIMPLE GUIDE: How do I get to the island without the bridge?",
        "WATCH: What does the closure mean for you?",
        "Follow Jane Doe on X @janedoe_news",
        "Follow Jane Doe on Bluesky at @janedoe.bsky.social",
        "You can follow Jane on Threads: @janedoe",
    ],
)
def test_promotional_lines_are_furniture(line: str) -> None:
    """A capitalised label before a teaser question, and a line asking to follow someone,
    are page furniture, not body."""
    text = (
        "Harbour bridge to close\n\n"
        "The council voted on Tuesday to close the old harbour bridge for repairs.\n\n"
        f"{line}\n\n"
        "Engineers found cracks in two of its piers during an inspection in March.\n"
    )
    kinds = {p.text: p.kind for p in newsmodel.parse_text(text).paragraphs}
    assert kinds[line] is ParagraphKind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "WASHINGTON: Will Congress act before the summer recess ends?",
        "Q: How do I get to the island without the bridge?",
        "TAPPER: Do you think the bridge can be saved?",
        "The account @janedoe_news posted a photograph of the cracks on Monday.",
    ],
)
def test_questions_and_handles_in_the_story_stay_body(line: str) -> None:
    """A dateline before a question, an interview's or a transcript's question and a handle
    in a sentence of the story are no furniture."""
    text = (
        "Harbour bridge to close\n\n"
        "The council voted on Tuesday to close the old harbour bridge for repairs.\n\n"
        f"{line}\n\n"
        "Engineers found cracks in two of its piers during an inspection in March.\n"
    )
    kinds = {p.text: p.kind for p in newsmodel.parse_text(text).paragraphs}
    assert kinds[line] is not ParagraphKind.BOILERPLATE
